import { DIALOG } from '../core/catalog/ui';
import { SHEET_NAME } from '../core/catalog/sheets';
import { render, type Lang } from '../core/i18n';
import { getAt, setAt } from '../core/paths';
import type { Plan } from '../core/plan';
import { validatePlan, type PlanIssue } from '../core/plan-validate';
import { applyWorkbook, type SheetTarget } from '../sheets/applier';
import { sizeOf, type SheetKey, type WorkbookDescription } from '../sheets/description';
import { SHEET_KEYS, type SheetNames } from '../sheets/names';
import { positions } from '../sheets/positions';
import {
  carryOver,
  readActuals,
  reconcile,
  sameLiteral,
  type ExistingContent,
  type InputEdit,
  type OrphanActual,
} from '../sheets/reconcile';
import { layoutWorkbook } from '../sheets/workbook';
import { PlanStore } from './storage';

export type Answer = 'yes' | 'no' | 'cancel';

/** Asks the user a question; the menu answers through Ui.alert. */
export type Ask = (message: string, withCancel: boolean) => Answer;

export type WriteOutcome =
  | { status: 'written'; plan: Plan; sheets: string[]; message: string }
  | { status: 'invalid'; issues: PlanIssue[]; message: string }
  | { status: 'cancelled'; message: string };

export interface WriteOptions {
  lang: Lang;
  /** 'menu': "Update sheets from plan", where edits typed on the sheets may be kept. */
  source: 'menu' | 'wizard' | 'sample';
  /** Editing a stored plan under a new name: its sheets, actuals and review stay with it. */
  renameFrom?: string;
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

function rowLabel(workbook: WorkbookDescription, edit: InputEdit): string {
  const sheet = workbook.sheets.find((s) => s.name === edit.sheet);
  const row = Number(/\d+$/.exec(edit.cell)?.[0] ?? 0);
  const line = sheet?.cells[row - 1] ?? [];
  return line.find((cell) => cell?.text)?.text ?? edit.path;
}

/** Picks names for the sheets a plan does not have yet: the language's name, made unique. */
function chooseNames(
  plan: Plan,
  existingNames: Set<string>,
  ours: Partial<Record<SheetKey, string>>,
  firstPlan: boolean,
): SheetNames {
  const names = {} as SheetNames;
  const taken = new Set(existingNames);
  for (const key of SHEET_KEYS) {
    const current = ours[key];
    if (current) {
      names[key] = current;
      continue;
    }
    const base = render(SHEET_NAME[key], plan.lang);
    let name = firstPlan ? base : `${base} (${plan.name})`;
    for (let n = 2; taken.has(name); n++) name = `${firstPlan ? base : `${base} (${plan.name})`} ${n}`;
    taken.add(name);
    names[key] = name;
  }
  return names;
}

function extent(workbook: WorkbookDescription | null, key: SheetKey): { rows: number; cols: number } {
  const sheet = workbook?.sheets.find((s) => s.key === key);
  return sheet ? sizeOf(sheet) : { rows: 0, cols: 0 };
}

function archive(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  orphans: OrphanActual[],
  lang: Lang,
  taken: Set<string>,
): string {
  const base = `${render(DIALOG.archiveSheet, lang)} ${new Date().toISOString().slice(0, 10)}`;
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base} ${n}`;
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  const header = render(DIALOG.archiveHeader, lang).split('|');
  const rows = orphans.map((o) => [
    `'${o.key}`,
    `'${o.label}`,
    `'${o.month}`,
    typeof o.value === 'string' ? `'${o.value}` : o.value,
  ]);
  sheet.getRange(1, 1, rows.length + 1, 4).setValues([header.map((h) => `'${h}`), ...rows] as unknown[][]);
  return name;
}

interface OurSheets {
  ours: Partial<Record<SheetKey, GoogleAppsScript.Spreadsheet.Sheet>>;
  names: Partial<Record<SheetKey, string>>;
  existing: ExistingContent;
}

/** Finds the sheets written for a plan and reads each with one getValues and one getFormulas. */
function readOurSheets(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  ids: Partial<Record<SheetKey, number>>,
): OurSheets {
  const result: OurSheets = { ours: {}, names: {}, existing: {} };
  for (const key of SHEET_KEYS) {
    const id = ids[key];
    const sheet = id === undefined ? null : spreadsheet.getSheetById(id);
    if (!sheet) continue;
    const range = sheet.getDataRange();
    const name = sheet.getName();
    result.ours[key] = sheet;
    result.names[key] = name;
    result.existing[key] = { name, values: range.getValues(), formulas: range.getFormulas() };
  }
  return result;
}

/** Inputs typed on a stored plan's sheets that differ from the plan (for "Edit plan…"). */
export function sheetEdits(plan: Plan): InputEdit[] {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const store = new PlanStore(PropertiesService.getDocumentProperties());
  const { names, existing } = readOurSheets(spreadsheet, store.sheetIds(plan.name));
  if (!Object.keys(existing).length) return [];
  const full = chooseNames(plan, new Set(), names, true);
  const layout = layoutWorkbook(plan, full);
  return reconcile(layout, layout, existing, new Map(), new Set()).inputEdits;
}

