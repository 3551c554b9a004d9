import { parseA1 } from './a1';
import { unwrap } from './call-counter';
import { chartView, insertChart, newChartBuilder, removeChart, updateChart } from './charts';
import { ruleSpecOf, ruleView } from './conditional-format';
import { addMetadata, metadataViews } from './developer-metadata';
import { asReal } from './enums';
import { rangeRefAt } from './range';
import type { SheetModel } from './sheet-model';
import type { Workbook } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export type SheetMethods =
  | 'activate'
  | 'addDeveloperMetadata'
  | 'clear'
  | 'clearConditionalFormatRules'
  | 'clearContents'
  | 'clearFormats'
  | 'deleteColumns'
  | 'deleteRows'
  | 'getCharts'
  | 'getColumnWidth'
  | 'getConditionalFormatRules'
  | 'getDataRange'
  | 'getDeveloperMetadata'
  | 'getFrozenColumns'
  | 'getFrozenRows'
  | 'getIndex'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMaxColumns'
  | 'getMaxRows'
  | 'getName'
  | 'getParent'
  | 'getRange'
  | 'getSheetId'
  | 'getSheetName'
  | 'getTabColor'
  | 'hasHiddenGridlines'
  | 'hideColumns'
  | 'hideRows'
  | 'hideSheet'
  | 'isSheetHidden'
  | 'insertChart'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'isColumnHiddenByUser'
  | 'isRowHiddenByUser'
  | 'newChart'
  | 'removeChart'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'setConditionalFormatRules'
  | 'setFrozenColumns'
  | 'setFrozenRows'
  | 'setHiddenGridlines'
  | 'setName'
  | 'setTabColor'
  | 'showColumns'
  | 'showRows'
  | 'showSheet'
  | 'updateChart';

/** One tab of the fake spreadsheet. */
export class FakeSheet implements Pick<Sheet, SheetMethods> {
  constructor(
    readonly workbook: Workbook,
    readonly model: SheetModel,
  ) {}

  private self(): Sheet {
    return asReal<Sheet>(this);
  }

  activate(): Sheet {
    this.workbook.active = this.model;
    return this.self();
  }
  getName(): string {
    return this.model.name;
  }
  getSheetName(): string {
    return this.model.name;
  }
  setName(name: string): Sheet {
    this.workbook.renameSheet(this.model, String(name));
    return this.self();
  }
  getSheetId(): number {
    return this.model.sheetId;
  }
  getIndex(): number {
    return this.workbook.sheets.indexOf(this.model) + 1;
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.workbook.spreadsheetView;
  }

