import { defaultPlan } from '../../src/core/plan-defaults';
import type { Plan } from '../../src/core/plan';
import { positions } from '../../src/sheets/positions';
import { layoutWorkbook } from '../../src/sheets/workbook';
import { referencedCells, workbookRefs } from '../support/formula-refs';
import { SHORT_NAMES } from '../support/short-names';

const names = SHORT_NAMES;

const withMonths = (periodMonths: number): Plan => ({ ...defaultPlan('en'), periodMonths });

describe('formula cost', () => {
  test('counting referenced cells', () => {
    expect(referencedCells("=SUM(D7:R7)+'KPI Tree'!$B$5")).toBe(16);
    expect(referencedCells('=ROUND(ROUND(A1*2,9),0)')).toBe(1);
    expect(referencedCells('=SUMIF($D$5:$F$5,"<="&D5,$D$6:$F$6)')).toBe(7);
    expect(referencedCells("='It''s'!A1:B2")).toBe(4);
  });

  test('each Monthly Targets cell reads a bounded window, so the sheet grows linearly with months', () => {
    const cost = (months: number) => {
      const plan = withMonths(months);
      const m = positions(plan).months;
      const sheet = layoutWorkbook(plan, names).sheets.find((s) => s.key === 'monthly')!;
      const perCell: number[] = [];
      for (let col = m.firstCol; col <= m.lastCol; col++)
        perCell.push(referencedCells(sheet.cells[m.stageRow(0) - 1]![col - 1]!.formula!));
      return { perCell: Math.max(...perCell), sheet: workbookRefs({ sheets: [sheet] }).total };
    };
    const short = cost(12);
    const long = cost(36);
    // A month cell's cost does not depend on the length of the period...
    expect(long.perCell).toBe(short.perCell);
    expect(short.perCell).toBeLessThanOrEqual(2 * (positions(withMonths(12)).months.before + 3) + 8);
    // ...so three times the months cost about three times the cells (squared growth would be nine).
    expect(long.sheet / short.sheet).toBeLessThan(3.5);
  });
});
