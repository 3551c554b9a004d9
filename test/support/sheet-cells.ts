/** Cells of our sheets found by their keys, as the add-on finds them, and typed as a user types. */
import type { SheetKey } from '../../src/sheets/description';
import { locate } from '../../src/sheets/keys';
import { addOn, type AddOn } from './addon';

/** 1-based row and column of a key pair on one of our sheets. */
export function cellOf(app: AddOn, sheetName: string, kind: SheetKey, rowKey: string, colKey: string) {
  const found = locate(app.values(sheetName), kind);
  const row = found?.rows.get(rowKey);
  const col = found?.cols.get(colKey);
  if (row === undefined || col === undefined) throw new Error(`${rowKey}/${colKey} not on ${sheetName}`);
  return { row: row + 1, col: col + 1 };
}

export function valueAt(app: AddOn, sheet: string, at: { row: number; col: number }): unknown {
  return app.values(sheet)[at.row - 1]?.[at.col - 1];
}

/** Types into a cell as a user does: the cell's validation may refuse it (then this throws). */
export function typeAt(app: AddOn, sheet: string, at: { row: number; col: number }, value: unknown): void {
  const refused = app.env.spreadsheet.setCellValueAsUser(sheet, at.row, at.col, value);
  if (refused) throw new Error(`refused: ${refused}`);
}

/** The sample plan written in `locale`, by a user who answers Yes to every question. */
export function sampleAnsweringYes(locale: string): AddOn {
  const app = addOn({ locale });
  app.env.ui.autoAcknowledge();
  app.env.ui.setResponder(() => 'YES');
  app.call('createSamplePlan');
  return app;
}
