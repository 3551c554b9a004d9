/**
 * Importing from a sheet of this spreadsheet: an Excel export (.xlsx) opened with File > Import, or
 * rows pasted into a tab. The sheet's values become text rows, as a CSV file would give them, and
 * take the panel's usual way (preview, confirm, upload in chunks).
 */
import { IMPORT_SERVER } from '../core/catalog/import-server';
import { render } from '../core/i18n';
import { MAX_IMPORT_CELLS } from '../core/import/table';
import { userLang } from './locale';
import { PlanStore } from './storage';
import { isoDateTimeIn } from './today';
import { plansOfSheet, storedSheetIds } from './which-plan';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The sheets a user could import from: visible, with a header and a record, and none a plan keeps.
 * Only stored ids are consulted, so a large sheet is not read to be listed; a copy of a plan sheet,
 * known by its mark, is refused when it is picked (importSheetRows).
 */
export function importableSheets(spreadsheet: Spreadsheet, store: PlanStore): string[] {
  const kept = storedSheetIds(store);
  return spreadsheet
    .getSheets()
    .filter((sheet) => !sheet.isSheetHidden() && !kept.has(sheet.getSheetId()))
    .filter((sheet) => sheet.getLastRow() >= 2 && sheet.getLastColumn() >= 2)
    .map((sheet) => sheet.getName());
}

/** Endpoint: the sheets to import from now (the panel asks again when it gets the focus back). */
export function importSheetNames(): string[] {
  return importableSheets(
    SpreadsheetApp.getActiveSpreadsheet(),
    new PlanStore(PropertiesService.getDocumentProperties()),
  );
}

/** One value as text the import reads: dates as ISO in the spreadsheet's time zone, numbers plain. */
export function cellText(value: unknown, timeZone: string): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : isoDateTimeIn(value, timeZone);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value === null || value === undefined ? '' : String(value);
}

/** Endpoint: the rows of a sheet to import, as text. Refuses a plan's own sheet or a missing one. */
export function importSheetRows(name: unknown): string[][] {
  const lang = userLang();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet: Sheet | null = typeof name === 'string' ? spreadsheet.getSheetByName(name) : null;
  if (!sheet) throw new Error(render(IMPORT_SERVER.noSuchSheet, lang, { sheet: String(name) }));
  const cells = sheet.getLastRow() * sheet.getLastColumn();
  if (cells > MAX_IMPORT_CELLS) {
    const params = { sheet: sheet.getName(), cells, limit: MAX_IMPORT_CELLS };
    throw new Error(render(IMPORT_SERVER.sheetTooLarge, lang, params));
  }
  // Read once: the same values say whether the sheet is a plan's (its mark) and are the rows.
  const values = cells === 0 ? [] : sheet.getDataRange().getValues();
  const store = new PlanStore(PropertiesService.getDocumentProperties());
  if (plansOfSheet(store, sheet, values).length)
    throw new Error(render(IMPORT_SERVER.planSheet, lang, { sheet: sheet.getName() }));
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  return values.map((line) => line.map((value) => cellText(value, timeZone)));
}
