import { Button } from '../../tools/emulator';
import { SCENARIOS } from '../../src/core/catalog/scenarios';
import { defaultPlan } from '../../src/core/plan-defaults';
import type { Plan } from '../../src/core/plan';
import { scenarioRows } from '../../src/sheets/scenarios';
import { addOn, type AddOn } from '../support/addon';

const en = defaultPlan('en');
const r = scenarioRows(en);
const S = 'Scenarios · EMEA';

/** The sample plan and a second plan "EMEA" (whose tabs carry its name), with the EMEA tabs active. */
function twoPlans(locale = 'en_US'): AddOn {
  const app = addOn({ locale });
  app.env.ui.autoAcknowledge(true);
  app.call('createSamplePlan');
  app.env.ui.answerNext(Button.YES);
  app.call('openNewPlanWizard');
  const plan: Plan = {
    ...JSON.parse(JSON.stringify(defaultPlan(locale === 'ja' ? 'ja' : 'en'))),
    name: 'EMEA',
  };
  expect(app.call('applyPlan', plan, 'new')).toMatchObject({ ok: true });
  activate(app, locale === 'ja' ? 'アクチュアル · EMEA' : 'Actuals · EMEA');
  return app;
}

function activate(app: AddOn, name: string): void {
  const sheet = app.env.spreadsheet.getSheets().find((s) => s.getName() === name);
  (sheet ?? app.env.spreadsheet.getSheets().find((s) => s.getName().endsWith(' · EMEA'))!).activate();
}

function saveScenario(app: AddOn, name: string): void {
  app.env.ui.answerNext(Button.OK, name);
  app.call('saveScenario');
}

const lastPrompt = (app: AddOn) => app.env.ui.dialogs().at(-1)!.prompt;
const headers = (app: AddOn, sheet = S) => {
  const line = app.values(sheet)[r.header - 1]!;
  return line.slice(1, -1).filter((v) => v !== '');
};
const sheetOf = (app: AddOn, name = S) => app.env.spreadsheet.getSheetByName(name)!;

describe('deleting a scenario’s column', () => {
  test('deletes the scenario: a full list takes a new one after a column is deleted', () => {
    const app = twoPlans();
    for (const name of ['A', 'B', 'C', 'D', 'E']) saveScenario(app, name);
    expect(headers(app)).toEqual(['Base plan', 'A', 'B', 'C', 'D', 'E']);
    app.call('saveScenario');
    expect(lastPrompt(app)).toContain('delete its column');
    // B is the third column (A: labels, B: base plan, C: A, D: B).
    app.env.spreadsheet.setCellValueAsUser(S, r.goal, 5, 3_000_000);
    sheetOf(app).deleteColumns(4, 1);
    saveScenario(app, 'F');
    expect(lastPrompt(app)).toContain('Scenario "F" saved');
    expect(headers(app)).toEqual(['Base plan', 'A', 'C', 'D', 'E', 'F']);
    // What was typed for the others stays with them.
    expect(app.values(S)[r.goal - 1]![3]).toBe(3_000_000);
    // B is gone from storage too: promoting lists the five left.
    app.env.ui.answerNext(Button.CANCEL);
    app.call('makeScenarioThePlan');
    const ask = app.env.ui.dialogs().at(-2)!.prompt;
    expect(ask).not.toMatch(/\d\. B\n/);
    expect(ask).toMatch(/1\. A\n2\. C\n3\. D\n4\. E\n5\. F$/);
  });

  test('the Japanese message of a full list gives the same advice as the English one', () => {
    expect(SCENARIOS.tooMany.en).toMatch(/make one the plan or delete its column/);
    expect(SCENARIOS.tooMany.ja).toContain('計画にする');
    expect(SCENARIOS.tooMany.ja).toContain('列を削除');
  });
});

