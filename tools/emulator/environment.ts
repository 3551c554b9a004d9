import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CallLog, counted, type CallCounter } from './call-counter';
import { clockDate, DEFAULT_NOW, type Instant } from './clock';
import { CustomFunctionHost, type CustomFunctionCall } from './custom-functions';
import { ChartType } from './enums';
import { FakeHtmlService } from './html';
import { FakeLockService } from './lock';
import { FakeLogger, LogBook, fakeConsole, type FakeConsole, type LogEntry } from './logger';
import { FakePropertiesService } from './properties';
import { FakeSession } from './session';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeSpreadsheetApp } from './spreadsheet-app';
import { FakeUi, ScriptUi } from './ui';
import { fakeUtilities } from './utilities';
import { Workbook } from './workbook';

export interface EnvironmentOptions {
  /** The user's locale (Session.getActiveUserLocale()); default 'en_US'. */
  locale?: string;
  /** The spreadsheet's locale; default: the user's locale. */
  spreadsheetLocale?: string;
  /** Where createHtmlOutputFromFile reads NAME.html; default <repo>/dist. */
  htmlDir?: string;
  /** Script and spreadsheet time zone; default 'Asia/Tokyo'. */
  timeZone?: string;
  /**
   * What the clock shows (`new Date()`, `Date.now()` in the globals' Date); it does not move.
   * Default 2026-11-15T09:00:00+09:00, never the real clock: pass `new Date()` for that.
   */
  now?: Instant;
  /**
   * Names of the script's custom functions (customFunctionNames(source)), so cells can call them
   * once bindCustomFunctions connects the loaded script; without it they show #NAME? as unknown.
   */
  customFunctions?: readonly string[];
}

export interface AppsScriptGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  Charts: { ChartType: typeof GoogleAppsScript.Charts.ChartType };
  Utilities: typeof fakeUtilities;
  Logger: GoogleAppsScript.Base.Logger;
  console: FakeConsole;
  /** Date with the environment's clock; ordinary in every other way. */
  Date: DateConstructor;
}

export interface AppsScriptEnvironment {
  /** Pass these as the globals of the vm context that loads Code.js. */
  globals: AppsScriptGlobals;
  /** The active spreadsheet (its calls are counted; snapshot() and setCellValueAsUser() are not). */
  spreadsheet: FakeSpreadsheet;
  /** Counts every Spreadsheet/Sheet/Range (and builder/rule) method call, e.g. 'Range.setValues'. */
  calls: CallCounter;
  /** Menus, alerts, prompts, sidebars, dialogs and toasts; answers dialogs. */
  ui: FakeUi;
  /** The three property stores, for inspection. */
  properties: FakePropertiesService;
  /** Lock test hooks: holdByOther(kind, forMillis?) makes waitLock time out and tryLock fail. */
  locks: FakeLockService;
  /** What Logger.log and console.* recorded. */
  logs(): LogEntry[];
  /** How often the formula engine has recalculated: writes are batched until the next read. */
  recalculations(): number;
  /** Changes Session.getActiveUserLocale(). */
  setLocale(locale: string): void;
  /** Connects the custom functions named in the options to the loaded script. */
  bindCustomFunctions(call: CustomFunctionCall): void;
}

function defaultHtmlDir(): string {
  const fromSource = typeof __dirname === 'string' ? resolve(__dirname, '..', '..', 'dist') : null;
  return fromSource && existsSync(fromSource) ? fromSource : join(process.cwd(), 'dist');
}

function temporaryUserKey(): string {
  return Array.from({ length: 32 }, () => Math.floor(Math.random() * 36).toString(36)).join('');
}

/** A fresh in-memory Apps Script: one spreadsheet with one empty sheet, empty property stores. */
export function createEnvironment(options: EnvironmentOptions = {}): AppsScriptEnvironment {
  const locale = options.locale ?? 'en_US';
  const timeZone = options.timeZone ?? 'Asia/Tokyo';
  const ClockDate = clockDate(options.now ?? DEFAULT_NOW);
  const calls = new CallLog();
  const ui = new FakeUi();
  const customFunctions = new CustomFunctionHost(options.customFunctions ?? []);
  const workbook = new Workbook({
    customFunctions,
    now: () => new ClockDate(),
    spreadsheetLocale: options.spreadsheetLocale ?? locale,
    timeZone,
    calls,
    ui,
  });
  const spreadsheet = counted(new FakeSpreadsheet(workbook), 'Spreadsheet', calls);
  workbook.spreadsheetView = spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const session = new FakeSession(locale, timeZone, temporaryUserKey());
  const properties = new FakePropertiesService();
  const locks = new FakeLockService();
  const logBook = new LogBook();
  const spreadsheetApp = new FakeSpreadsheetApp(workbook, new ScriptUi(ui));

  return {
    globals: {
      SpreadsheetApp: spreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      PropertiesService: properties,
      LockService: locks,
      Session: session as unknown as GoogleAppsScript.Base.Session,
      HtmlService: new FakeHtmlService(
        options.htmlDir ?? defaultHtmlDir(),
      ) as unknown as GoogleAppsScript.HTML.HtmlService,
      Charts: { ChartType: ChartType as unknown as typeof GoogleAppsScript.Charts.ChartType },
      Utilities: fakeUtilities,
      Logger: new FakeLogger(logBook),
      console: fakeConsole(logBook),
      Date: ClockDate,
    },
    spreadsheet,
    calls,
    ui,
    properties,
    locks,
    logs: () => [...logBook.entries],
    recalculations: () => workbook.book.recalculations,
    setLocale(next: string) {
      session.locale = next;
    },
    bindCustomFunctions: (call) => customFunctions.bind(call),
  };
}
