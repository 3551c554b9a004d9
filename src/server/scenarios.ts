import { SCENARIOS } from '../core/catalog/scenarios';
import { SHEET_NAME } from '../core/catalog/sheets';
import { DIALOG, MENU } from '../core/catalog/ui';
import { render, type Lang } from '../core/i18n';
import { MAX_NAME_LENGTH, type Plan } from '../core/plan';
import { validatePlan } from '../core/plan-validate';
import { isScenario, MAX_SCENARIOS, planWith, type Scenario } from '../core/scenarios';
import { a1 } from '../sheets/a1';
import { writeSheet } from '../sheets/applier';
import type { SheetDescription } from '../sheets/description';
import { colKeyAt, findMark, frameOf, locate, rowKeyAt, type Located } from '../sheets/keys';
import { isPlanTabName, planTabName, SHEET_KEYS, type SheetNames } from '../sheets/names';
import { inputKeys, scenarioKey, scenariosSheet, withInput, type ScenariosKey } from '../sheets/scenarios';
import { cellWith, isEmpty, locateSheet, sameLiteral, syncSheets, type SheetRead } from '../sheets/sync';
import { findOurSheets } from './our-sheets';
import { archive, makeRule } from './plan-writer';
import { utf8ByteLength } from '../core/chunks';
import { getChunked, putChunked, readJson, type PlanStore } from './storage';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface StoredScenarios {
  sheetId: number | null;
  scenarios: Scenario[];
  /** The plan the sheet was last written for: what is on it is read against that layout. */
  plan: Plan | null;
}

