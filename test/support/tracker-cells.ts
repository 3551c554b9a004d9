import { locate } from '../../src/sheets/keys';
import type { AddOn } from './addon';

/** 0-based row and column of a key pair on the KPI Tracker, found by its hidden keys as the add-on finds them. */
export function trackerCell(
  app: AddOn,
  sheet: string,
  rowKey: string,
  colKey: string,
): { r: number; c: number } {
  const found = locate(app.values(sheet), 'tracker');
  const r = found?.rows.get(rowKey);
  const c = found?.cols.get(colKey);
  if (r === undefined || c === undefined) throw new Error(`${rowKey}/${colKey} not on ${sheet}`);
  return { r, c };
}

/** Types a value into the KPI Tracker as a user does (input rules apply). */
export function typeOnTracker(
  app: AddOn,
  sheet: string,
  rowKey: string,
  colKey: string,
  value: number,
): void {
  const { r, c } = trackerCell(app, sheet, rowKey, colKey);
  const refused = app.env.spreadsheet.setCellValueAsUser(sheet, r + 1, c + 1, value);
  if (refused) throw new Error(`refused: ${refused}`);
}

export function valueOnTracker(app: AddOn, sheet: string, rowKey: string, colKey: string): unknown {
  const { r, c } = trackerCell(app, sheet, rowKey, colKey);
  return app.values(sheet)[r]?.[c];
}
