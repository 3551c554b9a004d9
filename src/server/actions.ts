import { DIALOG, MENU } from '../core/catalog/ui';
import { whichPlan } from './which-plan';
import { render, type Lang, type Text } from '../core/i18n';
import type { Plan } from '../core/plan';
import { defaultPlan } from '../core/plan-defaults';
import { askWithAlert, tell, whileWorking } from './ask';
import { userLang } from './locale';
import { issuesText, writePlanSheets, type WriteOutcome } from './plan-writer';
import { refreshScenarios } from './scenario-actions';
import { PlanStore } from './storage';

/** Today's year and month, for default plan periods. */
export function today(): { year: number; month: number } {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1 };
}

function report(outcome: WriteOutcome): void {
  const lang = userLang();
  if (outcome.status === 'written') {
    SpreadsheetApp.getActiveSpreadsheet().toast(outcome.message, render(DIALOG.title, lang), 8);
    if (outcome.message.includes('\n')) tell(outcome.message, lang);
  } else tell(outcome.message, lang);
}

/** Menu: write the default plan in the user's language. */
export function createSamplePlan(): void {
  const lang = userLang();
  const plan = defaultPlan(lang, today());
  const store = new PlanStore(PropertiesService.getDocumentProperties());
  if (store.index().includes(plan.name)) {
    const answer = askWithAlert(lang)(render(DIALOG.sampleExists, lang, { name: plan.name }), false);
    if (answer !== 'yes') return tell(render(DIALOG.cancelled, lang), lang);
  }
  report(
    whileWorking(render(DIALOG.writing, lang), lang, () =>
      writePlanSheets(plan, { lang, source: 'sample', ask: askWithAlert(lang) }),
    ),
  );
}

/**
 * The active plan (or the one `pick` names) for a menu action, or null after telling the user why there is none (no plan
 * yet, or a stored plan that cannot be read: nothing is changed then).
 */
export function activePlanOrTell(
  lang: Lang,
  pick: (store: PlanStore) => string | null = (store) => store.activeName(),
): { plan: Plan; store: PlanStore } | null {
  const store = new PlanStore(PropertiesService.getDocumentProperties());
  const name = pick(store);
  if (name === null) {
    tell(render(DIALOG.noPlan, lang), lang);
    return null;
  }
  const stored = store.load(name);
  if (stored.state !== 'ok') {
    const issues = stored.state === 'broken' && stored.issues ? issuesText(stored.issues, lang) : '';
    tell(
      issues
        ? render(DIALOG.brokenPlanIssues, lang, { name, issues })
        : render(DIALOG.brokenPlan, lang, { name }),
      lang,
    );
    return null;
  }
  return { plan: stored.plan, store };
}

/**
 * The plan a menu action works on (the active sheet's, else asked) and its stored copy, or null
 * after telling the user why there is none.
 */
export function planForAction(lang: Lang, action: Text): { plan: Plan; store: PlanStore } | null {
  const store = new PlanStore(PropertiesService.getDocumentProperties());
  if (whichPlan(store, lang, action) === null) return null;
  return activePlanOrTell(lang);
}

/** Menu: rewrite the active plan's sheets from the stored plan, keeping actuals. */
export function updateSheetsFromPlan(): void {
  const lang = userLang();
  const active = planForAction(lang, MENU.update);
  if (!active) return;
  const outcome = whileWorking(render(DIALOG.writing, lang), lang, () =>
    writePlanSheets(active.plan, { lang, source: 'menu', ask: askWithAlert(lang) }),
  );
  if (outcome.status === 'written') {
    const notice = refreshScenarios(active.store, outcome.plan, lang);
    return report(notice ? { ...outcome, message: `${outcome.message}\n\n${notice}` } : outcome);
  }
  report(outcome);
}
