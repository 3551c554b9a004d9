import { SCENARIOS } from '../core/catalog/scenarios';
import { SHEET_NAME } from '../core/catalog/sheets';
import { DIALOG } from '../core/catalog/ui';
import { render, type Lang } from '../core/i18n';
import { MAX_NAME_LENGTH, type Plan } from '../core/plan';
import { validatePlan } from '../core/plan-validate';
import { isScenario, MAX_SCENARIOS, planWith, type Scenario } from '../core/scenarios';
import { a1 } from '../sheets/a1';
import { writeSheet } from '../sheets/applier';
import { locate } from '../sheets/keys';
import { planTabName, SHEET_KEYS, type SheetNames } from '../sheets/names';
import { inputKeys, scenarioKey, scenariosSheet, withInput } from '../sheets/scenarios';
import { isEmpty } from '../sheets/sync';
import { findOurSheets } from './our-sheets';
import { makeRule } from './plan-writer';
import { utf8ByteLength } from '../core/chunks';
import { getChunked, putChunked, readJson, type PlanStore } from './storage';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface StoredScenarios {
  sheetId: number | null;
  scenarios: Scenario[];
}

export function loadScenarios(store: PlanStore, name: string): StoredScenarios {
  const key = store.scenariosKey(name);
  const props = PropertiesService.getDocumentProperties();
  const data = readJson<{ sheetId?: unknown; scenarios?: unknown }>(
    key === null ? null : getChunked(props, key) || null,
    {},
    (v) => typeof v === 'object' && v !== null,
  );
  const scenarios = Array.isArray(data.scenarios) ? data.scenarios.filter(isScenario) : [];
  return { sheetId: typeof data.sheetId === 'number' ? data.sheetId : null, scenarios };
}

export function saveScenarios(store: PlanStore, name: string, data: StoredScenarios): void {
  const key = store.scenariosKey(name);
  if (key !== null) putChunked(PropertiesService.getDocumentProperties(), key, JSON.stringify(data));
}

/** The plan's Scenarios sheet, if it has one. */
export function scenariosSheetOf(spreadsheet: Spreadsheet, data: StoredScenarios): Sheet | null {
  return data.sheetId === null ? null : spreadsheet.getSheetById(data.sheetId);
}

/**
 * The scenarios with what was typed into their input cells on the Scenarios sheet (found by the
 * sheet's hidden keys), or the cells that hold no usable input. One read of the sheet.
 */
export function withTypedInputs(
  sheet: Sheet | null,
  plan: Plan,
  scenarios: Scenario[],
): { scenarios: Scenario[]; bad: string[] } {
  if (!sheet) return { scenarios, bad: [] };
  const values = sheet.getDataRange().getValues();
  const located = locate(values, 'scenarios');
  if (!located) return { scenarios, bad: [] };
  const bad: string[] = [];
  // A scenario whose column the user deleted is deleted: the next write stores the rest.
  const kept = scenarios.filter((scenario) => located.cols.has(scenarioKey(scenario.name)));
  const read = kept.map((scenario) => {
    const col = located.cols.get(scenarioKey(scenario.name)) as number;
    let inputs = scenario.inputs;
    const cells: string[] = [];
    for (const { key } of inputKeys(plan)) {
      const row = located.rows.get(key);
      if (row === undefined) continue;
      const value = values[row]?.[col];
      const cell = `${sheet.getName()}!${a1(row + 1, col + 1)}`;
      cells.push(cell);
      if (typeof value === 'number') inputs = withInput(plan, inputs, key, value);
      else bad.push(`${cell} "${isEmpty(value) ? '' : String(value)}"`);
    }
    const typed = { ...scenario, inputs };
    if (!validatePlan(planWith(plan, typed)).ok) bad.push(`${scenario.name}: ${cells.join(', ')}`);
    return typed;
  });
  return { scenarios: read, bad };
}

/** Writes (or rewrites) the plan's Scenarios sheet; returns its id and name. */
export function writeScenariosSheet(
  spreadsheet: Spreadsheet,
  store: PlanStore,
  plan: Plan,
  data: StoredScenarios,
  lang: Lang,
): Sheet {
  const ours = findOurSheets(spreadsheet, store.sheetIds(plan.name), plan.name, true);
  const names = {} as SheetNames;
  for (const key of SHEET_KEYS) {
    const sheet = ours[key];
    // A name of a sheet that is not there could read another plan's sheet of that name.
    if (!sheet)
      throw new Error(render(SCENARIOS.missingSheet, lang, { sheet: render(SHEET_NAME[key], plan.lang) }));
    names[key] = sheet.getName();
  }
  const existing = scenariosSheetOf(spreadsheet, data);
  const taken = new Set(spreadsheet.getSheets().map((s) => s.getName()));
  if (existing) taken.delete(existing.getName());
  const base = render(SCENARIOS.sheet, plan.lang);
  const firstPlan = store.index()[0] === plan.name;
  const wanted = planTabName(base, firstPlan ? null : plan.name, taken);
  // A tab we named follows the plan's name (renaming the plan renames it); one the user named stays.
  const ourName = (name: string) => name === base || name.startsWith(`${base} · `);
  if (existing && existing.getName() !== wanted && ourName(existing.getName())) existing.setName(wanted);
  const name = existing?.getName() ?? wanted;
  const description = scenariosSheet(plan, data.scenarios, names, name);
  const range = existing?.getDataRange();
  return writeSheet(
    spreadsheet,
    description,
    { sheet: existing, rows: range?.getNumRows() ?? 0, cols: range?.getNumColumns() ?? 0 },
    spreadsheet.getNumSheets(),
    makeRule,
  );
}

/** Why a scenario name cannot be used, or null. */
export function scenarioNameProblem(name: string, scenarios: Scenario[], lang: Lang): string | null {
  if (!name) return render(SCENARIOS.nameEmpty, lang);
  if ([...name].length > MAX_NAME_LENGTH)
    return render(SCENARIOS.nameTooLong, lang, { max: MAX_NAME_LENGTH });
  if (scenarios.some((s) => s.name === name)) return render(SCENARIOS.nameTaken, lang, { name });
  if (scenarios.length >= MAX_SCENARIOS) return render(SCENARIOS.tooMany, lang, { max: MAX_SCENARIOS });
  return null;
}

/** Rewrites the Scenarios sheet under the lock and stores the scenarios with its id. */
export function commitScenarios(
  spreadsheet: Spreadsheet,
  store: PlanStore,
  plan: Plan,
  scenarios: Scenario[],
  lang: Lang,
): Sheet {
  const key = store.scenariosKey(plan.name);
  const stored = key === null ? '' : (getChunked(PropertiesService.getDocumentProperties(), key) ?? '');
  const grows = utf8ByteLength(JSON.stringify({ sheetId: 0, scenarios })) - utf8ByteLength(stored) + 512;
  if (grows > store.freeBytes()) throw new Error(render(SCENARIOS.noRoom, lang));
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10000)) throw new Error(render(DIALOG.busy, lang));
  try {
    const data = { ...loadScenarios(store, plan.name), scenarios };
    const sheet = writeScenariosSheet(spreadsheet, store, plan, data, lang);
    saveScenarios(store, plan.name, { sheetId: sheet.getSheetId(), scenarios });
    return sheet;
  } finally {
    lock.releaseLock();
  }
}
