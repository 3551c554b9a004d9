/**
 * The real dist/Code.js running on the in-memory Apps Script, driven the way a user drives Sheets:
 * menu clicks, google.script.run calls, typing into cells. A question the add-on asks (Ui.alert
 * with Yes/No) ends the attempt; the caller shows it and replays the action with the answers so far.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import {
  connectCustomFunctions,
  createEnvironment,
  customFunctionNames,
  loadCode,
  UnansweredDialogError,
  type AppsScriptEnvironment,
  type Instant,
} from '../emulator';
import type { ButtonName } from '../emulator/enums';
import type { DialogRecord, ShownHtml } from '../emulator/ui';
import { workbookView, type WorkbookView } from './workbook-view';

/** The answer to one question: the button, prompt text, and the question it answers. */
export interface Answer {
  button: ButtonName;
  text?: string;
  /** When given, a replay that meets a different question fails instead of answering it. */
  prompt?: string;
}

export interface Question {
  kind: 'alert' | 'prompt';
  title: string | null;
  prompt: string;
  buttons: ButtonName[];
}

export interface Notice {
  title: string | null;
  message: string;
}

export interface Toast {
  title: string;
  message: string;
  timeoutSeconds: number | null;
}

/** A sidebar or HTML dialog the action showed; its page is served at /sidebar or /dialog/<index>. */
export interface Opened {
  kind: ShownHtml['kind'];
  title: string;
  index: number;
  width: number | null;
  height: number | null;
}

/** What one action did, from its last attempt. */
export interface ActionReport {
  status: 'done' | 'question' | 'error';
  /** The JSON the function returned (google.script.run); absent for void. */
  result?: unknown;
  question?: Question;
  error?: string;
  /** Information alerts (OK only), acknowledged automatically, for the page to show. */
  alerts: Notice[];
  toasts: Toast[];
  opened: Opened[];
}

export interface PreviewState {
  locale: string;
  lang: 'en' | 'ja';
  spreadsheetName: string;
  menu: { title: string; items: { caption: string; functionName: string }[] };
  /** The sidebar that is open (its index in the shown list), or null. */
  sidebar: Opened | null;
  workbook: WorkbookView;
}

export const MAX_ANSWERS = 20;
const ADDON_NAME = 'KPI Tree Builder';
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

const isQuestion = (d: DialogRecord) => !(d.kind === 'alert' && d.buttonSet === 'OK');
const langOf = (locale: string): 'en' | 'ja' => (/^ja([_-]|$)/i.test(locale) ? 'ja' : 'en');