  // ---- ranges and size -----------------------------------------------------------------------

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof rowOrA1 === 'string') {
      const parsed = parseA1(rowOrA1, this.model.maxRows, this.model.maxColumns);
      if (!parsed) throw new Error('Range not found');
      if (parsed.sheetName !== null && this.workbook.findSheet(parsed.sheetName) !== this.model) {
        throw new Error('Range not found');
      }
      const { row, column: col, numRows: rows, numColumns: cols } = parsed.rect;
      return this.workbook.rangeView(rangeRefAt(this.model, row, col, rows, cols));
    }
    return this.workbook.rangeView(
      rangeRefAt(this.model, rowOrA1, column ?? NaN, numRows ?? 1, numColumns ?? 1),
    );
  }
  getDataRange(): Range {
    const { rows, columns } = this.workbook.contentExtent(this.model);
    return this.workbook.rangeView(rangeRefAt(this.model, 1, 1, Math.max(rows, 1), Math.max(columns, 1)));
  }
  getLastRow(): number {
    return this.workbook.contentExtent(this.model).rows;
  }
  getLastColumn(): number {
    return this.workbook.contentExtent(this.model).columns;
  }
  getMaxRows(): number {
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    return this.model.maxColumns;
  }
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    if (afterPosition < 0 || afterPosition > this.model.maxRows)
      throw new Error('Those rows are out of bounds.');
    this.workbook.book.insertRows(this.model.engineId, afterPosition, howMany);
    this.model.styles.insertRows(afterPosition, howMany);
    this.model.hiddenRows = shifted(this.model.hiddenRows, afterPosition, howMany);
    this.model.maxRows += howMany;
    this.workbook.formulasMoved();
    return this.self();
  }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    return this.insertRowsAfter(beforePosition - 1, howMany);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    return this.insertColumnsAfter(beforePosition - 1, howMany);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    if (afterPosition < 0 || afterPosition > this.model.maxColumns)
      throw new Error('Those columns are out of bounds.');
    this.workbook.book.insertColumns(this.model.engineId, afterPosition, howMany);
    this.model.styles.insertColumns(afterPosition, howMany);
    this.model.hiddenColumns = shifted(this.model.hiddenColumns, afterPosition, howMany);
    this.model.maxColumns += howMany;
    this.workbook.formulasMoved();
    return this.self();
  }
  deleteRows(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.model.maxRows) {
      throw new Error('Those rows are out of bounds.');
    }
    if (howMany >= this.model.maxRows)
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    this.workbook.book.removeRows(this.model.engineId, rowPosition - 1, howMany);
    this.model.styles.removeRows(rowPosition - 1, howMany);
    this.model.hiddenRows = shifted(this.model.hiddenRows, rowPosition - 1, -howMany);
    this.model.maxRows -= howMany;
    this.workbook.formulasMoved();
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > this.model.maxColumns) {
      throw new Error('Those columns are out of bounds.');
    }
    if (howMany >= this.model.maxColumns)
      throw new Error('Sorry, it is not possible to delete all non-frozen columns.');
    this.workbook.book.removeColumns(this.model.engineId, columnPosition - 1, howMany);
    this.model.styles.removeColumns(columnPosition - 1, howMany);
    this.model.hiddenColumns = shifted(this.model.hiddenColumns, columnPosition - 1, -howMany);
    this.model.maxColumns -= howMany;
    this.workbook.formulasMoved();
  }

  // ---- whole-sheet formatting ----------------------------------------------------------------

  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): Sheet {
    if (!options?.formatOnly) this.clearContents();
    if (!options?.contentsOnly) this.clearFormats();
    return this.self();
  }
  clearContents(): Sheet {
    this.workbook.book.clearSheet(this.model.engineId);
    this.model.formulaText.clear();
    return this.self();
  }
  clearFormats(): Sheet {
    this.workbook.restyle(this.model, { row: 1, column: 1, ...this.styledExtent() }, (s) => ({
      note: s.note,
      validation: s.validation,
    }));
    return this.self();
  }
  private styledExtent(): { numRows: number; numColumns: number } {
    const { rows, columns } = this.model.styles.extent();
    return { numRows: rows, numColumns: columns };
  }
  getFrozenRows(): number {
    return this.model.frozenRows;
  }
  getFrozenColumns(): number {
    return this.model.frozenColumns;
  }
  setFrozenRows(rows: number): void {
    this.model.frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    this.model.frozenColumns = columns;
  }
  getColumnWidth(columnPosition: number): number {
    return this.model.columnWidths.get(columnPosition) ?? 100;
  }
  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.model.columnWidths.set(columnPosition, width);
    return this.self();
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.model.columnWidths.set(c, width);
    return this.self();
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.model.hiddenColumns.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.model.hiddenColumns.delete(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.model.hiddenColumns.has(columnPosition);
  }
  hideRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.model.hiddenRows.add(r);
  }
  hideSheet(): Sheet {
    this.model.hidden = true;
    return this.self();
  }
  showSheet(): Sheet {
    this.model.hidden = false;
    return this.self();
  }
  isSheetHidden(): boolean {
    return this.model.hidden;
  }
  showRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.model.hiddenRows.delete(r);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return this.model.hiddenRows.has(rowPosition);
  }
  getTabColor(): string | null {
    return this.model.tabColor;
  }
  setTabColor(color: string | null): Sheet {
    this.model.tabColor = color;
    return this.self();
  }
  hasHiddenGridlines(): boolean {
    return this.model.hiddenGridlines;
  }
  setHiddenGridlines(hideGridlines: boolean): Sheet {
    this.model.hiddenGridlines = hideGridlines;
    return this.self();
  }

  // ---- developer metadata, conditional formats, charts ---------------------------------------

  addDeveloperMetadata(...args: [string, ...unknown[]]): Sheet {
    addMetadata(this.workbook, { type: 'SHEET', sheet: this.model }, args);
    return this.self();
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return metadataViews(
      this.workbook,
      (location) => location.type === 'SHEET' && location.sheet === this.model,
    );
  }
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this.model.conditionalRules.map((spec) => ruleView(this.workbook, spec));
  }
  /** Replaces the whole list, as Sheets does: rules not passed back are gone. */
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.model.conditionalRules = rules.map((rule) => ruleSpecOf(rule));
  }
  clearConditionalFormatRules(): void {
    this.model.conditionalRules = [];
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this.model.charts.map((spec) => chartView(this.workbook, spec));
  }
  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return newChartBuilder(this.workbook);
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    insertChart(this.workbook, this.model, chart);
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    updateChart(this.model, chart);
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    removeChart(this.model, chart);
  }
}

/** The tab (and its spreadsheet) behind a Sheet the add-on or a test holds. */
export function sheetInternals(sheet: Sheet): { workbook: Workbook; model: SheetModel } {
  const raw = unwrap(sheet) as unknown;
  if (!(raw instanceof FakeSheet)) throw new Error('Expected a Sheet of the fake spreadsheet.');
  return { workbook: raw.workbook, model: raw.model };
}

/**
 * Hidden rows or columns (1-based) after `count` were inserted after position `after` (or, with a
 * negative count, removed from after it): they move with their row or column, as in Sheets.
 */
function shifted(hidden: Set<number>, after: number, count: number): Set<number> {
  const next = new Set<number>();
  for (const index of hidden) {
    if (index <= after) next.add(index);
    else if (count > 0) next.add(index + count);
    else if (index > after - count) next.add(index + count);
  }
  return next;
}
