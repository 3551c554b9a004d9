import { PLANS } from '../core/catalog/plans';
import { DIALOG } from '../core/catalog/ui';
import { render } from '../core/i18n';
import { findMark, releasedMark } from '../sheets/keys';
import { freeSheetName } from '../sheets/names';
import { askWithAlert, tell } from './ask';
import { loadImportState } from './import-state';
import { userLang } from './locale';
import { findOurSheets } from './our-sheets';
import { loadScenarios } from './scenarios';
import { PlanStore } from './storage';
import { whichPlan } from './which-plan';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Menu: Delete plan…. Asks, then removes the plan from the bookkeeping and keeps its sheets or
 * archives them (renamed and hidden, every value kept). No other plan's sheets or keys are touched.
 */
export function deletePlanAction(): void {
  const lang = userLang();
  const store = new PlanStore(PropertiesService.getDocumentProperties());
  const name = whichPlan(store, lang, PLANS.deletePlan);
  if (name === null) return;
  const ask = askWithAlert(lang);
  const cancelled = () => tell(render(DIALOG.cancelled, lang), lang);
  if (ask(render(PLANS.deleteAsk, lang, { name }), false) !== 'yes') return cancelled();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheets: Sheet[] = Object.values(findOurSheets(spreadsheet, store.sheetIds(name), name, true));
  const imports = loadImportState(store, name);
  const scenarioSheet = loadScenarios(store, name).sheetId;
  for (const id of [
    scenarioSheet,
    imports.mappingSheetId,
    imports.contacts?.sheetId,
    imports.deals?.sheetId,
  ]) {
    const sheet = typeof id === 'number' ? spreadsheet.getSheetById(id) : null;
    if (sheet && !sheets.some((s) => s.getSheetId() === id)) sheets.push(sheet);
  }
  const archivedMark = render(PLANS.archivedMark, lang);
  const list = sheets.map((s) => s.getName()).join(', ');
  const answer = ask(
    render(PLANS.deleteSheetsAsk, lang, { name, sheets: list, archived: archivedMark }),
    true,
  );
  if (answer === 'cancel') return cancelled();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10000)) throw new Error(render(DIALOG.busy, lang));
  try {
    if (answer === 'no') archiveSheets(spreadsheet, sheets, ` (${archivedMark})`);
    releaseMarks(sheets, name);
    store.remove(name);
  } finally {
    lock.releaseLock();
  }
  const done = answer === 'no' ? PLANS.deletedArchived : PLANS.deleted;
  tell(render(done, lang, { name, archived: archivedMark }), lang);
}

/** The sheets' marks stop naming the plan, so a later plan of the same name starts its own sheets. */
function releaseMarks(sheets: Sheet[], name: string): void {
  for (const sheet of sheets) {
    const mark = findMark(sheet.getDataRange().getValues());
    if (mark && mark.plan === name)
      sheet.getRange(mark.row + 1, mark.col + 1).setValue(releasedMark(mark.sheet, name));
  }
}

/** Renames and hides sheets; a spreadsheet keeps at least one visible sheet. */
function archiveSheets(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheets: Sheet[],
  suffix: string,
) {
  const taken = new Set(spreadsheet.getSheets().map((s) => s.getName()));
  const ids = new Set(sheets.map((s) => s.getSheetId()));
  const othersVisible = spreadsheet.getSheets().some((s) => !ids.has(s.getSheetId()) && !s.isSheetHidden());
  for (const sheet of sheets) {
    taken.delete(sheet.getName());
    const archived = freeSheetName(sheet.getName(), suffix, taken);
    taken.add(archived);
    sheet.setName(archived);
  }
  const toHide = othersVisible ? sheets : sheets.slice(1);
  if (!othersVisible && sheets[0]) sheets[0].activate();
  for (const sheet of toHide) sheet.hideSheet();
}
