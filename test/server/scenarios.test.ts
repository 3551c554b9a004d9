import { Button } from '../../tools/emulator';
import { defaultPlan } from '../../src/core/plan-defaults';
import { computePlan } from '../../src/core/plan-math';
import type { Plan } from '../../src/core/plan';
import { cheapestMix } from '../../src/core/cheapest-mix';
import { planWith, scenarioOf } from '../../src/core/scenarios';
import { positions } from '../../src/sheets/positions';
import { scenarioRows } from '../../src/sheets/scenarios';
import { addOn, type AddOn } from '../support/addon';

const en = defaultPlan('en');
const pos = positions(en);
const r = scenarioRows(en);
const WIN = en.stages.length - 2;
const col = pos.months.firstCol + pos.months.before;

function sample(): { app: AddOn; plan: Plan } {
  const app = addOn({ locale: 'en_US' });
  app.env.ui.autoAcknowledge(true);
  app.call('createSamplePlan');
  const plan = (app.call('sidebarInit') as { defaults: { en: Plan } }).defaults.en;
  app.env.spreadsheet.setCellValueAsUser('Actuals', pos.months.stageRow(0), col, 1800);
  app.env.spreadsheet.setCellValueAsUser('Actuals', pos.months.stageRow(1), col + 1, 540);
  app.env.spreadsheet.setCellValueAsUser('Checklist', 5, 4, true);
  const stored = { ...plan, name: (app.call('sidebarInit') as { plans: string[] }).plans[0]! };
  return { app, plan: stored };
}

function saveScenario(app: AddOn, name: string): void {
  app.env.ui.answerNext(Button.OK, name);
  app.call('saveScenario');
}

const scenarioCell = (app: AddOn, row: number, k: number) => app.values('Scenarios')[row - 1]![k + 1];
const typedActuals = (app: AddOn) => [
  app.values('Actuals')[pos.months.stageRow(0) - 1]![col - 1],
  app.values('Actuals')[pos.months.stageRow(1) - 1]![col],
  app.values('Checklist')[4]![3],
];

