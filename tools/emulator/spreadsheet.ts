import { passesValidation } from './data-validation';
import { parseA1 } from './a1';
import { addMetadata, metadataViews } from './developer-metadata';
import { asReal } from './enums';
import { rangeRefAt } from './range';
import { sheetInternals } from './sheet';
import { snapshotWorkbook, type WorkbookSnapshot } from './snapshot';
import type { Workbook } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type SpreadsheetMethods =
  | 'addDeveloperMetadata'
  | 'deleteSheet'
  | 'getActiveSheet'
  | 'getDeveloperMetadata'
  | 'getId'
  | 'getName'
  | 'getNumSheets'
  | 'getRange'
  | 'getSheetById'
  | 'getSheetByName'
  | 'getSheets'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getUrl'
  | 'insertSheet'
  | 'moveActiveSheet'
  | 'rename'
  | 'setActiveSheet'
  | 'setSpreadsheetLocale'
  | 'setSpreadsheetTimeZone'
  | 'toast';

/** The active spreadsheet. snapshot() and setCellValueAsUser() are test hooks (not counted). */
export class FakeSpreadsheet implements Pick<Spreadsheet, SpreadsheetMethods> {
  constructor(private readonly workbook: Workbook) {}

  private self(): Spreadsheet {
    return asReal<Spreadsheet>(this);
  }

  getId(): string {
    return this.workbook.id;
  }
  getName(): string {
    return this.workbook.name;
  }
  rename(newName: string): void {
    this.workbook.name = String(newName);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.workbook.id}/edit`;
  }
  getSheets(): Sheet[] {
    return this.workbook.sheets.map((model) => this.workbook.sheetView(model));
  }
  getNumSheets(): number {
    return this.workbook.sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    const model = this.workbook.findSheet(String(name));
    return model ? this.workbook.sheetView(model) : null;
  }
  getSheetById(id: number): Sheet | null {
    const model = this.workbook.sheets.find((s) => s.sheetId === id);
    return model ? this.workbook.sheetView(model) : null;
  }
  /**
   * insertSheet(), (index), (name), (name, index), each optionally with { template }: the new sheet
   * goes at the 0-based index, or after the active sheet, and becomes the active sheet.
   */
  insertSheet(...args: unknown[]): Sheet {
    const name = typeof args[0] === 'string' ? args[0] : this.workbook.defaultSheetName();
    const indexArg = args.find((a) => typeof a === 'number');
    const index =
      typeof indexArg === 'number' ? indexArg : this.workbook.sheets.indexOf(this.workbook.active) + 1;
    const model = this.workbook.insertSheet(name, index);
    this.workbook.active = model;
    return this.workbook.sheetView(model);
  }
  deleteSheet(sheet: Sheet): void {
    this.workbook.deleteSheet(sheetInternals(sheet).model);
  }
  getActiveSheet(): Sheet {
    return this.workbook.sheetView(this.workbook.active);
  }
  setActiveSheet(sheet: Sheet, _restoreSelection?: boolean): Sheet {
    this.workbook.active = sheetInternals(sheet).model;
    return sheet;
  }
  moveActiveSheet(pos: number): void {
    const sheets = this.workbook.sheets;
    sheets.splice(sheets.indexOf(this.workbook.active), 1);
    sheets.splice(Math.max(0, Math.min(pos - 1, sheets.length)), 0, this.workbook.active);
  }
  /** 'Sheet1!A1:B2', or A1 on the active sheet. */
  getRange(a1Notation: string): GoogleAppsScript.Spreadsheet.Range {
    const active = this.workbook.active;
    const sheetName = parseA1(a1Notation, active.maxRows, active.maxColumns)?.sheetName ?? null;
    const sheet = sheetName === null ? active : this.workbook.findSheet(sheetName);
    const parsed = sheet && parseA1(a1Notation, sheet.maxRows, sheet.maxColumns);
    if (!sheet || !parsed) throw new Error('Range not found');
    const { row, column, numRows, numColumns } = parsed.rect;
    return this.workbook.rangeView(rangeRefAt(sheet, row, column, numRows, numColumns));
  }
  getSpreadsheetLocale(): string {
    return this.workbook.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.workbook.locale = locale;
  }
  getSpreadsheetTimeZone(): string {
    return this.workbook.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.workbook.timeZone = timezone;
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.workbook.ui.toast({
      message: String(msg),
      title: title ?? '',
      timeoutSeconds: timeoutSeconds ?? null,
    });
  }
  addDeveloperMetadata(...args: [string, ...unknown[]]): Spreadsheet {
    addMetadata(this.workbook, { type: 'SPREADSHEET' }, args);
    return this.self();
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return metadataViews(this.workbook, (location) => location.type === 'SPREADSHEET');
  }

  // ---- test hooks --------------------------------------------------------------------------------

  /** Plain data of every sheet, for rendering and assertions. */
  snapshot(): WorkbookSnapshot {
    return snapshotWorkbook(this.workbook);
  }
  /** A user typing into a cell (1-based): '=...' is a formula, '15%' is 0.15, "'x" is text. */
  /**
   * Types into a cell as a user would. A cell whose data validation rejects invalid input keeps
   * what it had, and the rule's help text comes back (Sheets shows it in a box); else null.
   */
  setCellValueAsUser(sheetName: string, row: number, column: number, value: unknown): string | null {
    const sheet = this.workbook.findSheet(sheetName);
    if (!sheet) throw new Error(`No sheet named ${sheetName}`);
    const ref = rangeRefAt(sheet, row, column);
    const validation = this.workbook.style(sheet, row, column)?.validation;
    const before = validation ? this.workbook.rawCells(sheet, ref) : null;
    this.workbook.writeValues(sheet, ref, [[value]]);
    if (!validation || !before) return null;
    const typed = this.workbook.computedValues(sheet, ref)[0]?.[0] ?? '';
    if (passesValidation(validation, typed)) return null;
    this.workbook.writeCells(sheet, ref, before);
    return validation.helpText || 'The data you entered violates the data validation rules set on this cell.';
  }
}
