import type { ApplyResult, DraftSaved, SidebarInit, WizardMode } from '../core/api';
import { PLANS } from '../core/catalog/plans';
import { DIALOG, MENU, SIDEBAR_SERVER } from '../core/catalog/ui';
import { render, type Lang } from '../core/i18n';
import type { Plan } from '../core/plan';
import { defaultPlan } from '../core/plan-defaults';
import { hasPlanShape, validatePlan } from '../core/plan-validate';
import { today } from './actions';
import { askWithAlert } from './ask';
import {
  currentMode,
  deleteDraft,
  loadDraft,
  rememberMode,
  rememberReplace,
  rememberSidebarPlan,
  replacing,
  saveDraftText,
  sidebarPlanName,
} from './drafts';
import { importableSheets } from './import-sheet';
import { userLang } from './locale';
import { sheetEdits, withEdits, writePlanSheets } from './plan-writer';
import { refreshScenarios } from './scenario-actions';
import { PlanStore } from './storage';
import { plansOfSheet, whichPlan } from './which-plan';

const MODE_ACTION = { new: MENU.newPlan, edit: MENU.editPlan, import: MENU.importCrm } as const;

/**
 * Before the wizard opens: edit and import work on the plan whose sheet is active (asked when
 * that is unclear); a new plan beside an existing one asks whether to start another or replace it.
 * False when the user cancelled.
 */
function choosePlanFor(mode: WizardMode, lang: Lang): boolean {
  const store = new PlanStore(PropertiesService.getDocumentProperties());
  if (!store.index().length) return true;
  if (mode !== 'new') return whichPlan(store, lang, MODE_ACTION[mode]) !== null;
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
  const owners = plansOfSheet(store, sheet);
  const current = owners.length === 1 ? owners[0] : store.activeName();
  if (!current) return true;
  const answer = askWithAlert(lang)(render(PLANS.newOrReplace, lang, { name: current }), true);
  if (answer === 'cancel') return false;
  store.setActive(current);
  rememberReplace(answer === 'no' ? current : null);
  return true;
}

/** Opens the wizard sidebar in the given mode. */
export function openWizard(mode: WizardMode): void {
  const lang = userLang();
  if (!choosePlanFor(mode, lang)) return;
  rememberMode(mode);
  const store = new PlanStore(PropertiesService.getDocumentProperties());
  rememberSidebarPlan(mode === 'new' ? null : store.activeName());
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(render(SIDEBAR_SERVER.title, lang));
  SpreadsheetApp.getUi().showSidebar(html);
}

/** The stored plan for editing, with values typed on its sheets folded in. */
function planToEdit(lang: Lang): { plan: Plan | null; notice: string | null } {
  const store = new PlanStore(PropertiesService.getDocumentProperties());
  const name = sidebarPlanName(store);
  if (name === null) return { plan: null, notice: render(SIDEBAR_SERVER.noPlanToEdit, lang) };
  const stored = store.load(name);
  if (stored.state !== 'ok') return { plan: null, notice: render(SIDEBAR_SERVER.brokenPlanToEdit, lang) };
  const edits = sheetEdits(stored.plan);
  if (!edits.length) return { plan: stored.plan, notice: null };
  const merged = validatePlan(withEdits(stored.plan, edits));
  if (!merged.ok) return { plan: stored.plan, notice: null };
  const fields = edits.map((e) => `${e.sheet}!${e.cell}`);
  return { plan: merged.plan, notice: render(SIDEBAR_SERVER.sheetEditsMerged, lang, { fields }) };
}

/** A name no stored plan has: the default one, else numbered. */
function freeName(name: string, taken: string[], lang: Lang): string {
  let free = name;
  for (let n = 2; taken.includes(free); n++) free = render(PLANS.another, lang, { name, n });
  return free;
}

/** Makes a stored plan the one the sidebar edits (the header's plan switch). */
export function switchPlan(name: unknown): void {
  const store = new PlanStore(PropertiesService.getDocumentProperties());
  if (typeof name !== 'string' || !store.index().includes(name))
    throw new Error(render(DIALOG.noPlan, userLang()));
  store.setActive(name);
  rememberMode('edit');
  rememberReplace(null);
  rememberSidebarPlan(name);
}

export function sidebarInit(): SidebarInit {
  const store = new PlanStore(PropertiesService.getDocumentProperties());
  const plans = store.index();
  const mode = currentMode();
  const init = initFor(mode);
  const planName = init.mode === 'new' ? replacing() : sidebarPlanName(store);
  const importSheets =
    init.mode === 'import' ? importableSheets(SpreadsheetApp.getActiveSpreadsheet(), store) : [];
  return {
    ...init,
    plans,
    planName: planName !== null && plans.includes(planName) ? planName : null,
    importSheets,
  };
}

