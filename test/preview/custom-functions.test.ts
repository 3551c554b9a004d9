/**
 * The custom functions typed into preview cells: the real dist/Code.js runs them through the formula
 * engine, ranges and errors included, and every example of the Function reference gives its
 * documented result.
 */
import { join } from 'node:path';
import { CUSTOM_FUNCTIONS } from '../../src/functions/registry';
import { parseA1 } from '../../tools/emulator/a1';
import { PreviewRuntime } from '../../tools/preview/runtime';
import { NOW } from '../support/clock';
import { assertDistFresh, ROOT } from '../support/dist';

const RANGE = /\b[A-Z]+[0-9]+:[A-Z]+[0-9]+\b/g;
/** Where each example's formula goes: below and right of any range an example names. */
const FORMULA_ROW = 10;
const FORMULA_COLUMN = 6;

function preview(locale = 'en_US'): { runtime: PreviewRuntime; sheet: string } {
  assertDistFresh();
  const runtime = new PreviewRuntime({ distDir: join(ROOT, 'dist'), locale, now: NOW });
  return { runtime, sheet: runtime.env.spreadsheet.getSheets()[0]!.getName() };
}

function values(runtime: PreviewRuntime, sheet: string, row: number, column: number, rows = 1, columns = 1) {
  return runtime.env.spreadsheet.getSheetByName(sheet)!.getRange(row, column, rows, columns).getValues();
}

/** Types a 2D value into the cells of an A1 range, as a user would. */
function typeBlock(runtime: PreviewRuntime, sheet: string, a1: string, block: unknown[][]): void {
  const rect = parseA1(a1, 100, 100)!.rect;
  expect([rect.numRows, rect.numColumns]).toEqual([block.length, block[0]!.length]);
  block.forEach((line, i) =>
    line.forEach((value, j) =>
      runtime.editCell(sheet, rect.row + i, rect.column + j, value as string | number | boolean),
    ),
  );
}

describe('every Function reference example gives its documented result in the preview', () => {
  test('there are 14 functions, each with an example', () => {
    expect(CUSTOM_FUNCTIONS).toHaveLength(14);
  });

  test.each(CUSTOM_FUNCTIONS.map((fn) => [fn.name, fn] as const))('%s', (_name, fn) => {
    const { runtime, sheet } = preview();
    const { formula, args, result } = fn.example;
    // Range arguments sit where the formula's ranges point, in order.
    const ranges = formula.match(RANGE) ?? [];
    const blocks = args.filter((arg): arg is unknown[][] => Array.isArray(arg));
    expect(ranges).toHaveLength(blocks.length);
    ranges.forEach((a1, i) => typeBlock(runtime, sheet, a1, blocks[i]!));

    runtime.editCell(sheet, FORMULA_ROW, FORMULA_COLUMN, formula);

    const expected = Array.isArray(result) ? (result as unknown[][]) : [[result]];
    const got = values(runtime, sheet, FORMULA_ROW, FORMULA_COLUMN, expected.length, expected[0]!.length);
    expect(got).toEqual(expected);
    // The cell keeps the formula as typed; a table spills from it.
    const cell = runtime.env.spreadsheet.getSheetByName(sheet)!.getRange(FORMULA_ROW, FORMULA_COLUMN);
    expect(cell.getFormula()).toBe(formula);
  });
});

describe('custom functions in preview cells behave as in Sheets', () => {
  test('the issue example shows the leads, not #NAME?', () => {
    const { runtime, sheet } = preview();
    runtime.editCell(sheet, 1, 1, '=REQUIRED_LEADS(1000000000,5000000,20%,15%,30%)');
    expect(values(runtime, sheet, 1, 1)).toEqual([[22223]]);
    const view = runtime.state().workbook.sheets[0]!.cells[0]![0]!;
    expect(view.kind).toBe('number');
  });

  test('a range argument broadcasts: the result takes its shape and follows its cells', () => {
    const { runtime, sheet } = preview();
    typeBlock(runtime, sheet, 'A1:A3', [[1500000], [600000], ['']]);
    runtime.editCell(sheet, 1, 2, '=CPL(A1:A3, 300)');
    expect(values(runtime, sheet, 1, 2, 3, 1)).toEqual([[5000], [2000], ['']]);
    runtime.editCell(sheet, 2, 1, 900000);
    expect(values(runtime, sheet, 2, 2)).toEqual([[3000]]);
  });

  test("the function's error shows as #ERROR! with its message, in the user's language", () => {
    for (const [locale, words] of [
      ['en_US', /win_rate.*(15%|0\.15|%)/],
      ['ja_JP', /win_rate.*[ぁ-んァ-ン一-龯]/],
    ] as const) {
      const { runtime, sheet } = preview(locale);
      runtime.editCell(sheet, 1, 1, '=REQUIRED_LEADS(1000000000, 5000000, 20, 15%, 30%)');
      expect(values(runtime, sheet, 1, 1)).toEqual([['#ERROR!']]);
      const view = runtime.state().workbook.sheets[0]!.cells[0]![0]!;
      expect(view.kind).toBe('error');
      expect(view.note).toMatch(words);
    }
  });

  test('an error in an argument passes through without calling the function', () => {
    const { runtime, sheet } = preview();
    runtime.editCell(sheet, 1, 1, '=1/0');
    runtime.editCell(sheet, 1, 2, '=ATTAINMENT(A1, 100)');
    expect(values(runtime, sheet, 1, 2)).toEqual([['#DIV/0!']]);
  });
});
