import type { WizardMode } from '../core/api';
import { deleteChunked, getChunked, putChunked } from './storage';

/** Drafts are per user and per spreadsheet, so closing the sidebar loses nothing. */
const key = (mode: WizardMode) => `draft.${SpreadsheetApp.getActiveSpreadsheet().getId()}.${mode}`;
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