/**
 * Writes (or updates) a plan's sheets. Validates first and writes nothing for an invalid plan;
 * keeps actuals and checklist ticks; asks before replacing anything the user typed.
 */
export function writePlanSheets(input: unknown, options: WriteOptions): WriteOutcome {
  const { lang, ask } = options;
  const check = validatePlan(input);
  if (!check.ok) {
    return {
      status: 'invalid',
      issues: check.issues,
      message: render(DIALOG.invalidPlan, lang, { issues: issuesText(check.issues, lang) }),
    };
  }
  let plan = check.plan;

  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10000)) throw new Error(render(DIALOG.busy, lang));
  try {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const store = new PlanStore(PropertiesService.getDocumentProperties());
    const storedName = options.renameFrom ?? plan.name;
    const stored = store.load(storedName);
    const ids = store.sheetIds(storedName);
    const allSheets = spreadsheet.getSheets();
    const { ours, names: ourNames, existing } = readOurSheets(spreadsheet, ids);
    const taken = new Set(allSheets.map((s) => s.getName()));
    const otherPlans = store.index().filter((name) => name !== storedName);
    const names = chooseNames(plan, taken, ourNames, otherPlans.length === 0);

    const previous = layoutWorkbook(stored.state === 'ok' ? stored.plan : plan, names);
    const previousPos = positions(stored.state === 'ok' ? stored.plan : plan);
    const actuals = readActuals(existing.actuals, previousPos);

    let next = layoutWorkbook(plan, names);
    let placed = carryOver(next, positions(plan), actuals, existing.checklist);
    let found = reconcile(previous, next, existing, actuals, placed);

    if (options.source === 'menu' && found.inputEdits.length) {
      const edits = found.inputEdits.map(
        (e) => `${rowLabel(previous, e)} (${e.sheet}!${e.cell}): ${e.planned} → ${e.onSheet}`,
      );
      const answer = ask(render(DIALOG.inputEdits, lang, { edits: listed(edits, lang) }), true);
      if (answer === 'cancel') return { status: 'cancelled', message: render(DIALOG.cancelled, lang) };
      if (answer === 'yes') {
        const edited = validatePlan(withEdits(plan, found.inputEdits));
        if (!edited.ok) {
          return {
            status: 'invalid',
            issues: edited.issues,
            message: render(DIALOG.editsInvalid, lang, { issues: issuesText(edited.issues, lang) }),
          };
        }
        plan = edited.plan;
        next = layoutWorkbook(plan, names);
        placed = carryOver(next, positions(plan), actuals, existing.checklist);
        found = reconcile(previous, next, existing, actuals, placed);
      }
    }
    if (options.source === 'wizard') {
      // Values typed on the sheets since the wizard opened: replace them only when the user agrees.
      const differing = found.inputEdits.filter((e) => !sameLiteral(getAt(plan, e.path), e.onSheet));
      if (differing.length) {
        const edits = differing.map(
          (e) =>
            `${rowLabel(previous, e)} (${e.sheet}!${e.cell}): ${String(e.onSheet)} → ${String(getAt(plan, e.path))}`,
        );
        const answer = ask(render(DIALOG.wizardEdits, lang, { edits: listed(edits, lang) }), false);
        if (answer !== 'yes') return { status: 'cancelled', message: render(DIALOG.cancelled, lang) };
      }
    }
    if (found.overwrites.length) {
      const cells = found.overwrites.map((o) => `${o.sheet}!${o.cell}: ${String(o.value)}`);
      const answer = ask(
        render(DIALOG.overwrites, lang, { count: found.overwrites.length, cells: listed(cells, lang) }),
        false,
      );
      if (answer !== 'yes') return { status: 'cancelled', message: render(DIALOG.cancelled, lang) };
    }

    const targets: Partial<Record<SheetKey, SheetTarget>> = {};
    for (const key of SHEET_KEYS) {
      const sheet = ours[key];
      if (!sheet) continue;
      const was = extent(previous, key);
      const content = existing[key];
      targets[key] = {
        sheet,
        rows: Math.max(was.rows, content?.values.length ?? 0),
        cols: Math.max(was.cols, content?.values[0]?.length ?? 0),
      };
    }
    const written = applyWorkbook(spreadsheet, next, targets, allSheets.length);
    const newIds: Partial<Record<SheetKey, number>> = {};
    for (const key of SHEET_KEYS) newIds[key] = ours[key] ? ids[key] : written[key].getSheetId();
    if (storedName !== plan.name) store.rename(storedName, plan.name);
    store.save(plan);
    store.saveSheetIds(plan.name, newIds);

    let message = render(DIALOG.written, lang, { name: plan.name, count: next.sheets.length });
    if (found.orphans.length) {
      const sheet = archive(spreadsheet, found.orphans, lang, new Set([...taken, ...Object.values(names)]));
      message += `\n${render(DIALOG.archived, lang, { count: found.orphans.length, sheet })}`;
    }
    return { status: 'written', plan, sheets: next.sheets.map((s) => s.name), message };
  } finally {
    lock.releaseLock();
  }
}
