import { PLANS } from '../core/catalog/plans';
import { SCENARIOS } from '../core/catalog/scenarios';
import { DIALOG } from '../core/catalog/ui';
import { render, type Lang } from '../core/i18n';
import type { Plan } from '../core/plan';
import { validatePlan } from '../core/plan-validate';
import { isScenario, MAX_SCENARIOS, planWith, promote, scenarioOf, type Scenario } from '../core/scenarios';
import { MAX_NAME_LENGTH } from '../core/plan';
import { computePlan } from '../core/plan-math';
import { groupThousands } from '../core/format';
import { planForAction } from './actions';
import { askWithAlert, tell } from './ask';
import { userLang } from './locale';
import { sheetEdits, withEdits, writePlanSheets } from './plan-writer';
import {
  commitScenarios,
  loadScenarios,
  scenarioNameProblem,
  scenariosSheetOf,
  withTypedInputs,
} from './scenarios';
import { sidebarPlanName } from './drafts';
import { PlanStore } from './storage';
import { pickedNumber } from './which-plan';

/** The plan's scenarios with what was typed on its Scenarios sheet, or null after saying what is unusable. */
function currentScenarios(store: PlanStore, plan: Plan, lang: Lang): Scenario[] | null {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const data = loadScenarios(store, plan.name);
  const sheet = scenariosSheetOf(spreadsheet, data);
  const typed = withTypedInputs(sheet, plan, data, lang);
  if (typed.bad.length) {
    const cells = typed.bad.slice(0, 8).join('\n');
    tell(render(SCENARIOS.badTyped, lang, { sheet: sheet?.getName() ?? '', cells }), lang);
    return null;
  }
  return typed.scenarios;
}

/** A message with the archive's notice on a line of its own, when values were archived. */
const withNotice = (message: string, archived: string | null) =>
  archived ? `${message}\n${archived}` : message;

function promptText(lang: Lang, message: string): string | null {
  const ui = SpreadsheetApp.getUi();
  const response = ui.prompt(render(DIALOG.title, lang), message, ui.ButtonSet.OK_CANCEL);
  return response.getSelectedButton() === ui.Button.OK ? response.getResponseText().trim() : null;
}

/** Menu: Save as scenario…: the plan's inputs (as they are on its sheets) under a name of its own. */
export function saveScenarioAction(): void {
  const lang = userLang();
  const active = planForAction(lang, SCENARIOS.saveScenario);
  if (!active) return;
  const { store } = active;
  // The inputs as they stand on the sheets, where they differ from the stored plan.
  const merged = validatePlan(withEdits(active.plan, sheetEdits(active.plan)));
  const plan = merged.ok ? merged.plan : active.plan;
  const scenarios = currentScenarios(store, active.plan, lang);
  if (!scenarios) return;
  if (scenarios.length >= MAX_SCENARIOS)
    return tell(render(SCENARIOS.tooMany, lang, { max: MAX_SCENARIOS }), lang);
  const name = promptText(lang, render(SCENARIOS.nameAsk, lang, { plan: plan.name }));
  if (name === null) return tell(render(DIALOG.cancelled, lang), lang);
  const problem = scenarioNameProblem(name, scenarios, lang);
  if (problem) return tell(problem, lang);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const { sheet, archived } = commitScenarios(
    spreadsheet,
    store,
    active.plan,
    [...scenarios, scenarioOf(plan, name)],
    lang,
  );
  sheet.activate();
  tell(withNotice(render(SCENARIOS.saved, lang, { name, sheet: sheet.getName() }), archived), lang);
}

