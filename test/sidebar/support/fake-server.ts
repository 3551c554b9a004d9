/**
 * A stand-in for google.script.run inside the page: it records every call and answers from a script
 * the test controls (the plan to start with, failures, validation issues, a delay).
 */
import type { Page } from 'playwright-core';
import type { ApplyResult, Endpoint, SidebarInit, WizardMode } from '../../../src/core/api';
import type { Lang } from '../../../src/core/i18n';
import type { ImportChoice, ImportPreview, ImportProblem } from '../../../src/core/import/types';
import type { Plan } from '../../../src/core/plan';
import { defaultPlan } from '../../../src/core/plan-defaults';

export interface FakeScript {
  init: SidebarInit;
  /** How long each answer takes. */
  delayMs: number;
  /** Endpoints that fail, with the message their failure handler receives. */
  fail: Partial<Record<Endpoint, string>>;
  /** What applyPlan answers when it does not fail. */
  applyResult: ApplyResult;
  /** What previewImport answers; fileName, headers and the row and record counts follow the call. */
  importPreview: ImportPreview | null;
  /**
   * While set, applyImport fails for the chunk with this index: as a ScriptError with this message,
   * or (refused) with the answer { ok: false, message }.
   */
  failImportChunk: { index: number; message: string; refused?: boolean } | null;
  /** The problems the last chunk's report lists. */
  importProblems: ImportProblem[];
  /** What importSheetRows answers. */
  sheetRows?: string[][];
}

export interface FakeCall {
  name: Endpoint;
  args: unknown[];
  at: number;
}

export const TODAY = { year: 2027, month: 1 };

/** What sidebarInit answers for a fresh plan in `lang` (or `plan`, e.g. a stored one). */
export function fakeInit(lang: Lang, mode: WizardMode = 'new', plan?: Plan): SidebarInit {
  const defaults = { en: defaultPlan('en', TODAY), ja: defaultPlan('ja', TODAY) };
  return {
    lang,
    mode,
    plan: plan ?? defaults[lang],
    fromDraft: false,
    defaults,
    notice: null,
    plans: [],
    planName: null,
    importSheets: [],
  };
}

export function fakeScript(init: SidebarInit, patch: Partial<FakeScript> = {}): FakeScript {
  return {
    init,
    delayMs: 20,
    fail: {},
    applyResult: { ok: true, sheets: ['KPI Plan', 'Monthly targets'], message: 'OK' },
    importPreview: null,
    failImportChunk: null,
    importProblems: [],
    ...patch,
  };
}

