/**
 * The few Spreadsheet, Sheet and Range methods the applier calls, declared here so layouts need no
 * Apps Script types. The real GoogleAppsScript objects satisfy these as they are; `Rule` is their
 * DataValidation, and the sheets the applier inserts come back with their own type.
 */

export interface RangePort<Rule> {
  /** null clears a cell's validation. */
  setDataValidations(rules: (Rule | null)[][]): unknown;
  setValues(values: (string | number | boolean)[][]): unknown;
  setNumberFormats(formats: string[][]): unknown;
  /** null clears a cell's background. */
  setBackgrounds(colors: (string | null)[][]): unknown;
  setFontWeights(weights: ('bold' | 'normal')[][]): unknown;
  setWraps(wraps: boolean[][]): unknown;
}

export interface SheetPort<Rule> {
  getRange(row: number, column: number, numRows: number, numColumns: number): RangePort<Rule>;
  getMaxRows(): number;
  getMaxColumns(): number;
  insertRowsAfter(afterPosition: number, howMany: number): unknown;
  insertColumnsAfter(afterPosition: number, howMany: number): unknown;
  deleteColumns(columnPosition: number, howMany: number): unknown;
  setFrozenRows(rows: number): unknown;
  setFrozenColumns(columns: number): unknown;
  setColumnWidths(startColumn: number, numColumns: number, width: number): unknown;
  showRows(rowIndex: number): unknown;
  showColumns(columnIndex: number): unknown;
  hideRows(rowIndex: number): unknown;
  hideColumns(columnIndex: number): unknown;
  getSheetId(): number;
}

export interface SpreadsheetPort<Sheet> {
  insertSheet(sheetName: string, sheetIndex: number): Sheet;
}
