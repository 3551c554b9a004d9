/**
 * An in-memory Apps Script for tests and the local preview: SpreadsheetApp backed by HyperFormula,
 * PropertiesService, LockService, Session, HtmlService, Logger. Node only; never bundled.
 */
export { createEnvironment } from './environment';
export { loadCode } from './load-code';
export type { AppsScriptEnvironment, AppsScriptGlobals, EnvironmentOptions } from './environment';
export type { CallCounter } from './call-counter';
export type { Instant } from './clock';
export { FakeSpreadsheet } from './spreadsheet';
export { FakeUi, UnansweredDialogError } from './ui';
export type { DialogRecord, MenuEntry, ShownHtml, ToastRecord } from './ui';
export { conditionalBackground } from './snapshot';
export type { CellSnapshot, ChartSnapshot, SheetSnapshot, WorkbookSnapshot } from './snapshot';
export { Button, ButtonSet, ChartType, EnumValue } from './enums';
export { formatValue } from './number-format';
export { MAX_STORE_BYTES, MAX_VALUE_BYTES } from './properties';
export type { LockKind } from './lock';
export type { LogEntry } from './logger';
