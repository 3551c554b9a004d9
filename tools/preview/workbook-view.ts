/**
 * The workbook as the preview page draws it: the emulator's snapshot without empty cells and
 * default values, plus each chart's data read from its ranges. Plain JSON, shared with the page.
 */
import { percentAsTyped } from '../../src/core/format';
import { parseA1 } from '../emulator/a1';
import type { CellSnapshot, ChartSnapshot, SheetSnapshot, WorkbookSnapshot } from '../emulator/snapshot';

export interface CellView {
  /** The formatted value, as the cell shows it. */
  text: string;
  /** Absent for text and empty cells. */
  kind?: 'number' | 'boolean' | 'error';
  /** What the formula bar shows when it differs from text: the formula, or the raw value. */
  input?: string;
  formula?: true;
  background?: string;
  bold?: true;
  color?: string;
  align?: string;
  note?: string;
  checkbox?: true;
  wrap?: true;
}

export interface ChartSeries {
  name: string;
  values: (number | null)[];
}

export interface ChartView {
  type: string;
  title: string | null;
  anchorRow: number;
  anchorColumn: number;
  /** Pixels from the anchor cell's top-left corner. */
  offsetX: number;
  offsetY: number;
  /** Size in pixels: the width and height options, else Sheets' default 600 × 371. */
  width: number;
  height: number;
  /** How the value axis labels its ticks: as percents when the axis format or the data say so. */
  valueFormat: 'number' | 'percent';
  /** Category labels slanted (hAxis.slantedText), so that long ones stay whole. */
  slanted: boolean;
  labels: string[];
  series: ChartSeries[];
}

const DEFAULT_CHART = { width: 600, height: 371 };

const optionObject = (options: Record<string, unknown>, key: string): Record<string, unknown> => {
  const value = options[key];
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
};

const positiveNumber = (value: unknown, fallback: number) =>
  typeof value === 'number' && value > 0 ? value : fallback;

export interface SheetView {
  name: string;
  tabColor: string | null;
  frozenRows: number;
  frozenColumns: number;
  /** Pixel widths by 1-based column; missing columns have the default width. */
  columnWidths: Record<number, number>;
  hiddenColumns: number[];
  hiddenRows: number[];
  rows: number;
  columns: number;
  /** Row-major, 0-based; null for a cell with nothing to draw. */
  cells: (CellView | null)[][];
  charts: ChartView[];
}

export interface WorkbookView {
  activeSheet: string;
  sheets: SheetView[];
}

const ERROR_TEXT = /^#(?:DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|ERROR!|CYCLE!)$/;

/** What a user would type to get this value back, as the Sheets formula bar shows it. */
function inputOf(cell: CellSnapshot): string {
  if (cell.formula) return cell.formula;
  const { value } = cell;
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number' && cell.numberFormat?.includes('%')) {
    return percentAsTyped(value);
  }
  return String(value);
}

function cellView(cell: CellSnapshot): CellView | null {
  const view: CellView = { text: cell.display };
  if (typeof cell.value === 'number') view.kind = 'number';
  else if (typeof cell.value === 'boolean') view.kind = 'boolean';
  else if (typeof cell.value === 'string' && cell.formula && ERROR_TEXT.test(cell.value)) view.kind = 'error';
  const input = inputOf(cell);
  if (input !== cell.display) view.input = input;
  if (cell.formula) view.formula = true;
  if (cell.background) view.background = cell.background;
  if (cell.fontWeight === 'bold') view.bold = true;
  if (cell.fontColor) view.color = cell.fontColor;
  if (cell.horizontalAlignment) view.align = cell.horizontalAlignment;
  if (cell.note) view.note = cell.note;
  else if (view.kind === 'error' && cell.errorMessage) view.note = cell.errorMessage;
  if (cell.checkbox) view.checkbox = true;
  if (cell.wrap) view.wrap = true;
  const blank = Object.keys(view).length === 1 && view.text === '';
  return blank ? null : view;
}

const numeric = (cell: CellSnapshot | undefined) => (typeof cell?.value === 'number' ? cell.value : null);
const label = (cell: CellSnapshot | undefined) => cell?.display ?? '';