function initFor(mode: WizardMode): Omit<SidebarInit, 'plans' | 'planName' | 'importSheets'> {
  const lang = userLang();
  const now = today();
  const taken =
    mode === 'new' && replacing() === null
      ? new PlanStore(PropertiesService.getDocumentProperties()).index()
      : [];
  const fresh = (l: Lang) => {
    const plan = defaultPlan(l, now);
    return { ...plan, name: freeName(plan.name, taken, l) };
  };
  const defaults = { en: fresh('en'), ja: fresh('ja') };
  let draft = loadDraft(mode);
  let dropped: string | null = null;
  if (draft && !hasPlanShape(draft)) {
    deleteDraft(mode);
    draft = null;
    dropped = render(SIDEBAR_SERVER.draftDropped, lang);
  }
  if (draft) {
    // A draft is shown in the language it was written in (the user may have switched the wizard).
    const drafted = (draft as { lang?: unknown }).lang;
    return {
      lang: drafted === 'ja' || drafted === 'en' ? drafted : lang,
      mode,
      plan: draft as Plan,
      fromDraft: true,
      defaults,
      // The sidebar says the draft was restored itself, next to its "Start over".
      notice: null,
    };
  }
  if (mode === 'import') {
    // The import panel works on the stored plan: its stages and channels are what values map to.
    const { plan, notice } = planToEdit(lang);
    if (plan) return { lang, mode, plan, fromDraft: false, defaults, notice: dropped ?? notice };
    return { lang, mode: 'new', plan: defaults[lang], fromDraft: false, defaults, notice: dropped ?? notice };
  }
  if (mode === 'edit') {
    const { plan, notice } = planToEdit(lang);
    if (plan) return { lang, mode, plan, fromDraft: false, defaults, notice: dropped ?? notice };
    return { lang, mode: 'new', plan: defaults[lang], fromDraft: false, defaults, notice: dropped ?? notice };
  }
  return { lang, mode, plan: defaults[lang], fromDraft: false, defaults, notice: dropped };
}

export function saveDraft(plan: unknown): DraftSaved {
  try {
    // Serialising a value nested thousands deep overflows the stack: refuse it like a huge draft.
    saveDraftText(currentMode(), JSON.stringify(plan ?? null));
  } catch {
    throw new Error(render(SIDEBAR_SERVER.draftTooLarge, userLang()));
  }
  return { ok: true, savedAt: new Date().toISOString() };
}

export function discardDraft(): void {
  deleteDraft(currentMode());
}

export function applyPlan(plan: unknown, mode: unknown): ApplyResult {
  const lang = userLang();
  if (mode !== 'new' && mode !== 'edit') throw new Error(render(SIDEBAR_SERVER.badMode, lang));
  const name = typeof plan === 'object' && plan !== null ? (plan as { name?: unknown }).name : undefined;
  const replaced = mode === 'new' ? replacing() : null;
  if (mode === 'new' && replaced === null && typeof name === 'string' && validatePlan(plan).ok) {
    const store = new PlanStore(PropertiesService.getDocumentProperties());
    if (store.index().includes(name)) {
      const answer = askWithAlert(lang)(render(SIDEBAR_SERVER.nameExists, lang, { name }), false);
      if (answer !== 'yes') return { ok: false, issues: [], message: render(DIALOG.cancelled, lang) };
    }
  }
  let renameFrom: string | undefined;
  if ((mode === 'edit' || replaced !== null) && typeof name === 'string') {
    // Editing the sidebar's plan under a new name renames it: its sheets and actuals stay with it.
    // A new plan that replaces one takes its place the same way.
    const store = new PlanStore(PropertiesService.getDocumentProperties());
    const active = replaced ?? sidebarPlanName(store);
    if (active !== null && active !== name) {
      if (store.index().includes(name)) {
        const message = render(SIDEBAR_SERVER.nameTaken, lang, { name });
        return {
          ok: false,
          issues: [
            {
              path: 'name',
              code: 'duplicate',
              message: {
                en: render(SIDEBAR_SERVER.nameTaken, 'en', { name }),
                ja: render(SIDEBAR_SERVER.nameTaken, 'ja', { name }),
              },
            },
          ],
          message,
        };
      }
      renameFrom = active;
    }
  }
  const outcome = writePlanSheets(plan, { lang, source: 'wizard', ask: askWithAlert(lang), renameFrom });
  if (outcome.status === 'written') {
    const store = new PlanStore(PropertiesService.getDocumentProperties());
    const notice = refreshScenarios(store, outcome.plan, lang);
    deleteDraft(mode);
    rememberReplace(null);
    rememberSidebarPlan(outcome.plan.name);
    const message = notice ? `${outcome.message}\n\n${notice}` : outcome.message;
    return { ok: true, sheets: outcome.sheets, message };
  }
  if (outcome.status === 'invalid') return { ok: false, issues: outcome.issues, message: outcome.message };
  return { ok: false, issues: [], message: outcome.message };
}
