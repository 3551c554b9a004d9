/** A typed Promise wrapper around google.script.run, the sidebar's only way to reach the server. */
import type { ApplyResult, DraftSaved, Endpoint, SidebarInit, WizardMode } from '../core/api';
import type { ImportChoice, ImportPreview, ImportReport } from '../core/import/types';
import type { Plan } from '../core/plan';
import type { Scenario } from '../core/scenarios';

export interface ServerApi {
  sidebarInit(): SidebarInit;
  saveDraft(plan: Plan): DraftSaved;
  discardDraft(): void;
  applyPlan(plan: Plan, mode: WizardMode): ApplyResult;
  /** rows: the header row, then data rows (at most the first PREVIEW_ROWS of a large file). */
  previewImport(fileName: string, rows: string[][]): ImportPreview;
  /** rows: one chunk, header row first; choice.upload says which chunk of how many. */
  applyImport(fileName: string, rows: string[][], choice: ImportChoice): ImportReport;
  /** The rows of a sheet of this spreadsheet, as text (an .xlsx opened with File > Import). */
  importSheetRows(sheet: string): string[][];
  /** The sheets to import from, as sidebarInit lists them. */
  importSheetNames(): string[];
  switchPlan(name: string): void;
  saveMixScenario(scenario: Scenario): { ok: boolean; message: string };
}

// Fails to compile if api.ts lists an endpoint this wrapper does not type.
type Untyped = Exclude<Endpoint, keyof ServerApi>;
const _everyEndpointTyped: [Untyped] extends [never] ? true : never = true;

type Handler = (value: unknown) => void;
interface Runner {
  withSuccessHandler(handler: Handler): Runner;
  withFailureHandler(handler: Handler): Runner;
  [endpoint: string]: unknown;
}

/** Thrown when the page runs outside Sheets (no google.script.run). */
export class NoServerError extends Error {
  constructor() {
    super('google.script.run is not available');
    this.name = 'NoServerError';
  }
}

function runner(): Runner | null {
  const g = (window as unknown as { google?: { script?: { run?: Runner } } }).google;
  return g?.script?.run ?? null;
}

/** The message of whatever a failure handler received (Apps Script passes an Error-like object). */
function errorOf(reason: unknown): Error {
  if (reason instanceof Error) return reason;
  const message =
    typeof reason === 'object' && reason !== null && 'message' in reason
      ? String((reason as { message: unknown }).message)
      : String(reason);
  return new Error(message);
}

export function call<K extends Endpoint>(
  endpoint: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const run = runner();
    if (!run) return reject(new NoServerError());
    const target = run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((reason) => reject(errorOf(reason)));
    const fn = target[endpoint];
    if (typeof fn !== 'function') return reject(new NoServerError());
    (fn as (...a: unknown[]) => void).apply(target, args);
  });
}