/** The block of cells an A1 range covers, padded with undefined beyond the used extent. */
function block(snapshot: WorkbookSnapshot, home: SheetSnapshot, a1: string): (CellSnapshot | undefined)[][] {
  const parsed = parseA1(a1, home.rows, home.columns);
  const sheet = parsed?.sheetName ? snapshot.sheets.find((s) => s.name === parsed.sheetName) : home;
  if (!parsed || !sheet) return [];
  const { row, column } = parsed.rect;
  const numRows = Math.min(parsed.rect.numRows, Math.max(sheet.rows - row + 1, 0), 500);
  const numColumns = Math.min(parsed.rect.numColumns, 50);
  return Array.from({ length: numRows }, (_, i) =>
    Array.from({ length: numColumns }, (_, j) => sheet.cells[row - 1 + i]?.[column - 1 + j]),
  );
}

/**
 * Like Sheets: the ranges side by side make one table; its first column labels the points and the
 * other columns are series, named by the first row when that row is text.
 */
function chartView(snapshot: WorkbookSnapshot, sheet: SheetSnapshot, chart: ChartSnapshot): ChartView {
  const blocks = chart.ranges.map((a1) => block(snapshot, sheet, a1));
  const height = Math.max(0, ...blocks.map((b) => b.length));
  const table = Array.from({ length: height }, (_, i) =>
    blocks.flatMap((b) => b[i] ?? Array.from({ length: b[0]?.length ?? 0 }, () => undefined)),
  );
  const width = table[0]?.length ?? 0;
  // Sheets reads numHeaders; left unset (-1), it guesses from a first row of text, as here.
  const headed =
    chart.numHeaders > 0
      ? table.length > 1
      : width > 1 && table.length > 1 && table[0].slice(1).some((c) => typeof c?.value === 'string');
  const body = headed ? table.slice(1) : table;
  const singleColumn = width === 1;
  const seriesColumns = singleColumn ? [0] : Array.from({ length: width - 1 }, (_, j) => j + 1);
  const { options } = chart;
  // Bar charts carry their values on the horizontal axis; the others on the vertical one.
  const valueAxis = optionObject(options, chart.type === 'BAR' ? 'hAxis' : 'vAxis');
  const axisFormat = typeof valueAxis.format === 'string' ? valueAxis.format : null;
  const dataInPercent = seriesColumns.every((j) =>
    body.every((r) => typeof r[j]?.value !== 'number' || r[j]?.numberFormat?.includes('%')),
  );
  const percent = axisFormat ? axisFormat.includes('%') || axisFormat === 'percent' : dataInPercent;
  return {
    type: chart.type ?? 'COLUMN',
    title: chart.title,
    anchorRow: chart.anchorRow,
    anchorColumn: chart.anchorColumn,
    offsetX: chart.offsetX,
    offsetY: chart.offsetY,
    width: positiveNumber(options.width, DEFAULT_CHART.width),
    height: positiveNumber(options.height, DEFAULT_CHART.height),
    valueFormat: percent && body.length > 0 ? 'percent' : 'number',
    slanted: optionObject(options, 'hAxis').slantedText === true,
    labels: singleColumn ? body.map((_, i) => String(i + 1)) : body.map((r) => label(r[0])),
    series: seriesColumns.map((j) => ({
      name: headed ? label(table[0][j]) : '',
      values: body.map((r) => numeric(r[j])),
    })),
  };
}

export function workbookView(snapshot: WorkbookSnapshot): WorkbookView {
  return {
    activeSheet: snapshot.activeSheet,
    sheets: snapshot.sheets.map((sheet) => ({
      name: sheet.name,
      tabColor: sheet.tabColor,
      frozenRows: sheet.frozenRows,
      frozenColumns: sheet.frozenColumns,
      columnWidths: sheet.columnWidths,
      hiddenColumns: sheet.hiddenColumns,
      hiddenRows: sheet.hiddenRows,
      rows: sheet.rows,
      columns: sheet.columns,
      cells: sheet.cells.map((line) => line.map(cellView)),
      charts: sheet.charts.map((chart) => chartView(snapshot, sheet, chart)),
    })),
  };
}