/** Menu: Make a scenario the plan…: its inputs become the plan's; the old base stays as a scenario. */
export function promoteScenarioAction(): void {
  const lang = userLang();
  const active = planForAction(lang, SCENARIOS.promote);
  if (!active) return;
  const { plan, store } = active;
  const scenarios = currentScenarios(store, plan, lang);
  if (!scenarios) return;
  if (!scenarios.length) return tell(render(SCENARIOS.noScenarios, lang, { plan: plan.name }), lang);
  const list = scenarios.map((s, i) => `${i + 1}. ${s.name}`).join('\n');
  const previousOf = (name: string) => {
    // Promoted again and again, the name stays a name: shortened to leave room for " 2", " 3"….
    const room = MAX_NAME_LENGTH - 4 - [...render(SCENARIOS.previous, lang, { name: '' })].length;
    const chars = [...name];
    const short = chars.length <= room ? name : `${chars.slice(0, Math.max(1, room - 1)).join('')}…`;
    const stem = render(SCENARIOS.previous, lang, { name: short });
    let previous = stem;
    for (let n = 2; scenarios.some((s) => s.name === previous); n++) previous = `${stem} ${n}`;
    return previous;
  };
  const answer = promptText(
    lang,
    render(SCENARIOS.promoteAsk, lang, { plan: plan.name, previous: previousOf('…'), list }),
  );
  if (answer === null) return tell(render(DIALOG.cancelled, lang), lang);
  const n = pickedNumber(answer, scenarios.length);
  if (n === null) return tell(render(PLANS.notAPlanNumber, lang, { answer, count: scenarios.length }), lang);
  const chosen = scenarios[n - 1]!.name;
  const previous = previousOf(chosen);
  // The old base is the plan as its sheets show it: values typed there stay, in that scenario.
  const merged = validatePlan(withEdits(plan, sheetEdits(plan)));
  const base = merged.ok ? merged.plan : plan;
  const promoted = promote(base, scenarios, chosen, previous);
  if (!promoted) return tell(render(DIALOG.cancelled, lang), lang);
  const outcome = writePlanSheets(promoted.plan, {
    lang,
    source: merged.ok ? 'scenario' : 'wizard',
    ask: askWithAlert(lang),
  });
  if (outcome.status !== 'written') return tell(outcome.message, lang);
  const { archived } = commitScenarios(
    SpreadsheetApp.getActiveSpreadsheet(),
    store,
    outcome.plan,
    promoted.scenarios,
    lang,
  );
  tell(withNotice(render(SCENARIOS.promoted, lang, { name: chosen, previous }), archived), lang);
}

/**
 * After the plan's sheets were rewritten: its Scenarios sheet follows the plan's shape (a new
 * stage or channel gets its rows), keeping every input typed on it. Unusable typed values stay in
 * their cells as typed (their scenario keeps its stored inputs). Returns what the user must be told
 * (those values, or what was archived), else null.
 */
export function refreshScenarios(store: PlanStore, plan: Plan, lang: Lang): string | null {
  const data = loadScenarios(store, plan.name);
  if (!data.scenarios.length) return null;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const typed = withTypedInputs(scenariosSheetOf(spreadsheet, data), plan, data, lang);
  const { sheet, archived } = commitScenarios(spreadsheet, store, plan, typed.scenarios, lang);
  const cells = typed.bad.slice(0, 8).join('\n');
  const unusable = typed.bad.length
    ? render(SCENARIOS.keptUnusable, lang, { sheet: sheet.getName(), cells })
    : null;
  const notice = [unusable, archived].filter((m) => m !== null).join('\n');
  return notice || null;
}

/** Endpoint: a channel mix the wizard proposed, saved as a scenario of the plan it edits. */
export function saveMixScenario(scenario: unknown): { ok: boolean; message: string } {
  const lang = userLang();
  const store = new PlanStore(PropertiesService.getDocumentProperties());
  const name = sidebarPlanName(store);
  const stored = name === null ? null : store.load(name);
  if (!stored || stored.state !== 'ok') throw new Error(render(DIALOG.noPlan, lang));
  const plan = stored.plan;
  if (!isScenario(scenario) || !validatePlan(planWith(plan, scenario)).ok)
    return { ok: false, message: render(SCENARIOS.badScenario, lang, { plan: plan.name }) };
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const data = loadScenarios(store, plan.name);
  const typed = withTypedInputs(scenariosSheetOf(spreadsheet, data), plan, data, lang);
  if (typed.bad.length) {
    const cells = typed.bad.slice(0, 8).join('\n');
    const sheet = scenariosSheetOf(spreadsheet, data)?.getName() ?? '';
    return { ok: false, message: render(SCENARIOS.badTyped, lang, { sheet, cells }) };
  }
  let free = scenario.name.slice(0, MAX_NAME_LENGTH - 4);
  for (let n = 2; typed.scenarios.some((s) => s.name === free); n++)
    free = `${scenario.name.slice(0, MAX_NAME_LENGTH - 4)} ${n}`;
  const problem = scenarioNameProblem(free, typed.scenarios, lang);
  if (problem) return { ok: false, message: problem };
  const mixed = { name: free, inputs: scenario.inputs };
  const { sheet, archived } = commitScenarios(spreadsheet, store, plan, [...typed.scenarios, mixed], lang);
  const money = (n: number) => `${plan.currency} ${groupThousands(n)}`;
  const message = render(SCENARIOS.cheapestSaved, lang, {
    name: free,
    budget: money(computePlan(planWith(plan, mixed)).budget),
    planBudget: money(computePlan(plan).budget),
    sheet: sheet.getName(),
  });
  return { ok: true, message: withNotice(message, archived) };
}
