import { DIALOG } from '../core/catalog/ui';
import { formatMoney, formatNumber, percentAsTyped } from '../core/format';
import { SHEET_NAME } from '../core/catalog/sheets';
import { render, type Lang } from '../core/i18n';
import { getAt, setAt } from '../core/paths';
import type { Plan } from '../core/plan';
import { inPercent } from '../core/plan-checks';
import { validatePlan, type PlanIssue } from '../core/plan-validate';
import { applyWorkbook, type SheetTarget } from '../sheets/applier';
import type { InputRule, SheetKey, WorkbookDescription } from '../sheets/description';
import type { MarkedSheet } from '../sheets/keys';
import { freeSheetName, isPlanTabName, planTabName, SHEET_KEYS, type SheetNames } from '../sheets/names';
import {
  contentKey,
  editsKey,
  sameLiteral,
  syncSheets,
  type Content,
  type InputEdit,
  type SheetsRead,
  type Sync,
} from '../sheets/sync';
import { moneyFormat } from '../sheets/formats';
import { layoutWorkbook } from '../sheets/workbook';
import { importLayoutOf, loadImportState, saveImportState } from './import-state';
import { findOurSheets } from './our-sheets';
import type { ImportState } from '../core/import/types';
import { PlanStore, type StoredPlan } from './storage';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type Answer = 'yes' | 'no' | 'cancel';

/** Asks the user a question; the menu answers through Ui.alert. */
export type Ask = (message: string, withCancel: boolean) => Answer;

export type WriteOutcome =
  | { status: 'written'; plan: Plan; sheets: string[]; message: string; archived?: string }
  | { status: 'invalid'; issues: PlanIssue[]; message: string }
  | { status: 'cancelled'; message: string };

export interface WriteOptions {
  lang: Lang;
  /**
   * 'menu': "Update sheets from plan", and 'import', where edits typed on the sheets may be kept. 'scenario': a
   * promoted scenario, whose old base already holds what was typed on the sheets (nothing to ask).
   */
  source: 'menu' | 'wizard' | 'sample' | 'import' | 'scenario';
  /** Editing a stored plan under a new name: its sheets, actuals and review stay with it. */
  renameFrom?: string;
  /** An import that just wrote its records: the rows it drives switch to counting them. */
  imports?: ImportState;
  /** Runs under the lock, after the sheets were read again and before the plan's sheets are written. */
  beforeWrite?: () => void;
  ask: Ask;
}

const LIST_LIMIT = 8;

function listed(lines: string[], lang: Lang): string {
  const shown = lines.slice(0, LIST_LIMIT).map((l) => `• ${l}`);
  if (lines.length > LIST_LIMIT) shown.push(render(DIALOG.more, lang, { count: lines.length - LIST_LIMIT }));
  return shown.join('\n');
}

export function issuesText(issues: PlanIssue[], lang: Lang): string {
  return listed(
    issues.map((i) => i.message[lang]),
    lang,
  );
}

/** Sets a value at a plan path like "stages.2.rate" on a copy of the plan. */
export function withEdits(plan: Plan, edits: InputEdit[]): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(plan));
  for (const edit of edits) setAt(copy, edit.path, edit.onSheet);
  return copy;
}

/**
 * Names for the plan's sheets: a sheet it has keeps its name, unless the plan is renamed and the
 * tab still carries the old plan name; a new sheet gets the language's name, with the plan's name
 * for any plan but the first, made unique.
 */
function chooseNames(
  plan: Plan,
  existingNames: Set<string>,
  ours: Partial<Record<SheetKey, string>>,
  firstPlan: boolean,
  renamedFrom: string | null,
): SheetNames {
  const names = {} as SheetNames;
  const taken = new Set(existingNames);
  for (const key of SHEET_KEYS) {
    const current = ours[key];
    const base = render(SHEET_NAME[key], plan.lang);
    if (current && !(renamedFrom && isPlanTabName(current, base, renamedFrom))) {
      names[key] = current;
      continue;
    }
    if (current) taken.delete(current);
    const name = planTabName(base, firstPlan ? null : plan.name, taken);
    taken.add(name);
    names[key] = name;
  }
  return names;
}

const archiveIdKey = 'kpi.archive';

