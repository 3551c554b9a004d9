import type { WizardMode } from '../core/api';
import { deleteChunked, getChunked, putChunked, type PlanStore } from './storage';

/**
 * Drafts are per user and per spreadsheet, so closing the sidebar loses nothing; an edit's draft is
 * also per plan, so it never comes back on another plan.
 */
const key = (mode: WizardMode) => {
  const plan = mode === 'new' ? '' : `.${sidebarPlan() ?? ''}`;
  return `draft.${SpreadsheetApp.getActiveSpreadsheet().getId()}.${mode}${plan}`;
};
const MAX_DRAFT_BYTES = 200_000;

export function loadDraft(mode: WizardMode): unknown | null {
  const text = getChunked(PropertiesService.getUserProperties(), key(mode));
  if (!text) return null;
  try {
    const draft = JSON.parse(text);
    return typeof draft === 'object' && draft !== null && !Array.isArray(draft) ? draft : null;
  } catch {
    return null;
  }
}

export function saveDraftText(mode: WizardMode, text: string): void {
  if (text.length > MAX_DRAFT_BYTES) throw new Error('draft too large');
  putChunked(PropertiesService.getUserProperties(), key(mode), text);
}

export function deleteDraft(mode: WizardMode): void {
  deleteChunked(PropertiesService.getUserProperties(), key(mode));
}

const MODE_KEY = 'kpi.wizardMode';

export function rememberMode(mode: WizardMode): void {
  PropertiesService.getUserProperties().setProperty(MODE_KEY, mode);
}

export function currentMode(): WizardMode {
  const mode = PropertiesService.getUserProperties().getProperty(MODE_KEY);
  return mode === 'edit' || mode === 'import' ? mode : 'new';
}

const REPLACE_KEY = 'kpi.replacePlan';

/** The plan a new plan replaces (the user chose "replace"), or null to start another one. */
export function rememberReplace(name: string | null): void {
  const props = PropertiesService.getUserProperties();
  if (name === null) props.deleteProperty(REPLACE_KEY);
  else props.setProperty(REPLACE_KEY, name);
}

export function replacing(): string | null {
  return PropertiesService.getUserProperties().getProperty(REPLACE_KEY);
}

const SIDEBAR_PLAN_KEY = 'kpi.sidebarPlan';

/**
 * The plan the open sidebar edits or imports into, set when it opens or switches plan: menu actions
 * run on other plans meanwhile never change which plan the sidebar writes.
 */
export function rememberSidebarPlan(name: string | null): void {
  const props = PropertiesService.getUserProperties();
  if (name === null) props.deleteProperty(SIDEBAR_PLAN_KEY);
  else props.setProperty(SIDEBAR_PLAN_KEY, name);
}

export function sidebarPlan(): string | null {
  return PropertiesService.getUserProperties().getProperty(SIDEBAR_PLAN_KEY);
}

/** The sidebar's plan while it is a stored plan, else the active one. */
export function sidebarPlanName(store: PlanStore): string | null {
  const name = sidebarPlan();
  return name !== null && store.index().includes(name) ? name : store.activeName();
}
