import { defaultPlan } from '../../src/core/plan-defaults';
import type { Plan } from '../../src/core/plan';
import { computePlan } from '../../src/core/plan-math';
import { positions } from '../../src/sheets/positions';
import { addOn } from '../support/addon';
import { yearMonth } from '../support/clock';
import { largePlan } from '../support/plans';

/** Spreadsheet, Sheet and Range calls that writing a new plan (six sheets) may cost, whatever its size. */
const CREATE_PLAN_CALLS = 99;

describe('Create sample plan', () => {
  test('writes the five sheets in English with live targets', () => {
    const app = addOn({ locale: 'en_US' });
    app.call('onOpen', {});
    expect(app.env.ui.menu().map((m) => m.functionName)).toEqual(
      expect.arrayContaining(['createSamplePlan', 'updateSheetsFromPlan', 'showFunctionReference']),
    );
    app.call('createSamplePlan');
    expect(app.sheetNames()).toEqual([
      'Sheet1',
      'KPI Tree',
      'Monthly Targets',
      'Actuals',
      'Dashboard',
      'Checklist',
      'KPI Tracker',
    ]);
    const plan = defaultPlan('en');
    const pos = positions(plan);
    const tree = app.values('KPI Tree');
    const n = computePlan(plan);
    plan.stages.forEach((_, s) =>
      expect(tree[pos.tree.targetRow - 1][pos.tree.nodeCol(s) - 1]).toBe(n.required[s]),
    );
    expect(tree[pos.tree.targetRow - 1][pos.tree.nodeCol(0) - 1]).toBe(22223);
  });

  test('writes Japanese sheets for a Japanese user', () => {
    const app = addOn({ locale: 'ja' });
    app.call('createSamplePlan');
    expect(app.sheetNames()).toEqual(
      expect.arrayContaining(['KPIツリー', '月次目標', '実績', 'ダッシュボード', 'チェックリスト']),
    );
    const tree = app.values('KPIツリー');
    expect(tree.flat()).toContain('商談');
  });

  test('costs the same calls for the default and a large plan, within the budget', () => {
    // The sample is always the default plan, so a large plan is written the other way a plan is
    // created (the wizard's applyPlan, with the same writer); the two must cost the same calls.
    const created = (plan: Plan) => {
      const app = addOn({ locale: 'en_US' });
      app.env.calls.reset();
      expect(app.call('applyPlan', plan, 'new')).toMatchObject({ ok: true });
      // A new sheet gets exactly the columns it needs: narrow ones delete, wide ones insert.
      const {
        'Sheet.deleteColumns': deleted = 0,
        'Sheet.insertColumnsAfter': inserted = 0,
        ...rest
      } = app.env.calls.byMethod();
      return {
        total: app.env.calls.total(),
        spreadsheet: app.env.calls.total(['Spreadsheet', 'Sheet', 'Range']),
        byMethod: { ...rest, 'columns to size': deleted + inserted },
      };
    };
    const large = largePlan();
    expect(large.stages.length).toBeGreaterThan(defaultPlan('en').stages.length);
    const small = created(defaultPlan('en'));
    expect(created(large)).toEqual(small);
    // The figure `npm run bench` prints as "create-plan calls". Every sheet is one insert, one
    // range with five batched writes (six where text wraps), its widths (at most four runs),
    // hidden key row and column, frozen panes and id.
    expect(small.spreadsheet).toBeLessThanOrEqual(CREATE_PLAN_CALLS);

    const sample = addOn({ locale: 'en_US' });
    sample.env.calls.reset();
    sample.call('createSamplePlan');
    const calls = sample.env.calls.total();
    // Six sheets, each written with the same handful of batched calls.
    expect(calls).toBeLessThanOrEqual(150);
    console.log(`create-plan calls ${calls}`, sample.env.calls.byMethod());
  });

  // Mid-month instants: the month is the same in every time zone the tests may run in.
  test.each([
    ['en_US', '2026-11-15T09:00:00+09:00', '2027-01'],
    ['en_US', '2027-02-15T09:00:00+09:00', '2028-01'],
    ['ja', '2027-03-15T09:00:00+09:00', '2027-04'],
    ['ja', '2027-05-15T09:00:00+09:00', '2028-04'],
  ])('%s on %s: the sample plan starts in %s (the clock it runs under)', (locale, now, first) => {
    const app = addOn({ locale, now });
    app.call('createSamplePlan');
    const m = positions(defaultPlan(locale === 'ja' ? 'ja' : 'en')).months;
    const monthly = app.values(locale === 'ja' ? '月次目標' : 'Monthly Targets');
    expect(monthly[m.headerRow - 1][m.firstCol + m.before - 1]).toBe(first);
    // The wizard's defaults read the same clock.
    const init = app.call('sidebarInit') as { defaults: Record<'en' | 'ja', Plan>; plans: string[] };
    // (With the sample stored, a new plan is offered under a name no plan has.)
    const unnamed = (plan: Plan) => ({ ...plan, name: '' });
    expect(unnamed(init.defaults.en)).toEqual(unnamed(defaultPlan('en', yearMonth(now))));
    expect(unnamed(init.defaults.ja)).toEqual(unnamed(defaultPlan('ja', yearMonth(now))));
    expect(init.plans).toEqual([defaultPlan(locale === 'ja' ? 'ja' : 'en', yearMonth(now)).name]);
    for (const plan of Object.values(init.defaults)) expect(init.plans).not.toContain(plan.name);
  });
});
