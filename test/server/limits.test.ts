/** What the server refuses before it touches a sheet or the stored data. */
import { MAX_PLAN_BYTES, planStorageBytes } from '../../src/core/chunks';
import type { Plan } from '../../src/core/plan';
import { defaultPlan } from '../../src/core/plan-defaults';
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
      kpi: { name: `KPI ${i}-${j}`, target: 1, cadence: 'monthly' as const, quality: text },
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