/** Runs in the page before any of its scripts. Self-contained: Playwright sends it as source text. */
function installInPage(script: FakeScript): void {
  const w = window as unknown as Record<string, unknown>;
  const state = { script, calls: [] as FakeCall[] };
  w.__fakeServer = state;
  type Handler = (value: unknown) => void;
  // Data rows received per upload id, as the server would count them before replacing the records.
  const received: Record<string, number> = {};
  const answers: Record<string, (args: unknown[]) => unknown> = {
    sidebarInit: () => state.script.init,
    saveDraft: () => ({ ok: true, savedAt: new Date().toISOString() }),
    discardDraft: () => null,
    applyPlan: () => state.script.applyResult,
    switchPlan: () => null,
    importSheetRows: () => state.script.sheetRows ?? [],
    importSheetNames: () => state.script.init.importSheets,
    saveMixScenario: ([scenario]) => ({ ok: true, message: `Saved ${(scenario as { name: string }).name}.` }),
    previewImport: ([fileName, rows]) => {
      const table = rows as string[][];
      const preview = state.script.importPreview;
      if (!preview) throw new Error('fake server: no importPreview scripted');
      const count = table.length - 1;
      return { ...preview, fileName, headers: table[0] ?? [], rows: count, records: count };
    },
    applyImport: ([, rows, choice]) => {
      const { kind, upload } = choice as ImportChoice;
      const at = upload ?? { id: '', index: 0, total: 1 };
      const refuse = state.script.failImportChunk;
      if (refuse?.refused && refuse.index === at.index) return { ok: false, message: refuse.message };
      received[at.id] = (received[at.id] ?? 0) + (rows as string[][]).length - 1;
      const complete = at.index === at.total - 1;
      return {
        ok: true,
        complete,
        kind,
        records: received[at.id],
        sheet: kind === 'contacts' ? 'CRM contacts' : 'CRM deals',
        problems: complete ? state.script.importProblems : [],
        message: complete ? 'Import complete.' : '',
      };
    },
  };
  const failureOf = (name: string, args: unknown[]): string | undefined => {
    const chunk = state.script.failImportChunk;
    const index = (args[2] as ImportChoice | undefined)?.upload?.index;
    if (name === 'applyImport' && chunk && !chunk.refused && chunk.index === index) return chunk.message;
    return state.script.fail[name as Endpoint];
  };
  const runner = (onSuccess: Handler | null, onFailure: Handler | null): Record<string, unknown> => {
    const r: Record<string, unknown> = {
      withSuccessHandler: (fn: Handler) => runner(fn, onFailure),
      withFailureHandler: (fn: Handler) => runner(onSuccess, fn),
    };
    for (const name of Object.keys(answers)) {
      r[name] = (...args: unknown[]) => {
        // google.script.run sends JSON-like copies, never live references.
        const copy = JSON.parse(JSON.stringify(args)) as unknown[];
        state.calls.push({ name: name as Endpoint, args: copy, at: performance.now() });
        setTimeout(() => {
          const failure = failureOf(name, copy);
          if (failure) onFailure?.({ name: 'ScriptError', message: failure });
          else onSuccess?.(JSON.parse(JSON.stringify(answers[name](copy) ?? null)));
        }, state.script.delayMs);
      };
    }
    return r;
  };
  w.google = { script: { run: runner(null, null) } };
}

export async function installFakeServer(page: Page, script: FakeScript): Promise<void> {
  await page.addInitScript(installInPage, script);
}

/** Changes the script while the page runs (e.g. make applyPlan fail from now on). */
export async function patchFakeServer(page: Page, patch: Partial<FakeScript>): Promise<void> {
  await page.evaluate(
    (p) => {
      const state = (window as unknown as { __fakeServer: { script: Record<string, unknown> } }).__fakeServer;
      Object.assign(state.script, p);
    },
    patch as Record<string, unknown>,
  );
}

/**
 * Waits until the page has called `name` with a first argument holding `value` at `path` (e.g.
 * ['thresholds', 'amber']), and returns the first such call.
 */
export async function waitForCall(
  page: Page,
  name: Endpoint,
  path: (string | number)[],
  value: unknown,
): Promise<FakeCall> {
  const found = await page.waitForFunction(
    (want) => {
      const calls = (window as unknown as { __fakeServer: { calls: FakeCall[] } }).__fakeServer.calls;
      const at = (x: unknown) =>
        want.path.reduce<unknown>((o, key) => (o as Record<string, unknown> | undefined)?.[key], x);
      const same = (c: FakeCall) => JSON.stringify(at(c.args[0])) === JSON.stringify(want.value);
      return calls.find((c) => c.name === want.name && same(c)) ?? null;
    },
    { name, path, value },
  );
  return (await found.jsonValue()) as FakeCall;
}

export async function fakeCalls(page: Page, name?: Endpoint): Promise<FakeCall[]> {
  // As one JSON string: Playwright's own serialisation takes seconds for thousands of imported rows.
  const json = await page.evaluate(() =>
    JSON.stringify((window as unknown as { __fakeServer: { calls: FakeCall[] } }).__fakeServer.calls),
  );
  const calls = JSON.parse(json) as FakeCall[];
  return name ? calls.filter((c) => c.name === name) : calls;
}
