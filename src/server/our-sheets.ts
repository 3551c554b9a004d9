import type { SheetKey } from '../sheets/description';
import { findMark } from '../sheets/keys';
import { SHEET_KEYS } from '../sheets/names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The plan's sheets: by the ids stored for them, and where an id is lost or damaged, by the mark
 * their hidden keys carry (one read per sheet, only then), so damaged bookkeeping never forks a plan.
 */
export function findOurSheets(
  spreadsheet: Spreadsheet,
  ids: Partial<Record<SheetKey, number>>,
  planName: string,
  planStored: boolean,
): Partial<Record<SheetKey, Sheet>> {
  const ours: Partial<Record<SheetKey, Sheet>> = {};
  for (const key of SHEET_KEYS) {
    const id = ids[key];
    const sheet = typeof id === 'number' ? spreadsheet.getSheetById(id) : null;
    if (sheet) ours[key] = sheet;
  }
  if (!planStored || SHEET_KEYS.every((key) => ours[key])) return ours;
  const claimed = new Set(Object.values(ours).map((s) => s.getSheetId()));
  for (const sheet of spreadsheet.getSheets()) {
    if (claimed.has(sheet.getSheetId())) continue;
    const mark = findMark(sheet.getDataRange().getValues());
    if (mark && mark.sheet !== 'scenarios' && mark.plan === planName && !ours[mark.sheet])
      ours[mark.sheet] = sheet;
  }
  return ours;
}
