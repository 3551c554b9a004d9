import type { ApplyResult, DraftSaved, SidebarInit, WizardMode } from '../core/api';
import { DIALOG, SIDEBAR_SERVER } from '../core/catalog/ui';
import { render, type Lang } from '../core/i18n';
import type { Plan } from '../core/plan';
import { defaultPlan } from '../core/plan-defaults';
import { hasPlanShape, validatePlan } from '../core/plan-validate';
import { today } from './actions';
import { askWithAlert } from './ask';
import { currentMode, deleteDraft, loadDraft, rememberMode, saveDraftText } from './drafts';
import { userLang } from './locale';
import { sheetEdits, withEdits, writePlanSheets } from './plan-writer';
import { PlanStore } from './storage';

/** Opens the wizard sidebar in the given mode. */
export function openWizard(mode: WizardMode): void {
  rememberMode(mode);
  const lang = userLang();
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(render(SIDEBAR_SERVER.title, lang));
  SpreadsheetApp.getUi().showSidebar(html);
}

/** The stored plan for editing, with values typed on its sheets folded in. */
function planToEdit(lang: Lang): { plan: Plan | null; notice: string | null } {
  const store = new PlanStore(PropertiesService.getDocumentProperties());
  const name = store.activeName();
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

export function sidebarInit(): SidebarInit {
  const lang = userLang();
  const mode = currentMode();
  const now = today();
  const defaults = { en: defaultPlan('en', now), ja: defaultPlan('ja', now) };
  let draft = loadDraft(mode);
  let dropped: string | null = null;
  if (draft && !hasPlanShape(draft)) {
    deleteDraft(mode);
    draft = null;
    dropped = render(SIDEBAR_SERVER.draftDropped, lang);
  }
  if (draft) {
    return {
      lang,
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
  if (mode === 'new' && typeof name === 'string' && validatePlan(plan).ok) {
    const store = new PlanStore(PropertiesService.getDocumentProperties());
    if (store.index().includes(name)) {
      const answer = askWithAlert(lang)(render(SIDEBAR_SERVER.nameExists, lang, { name }), false);
      if (answer !== 'yes') return { ok: false, issues: [], message: render(DIALOG.cancelled, lang) };
    }
  }
  let renameFrom: string | undefined;
  if (mode === 'edit' && typeof name === 'string') {
    // Editing the active plan under a new name renames it: its sheets and actuals stay with it.
    const store = new PlanStore(PropertiesService.getDocumentProperties());
    const active = store.activeName();
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
    deleteDraft(mode);
    return { ok: true, sheets: outcome.sheets, message: outcome.message };
  }
  if (outcome.status === 'invalid') return { ok: false, issues: outcome.issues, message: outcome.message };
  return { ok: false, issues: [], message: outcome.message };
}