/** Where a value holds something JSON would silently mangle, e.g. "result.savedAt is a Date". */
function unsendable(value: unknown, path: string, depth = 0): string | null {
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object Date]') return `${path} is a Date`;
  if (typeof value === 'function') return `${path} is a function`;
  if (typeof value === 'number' && !Number.isFinite(value)) return `${path} is ${value}`;
  if (value === null || typeof value !== 'object' || depth > 50) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = unsendable(item, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

function messageOf(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String(error.message);
  return String(error);
}

export interface RuntimeOptions {
  distDir: string;
  locale?: string;
  /** What the add-on's clock shows; default the real clock when the workbook is (re)set. */
  now?: Instant;
}

export class PreviewRuntime {
  env!: AppsScriptEnvironment;
  private context!: vm.Context;
  private globalNames: string[] = [];
  private locale: string;
  private openSidebar: Opened | null = null;

  constructor(private readonly options: RuntimeOptions) {
    this.locale = options.locale ?? 'en_US';
    this.reset();
  }

  /** A fresh workbook and a freshly loaded Code.js (a rebuilt dist is picked up), then onOpen. */
  reset(): void {
    const source = readFileSync(join(this.options.distDir, 'Code.js'), 'utf8');
    this.env = createEnvironment({
      locale: this.locale,
      htmlDir: this.options.distDir,
      now: this.options.now ?? new Date(),
      customFunctions: customFunctionNames(source),
    });
    this.env.ui.autoAcknowledge(true);
    this.context = loadCode(source, this.env.globals as unknown as Record<string, unknown>);
    connectCustomFunctions(this.context, this.env);
    const exported = vm.runInContext(
      `typeof AddOn === 'object' && AddOn ? Object.keys(AddOn) : []`,
      this.context,
    );
    this.globalNames = (exported as string[]).filter(
      (name) => IDENTIFIER.test(name) && typeof this.context[name] === 'function',
    );
    this.openSidebar = null;
    this.run('onOpen');
  }

  /** Every Apps Script global Code.js defines (menu actions, endpoints, custom functions). */
  globals(): string[] {
    return [...this.globalNames];
  }

  setLocale(locale: string): void {
    this.locale = locale;
    this.env.setLocale(locale);
    this.run('onOpen');
  }

  /**
   * Calls a global with JSON arguments, answering the questions it asks with `answers` in order.
   * A question beyond them ends the attempt (status 'question'); nothing it wrote is undone, which
   * is safe because the add-on asks before it writes.
   */
  run(name: string, args: unknown[] = [], answers: Answer[] = []): ActionReport {
    if (!this.globalNames.includes(name)) {
      return { status: 'error', error: `${name} is not a function of the add-on.`, ...empty() };
    }
    const ui = this.env.ui;
    const dialogsBefore = ui.dialogs().length;
    const toastsBefore = ui.toasts().length;
    const shownBefore = ui.shown().length;
    let next = 0;
    let mismatch: Error | null = null;
    ui.setResponder((dialog) => {
      const answer = answers[next++];
      if (!answer) return null;
      if (answer.prompt !== undefined && answer.prompt !== dialog.prompt) {
        mismatch = new Error('The add-on asked a different question this time; nothing was answered.');
        throw mismatch;
      }
      return { button: answer.button, text: answer.text ?? '' };
    });
    const report: ActionReport = { status: 'done', ...empty() };
    try {
      const parse = vm.runInContext('JSON.parse', this.context) as (text: string) => unknown[];
      const result = (this.context[name] as (...a: unknown[]) => unknown)(...parse(JSON.stringify(args)));
      const problem = unsendable(result, 'the result');
      if (problem) {
        report.status = 'error';
        report.error = `${name}: ${problem}; google.script.run carries only JSON (send dates as ISO strings).`;
      } else if (result !== undefined) report.result = JSON.parse(JSON.stringify(result));
    } catch (error) {
      const newDialogs = ui.dialogs().slice(dialogsBefore);
      const pending = newDialogs.find((d) => d.answer === null && isQuestion(d));
      // The unanswered dialog, not the error, is what counts: the add-on may have wrapped the error.
      if (!mismatch && (pending || error instanceof UnansweredDialogError)) {
        const asked = pending ?? (error as UnansweredDialogError).dialog;
        report.status = 'question';
        report.question = {
          kind: asked.kind,
          title: asked.title,
          prompt: asked.prompt,
          buttons: asked.buttons,
        };
      } else {
        report.status = 'error';
        report.error = messageOf(mismatch ?? error);
      }
    } finally {
      ui.setResponder(null);
    }
    if (report.status === 'question') return report;
    report.alerts = ui
      .dialogs()
      .slice(dialogsBefore)
      .filter((d) => !isQuestion(d))
      .map((d) => ({ title: d.title, message: d.prompt }));
    report.toasts = ui.toasts().slice(toastsBefore);
    report.opened = ui
      .shown()
      .slice(shownBefore)
      .map((s, i) => ({
        kind: s.kind,
        title: s.title,
        index: shownBefore + i,
        width: s.width,
        height: s.height,
      }));
    const sidebar = [...report.opened].reverse().find((o) => o.kind === 'sidebar');
    if (sidebar) this.openSidebar = sidebar;
    return report;
  }

  /**
   * A user typing into a cell: '=...' is a formula, '25%' a number, "'x" text. Returns the help
   * text of the cell's input rule when the rule refused what was typed (the cell keeps its value),
   * else null.
   */
  editCell(
    sheet: string,
    row: number,
    column: number,
    value: string | number | boolean | null,
  ): string | null {
    return this.env.spreadsheet.setCellValueAsUser(sheet, row, column, value ?? '');
  }

  /** A click on a sheet tab. */
  activate(sheetName: string): void {
    const sheet = this.env.spreadsheet.getSheetByName(sheetName);
    if (!sheet) throw new Error(`No sheet named ${sheetName}`);
    this.env.spreadsheet.setActiveSheet(sheet);
  }

  closeSidebar(): void {
    this.openSidebar = null;
  }

  /** The HTML of a shown sidebar or dialog (the last sidebar when index is omitted). */
  shownHtml(index?: number): string | null {
    const shown = this.env.ui.shown();
    if (index === undefined) return this.env.ui.sidebar()?.html ?? null;
    return shown[index]?.html ?? null;
  }

  state(): PreviewState {
    const ui = this.env.ui;
    return {
      locale: this.locale,
      lang: langOf(this.locale),
      spreadsheetName: this.env.spreadsheet.getName(),
      menu: { title: ui.menuName() ?? ADDON_NAME, items: ui.menu() },
      sidebar: this.openSidebar,
      workbook: workbookView(this.env.spreadsheet.snapshot()),
    };
  }
}

function empty(): Pick<ActionReport, 'alerts' | 'toasts' | 'opened'> {
  return { alerts: [], toasts: [], opened: [] };
}