/** Appends what no longer fits (or was replaced) to the archive sheet, one row per value. */
export function archive(
  spreadsheet: Spreadsheet,
  plan: Plan,
  sync: Pick<Sync<MarkedSheet>, 'orphans' | 'displaced'>,
  lang: Lang,
): string | null {
  const entries = [
    ...sync.orphans.map((o) => ({ ...o, rowKey: o.row, colKey: o.col })),
    ...sync.displaced.map((d) => ({ ...d, rowKey: '', colKey: '' })),
  ];
  if (!entries.length) return null;
  const props = PropertiesService.getDocumentProperties();
  const sheet = archiveSheet(spreadsheet, props.getProperty(archiveIdKey), lang);
  props.setProperty(archiveIdKey, String(sheet.getSheetId()));
  const asText = (text: string) => `'${text}`;
  const valueOf = (content: Content) =>
    content.formula !== undefined
      ? asText(content.formula)
      : typeof content.value === 'string'
        ? asText(content.value)
        : content.value;
  const now = new Date();
  const rows = entries.map((e) => [
    now,
    asText(plan.name),
    asText(e.sheetName),
    asText(e.rowKey),
    asText(e.colKey),
    asText(e.label),
    asText(e.column),
    asText(e.cell),
    valueOf(e.content),
  ]);
  const first = Math.max(sheet.getLastRow(), 1) + 1;
  const width = rows[0]?.length ?? 0;
  // The archive grows with what it keeps (and takes back columns a user deleted).
  const [maxRows, maxCols] = [sheet.getMaxRows(), sheet.getMaxColumns()];
  if (first + rows.length - 1 > maxRows) sheet.insertRowsAfter(maxRows, first + rows.length - 1 - maxRows);
  if (width > maxCols) sheet.insertColumnsAfter(maxCols, width - maxCols);
  sheet.getRange(first, 1, rows.length, width).setValues(rows as unknown[][]);
  // When, as every plan sheet writes dates (not in the locale's month/day order).
  sheet.getRange(first, 1, rows.length, 1).setNumberFormat('yyyy-mm-dd hh:mm');
  return sheet.getName();
}

/**
 * The archive: the sheet stored by id, else one named so that carries its header (kept by an earlier
 * version), else a new one. A sheet of the user's that has the name is never written to: the new
 * archive takes a free name ("Actuals archive 2").
 */
function archiveSheet(spreadsheet: Spreadsheet, storedId: string | null, lang: Lang): Sheet {
  const byId =
    storedId !== null && /^\d+$/.test(storedId) ? spreadsheet.getSheetById(Number(storedId)) : null;
  if (byId) return byId;
  const name = render(DIALOG.archiveSheet, lang);
  const named = spreadsheet.getSheetByName(name);
  if (named && named.getLastColumn() >= 9) {
    const first = named.getRange(1, 1, 1, 9).getDisplayValues()[0] ?? [];
    const ours = (l: Lang) => render(DIALOG.archiveHeader, l).split('|');
    if ((['en', 'ja'] as const).some((l) => ours(l).every((label, i) => first[i] === label))) return named;
  }
  const taken = new Set(spreadsheet.getSheets().map((s) => s.getName()));
  const sheet = spreadsheet.insertSheet(
    named ? freeSheetName(name, '', taken) : name,
    spreadsheet.getNumSheets(),
  );
  const header = render(DIALOG.archiveHeader, lang).split('|');
  sheet.getRange(1, 1, 1, header.length).setValues([header.map((h) => `'${h}`)]);
  return sheet;
}

interface SheetState {
  stored: StoredPlan;
  ours: Partial<Record<SheetKey, Sheet>>;
  read: SheetsRead;
  names: SheetNames;
  previous: WorkbookDescription;
  sync: Sync;
  taken: Set<string>;
  sheetCount: number;
}

/** Reads the plan's sheets (one getValues and getFormulas each) and syncs them with the plan. */
function readState(
  spreadsheet: Spreadsheet,
  store: PlanStore,
  storedName: string,
  plan: Plan,
  imports?: ImportState,
): SheetState {
  const stored = store.load(storedName);
  const storedImports = loadImportState(store, storedName);
  const ours = findOurSheets(spreadsheet, store.sheetIds(storedName), storedName, stored.state !== 'none');
  const read: SheetsRead = {};
  const ourNames: Partial<Record<SheetKey, string>> = {};
  for (const key of SHEET_KEYS) {
    const sheet = ours[key];
    if (!sheet) continue;
    const range = sheet.getDataRange();
    const name = sheet.getName();
    ourNames[key] = name;
    read[key] = { name, values: range.getValues(), formulas: range.getFormulas() };
  }
  const allSheets = spreadsheet.getSheets();
  const taken = new Set(allSheets.map((s) => s.getName()));
  const otherPlans = store.index().filter((name) => name !== storedName);
  const renamedFrom = storedName !== plan.name ? storedName : null;
  const names = chooseNames(plan, taken, ourNames, otherPlans.length === 0, renamedFrom);
  // What is on the sheets now was written under their current names.
  const previous = layoutWorkbook(
    stored.state === 'ok' ? stored.plan : plan,
    { ...names, ...ourNames },
    importLayoutOf(storedImports),
  );
  const next = layoutWorkbook(plan, names, importLayoutOf(imports ?? storedImports));
  const sync = syncSheets(previous, next, read);
  return { stored, ours, read, names, previous, sync, taken, sheetCount: allSheets.length };
}

