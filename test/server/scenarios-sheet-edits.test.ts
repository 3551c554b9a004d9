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

/** The plan the wizard edits (EMEA's tabs active), changed by `change`, applied. */
function editPlan(app: AddOn, change: (plan: Plan) => Plan): { plan: Plan; message: string } {
  activate(app, 'Actuals · EMEA');
  app.call('openEditPlanWizard');
  const plan = change(JSON.parse(JSON.stringify((app.call('sidebarInit') as { plan: Plan }).plan)) as Plan);
  const result = app.call('applyPlan', plan, 'edit') as { ok: boolean; message: string };
  expect(result).toMatchObject({ ok: true });
  return { plan, message: result.message };
}

/** A plan with a stage "Proposal" before its last one. */
function withProposal(plan: Plan): Plan {
  const last = plan.stages.length - 1;
  plan.stages.splice(last, 0, {
    ...plan.stages[last - 1]!,
    id: 'proposal',
    kind: 'custom',
    name: 'Proposal',
    rate: 0.5,
  });
  return plan;
}

describe('the Scenarios sheet without its hidden keys', () => {
  const deleteKeyRow = (app: AddOn) => {
    const sheet = sheetOf(app);
    const keyRow = r.closest + 1;
    expect(app.values(S)[keyRow - 1]!.at(-1)).toMatch(/scenarios/);
    sheet.deleteRows(keyRow, sheet.getMaxRows() - keyRow + 1);
  };
  const promoteSlow = (app: AddOn) => {
    activate(app, 'KPI Tree · EMEA');
    app.env.ui.answerNext(Button.OK, '1');
    app.call('makeScenarioThePlan');
  };

  test('the last rows deleted with the key row: the typed win rate is read where it was and kept', () => {
    const app = withScenario();
    deleteKeyRow(app);
    saveScenario(app, 'Second');
    expect(lastPrompt(app)).toContain('Scenario "Second" saved');
    expect(headers(app)).toEqual(['Base plan', 'Slow', 'Second']);
    expect(found(app, 0.18)).toEqual([`${r.rate(WIN)},3`]);
    // Stored with the scenario too: made the plan, the KPI Tree's win rate is the one typed.
    promoteSlow(app);
    const tree = app.values('KPI Tree · EMEA');
    expect(tree.some((line) => line[0] === 'Opportunities → Won deals' && line[1] === 0.18)).toBe(true);
  });

  test('the hidden key column deleted: the same', () => {
    const app = withScenario();
    // The hidden key column holds each row's key: "goal" on the goal row.
    const keyCol = app.values(S)[r.goal - 1]!.indexOf('goal') + 1;
    expect(keyCol).toBeGreaterThan(3);
    sheetOf(app).deleteColumns(keyCol, 1);
    saveScenario(app, 'Second');
    expect(lastPrompt(app)).toContain('Scenario "Second" saved');
    expect(found(app, 0.18)).toEqual([`${r.rate(WIN)},3`]);
  });
});

describe('a typed input the plan refuses', () => {
  test('names the one cell, its scenario and what is wrong, in the user’s language', () => {
    for (const locale of ['en_US', 'ja']) {
      const app = twoPlans(locale);
      const sheet = locale === 'ja' ? 'シナリオ · EMEA' : S;
      saveScenario(app, 'Slow');
      // The cell's rule refuses 0%; with the rule removed (Data > Data validation) it is typed,
      // and no funnel converts at 0%.
      app.env.spreadsheet.getSheetByName(sheet)!.getRange(r.rate(WIN), 3).setDataValidation(null);
      app.env.spreadsheet.setCellValueAsUser(sheet, r.rate(WIN), 3, 0);
      saveScenario(app, 'Second');
      const prompt = lastPrompt(app)!;
      const cell = `${sheet}!C${r.rate(WIN)} (Slow): `;
      expect(prompt).toContain(cell);
      expect(prompt.split('\n').filter((line) => line.includes('!'))).toHaveLength(1);
      expect(prompt).toContain(locale === 'ja' ? '0% より大きく' : 'more than 0% and at most 100%');
      expect(prompt).not.toContain('Second" saved');
    }
  });
});

describe('the Scenarios sheet follows the plan', () => {
  test('renaming the plan renames its Scenarios tab, keeping everything on it and archiving nothing', () => {
    const app = withScenario();
    editPlan(app, (plan) => ({ ...plan, name: 'EMEA North' }));
    const renamed = 'Scenarios · EMEA North';
    expect(app.sheetNames()).toContain(renamed);
    expect(app.sheetNames()).not.toContain(S);
    expect(app.values(renamed)[0]![0]).toBe('Scenarios — EMEA North');
    expect(app.values(renamed)[r.rate(WIN) - 1]![2]).toBe(0.18);
    expect(headers(app, renamed)).toEqual(['Base plan', 'Slow']);
    expect(archived(app)).toEqual([]);
    // Its scenarios are still the plan's: saving another lands on the same tab.
    activate(app, 'Actuals · EMEA North');
    saveScenario(app, 'Second');
    expect(headers(app, renamed)).toEqual(['Base plan', 'Slow', 'Second']);
  });

  test('text in a scenario input: a new stage still refreshes the sheet, the text stays and the user is told', () => {
    const app = withScenario();
    sheetOf(app).getRange(r.deal, 3).setValue('tbd');
    const { plan, message } = editPlan(app, withProposal);
    const rows = scenarioRows(plan);
    const v = app.values(S);
    // The base column reads the KPI Tree's rates in the plan's new order.
    const rates = plan.stages.slice(0, -1).map((_, i) => v[rows.rate(i) - 1]![1]);
    expect(rates).toEqual(plan.stages.slice(0, -1).map((s) => s.rate));
    expect(v[rows.rate(plan.stages.length - 2) - 1]![0]).toBe(`Proposal → ${plan.stages.at(-1)!.name}`);
    // What was typed stays by key: the text in its cell, the win rate on its (moved) row.
    expect(v[rows.deal - 1]![2]).toBe('tbd');
    const winRow = plan.stages.findIndex((s) => s.id === en.stages[WIN]!.id);
    expect(v[rows.rate(winRow) - 1]![2]).toBe(0.18);
    expect(message).toContain('now follows the plan');
    expect(message).toContain(`${S}!C${rows.deal} "tbd"`);
    expect(archived(app)).toEqual([]);
    // Corrected, the scenario reads what is typed again.
    app.env.spreadsheet.setCellValueAsUser(S, rows.deal, 3, 9000);
    activate(app, 'Actuals · EMEA');
    saveScenario(app, 'Second');
    expect(lastPrompt(app)).toContain('Scenario "Second" saved');
    expect(app.values(S)[rows.deal - 1]![2]).toBe(9000);
    expect(app.values(S)[rows.rate(winRow) - 1]![2]).toBe(0.18);
  });

  test('in Japanese, the user is told the same', () => {
    const app = withScenario();
    app.env.setLocale('ja');
    sheetOf(app).getRange(r.deal, 3).setValue('未定');
    const { plan, message } = editPlan(app, withProposal);
    expect(message).toContain('計画に合わせて更新しました');
    expect(message).toContain(`${S}!C${scenarioRows(plan).deal} "未定"`);
  });
});
