import { Button } from '../../tools/emulator';
import { CHECKLIST_DONE_COL, CHECKLIST_FIRST_ROW, CHECKLIST_NOTES_COL } from '../../src/sheets/checklist';
import { locate } from '../../src/sheets/keys';
import { addOn, type AddOn } from '../support/addon';
import { cellOf, typeAt, valueAt } from '../support/sheet-cells';

/** The month key of the plan's first month, read from the Actuals header as a user would. */
function firstMonthKey(app: AddOn, sheet: string): string {
  const found = locate(app.values(sheet), 'actuals');
  const months = [...(found?.cols.keys() ?? [])].filter((k) => k.startsWith('m:'));
  // The period starts after the "before period" months the lags need (two for the sample plan).
  const key = months[2];
  if (!key) throw new Error('no months');
  return key;
}

function started(locale: string): AddOn {
  const app = addOn({ locale });
  app.env.ui.autoAcknowledge();
  app.call('createSamplePlan');
  return app;
}

describe.each([
  ['en_US', 'Actuals', 'Checklist', 'KPI Tree'],
  ['ja', '実績', 'チェックリスト', 'KPIツリー'],
])('nothing typed is lost (%s)', (locale, actualsName, checklistName, treeName) => {
  test('revenue actuals survive Update and Edit plan…', () => {
    const app = started(locale);
    const month = firstMonthKey(app, actualsName);
    typeAt(app, actualsName, cellOf(app, actualsName, 'actuals', 'revenue', month), 5_000_000);
    app.call('updateSheetsFromPlan');
    expect(valueAt(app, actualsName, cellOf(app, actualsName, 'actuals', 'revenue', month))).toBe(5_000_000);
    const init = app.call('sidebarInit') as { plan: unknown };
    app.call('openEditPlanWizard');
    const result = app.call(
      'applyPlan',
      (app.call('sidebarInit') as { plan: unknown }).plan ?? init.plan,
      'edit',
    );
    expect(result).toMatchObject({ ok: true });
    expect(valueAt(app, actualsName, cellOf(app, actualsName, 'actuals', 'revenue', month))).toBe(5_000_000);
  });

  test('rows inserted above the Actuals grid and a column at A: Update asks nothing and keeps every actual', () => {
    const app = started(locale);
    const month = firstMonthKey(app, actualsName);
    const leads = cellOf(app, actualsName, 'actuals', 'stage:leads', month);
    typeAt(app, actualsName, leads, 1800);
    typeAt(app, actualsName, cellOf(app, actualsName, 'actuals', 'revenue', month), 900_000);
    const sheet = app.env.spreadsheet.getSheetByName(actualsName)!;
    sheet.insertRowsBefore(1, 2);
    sheet.insertColumnsBefore(1, 1);
    const dialogs = app.env.ui.dialogs().length;
    app.call('updateSheetsFromPlan');
    expect(app.env.ui.dialogs().length).toBe(dialogs); // no question
    // Back in place (the layout is restored), each value under its stage and month.
    expect(cellOf(app, actualsName, 'actuals', 'stage:leads', month)).toEqual(leads);
    expect(valueAt(app, actualsName, leads)).toBe(1800);
    expect(valueAt(app, actualsName, cellOf(app, actualsName, 'actuals', 'revenue', month))).toBe(900_000);
    expect(app.sheetNames()).not.toContain(locale === 'ja' ? '実績アーカイブ' : 'Actuals archive');
    // The review reads the same values through the same keys.
    app.call('reviewProgress');
    expect(app.env.ui.dialogs().at(-1)?.prompt).toMatch(/1,800/);
  });

  test('a row inserted inside the Checklist: ticks and notes stay with their item', () => {
    const app = started(locale);
    const item = (n: number) => CHECKLIST_FIRST_ROW + n - 1;
    typeAt(app, checklistName, { row: item(3), col: CHECKLIST_DONE_COL }, true);
    typeAt(app, checklistName, { row: item(3), col: CHECKLIST_NOTES_COL }, 'Agreed in the Q1 offsite');
    typeAt(app, checklistName, { row: item(18), col: CHECKLIST_DONE_COL }, true);
    app.env.spreadsheet.getSheetByName(checklistName)!.insertRowsBefore(item(3), 1);
    app.call('updateSheetsFromPlan');
    const list = app.values(checklistName);
    expect(list[item(3) - 1]?.[CHECKLIST_DONE_COL - 1]).toBe(true);
    expect(list[item(3) - 1]?.[CHECKLIST_NOTES_COL - 1]).toBe('Agreed in the Q1 offsite');
    expect(list[item(4) - 1]?.[CHECKLIST_DONE_COL - 1]).toBe(false);
    expect(list[item(4) - 1]?.[CHECKLIST_NOTES_COL - 1]).toBe('');
    expect(list[item(18) - 1]?.[CHECKLIST_DONE_COL - 1]).toBe(true);
  });

  test('lost or damaged sheet ids: Update finds the sheets by their keys and forks nothing', () => {
    const app = started(locale);
    const month = firstMonthKey(app, actualsName);
    typeAt(app, actualsName, cellOf(app, actualsName, 'actuals', 'stage:leads', month), 1800);
    const names = app.sheetNames();
    const props = app.env.properties.getDocumentProperties();
    props.deleteProperty('kpi.plan.0.sheets');
    app.call('updateSheetsFromPlan');
    props.setProperty('kpi.plan.0.sheets', '{"tree": 999, "actuals": "x"');
    app.call('updateSheetsFromPlan');
    expect(app.sheetNames()).toEqual(names);
    expect(valueAt(app, actualsName, cellOf(app, actualsName, 'actuals', 'stage:leads', month))).toBe(1800);
    app.call('reviewProgress');
    expect(app.env.ui.dialogs().at(-1)?.prompt).toMatch(/1,800/);
  });

  test('a damaged plan index: the plan is still found, and Create sample asks before replacing it', () => {
    const app = started(locale);
    const props = app.env.properties.getDocumentProperties();
    props.setProperty('kpi.plans', '[not json');
    const names = app.sheetNames();
    app.call('updateSheetsFromPlan');
    expect(app.sheetNames()).toEqual(names);
    app.env.ui.answerNext(Button.NO);
    app.env.ui.answerNext(Button.OK);
    app.call('createSamplePlan');
    expect(app.env.ui.dialogs().at(-2)?.buttonSet).toBe('YES_NO');
    expect(app.sheetNames()).toEqual(names);
  });

  test('no dialog waits under the document lock; a change made meanwhile stops the write', () => {
    const app = started(locale);
    const tree = app.env.spreadsheet.getSheetByName(treeName)!;
    typeAt(app, treeName, { row: 12, col: 2 }, 2_000_000_000);
    const held: boolean[] = [];
    app.env.ui.autoAcknowledge(false);
    app.env.ui.setResponder((dialog) => {
      held.push(app.env.locks.isHeld('document'));
      if (dialog.buttons.includes('YES')) {
        // A colleague types meanwhile.
        app.env.spreadsheet.setCellValueAsUser(treeName, 12, 2, 3_000_000_000);
        return 'YES';
      }
      return 'OK';
    });
    app.call('updateSheetsFromPlan');
    expect(held.length).toBeGreaterThanOrEqual(2);
    expect(held.every((h) => !h)).toBe(true);
    expect(app.env.ui.dialogs().at(-1)?.prompt).toMatch(/changed|変更/);
    expect(tree.getRange(12, 2).getValue()).toBe(3_000_000_000);
  });
});

describe('storage fit is checked before any sheet is touched', () => {
  test('a plan the document properties cannot hold is refused with a message, sheets unchanged', () => {
    const app = addOn({ locale: 'ja' });
    const props = app.env.properties.getDocumentProperties();
    // Another tool's data already fills most of the store.
    for (let i = 0; i < 60; i++) props.setProperty(`other.${i}`, 'x'.repeat(8 * 1024));
    app.env.ui.answerNext(Button.OK);
    app.call('createSamplePlan');
    expect(app.env.ui.dialogs().at(-1)?.prompt).toContain('計画が大きすぎて');
    expect(app.sheetNames()).toEqual(['シート1']);
  });
});
