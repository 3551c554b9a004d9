import {
  sizeOf,
  type Cell,
  type InputRule,
  type SheetDescription,
  type SheetKey,
  type WorkbookDescription,
} from './description';
import type { SheetPort, SpreadsheetPort } from './sheet-port';

/** New sheets come with this many columns. */
const NEW_SHEET_COLUMNS = 26;
const NEW_SHEET_ROWS = 1000;

export interface SheetTarget<Sheet> {
  /** Our sheet from an earlier run, or null to insert a new one. */
  sheet: Sheet | null;
  /** Rows and columns the earlier run covered, cleared where the new layout is smaller. */
  rows: number;
  cols: number;
  /** Where the earlier run's key row and column were, when they moved: shown again. */
  showRows?: number[];
  showColumns?: number[];
}

/** Builds a data validation rule (in Apps Script a DataValidation); one per distinct rule of a sheet. */
export type RuleMaker<Rule> = (rule: InputRule) => Rule;

/** How a cell is written with setValues: text keeps a leading apostrophe so it is never parsed. */
export function cellContent(cell: Cell | null): string | number | boolean {
  if (!cell) return '';
  if (cell.formula !== undefined) return cell.formula;
  if (cell.text !== undefined) return `'${cell.text}`;
  return cell.value ?? '';
}

function matrix<T>(
  sheet: SheetDescription<string>,
  rows: number,
  cols: number,
  pick: (cell: Cell | null) => T,
): T[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => pick(sheet.cells[r]?.[c] ?? null)),
  );
}

/**
 * Writes one sheet with a fixed number of batched calls, whatever its size: one range, one call per
 * property, then sheet settings.
 */
export function writeSheet<Rule, Sheet extends SheetPort<Rule>>(
  spreadsheet: SpreadsheetPort<Sheet>,
  sheet: SheetDescription<string>,
  target: SheetTarget<Sheet>,
  index: number,
  makeRule: RuleMaker<Rule>,
): Sheet {
  const size = sizeOf(sheet);
  const rows = Math.max(size.rows, target.rows);
  const cols = Math.max(size.cols, target.cols);
  let out: Sheet;
  if (target.sheet) {
    out = target.sheet;
    const maxRows = out.getMaxRows();
    const maxCols = out.getMaxColumns();
    if (rows > maxRows) out.insertRowsAfter(maxRows, rows - maxRows);
    if (cols > maxCols) out.insertColumnsAfter(maxCols, cols - maxCols);
  } else {
    out = spreadsheet.insertSheet(sheet.name, index);
    // A tidy new sheet: exactly the columns the layout needs.
    if (cols > NEW_SHEET_COLUMNS) out.insertColumnsAfter(NEW_SHEET_COLUMNS, cols - NEW_SHEET_COLUMNS);
    else if (cols < NEW_SHEET_COLUMNS) out.deleteColumns(cols + 1, NEW_SHEET_COLUMNS - cols);
    if (rows > NEW_SHEET_ROWS) out.insertRowsAfter(NEW_SHEET_ROWS, rows - NEW_SHEET_ROWS);
  }
  const range = out.getRange(1, 1, rows, cols);
  const made = new Map<string, Rule>();
  const ruleFor = (rule: InputRule | undefined): Rule | null => {
    if (!rule) return null;
    const id = JSON.stringify(rule);
    let built = made.get(id);
    if (!built) made.set(id, (built = makeRule(rule)));
    return built;
  };
  // Also clears validations a row the user inserted had moved out of place.
  range.setDataValidations(matrix(sheet, rows, cols, (cell) => ruleFor(cell?.rule)));
  range.setValues(matrix(sheet, rows, cols, cellContent));
  range.setNumberFormats(matrix(sheet, rows, cols, (cell) => cell?.format ?? 'General'));
  range.setBackgrounds(matrix(sheet, rows, cols, (cell) => cell?.background ?? null));
  range.setFontWeights(matrix(sheet, rows, cols, (cell) => (cell?.bold ? 'bold' : 'normal')));
  // Only sheets with wrapped text pay this call; elsewhere text overflows as Sheets does by default.
  if (sheet.cells.some((line) => line.some((cell) => cell?.wrap)))
    range.setWraps(matrix(sheet, rows, cols, (cell) => !!cell?.wrap));
  if (sheet.frozenRows || target.sheet) out.setFrozenRows(sheet.frozenRows);
  if (sheet.frozenColumns || target.sheet) out.setFrozenColumns(sheet.frozenColumns);
  for (const run of sheet.widths) out.setColumnWidths(run.from, run.count, run.width);
  for (const row of target.showRows ?? []) out.showRows(row);
  for (const col of target.showColumns ?? []) out.showColumns(col);
  for (const col of sheet.hiddenColumns) out.hideColumns(col);
  for (const row of sheet.hiddenRows ?? []) out.hideRows(row);
  return out;
}

/** Writes every sheet of a workbook; returns the sheet written for each key. */
export function applyWorkbook<Rule, Sheet extends SheetPort<Rule>>(
  spreadsheet: SpreadsheetPort<Sheet>,
  workbook: WorkbookDescription,
  targets: Partial<Record<SheetKey, SheetTarget<Sheet>>>,
  firstNewIndex: number,
  makeRule: RuleMaker<Rule>,
): Record<SheetKey, Sheet> {
  const written = {} as Record<SheetKey, Sheet>;
  let index = firstNewIndex;
  for (const sheet of workbook.sheets) {
    const target = targets[sheet.key] ?? { sheet: null, rows: 0, cols: 0 };
    written[sheet.key] = writeSheet(spreadsheet, sheet, target, target.sheet ? 0 : index, makeRule);
    if (!target.sheet) index++;
  }
  return written;
}