describe('a plan sheet the Scenarios sheet reads is missing', () => {
  test('saving is refused, naming the sheet, in the user’s language; nothing is written', () => {
    const app = twoPlans();
    saveScenario(app, 'A');
    app.env.spreadsheet.deleteSheet(sheetOf(app, 'Dashboard · EMEA'));
    const before = sheetOf(app).getDataRange().getFormulas();
    activate(app, 'Actuals · EMEA');
    app.env.ui.answerNext(Button.OK, 'B');
    expect(() => app.call('saveScenario')).toThrow(
      'The plan "EMEA" has no sheet "Dashboard · EMEA" any more, and its Scenarios sheet reads it, so nothing was changed. "Update sheets from plan" re-creates it.',
    );
    expect(sheetOf(app).getDataRange().getFormulas()).toEqual(before);
    app.env.setLocale('ja');
    activate(app, 'Actuals · EMEA');
    app.env.ui.answerNext(Button.OK, 'B');
    expect(() => app.call('saveScenario')).toThrow(
      /シート「Dashboard · EMEA」が見つかりません.*「計画からシートを更新」/,
    );
    expect(sheetOf(app).getDataRange().getFormulas()).toEqual(before);
    // Once re-created, the Scenarios sheet reads this plan's Dashboard, never the first plan's.
    app.env.setLocale('en_US');
    activate(app, 'Actuals · EMEA');
    app.call('updateSheetsFromPlan');
    expect(app.sheetNames()).toContain('Dashboard · EMEA');
    saveScenario(app, 'B');
    expect(headers(app)).toEqual(['Base plan', 'A', 'B']);
    const formulas = sheetOf(app).getDataRange().getFormulas().flat();
    const dashboards = formulas.filter((f) => /dashboard/i.test(f));
    expect(dashboards.length).toBeGreaterThan(0);
    expect(dashboards.every((f) => f.includes("'Dashboard · EMEA'!"))).toBe(true);
  });
});

const WIN = en.stages.length - 2;
const archived = (app: AddOn) =>
  (app.env.spreadsheet.getSheetByName('Actuals archive')?.getDataRange().getValues() ?? [])
    .slice(1)
    .map((line) => ({ plan: line[1], sheet: line[2], cell: line[7], value: line[8] }));
const found = (app: AddOn, value: unknown) => {
  const at: string[] = [];
  app.values(S).forEach((line, i) => line.forEach((v, j) => v === value && at.push(`${i + 1},${j + 1}`)));
  return at;
};

/** EMEA with the scenario "Slow" whose win rate was typed on the sheet. */
function withScenario(): AddOn {
  const app = twoPlans();
  saveScenario(app, 'Slow');
  app.env.spreadsheet.setCellValueAsUser(S, r.rate(WIN), 3, 0.18);
  return app;
}

describe('rewriting the Scenarios sheet keeps what the user typed on it', () => {
  test('a note in a free cell of our layout is archived, with the notice', () => {
    const app = withScenario();
    app.env.spreadsheet.setCellValueAsUser(S, 3, 1, 'my note');
    saveScenario(app, 'Second');
    expect(archived(app)).toEqual([{ plan: 'EMEA', sheet: S, cell: 'A3', value: 'my note' }]);
    expect(lastPrompt(app)).toContain('Scenario "Second" saved');
    expect(lastPrompt(app)).toContain('are kept on the sheet "Actuals archive" (count: 1)');
    expect(found(app, 0.18)).toEqual([`${r.rate(WIN)},3`]);
    expect(headers(app)).toEqual(['Base plan', 'Slow', 'Second']);
  });

  test('notes in a row inserted above the inputs and in a column inserted at B are archived', () => {
    const app = withScenario();
    sheetOf(app).insertRowsBefore(r.goal, 1);
    app.env.spreadsheet.setCellValueAsUser(S, r.goal, 1, 'row note');
    sheetOf(app).insertColumnsBefore(2, 1);
    app.env.spreadsheet.setCellValueAsUser(S, r.goal + 2, 2, 'column note');
    saveScenario(app, 'Second');
    const notes = archived(app).map((a) => [a.cell, a.value]);
    expect(notes).toEqual(
      expect.arrayContaining([
        [`A${r.goal}`, 'row note'],
        [`B${r.goal + 2}`, 'column note'],
      ]),
    );
    expect(notes).toHaveLength(2);
    expect(found(app, 0.18)).toEqual([`${r.rate(WIN)},3`]);
    expect(app.values(S)[r.goal - 1]![0]).toBe('Goal (KGI): revenue');
  });

  test('a note beyond our layout stays where it is; a formula typed in an input stays a formula', () => {
    const app = withScenario();
    sheetOf(app).insertColumnsAfter(sheetOf(app).getMaxColumns(), 5);
    app.env.spreadsheet.setCellValueAsUser(S, r.goal, 9, 'far note');
    app.env.spreadsheet.setCellValueAsUser(S, r.deal, 3, `=B${r.deal}*2`);
    saveScenario(app, 'Second');
    expect(found(app, 'far note')).toEqual([`${r.goal},9`]);
    expect(sheetOf(app).getRange(r.deal, 3).getFormula()).toBe(`=B${r.deal}*2`);
    expect(archived(app)).toEqual([]);
  });
});