describe('scenarios through the menu', () => {
  test('save, edit on the sheet, update, promote: live numbers and every typed value kept', () => {
    const { app, plan } = sample();
    app.env.spreadsheet.getSheetByName('KPI Tree')!.activate();
    saveScenario(app, 'Win rate 18%');
    expect(app.sheetNames()).toContain('Scenarios');
    expect(scenarioCell(app, r.header, 1)).toBe('Win rate 18%');
    // The scenario starts as a copy: its column shows the plan's numbers.
    const n = computePlan(plan);
    plan.stages.forEach((_, s) => expect(scenarioCell(app, r.count(s), 1)).toBe(n.required[s]));

    // Typed on the sheet, the scenario recomputes live.
    app.env.spreadsheet.setCellValueAsUser('Scenarios', r.rate(WIN), 3, 0.18);
    const slow = scenarioOf(plan, 'Win rate 18%');
    slow.inputs.rates[plan.stages[WIN]!.id] = 0.18;
    const m = computePlan(planWith(plan, slow));
    plan.stages.forEach((_, s) => expect(scenarioCell(app, r.count(s), 1)).toBe(m.required[s]));
    expect(scenarioCell(app, r.diff.budget, 1)).toBeCloseTo(m.budget - n.budget, 6);

    // A second scenario and an update keep what was typed on the Scenarios sheet.
    saveScenario(app, 'Copy');
    expect(scenarioCell(app, r.rate(WIN), 1)).toBe(0.18);
    expect(scenarioCell(app, r.header, 2)).toBe('Copy');
    app.env.spreadsheet.getSheetByName('Dashboard')!.activate();
    app.call('updateSheetsFromPlan');
    expect(scenarioCell(app, r.rate(WIN), 1)).toBe(0.18);
    expect(typedActuals(app)).toEqual([1800, 540, true]);

    // Promote: the plan takes the scenario's win rate, the old base stays as a scenario.
    app.env.ui.answerNext(Button.OK, '1');
    app.call('makeScenarioThePlan');
    expect(app.values('KPI Tree')[pos.tree.transitionRow(WIN) - 1]![1]).toBe(0.18);
    expect(typedActuals(app)).toEqual([1800, 540, true]);
    expect(scenarioCell(app, r.header, 1)).toBe('Before “Win rate 18%”');
    expect(scenarioCell(app, r.rate(WIN), 1)).toBe(plan.stages[WIN]!.rate);
    expect(scenarioCell(app, r.rate(WIN), 0)).toBe(0.18); // the base column follows the KPI Tree
    expect(scenarioCell(app, r.header, 2)).toBe('Copy');
  });

  test('a rate of 0% typed on the Scenarios sheet is named as the cell shows it', () => {
    const { app } = sample();
    saveScenario(app, 'A');
    // The cell refuses 0% with its rule's help; with the rule removed the value gets through.
    expect(app.env.spreadsheet.setCellValueAsUser('Scenarios', r.rate(WIN), 3, '0%')).toContain('above 0%');
    app.env.spreadsheet.getSheetByName('Scenarios')!.getRange(r.rate(WIN), 3).setDataValidation(null);
    expect(app.env.spreadsheet.setCellValueAsUser('Scenarios', r.rate(WIN), 3, '0%')).toBeNull();
    saveScenario(app, 'B');
    expect(app.env.ui.dialogs().at(-1)!.prompt).toContain(
      '(A): Stage 3 "Opportunities": conversion rate to the next stage: 0% is not a valid rate.',
    );
  });

  test('a name already used, a full list or text typed in a scenario input change nothing', () => {
    const { app } = sample();
    saveScenario(app, 'A');
    const before = app.values('Scenarios');
    saveScenario(app, 'A');
    expect(app.env.ui.dialogs().at(-1)!.prompt).toContain('"A" is already the name');
    // Typing text is refused by the cell's rule; pasting gets past it, as in Sheets.
    expect(app.env.spreadsheet.setCellValueAsUser('Scenarios', r.goal, 3, 'lots')).not.toBeNull();
    app.env.spreadsheet.getSheetByName('Scenarios')!.getRange(r.goal, 3).setValue('lots');
    const pasted = app.values('Scenarios');
    saveScenario(app, 'B');
    expect(app.env.ui.dialogs().at(-1)!.prompt).toMatch(/not usable scenario inputs[\s\S]*C\d+ "lots"/);
    expect(app.values('Scenarios')).toEqual(pasted);
    expect(pasted.length).toBe(before.length);
    app.env.spreadsheet.setCellValueAsUser('Scenarios', r.goal, 3, 2_000_000_000);
    for (const name of ['B', 'C', 'D', 'E']) saveScenario(app, name);
    const count = app.env.ui.dialogs().length;
    app.call('saveScenario');
    expect(app.env.ui.dialogs().length).toBe(count + 1);
    expect(app.env.ui.dialogs().at(-1)!.prompt).toContain('at most 5 scenarios');
  });

  test('with two plans, a scenario of one touches nothing of the other; deleting keeps its Scenarios sheet', () => {
    const { app } = sample();
    app.env.ui.answerNext(Button.YES);
    app.call('openNewPlanWizard');
    expect(app.call('applyPlan', { ...en, name: 'EMEA' }, 'new')).toMatchObject({ ok: true });
    const first = ['KPI Tree', 'Monthly Targets', 'Actuals', 'Dashboard', 'Checklist'].map((n) =>
      app.values(n),
    );
    app.env.spreadsheet.getSheetByName('Actuals · EMEA')!.activate();
    saveScenario(app, 'EMEA fast');
    expect(app.sheetNames()).toContain('Scenarios · EMEA');
    expect(
      ['KPI Tree', 'Monthly Targets', 'Actuals', 'Dashboard', 'Checklist'].map((n) => app.values(n)),
    ).toEqual(first);
    app.env.spreadsheet.setCellValueAsUser('Scenarios · EMEA', r.share, 3, 0.5);
    const scenarios = app.values('Scenarios · EMEA');
    app.env.spreadsheet.getSheetByName('Scenarios · EMEA')!.activate();
    app.env.ui.answerNext(Button.YES);
    app.env.ui.answerNext(Button.NO); // archive
    app.call('deletePlan');
    // Every value kept; only the hidden mark says the sheet belongs to no plan now.
    const released = scenarios.map((line) =>
      line.map((v) =>
        v === 'kpi-tree-builder:scenarios:EMEA' ? 'kpi-tree-builder:deleted:scenarios:EMEA' : v,
      ),
    );
    expect(app.values('Scenarios · EMEA (archived)')).toEqual(released);
    expect(app.env.spreadsheet.getSheetByName('Scenarios · EMEA (archived)')!.isSheetHidden()).toBe(true);
    expect(typedActuals(app)).toEqual([1800, 540, true]);
  });

  test('the wizard’s cheapest mix is saved as a scenario, never applied to the plan', () => {
    const { app, plan } = sample();
    const target = computePlan(plan).leadsTarget;
    const caps = Object.fromEntries(plan.channels.map((ch) => [ch.id, target]));
    const proposal = cheapestMix(plan, caps, 'Cheapest mix');
    if (!proposal.ok) throw new Error('expected a proposal');
    const tree = app.values('KPI Tree');
    const result = app.call('saveMixScenario', proposal.scenario) as { ok: boolean; message: string };
    expect(result.ok).toBe(true);
    expect(result.message).toContain('"Cheapest mix"');
    expect(app.values('KPI Tree')).toEqual(tree);
    expect(scenarioCell(app, r.header, 1)).toBe('Cheapest mix');
    expect(scenarioCell(app, r.budget, 1)).toBeCloseTo(proposal.budget, 6);
    plan.channels.forEach((ch, i) =>
      expect(scenarioCell(app, r.channelLeads(i), 1)).toBe(proposal.leads[ch.id]),
    );
    // A second proposal gets a name of its own; nonsense is refused with a message.
    expect(app.call('saveMixScenario', proposal.scenario)).toMatchObject({ ok: true });
    expect(scenarioCell(app, r.header, 2)).toBe('Cheapest mix 2');
    const bad = { ...proposal.scenario, inputs: { ...proposal.scenario.inputs, marketingShare: 7 } };
    expect(app.call('saveMixScenario', bad)).toMatchObject({ ok: false });
    expect(app.call('saveMixScenario', 'x')).toMatchObject({ ok: false });
  });
});
