import { Button } from '../../tools/emulator';
import { defaultPlan } from '../../src/core/plan-defaults';
import { MAX_NAME_LENGTH, type Plan } from '../../src/core/plan';
import { positions } from '../../src/sheets/positions';
import { scenarioRows } from '../../src/sheets/scenarios';
import { addOn } from '../support/addon';

const en = defaultPlan('en');
const pos = positions(en);

/** The sample plan with one scenario, "S1", saved from the menu. */
function withScenario(name = 'S1') {
  const app = addOn({ locale: 'en_US' });
  app.env.ui.autoAcknowledge(true);
  app.call('createSamplePlan');
  app.env.ui.answerNext(Button.OK, name);
  app.call('saveScenario');
  return app;
}

const promoteFirst = (app: ReturnType<typeof withScenario>) => {
  app.env.spreadsheet.getSheetByName('KPI Tree')!.activate();
  app.env.ui.answerNext(Button.OK, '1');
  app.call('makeScenarioThePlan');
};

/** Scenario names on the Scenarios sheet's header row (the hidden key column after them holds "r4"). */
const scenarioNames = (app: ReturnType<typeof withScenario>) =>
  app
    .values('Scenarios')[3]!
    .slice(2)
    .filter((v) => v !== '' && v !== 'r4');

describe('Make a scenario the plan…', () => {
  test('the old base is the plan as its sheets show it, typed values included, without a question', () => {
    const app = withScenario();
    app.env.spreadsheet.setCellValueAsUser('KPI Tree', pos.tree.deal, 2, 77777);
    const dialogs = app.env.ui.dialogs().length;
    promoteFirst(app);
    // Only the number asked and the closing notice: no question about values "from the wizard".
    expect(
      app.env.ui
        .dialogs()
        .slice(dialogs)
        .map((d) => d.kind),
    ).toEqual(['prompt', 'alert']);
    expect(scenarioNames(app)).toEqual(['Before “S1”']);
    const deal = app.values('Scenarios')[8 - 1]!;
    expect(deal[2]).toBe(77777); // the old base, as typed on the KPI Tree
    expect(app.values('KPI Tree')[pos.tree.deal - 1]![1]).toBe(en.avgDealSize); // S1's own
    app.call('openEditPlanWizard');
    expect((app.call('sidebarInit') as { plan: Plan }).plan.avgDealSize).toBe(en.avgDealSize);
  });

  test('promoted again and again, the old base keeps a name within the limit', () => {
    const app = withScenario('x'.repeat(MAX_NAME_LENGTH));
    for (let i = 0; i < 12; i++) promoteFirst(app);
    const names = scenarioNames(app) as string[];
    expect(names).toHaveLength(1);
    expect([...names[0]!].length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(names[0]).toMatch(/^Before “/);
  });
});

/** The sample plan and a second plan "EMEA" with one scenario "S1" of its own. */
function twoPlans() {
  const app = withScenario();
  app.env.ui.answerNext(Button.YES); // start another plan
  app.call('openNewPlanWizard');
  expect(app.call('applyPlan', { ...en, name: 'EMEA' }, 'new')).toMatchObject({ ok: true });
  app.env.spreadsheet.getSheetByName('KPI Tree · EMEA')!.activate();
  app.env.ui.answerNext(Button.OK, 'S1');
  app.call('saveScenario');
  expect(app.sheetNames()).toContain('Scenarios · EMEA');
  return app;
}

const lastAlert = (app: ReturnType<typeof withScenario>) =>
  app.env.ui
    .dialogs()
    .filter((d) => d.kind === 'alert')
    .at(-1)!.prompt;

describe('the Scenarios sheet as the user changes it', () => {
  test('deleting a scenario’s column deletes the scenario, as the full-list message advises', () => {
    const app = withScenario('A');
    for (const name of ['B', 'C', 'D', 'E']) {
      app.env.ui.answerNext(Button.OK, name);
      app.call('saveScenario');
    }
    app.env.ui.answerNext(Button.OK, 'F');
    app.call('saveScenario');
    expect(lastAlert(app)).toContain('delete its column first');
    const sheet = app.env.spreadsheet.getSheetByName('Scenarios')!;
    sheet.deleteColumns(3 + 2, 1); // C: the third scenario, after the labels and the base plan
    app.env.ui.answerNext(Button.OK, 'F');
    app.call('saveScenario');
    expect(scenarioNames(app)).toEqual(['A', 'B', 'D', 'E', 'F']);
  });

  test('with a tab of its plan missing, nothing is written and the user is told which', () => {
    const app = twoPlans();
    const ss = app.env.spreadsheet;
    ss.deleteSheet(ss.getSheetByName('Dashboard · EMEA')!);
    const before = ss.getSheetByName('Scenarios · EMEA')!.getDataRange().getFormulas();
    ss.getSheetByName('Scenarios · EMEA')!.activate();
    app.env.ui.answerNext(Button.OK, 'S2');
    expect(() => app.call('saveScenario')).toThrow(
      'The plan "EMEA" has no sheet "Dashboard · EMEA" any more',
    );
    expect(ss.getSheetByName('Scenarios · EMEA')!.getDataRange().getFormulas()).toEqual(before);
  });

  test('renaming a plan renames its Scenarios tab and keeps the scenario', () => {
    const app = twoPlans();
    app.env.spreadsheet.getSheetByName('Actuals · EMEA')!.activate();
    app.call('openEditPlanWizard');
    const init = app.call('sidebarInit') as { plan: Plan };
    expect(app.call('applyPlan', { ...init.plan, name: 'EMEA North' }, 'edit')).toMatchObject({ ok: true });
    expect(app.sheetNames()).toContain('Scenarios · EMEA North');
    expect(app.sheetNames()).not.toContain('Scenarios · EMEA');
    expect(app.values('Scenarios · EMEA North')[3]![2]).toBe('S1');
  });

  test('a text pasted into a scenario input: Update sheets keeps it in its cell and names it', () => {
    const app = withScenario();
    const r = scenarioRows(en);
    // Pasted: the cell's rule refuses typed text, as in Sheets.
    app.env.spreadsheet.getSheetByName('Scenarios')!.getRange(r.deal, 3).setValue('tbd');
    app.env.spreadsheet.getSheetByName('KPI Tree')!.activate();
    app.call('updateSheetsFromPlan');
    expect(lastAlert(app)).toContain('The sheet "Scenarios" now follows the plan');
    expect(lastAlert(app)).toContain('Scenarios!C8 "tbd"');
    expect(app.values('Scenarios')[r.deal - 1]![2]).toBe('tbd');
  });
});
