/** Review progress lists the initiative KPIs due or overdue as of today in the spreadsheet's time zone. */
import { Button } from '../../tools/emulator';
import { defaultPlan } from '../../src/core/plan-defaults';
import type { Plan } from '../../src/core/plan';
import { typeOnTracker as typeAt } from '../support/tracker-cells';
import { addOn } from '../support/addon';
import { largePlan, withManyKpis } from '../support/plans';

/** The default plan from January 2027, reviewed on 10 March 2027 (Tokyo). */
function reviewed(lang: 'en' | 'ja', now = '2027-03-10T09:00:00+09:00'): string {
  const plan: Plan = { ...defaultPlan(lang), startYear: 2027, startMonth: 1 };
  const app = addOn({ locale: lang === 'en' ? 'en_US' : 'ja', now });
  expect(app.call('applyPlan', plan, 'new')).toMatchObject({ ok: true });
  const sheet = lang === 'en' ? 'KPI Tracker' : 'KPIトラッカー';
  // The newsletter: January met in number (45 of 40), 3 accepted by sales; February not typed.
  typeAt(app, sheet, 'kpi:ini1:monthly:2027-01:actual', 'p:1', 45);
  typeAt(app, sheet, 'kpi:ini1:monthly:2027-01:qualified', 'p:1', 3);
  // The hand-over: its first week at 300 of 500, followed up in 48 hours against 24.
  typeAt(app, sheet, 'kpi:ini2:weekly:2027-01:actual', 'p:1', 300);
  typeAt(app, sheet, 'kpi:ini2:weekly:2027-01:sub:sub1', 'p:1', 48);
  typeAt(app, sheet, 'kpi:ini2:weekly:2027-01:sub:sub2', 'p:1', 0.6);
  app.env.ui.setDefaultAnswer(Button.OK);
  app.call('reviewProgress');
  return app.env.ui.dialogs().at(-1)!.prompt;
}

describe('Review progress: initiative KPIs', () => {
  test('due and overdue KPIs with their status, the initiative most behind and its short sub-metric', () => {
    const summary = reviewed('en');
    expect(summary).toContain('Initiative KPIs due for review as of 2027-03-10 (KPI Tracker):');
    // February's review (1 March) is past its week of grace.
    expect(summary).toContain(
      '• Monthly newsletter — Newsletter-driven MQLs: overdue (1 review, since 2027-03-01); latest 45 of 40 (112.5%, On track)',
    );
    // The reviews of weeks 2 to 9 (15 January to 5 March) have come without an actual.
    expect(summary).toContain(
      '• Same-day MQL hand-over — MQLs followed up within one business day: overdue (8 reviews, since 2027-01-15); latest 300 of 500 (60.0%, Behind)',
    );
    // Quarterly case studies are first reviewed on 1 April: not listed.
    expect(summary).not.toContain('Customer case studies —');
    expect(summary).toContain(
      'Most behind: Same-day MQL hand-over — MQLs followed up within one business day at 60.0% of target.',
    );
    expect(summary).toContain('Sub-metrics short: Time to sales follow-up.');
    expect(summary).toContain(
      'Monthly newsletter — Newsletter-driven MQLs: met in number, not in quality (6.7% met "Score above threshold and matches the buyer profile", 15.0% needed).',
    );
  });

  test('in Japanese, and nothing due before the first review date', () => {
    const summary = reviewed('ja');
    expect(summary).toContain('2027-03-10 時点でレビュー予定の施策 KPI（KPIトラッカー）：');
    expect(summary).toContain('最も遅れている施策：MQL 当日引き渡しルール');
    expect(summary).toContain('数は達成、品質は未達');
    expect(reviewed('en', '2027-01-05T09:00:00+09:00')).toContain(
      'No initiative KPI is due for review as of 2027-01-05.',
    );
  });

  test('costs the same calls with 3 KPIs as with 30 KPIs of five sub-metrics each', () => {
    const count = (p: Plan) => {
      const app = addOn({ locale: 'en_US', now: '2027-03-10T09:00:00+09:00' });
      expect(app.call('applyPlan', { ...p, startYear: 2027 }, 'new')).toMatchObject({ ok: true });
      app.env.ui.setDefaultAnswer(Button.OK);
      app.env.calls.reset();
      app.call('reviewProgress');
      return app.env.calls.total(['Spreadsheet', 'Sheet', 'Range']);
    };
    const few = count(defaultPlan('en'));
    expect(count(withManyKpis(defaultPlan('en')))).toBe(few);
    expect(count(withManyKpis(largePlan()))).toBe(few);
  });
});
