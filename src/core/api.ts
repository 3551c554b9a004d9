/**
 * What the sidebar and the server say to each other through google.script.run: JSON-safe data only
 * (no Dates, no class instances). The server validates everything it receives.
 */
import type { Lang } from './i18n';
import type { Plan } from './plan';
import type { PlanIssue } from './plan-validate';

export type WizardMode = 'new' | 'edit' | 'import';

/** sidebarInit() -> everything the sidebar needs to start; the mode is the one the menu item opened. */
export interface SidebarInit {
  /** From the user's Google account locale; the sidebar has a switch too. */
  lang: Lang;
  /** 'import' opens the "Import CRM export…" panel instead of the wizard. */
  mode: WizardMode;
  /**
   * The draft if one was saved, else (edit) the stored plan or (new) the default plan in `lang`.
   * Import: the stored plan, whose stages and channels the file's values are mapped to.
   */
  plan: Plan;
  /** True when `plan` is an unfinished draft rather than the stored/default plan. */
  fromDraft: boolean;
  /** Default plans for both languages, for "start over" and for switching language on a new plan. */
  defaults: Record<Lang, Plan>;
  /** In edit mode when no plan is stored yet: explains why a new plan was loaded instead. */
  notice: string | null;
  /** Every stored plan, and the one the wizard edits (null for a new plan): the header can switch. */
  plans: string[];
  planName: string | null;
  /** Import: the sheets of this spreadsheet the rows could come from (not a plan's own); else empty. */
  importSheets: string[];
}

/** saveDraft(plan) -> DraftSaved. Drafts may be invalid; they are only size-checked. */
export interface DraftSaved {
  ok: boolean;
  /** ISO time the draft was saved. */
  savedAt: string;
}

/** applyPlan(plan, mode) -> ApplyResult. Nothing is written unless the plan is valid. */
export type ApplyResult =
  { ok: true; sheets: string[]; message: string } | { ok: false; issues: PlanIssue[]; message: string };

/**
 * Names of the server functions the sidebar calls (each a top-level global in Code.js). The import
 * endpoints take and return the types of core/import/types: previewImport(fileName, rows) ->
 * ImportPreview, applyImport(fileName, rows, choice) -> ImportReport, one call per chunk.
 * switchPlan(name) makes a stored plan the one the sidebar edits; the sidebar then starts again.
 * saveMixScenario(scenario) -> { ok, message } saves a proposed channel mix as a scenario of that plan.
 */
export const ENDPOINTS = [
  'sidebarInit',
  'saveDraft',
  'discardDraft',
  'applyPlan',
  'previewImport',
  'applyImport',
  'importSheetRows',
  'importSheetNames',
  'switchPlan',
  'saveMixScenario',
] as const;
export type Endpoint = (typeof ENDPOINTS)[number];
