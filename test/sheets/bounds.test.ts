/** Plans at the bounds validation allows: every cell the sheets compute is a finite value, never #NUM!. */
import { DetailedCellError } from 'hyperformula';
import { render } from '../../src/core/i18n';
import { SHEET_NAME } from '../../src/core/catalog/sheets';
import { MAX_COUNT } from '../../src/core/funnel';
import {
  MAX_AMOUNT,
  MAX_CHANNELS,
  MAX_LAG_MONTHS,
  MAX_SEASONALITY_WEIGHT,
  MIN_CPL,
  type Plan,
} from '../../src/core/plan';
import { defaultPlan } from '../../src/core/plan-defaults';
import { validatePlan } from '../../src/core/plan-validate';
import { SHEET_KEYS } from '../../src/sheets/names';
import { layoutWorkbook } from '../../src/sheets/workbook';
import { evaluate } from '../support/hf-workbook';

function errorCells(plan: Plan): string[] {
  const check = validatePlan(plan);
  if (!check.ok) throw new Error(check.issues.map((i) => i.message.en).join('\n'));
  const keys = SHEET_KEYS;
  const names = Object.fromEntries(keys.map((k) => [k, render(SHEET_NAME[k], plan.lang)])) as Record<
    (typeof keys)[number],
    string
  >;
  const workbook = layoutWorkbook(plan, names);
  const book = evaluate(workbook);
  const errors: string[] = [];
  for (const sheet of workbook.sheets) {
    sheet.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell?.formula) return;
        const value = book.value(sheet.name, r + 1, c + 1);
        if (value instanceof DetailedCellError || (typeof value === 'number' && !Number.isFinite(value)))
          errors.push(`${sheet.name}!R${r + 1}C${c + 1} ${cell.formula} = ${String(value)}`);
      }),
    );
  }
  return errors;
}

describe('the largest and smallest valid numbers', () => {
  test('money, counts and weights at their upper bounds, over ten stages with the longest lags', () => {
    const plan = defaultPlan('en');
    plan.goal = { kind: 'revenue', amount: MAX_AMOUNT, marketingShare: 1 };
    plan.avgDealSize = MAX_AMOUNT;
    // One won deal that needs nearly MAX_COUNT at the top of ten stages.
    const rate = (MAX_COUNT * 0.99) ** (-1 / 9);
    const rates = new Array<number>(9).fill(rate);
    plan.stages = [
      ...rates.map((rate, i) => ({
        id: i === 0 ? 'leads' : `s${i}`,
        kind: i === 0 ? ('leads' as const) : ('custom' as const),
        name: `Stage ${i + 1}`,
        rate,
        lagMonths: MAX_LAG_MONTHS,
      })),
      { id: 'won', kind: 'won' as const, name: 'Won', rate: null, lagMonths: 0 },
    ];
    plan.csfs = [];
    plan.seasonality = [MAX_SEASONALITY_WEIGHT, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1e-300];
    plan.periodMonths = 36;
    plan.channels = Array.from({ length: MAX_CHANNELS }, (_, i) => ({
      id: `ch${i}`,
      name: `Channel ${i}`,
      allocation: i % 2 ? ('count' as const) : ('share' as const),
      value: i % 2 ? MAX_COUNT : 1,
      cpl: MAX_AMOUNT,
    }));
    plan.thresholds = { green: 2, amber: 2 };
    expect(errorCells(plan)).toEqual([]);
  });

  test('the smallest CPL above zero, a tiny goal and tiny weights', () => {
    const plan = defaultPlan('ja');
    plan.goal.amount = MAX_AMOUNT;
    plan.avgDealSize = MAX_AMOUNT;
    plan.channels = [{ id: 'c', name: 'One lead', allocation: 'count', value: 1, cpl: MIN_CPL }];
    plan.seasonality = new Array(12).fill(5e-324);
    expect(errorCells(plan)).toEqual([]);
    plan.goal.amount = 1e-300;
    plan.thresholds = { green: 1e-300, amber: 1e-300 };
    expect(errorCells(plan)).toEqual([]);
  });
});
