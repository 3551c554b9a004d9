import { PLANS } from '../core/catalog/plans';
import { DIALOG } from '../core/catalog/ui';
import { render, type Lang, type Text } from '../core/i18n';
import { findMark } from '../sheets/keys';
import { tell } from './ask';
import { loadImportState } from './import-state';
import { loadScenarios } from './scenarios';
import type { PlanStore } from './storage';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The ids of a plan's sheets beyond the plan sheets: the import's record sheets and the Scenarios sheet. */
function otherSheetIds(store: PlanStore, name: string): (number | null | undefined)[] {
  const state = loadImportState(store, name);
  return [
    state.mappingSheetId,
    state.contacts?.sheetId,
    state.deals?.sheetId,
    loadScenarios(store, name).sheetId,
  ];
}

/** The id of every sheet some stored plan keeps, read from storage alone (no sheet is read). */
export function storedSheetIds(store: PlanStore): Set<number> {
  const ids = new Set<number>();
  for (const name of store.index()) {
    for (const id of [...Object.values(store.sheetIds(name)), ...otherSheetIds(store, name)])
      if (typeof id === 'number') ids.add(id);
  }
  return ids;
}

/**
 * The stored plans a sheet belongs to: by stored ids, the import's record sheets or the Scenarios
 * sheet, else its mark (in `values` when the caller has read them already).
 */
export function plansOfSheet(store: PlanStore, sheet: Sheet, values?: unknown[][]): string[] {
  const id = sheet.getSheetId();
  const byIds = store.plansOfSheet(id);
  if (byIds.length) return byIds;
  const index = store.index();
  const byImport = index.filter((name) => otherSheetIds(store, name).includes(id));
  if (byImport.length) return byImport;
  const mark = findMark(values ?? sheet.getDataRange().getValues());
  return mark && index.includes(mark.plan) ? [mark.plan] : [];
}

/** The number the user typed for a list of `count`, or null. Full-width digits count too. */
export function pickedNumber(answer: string, count: number): number | null {
  const text = answer.normalize('NFKC').trim();
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= count ? n : null;
}

/**
 * The plan a menu action works on: the one whose sheet is active; on any other sheet the only
 * plan, or with several the one the user picks from a numbered list. Null when there is no plan
 * (the user is told) or the user cancelled. The choice becomes the active plan.
 */
export function whichPlan(store: PlanStore, lang: Lang, action: Text): string | null {
  const index = store.index();
  if (!index.length) {
    tell(render(DIALOG.noPlan, lang), lang);
    return null;
  }
  let name: string | null = index.length === 1 ? (index[0] ?? null) : null;
  if (name === null) {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    const owners = plansOfSheet(store, sheet);
    if (owners.length === 1) name = owners[0] ?? null;
  }
  if (name === null) {
    const ui = SpreadsheetApp.getUi();
    const list = index.map((plan, i) => `${i + 1}. ${plan}`).join('\n');
    const message = render(PLANS.whichPlan, lang, { action: render(action, lang), list });
    const response = ui.prompt(render(DIALOG.title, lang), message, ui.ButtonSet.OK_CANCEL);
    if (response.getSelectedButton() !== ui.Button.OK) return null;
    const n = pickedNumber(response.getResponseText(), index.length);
    if (n === null) {
      tell(
        render(PLANS.notAPlanNumber, lang, { answer: response.getResponseText(), count: index.length }),
        lang,
      );
      return null;
    }
    name = index[n - 1] ?? null;
  }
  if (name !== null) store.setActive(name);
  return name;
}
