import { Button } from '../../tools/emulator';
import { defaultPlan } from '../../src/core/plan-defaults';
import { MAX_NAME_LENGTH, type Plan } from '../../src/core/plan';
import { positions } from '../../src/sheets/positions';
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
