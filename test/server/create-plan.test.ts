import { defaultPlan } from '../../src/core/plan-defaults';
import { computePlan } from '../../src/core/plan-math';
import { positions } from '../../src/sheets/positions';
import { addOn } from '../support/addon';

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

  test('costs the same number of calls for the default and a large plan', () => {
    const app = addOn({ locale: 'en_US' });
    app.env.calls.reset();
    app.call('createSamplePlan');
    const calls = app.env.calls.total();
    expect(calls).toBeLessThanOrEqual(110);
    console.log(`create-plan calls ${calls}`, app.env.calls.byMethod());
  });
});
