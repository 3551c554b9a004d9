import type { WorkbookDescription } from '../../src/sheets/description';

// A cell or range reference, optionally on another sheet: 'KPI Tree'!$B$5, D7:R7, $A$1.
const REFERENCE =
  /(?:'(?:[^']|'')+'!|[A-Za-z_][\w.]*!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?![\w(])/g;
const STRING = /"(?:[^"]|"")*"/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** How many cells one formula reads: a range counts every cell in it. */
export function referencedCells(formula: string): number {
  let count = 0;
  for (const m of formula.replace(STRING, '""').matchAll(REFERENCE)) {
    const [, fromCol = 'A', fromRow = '1', toCol, toRow] = m;
    if (toCol === undefined || toRow === undefined) {
      count += 1;
      continue;
    }
    const rows = Math.abs(Number(toRow) - Number(fromRow)) + 1;
    const cols = Math.abs(columnNumber(toCol) - columnNumber(fromCol)) + 1;
    count += rows * cols;
  }
  return count;
}

/** Cells read by every formula of each sheet of a workbook, and in all. */
export function workbookRefs(workbook: WorkbookDescription): {
  total: number;
  bySheet: Record<string, number>;
} {
  const bySheet: Record<string, number> = {};
  let total = 0;
  for (const sheet of workbook.sheets) {
    let n = 0;
    for (const row of sheet.cells)
      for (const cell of row) if (cell?.formula) n += referencedCells(cell.formula);
    bySheet[sheet.key] = n;
    total += n;
  }
  return { total, bySheet };
}