export function loadScenarios(store: PlanStore, name: string): StoredScenarios {
  const key = store.scenariosKey(name);
  const props = PropertiesService.getDocumentProperties();
  const data = readJson<{ sheetId?: unknown; scenarios?: unknown; plan?: unknown }>(
    key === null ? null : getChunked(props, key) || null,
    {},
    (v) => typeof v === 'object' && v !== null,
  );
  const scenarios = Array.isArray(data.scenarios) ? data.scenarios.filter(isScenario) : [];
  const written = data.plan === undefined ? null : validatePlan(data.plan);
  return {
    sheetId: typeof data.sheetId === 'number' ? data.sheetId : null,
    scenarios,
    plan: written?.ok ? written.plan : null,
  };
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
 * sheet's hidden keys), or the cells that hold no usable input. A scenario whose column the user
 * deleted is deleted. One read of the sheet.
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

/**
 * The names of the plan's sheets, which the Scenarios sheet's formulas reference. A missing one is
 * refused: a formula naming it would read another plan's sheet of that name.
 */
function planSheetNames(spreadsheet: Spreadsheet, store: PlanStore, plan: Plan, lang: Lang): SheetNames {
  const ours = findOurSheets(spreadsheet, store.sheetIds(plan.name), plan.name, true);
  const firstPlan = store.index()[0] === plan.name;
  const names = {} as SheetNames;
  for (const key of SHEET_KEYS) {
    const sheet = ours[key];
    if (!sheet) {
      const expected = planTabName(
        render(SHEET_NAME[key], plan.lang),
        firstPlan ? null : plan.name,
        new Set(),
      );
      const update = render(MENU.update, lang);
      throw new Error(render(SCENARIOS.missingSheet, lang, { plan: plan.name, sheet: expected, update }));
    }
    names[key] = sheet.getName();
  }
  return names;
}

/** What a scenario input holds on the sheet, by key, when it is not what the layout writes there. */
function keepTypedInputs(next: SheetDescription<ScenariosKey>, read: SheetRead, located: Located): void {
  const { keyRow, keyCol } = frameOf(next);
  for (let r = 1; r < keyRow; r++) {
    const row = located.rows.get(rowKeyAt(next, r));
    const line = next.cells[r - 1];
    if (row === undefined || !line) continue;
    for (let c = 1; c < keyCol; c++) {
      const col = located.cols.get(colKeyAt(next, c));
      const cell = line[c - 1];
      if (col === undefined || cell?.input !== 'scenario') continue;
      const formula = read.formulas[row]?.[col] ?? '';
      const value = read.values[row]?.[col];
      if (formula) line[c - 1] = cellWith(cell, { formula, value });
      else if (!isEmpty(value) && !sameLiteral(value, cell.value)) line[c - 1] = cellWith(cell, { value });
    }
  }
}

/** The Scenarios tab's name: a new one's, or a renamed plan's tab following the plan's new name. */
function tabName(
  spreadsheet: Spreadsheet,
  store: PlanStore,
  plan: Plan,
  existing: Sheet | null,
  values: unknown[][],
) {
  const base = render(SCENARIOS.sheet, plan.lang);
  const current = existing?.getName() ?? null;
  const mark = findMark(values);
  const renamedFrom = mark && mark.sheet === 'scenarios' && mark.plan !== plan.name ? mark.plan : null;
  if (current !== null && !(renamedFrom !== null && isPlanTabName(current, base, renamedFrom)))
    return current;
  const taken = new Set(spreadsheet.getSheets().map((s) => s.getName()));
  if (current !== null) taken.delete(current);
  return planTabName(base, store.index()[0] === plan.name ? null : plan.name, taken);
}

export interface WrittenScenarios {
  sheet: Sheet;
  /** The notice that values the rewrite replaced were archived, or null. */
  archived: string | null;
}

/**
 * Writes (or rewrites) the plan's Scenarios sheet with `scenarios`. Read against what was written
 * last time (`stored`), as the plan's sheets are: every value typed in a scenario input stays where
 * its key says; anything else the user put where the rewrite writes goes to the archive first.
 */
export function writeScenariosSheet(
  spreadsheet: Spreadsheet,
  store: PlanStore,
  plan: Plan,
  stored: StoredScenarios,
  scenarios: Scenario[],
  lang: Lang,
): WrittenScenarios {
  const names = planSheetNames(spreadsheet, store, plan, lang);
  const existing = scenariosSheetOf(spreadsheet, stored);
  const range = existing?.getDataRange();
  const read: SheetRead = {
    name: existing?.getName() ?? '',
    values: range?.getValues() ?? [],
    formulas: range?.getFormulas() ?? [],
  };
  const name = tabName(spreadsheet, store, plan, existing, read.values);
  const next = scenariosSheet(plan, scenarios, names, name);
  if (!existing) {
    const sheet = writeSheet(
      spreadsheet,
      next,
      { sheet: null, rows: 0, cols: 0 },
      spreadsheet.getNumSheets(),
      makeRule,
    );
    return { sheet, archived: null };
  }
  const previous = scenariosSheet(stored.plan ?? plan, stored.scenarios, names, read.name);
  const sync = syncSheets<ScenariosKey>({ sheets: [previous] }, { sheets: [next] }, { scenarios: read });
  const described = sync.next.sheets[0]!;
  keepTypedInputs(described, read, locateSheet(previous, read));
  const archiving = sync.displaced.length + sync.orphans.length;
  const active = archiving ? spreadsheet.getActiveSheet() : null;
  // Archive first: whatever happens to the rewrite, what it replaces is already kept.
  const archivedTo = archive(spreadsheet, plan, sync, lang);
  active?.activate();
  if (existing.getName() !== name) existing.setName(name);
  const target = sync.targets.scenarios ?? { rows: 0, cols: 0 };
  const sheet = writeSheet(spreadsheet, described, { sheet: existing, ...target }, 0, makeRule);
  const archived = archivedTo && render(DIALOG.archived, lang, { count: archiving, sheet: archivedTo });
  return { sheet, archived };
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
): WrittenScenarios {
  const key = store.scenariosKey(plan.name);
  const stored = key === null ? '' : (getChunked(PropertiesService.getDocumentProperties(), key) ?? '');
  const size = utf8ByteLength(JSON.stringify({ sheetId: 0, scenarios, plan }));
  if (size - utf8ByteLength(stored) + 512 > store.freeBytes())
    throw new Error(render(SCENARIOS.noRoom, lang));
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10000)) throw new Error(render(DIALOG.busy, lang));
  try {
    const previous = loadScenarios(store, plan.name);
    const written = writeScenariosSheet(spreadsheet, store, plan, previous, scenarios, lang);
    saveScenarios(store, plan.name, { sheetId: written.sheet.getSheetId(), scenarios, plan });
    return written;
  } finally {
    lock.releaseLock();
  }
}
