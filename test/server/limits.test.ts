/** What the server refuses before it touches a sheet or the stored data. */
import { MAX_PLAN_BYTES, planStorageBytes } from '../../src/core/chunks';
import type { Plan } from '../../src/core/plan';
import { defaultPlan, newKpi } from '../../src/core/plan-defaults';
import { addOn } from '../support/addon';

function tooLargePlan(): Plan {
  const plan: Plan = JSON.parse(JSON.stringify(defaultPlan('en')));
  const text = 'あ'.repeat(500);
  plan.csfs = Array.from({ length: 10 }, (_, i) => ({
    id: `csf${i}`,
    transition: i % 3,
    text,
    initiatives: Array.from({ length: 10 }, (_, j) => ({
      id: `ini${i}-${j}`,
      name: `Initiative ${i}-${j}`,
      kpi: { ...newKpi(), name: `KPI ${i}-${j}`, target: 1, quality: text },
    })),
  }));
  return plan;
}

describe('limits the server keeps', () => {
  test('a plan too large to store is refused before any sheet is touched', () => {
    const app = addOn({ locale: 'ja' });
    const plan = tooLargePlan();
    expect(planStorageBytes(plan)).toBeGreaterThan(MAX_PLAN_BYTES);
    app.call('openNewPlanWizard');
    app.env.calls.reset();
    const result = app.call('applyPlan', plan, 'new') as { ok: boolean; message: string };
    expect(result.ok).toBe(false);
    expect(result.message).toContain('1 つの計画として保存できる 100,000 バイトを超えています');
    expect(app.sheetNames()).toEqual(['シート1']);
    expect(app.env.calls.byMethod()).not.toHaveProperty('Spreadsheet.insertSheet');
    expect(app.env.globals.PropertiesService.getDocumentProperties().getKeys()).toEqual([]);
  });
});

describe('a deeply nested draft or plan', () => {
  const deep = () => JSON.parse(`${'['.repeat(100000)}${']'.repeat(100000)}`) as unknown;

  test('saving it as a draft is refused with the catalog message, not a RangeError', () => {
    const app = addOn({ locale: 'en_US' });
    app.call('openNewPlanWizard');
    expect(() => app.call('saveDraft', deep())).toThrow(
      'The draft is too large to save. Remove some channels or initiatives.',
    );
    const plan = { ...defaultPlan('en'), notes: deep() };
    expect(() => app.call('saveDraft', plan)).toThrow('The draft is too large to save.');
  });

  test('a stored draft nested deeper than any plan is discarded with a notice', () => {
    const app = addOn({ locale: 'en_US' });
    app.call('openNewPlanWizard');
    let nested: unknown = 1;
    for (let i = 0; i < 1000; i++) nested = [nested];
    app.call('saveDraft', { ...defaultPlan('en'), notes: nested });
    const init = app.call('sidebarInit') as { fromDraft: boolean; notice: string };
    expect(init.fromDraft).toBe(false);
    expect(init.notice).toContain('could not be read and was discarded');
  });

  test('a plan with a nested value where a number belongs is refused with an issue', () => {
    const app = addOn({ locale: 'en_US' });
    const plan = JSON.parse(JSON.stringify(defaultPlan('en')));
    plan.goal.amount = deep();
    plan.channels[0].cpl = { amount: 5 };
    const result = app.call('applyPlan', plan, 'new') as { ok: boolean; issues: { path: string }[] };
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.path)).toEqual(['goal.amount', 'channels.0.cpl']);
    expect(app.sheetNames()).toEqual(['Sheet1']);
  });
});
