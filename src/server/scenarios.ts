import { SCENARIOS } from '../core/catalog/scenarios';
import { SHEET_NAME } from '../core/catalog/sheets';
import { DIALOG, MENU } from '../core/catalog/ui';
import { render, type Lang } from '../core/i18n';
import { MAX_NAME_LENGTH, type Plan } from '../core/plan';
import { inPercent } from '../core/plan-checks';
import { validatePlan } from '../core/plan-validate';
import { isScenario, MAX_SCENARIOS, planWith, type Scenario } from '../core/scenarios';
import { a1 } from '../sheets/a1';
import { writeSheet } from '../sheets/applier';
import type { SheetDescription } from '../sheets/description';
import { colKeyAt, findMark, frameOf, locate, rowKeyAt, unmoved, type Located } from '../sheets/keys';
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

/** The plan path validation names for a scenario input's row key ("rate:won" -> "stages.2.rate"). */
function inputPath(plan: Plan, key: string): string | null {
  const [kind, id] = key.split(/:(.*)/s) as [string, string | undefined];
  if (kind === 'goal') return 'goal.amount';
  if (kind === 'share') return 'goal.marketingShare';
  if (kind === 'deal') return 'avgDealSize';
  if (kind === 'rate') {
    const i = plan.stages.findIndex((st) => st.id === id);
    return i < 0 ? null : `stages.${i}.rate`;
  }
  const i = plan.channels.findIndex((ch) => ch.id === id);
  return i < 0 ? null : `channels.${i}.${kind}`;
}

/**
 * Where the Scenarios sheet's keys are: by its mark, else (its hidden key row or column deleted)
 * where the sheet was last written to put them, as the plan's sheets are read.
 */
function locateScenarios(values: unknown[][], sheetName: string, plan: Plan, data: StoredScenarios): Located {
  const found = locate(values, 'scenarios');
  if (found) return found;
  // The keys do not depend on the tab names the formulas use.
  const names = Object.fromEntries(SHEET_KEYS.map((key) => [key, key])) as SheetNames;
  return unmoved(scenariosSheet(data.plan ?? plan, data.scenarios, names, sheetName));
}

/**
 * The scenarios with what was typed into their input cells on the Scenarios sheet (found by the
 * sheet's hidden keys, else where it was last written), or the cells that hold no usable input,
 * each named with what is wrong (their scenario then keeps its stored inputs). A scenario whose
 * column the user deleted is deleted. One read of the sheet.
 */
export function withTypedInputs(
  sheet: Sheet | null,
  plan: Plan,
  data: StoredScenarios,
  lang: Lang,
): { scenarios: Scenario[]; bad: string[] } {
  const { scenarios } = data;
  if (!sheet) return { scenarios, bad: [] };
  const values = sheet.getDataRange().getValues();
  const marked = findMark(values) !== null;
  const located = locateScenarios(values, sheet.getName(), plan, data);
  const bad: string[] = [];
  // Without its key row the sheet cannot say a column was deleted: every scenario stays.
  const kept = marked ? scenarios.filter((s) => located.cols.has(scenarioKey(s.name))) : scenarios;
  const read = kept.map((scenario) => {
    const col = located.cols.get(scenarioKey(scenario.name));
    if (col === undefined) return scenario;
    let inputs = scenario.inputs;
    const cellOf = new Map<string, string>();
    const before = bad.length;
    for (const { key } of inputKeys(plan)) {
      const row = located.rows.get(key);
      if (row === undefined) continue;
      const value = values[row]?.[col];
      const cell = `${sheet.getName()}!${a1(row + 1, col + 1)}`;
      const path = inputPath(plan, key);
      if (path) cellOf.set(path, cell);
      if (typeof value === 'number') inputs = withInput(plan, inputs, key, value);
      // Read by position only, an emptied cell keeps its stored input rather than block the rest.
      else if (!marked && isEmpty(value)) continue;
      else bad.push(`${cell} "${isEmpty(value) ? '' : String(value)}"`);
    }
    const typed = { ...scenario, inputs };
    const check = validatePlan(planWith(plan, typed));
    for (const issue of check.ok ? [] : check.issues) {
      const cell = cellOf.get(issue.path);
      bad.push(`${cell ? `${cell} (${scenario.name})` : scenario.name}: ${inPercent(issue).message[lang]}`);
    }
    // A scenario with unusable inputs keeps the ones it has: only usable ones are ever stored.
    return bad.length > before ? scenario : typed;
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