/** Inputs typed on a stored plan's sheets that differ from the plan (for "Edit plan…"). */
export function sheetEdits(plan: Plan): InputEdit[] {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const store = new PlanStore(PropertiesService.getDocumentProperties());
  return readState(spreadsheet, store, plan.name, plan).sync.edits;
}

/** A typed or planned input as its cell shows it: "20%", "$50,000", "1,200" (text as it is). */
function shownInput(value: unknown, format: string | undefined, currency: string): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value);
  if (format?.includes('%')) return percentAsTyped(value);
  if (format === moneyFormat(currency)) return formatMoney(value, currency);
  return formatNumber(value);
}

function editLine(e: InputEdit, from: unknown, to: unknown, currency: string): string {
  const shown = (v: unknown) => shownInput(v, e.format, currency);
  return `${e.label} (${e.sheet}!${e.cell}): ${shown(from)} → ${shown(to)}`;
}

/** A data validation rule for an input cell, from its plain description. */
export function makeRule(rule: InputRule): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation();
  if (rule.kind === 'checkbox') return builder.requireCheckbox().build();
  return builder
    .requireNumberBetween(rule.min, rule.max)
    .setAllowInvalid(false)
    .setHelpText(rule.help)
    .build();
}

/**
 * Writes (or updates) a plan's sheets. Validates first and writes nothing for an invalid plan or
 * one the store cannot hold; keeps every value typed by key, or archives it; asks before replacing
 * anything the user typed. No question waits under the lock: after one, the sheets are read again
 * under it and nothing is written if they changed meanwhile.
 */
export function writePlanSheets(input: unknown, options: WriteOptions): WriteOutcome {
  const { lang } = options;
  const cancelled: WriteOutcome = { status: 'cancelled', message: render(DIALOG.cancelled, lang) };
  const check = validatePlan(input);
  if (!check.ok) {
    return {
      status: 'invalid',
      issues: check.issues,
      message: render(DIALOG.invalidPlan, lang, { issues: issuesText(check.issues, lang) }),
    };
  }
  let plan = check.plan;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const store = new PlanStore(PropertiesService.getDocumentProperties());
  const storedName = options.renameFrom ?? plan.name;
  const room = store.room(plan, storedName);
  if (room.needed > room.available) {
    const kb = (n: number) => Math.ceil(Math.max(0, n) / 1024);
    return {
      status: 'invalid',
      issues: [],
      message: render(DIALOG.tooLarge, lang, { size: kb(room.needed), limit: kb(room.available) }),
    };
  }

  // The sheets are read under the lock, which is let go before any question; after a question
  // they are read again under it, and nothing is written if they changed meanwhile.
  const lock = new HeldBetweenQuestions(LockService.getDocumentLock(), lang);
  try {
    let state = readState(spreadsheet, store, storedName, plan, options.imports);
    const edits = state.sync.edits;
    const askedEdits = editsKey(state.sync);
    const ask: Ask = (message, withCancel) => {
      lock.release();
      return options.ask(message, withCancel);
    };
    // An import rewrites the plan's sheets too: inputs typed there are asked about as on Update.
    if ((options.source === 'menu' || options.source === 'import') && edits.length) {
      const lines = edits.map((e) => editLine(e, e.planned, e.onSheet, plan.currency));
      const answer = ask(render(DIALOG.inputEdits, lang, { edits: listed(lines, lang) }), true);
      if (answer === 'cancel') return cancelled;
      if (answer === 'yes') {
        const edited = validatePlan(withEdits(plan, edits));
        if (!edited.ok) {
          return {
            status: 'invalid',
            issues: edited.issues,
            // Typed on a sheet, a rate reads as its cell shows it: "0%", not the fraction 0.
            message: render(DIALOG.editsInvalid, lang, {
              issues: issuesText(edited.issues.map(inPercent), lang),
            }),
          };
        }
        plan = edited.plan;
        state = readState(spreadsheet, store, storedName, plan, options.imports);
      }
    }
    if (options.source === 'wizard') {
      // Values typed on the sheets since the wizard opened: replace them only when the user agrees.
      const differing = state.sync.edits.filter((e) => !sameLiteral(getAt(plan, e.path), e.onSheet));
      if (differing.length) {
        const lines = differing.map((e) => editLine(e, e.onSheet, getAt(plan, e.path), plan.currency));
        const answer = ask(render(DIALOG.wizardEdits, lang, { edits: listed(lines, lang) }), false);
        if (answer !== 'yes') return cancelled;
      }
    }
    // An import turns the rows it counts into formulas: what was typed there is replaced too.
    const displaced = [...state.sync.displaced, ...(options.source === 'import' ? state.sync.orphans : [])];
    if (displaced.length) {
      const cells = displaced.map(
        (d) => `${d.sheetName}!${d.cell}: ${String(d.content.formula ?? d.content.value)}`,
      );
      const message = render(DIALOG.displaced, lang, {
        count: displaced.length,
        sheet: render(DIALOG.archiveSheet, lang),
        cells: listed(cells, lang),
      });
      if (ask(message, false) !== 'yes') return cancelled;
    }
    if (!lock.held) {
      lock.take();
      const asked = contentKey(state.sync);
      state = readState(spreadsheet, store, storedName, plan, options.imports);
      if (editsKey(state.sync) !== askedEdits || contentKey(state.sync) !== asked)
        return { status: 'cancelled', message: render(DIALOG.changedMeanwhile, lang) };
    }
    return writeState(spreadsheet, store, storedName, plan, state, options);
  } finally {
    lock.release();
  }
}

