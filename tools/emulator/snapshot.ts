import { DetailedCellError } from 'hyperformula';
import { quoteSheetName, rectA1 } from './a1';
import { matchingRule } from './conditional-format';
import { toComputed } from './hyperformula-book';
import { formatValue } from './number-format';
import { sheetInternals } from './sheet';
import type { SheetModel } from './sheet-model';
import type { Workbook } from './workbook';

export interface CellSnapshot {
  /** Computed value; errors as Sheets' error text; null when empty. */
  value: string | number | boolean | null;
  formula: string | null;
  /** The value formatted with its number format. */
  display: string;
  numberFormat: string | null;
  /** After conditional formatting. */
  background: string | null;
  fontWeight: 'bold' | 'normal';
  fontColor: string | null;
  horizontalAlignment: string | null;
  note: string | null;
  /** What an error cell says on hover: the message of the error (a custom function's, for one). */
  errorMessage: string | null;
  checkbox: boolean;
  wrap: boolean;
}

export interface ChartSnapshot {
  id: number | null;
  type: string | null;
  /** A1 ranges; prefixed with the sheet name when on another sheet. */
  ranges: string[];
  title: string | null;
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  numHeaders: number;
  options: Record<string, unknown>;
}

export interface SheetSnapshot {
  name: string;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Record<number, number>;
  hiddenColumns: number[];
  hiddenRows: number[];
  tabColor: string | null;
  /** Used extent: the last row and column holding contents or formatting. */
  rows: number;
  columns: number;
  /** Used extent, row-major, 0-based. */
  cells: CellSnapshot[][];
  charts: ChartSnapshot[];
  conditionalRules: number;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  activeSheet: string;
}

/** The background a cell shows: the first matching conditional rule's, else its own. */
function cellLook(workbook: Workbook, sheet: SheetModel, row: number, column: number) {
  const style = workbook.style(sheet, row, column) ?? {};
  const rule = matchingRule(workbook, sheet, row, column);
  return {
    style,
    background: rule?.background ?? style.background ?? null,
    fontColor: rule?.fontColor ?? style.fontColor ?? null,
    bold: rule?.bold ?? style.fontWeight === 'bold',
  };
}

function conditionalBackgroundOf(
  workbook: Workbook,
  sheet: SheetModel,
  row: number,
  column: number,
): string | null {
  return cellLook(workbook, sheet, row, column).background;
}

/** The background a cell of a Sheet shows after conditional formatting (1-based row and column). */
export function conditionalBackground(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  row: number,
  column: number,
): string | null {
  const { workbook, model } = sheetInternals(sheet);
  return conditionalBackgroundOf(workbook, model, row, column);
}

function snapshotSheet(workbook: Workbook, sheet: SheetModel): SheetSnapshot {
  const content = workbook.contentExtent(sheet);
  const styled = sheet.styles.extent();
  const rows = Math.max(content.rows, styled.rows);
  const columns = Math.max(content.columns, styled.columns);
  const rect = { row: 1, column: 1, numRows: rows, numColumns: columns };
  const values = rows && columns ? workbook.engineValues(sheet, rect) : [];
  const formulas = rows && columns ? workbook.formulas(sheet, rect) : [];
  const cells = values.map((line, i) =>
    line.map((raw, j): CellSnapshot => {
      const { style, background, fontColor, bold } = cellLook(workbook, sheet, i + 1, j + 1);
      const value = toComputed(raw);
      return {
        value,
        formula: formulas[i][j] || null,
        display: formatValue(value, style.numberFormat ?? null),
        numberFormat: style.numberFormat ?? null,
        background,
        fontWeight: bold ? 'bold' : 'normal',
        fontColor,
        horizontalAlignment: style.horizontalAlignment ?? null,
        note: style.note ?? null,
        errorMessage: raw instanceof DetailedCellError && raw.message ? raw.message : null,
        checkbox: style.validation?.criteria === 'CHECKBOX',
        wrap: style.wrap ?? false,
      };
    }),
  );
  return {
    name: sheet.name,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    columnWidths: Object.fromEntries(sheet.columnWidths),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
    tabColor: sheet.tabColor,
    rows,
    columns,
    cells,
    charts: sheet.charts.map((chart) => ({
      id: chart.id,
      type: chart.type,
      ranges: chart.ranges.map((ref) =>
        ref.sheet === sheet ? rectA1(ref) : `${quoteSheetName(ref.sheet.name)}!${rectA1(ref)}`,
      ),
      title: typeof chart.options.title === 'string' ? chart.options.title : null,
      anchorRow: chart.anchorRow,
      anchorColumn: chart.anchorColumn,
      offsetX: chart.offsetX,
      offsetY: chart.offsetY,
      numHeaders: chart.numHeaders,
      options: { ...chart.options },
    })),
    conditionalRules: sheet.conditionalRules.length,
  };
}

export function snapshotWorkbook(workbook: Workbook): WorkbookSnapshot {
  return {
    sheets: workbook.sheets.map((sheet) => snapshotSheet(workbook, sheet)),
    activeSheet: workbook.active.name,
  };
}
