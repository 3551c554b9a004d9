import { defaultPlan } from '../../src/core/plan-defaults';
import type { Plan } from '../../src/core/plan';
import { COLOR, type SheetDescription, type SheetKey } from '../../src/sheets/description';
import { CHECKLIST_FIRST_ROW } from '../../src/sheets/checklist';
import { positions } from '../../src/sheets/positions';
import { layoutWorkbook } from '../../src/sheets/workbook';
import { SHORT_NAMES } from '../support/short-names';

const names = SHORT_NAMES;
const sheet = (plan: Plan, key: SheetKey): SheetDescription =>
  layoutWorkbook(plan, names).sheets.find((s) => s.key === key)!;
const text = (s: SheetDescription, row: number, col: number) => s.cells[row - 1]?.[col - 1]?.text;

describe('labels say what a row is', () => {
  test.each(['en', 'ja'] as const)(
    '%s: Actuals revenue is labelled as typed (or imported), Monthly as computed',
    (lang) => {
      const plan = defaultPlan(lang);
      const m = positions(plan).months;
      const actuals = sheet(plan, 'actuals');
      const monthly = sheet(plan, 'monthly');
      // The month cells of the Actuals revenue row are inputs, and its label says so.
      expect(actuals.cells[m.revenueRow - 1]?.[m.firstCol - 1]?.background).toBe(COLOR.input);
      expect(text(actuals, m.revenueRow, m.labelCol)).toMatch(lang === 'en' ? /type it/ : /入力/);
      expect(text(actuals, m.revenueRow, m.labelCol)).not.toMatch(/×/);
      expect(monthly.cells[m.revenueRow - 1]?.[m.firstCol - 1]?.formula).toBeDefined();
      expect(text(monthly, m.revenueRow, m.labelCol)).toMatch(/×/);
    },
  );

  test.each(['en', 'ja'] as const)(
    '%s: the helper row of month numbers says what its numbers are',
    (lang) => {
      const plan = defaultPlan(lang);
      const m = positions(plan).months;
      const label = text(sheet(plan, 'actuals'), m.helperRow, m.labelCol) ?? '';
      expect(label).toMatch(lang === 'en' ? /Month #.*Dashboard/ : /月番号.*ダッシュボード/);
      expect(label).toContain(text(sheet(plan, 'actuals'), m.monthNumberRow, m.labelCol));
    },
  );

  test("the hand-over check names the plan's own stages", () => {
    const item5 = (plan: Plan) => text(sheet(plan, 'checklist'), CHECKLIST_FIRST_ROW + 4, 2) ?? '';
    const plan = defaultPlan('en');
    expect(plan.stages.some((s) => s.kind === 'sql')).toBe(false);
    const mql = plan.stages.findIndex((s) => s.kind === 'mql');
    expect(item5(plan)).toBe(
      `There is a target for the ${plan.stages[mql]!.name}→${plan.stages[mql + 1]!.name} rate.`,
    );
    expect(item5(plan)).not.toContain('SQL');
    const ja = defaultPlan('ja');
    ja.stages = ja.stages.filter((s) => s.kind !== 'mql');
    const leads = ja.stages.findIndex((s) => s.kind === 'leads');
    expect(item5(ja)).toBe(`${ja.stages[leads]!.name}→${ja.stages[leads + 1]!.name} 転換率の目標がある。`);
  });
});
