/**
 * An in-memory Apps Script for tests and the local preview: SpreadsheetApp backed by HyperFormula,
 * PropertiesService, LockService, Session, HtmlService, Logger. Node only; never bundled.
 */
export { createEnvironment } from './environment';
export { connectCustomFunctions, loadCode } from './load-code';
export { customFunctionNames } from './custom-functions';
export type { AppsScriptEnvironment, EnvironmentOptions } from './environment';
export type { Instant } from './clock';
export { FakeSpreadsheet } from './spreadsheet';
export { UnansweredDialogError } from './ui';
export { conditionalBackground } from './snapshot';
export { Button } from './enums';
export { formatValue } from './number-format';
export { MAX_VALUE_BYTES } from './properties';
