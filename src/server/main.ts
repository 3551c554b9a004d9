/**
 * Every Apps Script global, and nothing else. The build turns each export into a top-level
 * function in dist/Code.js; custom functions get their JSDoc from src/functions/registry.ts.
 */
import * as actions from './actions';
import { customFunction } from './custom-functions';
import * as endpoints from './endpoints';
import * as crmImport from './import';
import { importSheetNames as sheetNames, importSheetRows as sheetRows } from './import-sheet';
import { reviewProgressAction } from './review';
import { buildMenu, functionReference } from './menu';
import { deletePlanAction } from './delete-plan';
import * as scenarioActions from './scenario-actions';

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(e);
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  buildMenu(e);
}

export function showFunctionReference(): void {
  functionReference();
}

export function createSamplePlan(): void {
  actions.createSamplePlan();
}

export function updateSheetsFromPlan(): void {
  actions.updateSheetsFromPlan();
}

export function reviewProgress(): void {
  reviewProgressAction();
}

export function openNewPlanWizard(): void {
  endpoints.openWizard('new');
}

export function openEditPlanWizard(): void {
  endpoints.openWizard('edit');
}

export function openImportPanel(): void {
  endpoints.openWizard('import');
}

// Sidebar endpoints (google.script.run): JSON-safe data in and out, validated on arrival.
export function sidebarInit(): ReturnType<typeof endpoints.sidebarInit> {
  return endpoints.sidebarInit();
}

export function saveDraft(plan: unknown): ReturnType<typeof endpoints.saveDraft> {
  return endpoints.saveDraft(plan);
}

export function discardDraft(): void {
  endpoints.discardDraft();
}

export function applyPlan(plan: unknown, mode: unknown): ReturnType<typeof endpoints.applyPlan> {
  return endpoints.applyPlan(plan, mode);
}

export function previewImport(fileName: unknown, rows: unknown): ReturnType<typeof crmImport.previewImport> {
  return crmImport.previewImport(fileName, rows);
}

export function applyImport(
  fileName: unknown,
  rows: unknown,
  choice: unknown,
): ReturnType<typeof crmImport.applyImport> {
  return crmImport.applyImport(fileName, rows, choice);
}

export function importSheetRows(name: unknown): string[][] {
  return sheetRows(name);
}

export function importSheetNames(): string[] {
  return sheetNames();
}

export function switchPlan(name: unknown): void {
  endpoints.switchPlan(name);
}

export function saveMixScenario(scenario: unknown): ReturnType<typeof scenarioActions.saveMixScenario> {
  return scenarioActions.saveMixScenario(scenario);
}

export function saveScenario(): void {
  scenarioActions.saveScenarioAction();
}

export function makeScenarioThePlan(): void {
  scenarioActions.promoteScenarioAction();
}

export function deletePlan(): void {
  deletePlanAction();
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