/** The document lock, taken at once and let go while a question waits for the user. */
class HeldBetweenQuestions {
  held = false;
  constructor(
    private readonly lock: GoogleAppsScript.Lock.Lock,
    private readonly lang: Lang,
  ) {
    this.take();
  }
  take(): void {
    if (!this.lock.tryLock(10000)) throw new Error(render(DIALOG.busy, this.lang));
    this.held = true;
  }
  release(): void {
    if (this.held) this.lock.releaseLock();
    this.held = false;
  }
}

/** Under the lock: archives what is displaced, writes the sheets and commits the plan. */
function writeState(
  spreadsheet: Spreadsheet,
  store: PlanStore,
  storedName: string,
  plan: Plan,
  state: SheetState,
  options: WriteOptions,
): WriteOutcome {
  const { lang } = options;
  const { sync, ours } = state;
  const targets: Partial<Record<SheetKey, SheetTarget<GoogleAppsScript.Spreadsheet.Sheet>>> = {};
  for (const key of SHEET_KEYS) {
    const sheet = ours[key];
    const target = sync.targets[key];
    if (sheet && target) targets[key] = { sheet, ...target };
  }
  options.beforeWrite?.();
  const archiving = sync.orphans.length + sync.displaced.length > 0;
  // Inserting the archive sheet activates it: an update then goes back to where the user was.
  const wasActive = archiving ? spreadsheet.getActiveSheet() : null;
  // Archive first: whatever happens to the rewrite, what it replaces is already kept.
  const archivedTo = archive(spreadsheet, plan, sync, lang);
  // A renamed plan's tabs follow its name; Sheets updates every formula that points at them.
  for (const key of SHEET_KEYS) {
    const sheet = ours[key];
    if (sheet && sheet.getName() !== state.names[key]) sheet.setName(state.names[key]);
  }
  const written = applyWorkbook(spreadsheet, sync.next, targets, state.sheetCount, makeRule);
  const ids: Partial<Record<SheetKey, number>> = {};
  for (const key of SHEET_KEYS) ids[key] = (ours[key] ?? written[key]).getSheetId();
  store.commit(plan, storedName, ids);
  if (options.imports) saveImportState(store, plan.name, options.imports);
  // Inserting a sheet activates it: a new plan opens on its KPI Tree, an update stays where it was.
  const inserted = SHEET_KEYS.some((key) => !ours[key]);
  if (inserted) written.tree.activate();
  else if (archivedTo) wasActive?.activate();

  const message = render(DIALOG.written, lang, { name: plan.name, count: sync.next.sheets.length });
  const sheets = sync.next.sheets.map((s) => s.name);
  if (!archivedTo) return { status: 'written', plan, sheets, message };
  const count = sync.orphans.length + sync.displaced.length;
  const archived = render(DIALOG.archived, lang, { count, sheet: archivedTo });
  return { status: 'written', plan, sheets, message: `${message}\n${archived}`, archived };
}
