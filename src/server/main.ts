/**
 * Every Apps Script global, and nothing else. The build turns each export into a top-level
 * function in dist/Code.js; custom functions get their JSDoc from src/functions/registry.ts.
 */
import { customFunction } from './custom-functions';
import { buildMenu, functionReference } from './menu';

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(e);
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  buildMenu(e);
}

export function showFunctionReference(): void {
  functionReference();
}

export const REQUIRED_ORDERS = customFunction('REQUIRED_ORDERS');
export const REQUIRED_OPPORTUNITIES = customFunction('REQUIRED_OPPORTUNITIES');
export const REQUIRED_MQLS = customFunction('REQUIRED_MQLS');
export const REQUIRED_LEADS = customFunction('REQUIRED_LEADS');
export const REQUIRED_VOLUME = customFunction('REQUIRED_VOLUME');
export const FUNNEL_PLAN = customFunction('FUNNEL_PLAN');
export const CPL = customFunction('CPL');
export const CAC = customFunction('CAC');
export const ROMI = customFunction('ROMI');
export const LTV = customFunction('LTV');
export const CONVERSION_RATE = customFunction('CONVERSION_RATE');
export const ATTAINMENT = customFunction('ATTAINMENT');
export const PACE = customFunction('PACE');
export const BOTTLENECK = customFunction('BOTTLENECK');
