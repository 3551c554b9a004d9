import { CUSTOM_FUNCTIONS } from '../functions';
import { render } from '../core/i18n';
import { PLANS } from '../core/catalog/plans';
import { SCENARIOS } from '../core/catalog/scenarios';
import { MENU } from '../core/catalog/ui';
import { userLang } from './locale';

/**
 * Builds the add-on menu. onOpen/onInstall may run in AuthMode.NONE, so this touches only the Ui
 * and the user's locale, whatever the event says.
 */
export function buildMenu(_event?: unknown): void {
  const lang = userLang();
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(render(MENU.newPlan, lang), 'openNewPlanWizard')
    .addItem(render(MENU.editPlan, lang), 'openEditPlanWizard')
    .addItem(render(MENU.createSample, lang), 'createSamplePlan')
    .addItem(render(MENU.update, lang), 'updateSheetsFromPlan')
    .addItem(render(MENU.review, lang), 'reviewProgress')
    .addItem(render(MENU.importCrm, lang), 'openImportPanel')
    .addItem(render(SCENARIOS.saveScenario, lang), 'saveScenario')
    .addItem(render(SCENARIOS.promote, lang), 'makeScenarioThePlan')
    .addItem(render(PLANS.deletePlan, lang), 'deletePlan')
    .addSeparator()
    .addItem(render(MENU.functionReference, lang), 'showFunctionReference')
    .addToUi();
}

/** A dialog listing every custom function with an example, in the user's language. */
export function functionReference(): void {
  const lang = userLang();
  const lines = CUSTOM_FUNCTIONS.map((fn) => `${fn.example.formula}\n  ${render(fn.summary, lang)}`);
  const ui = SpreadsheetApp.getUi();
  ui.alert(render(MENU.functionReference, lang), lines.join('\n\n'), ui.ButtonSet.OK);
}
