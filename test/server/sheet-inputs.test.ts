import { positions } from '../../src/sheets/positions';
import { defaultPlan } from '../../src/core/plan-defaults';
import { addOn } from '../support/addon';

const pos = positions(defaultPlan('en'));

describe('sheet inputs refuse nonsense, with help in the plan language', () => {
  test.each([
    ['en_US', 'KPI Tree', 'Actuals', 'Type a percentage above 0% and up to 100%', 'Type a number from 0 to'],
    [
      'ja',
      'KPIツリー',
      '実績',
      '0%より大きく100%以下の割合を入力してください',
      '0〜1,000,000,000,000,000の数値',
    ],
  ])(
    '%s: a rate of 25 (2500%%) and a negative actual are refused; 25%% is taken',
    (locale, tree, actuals, rateHelp, amountHelp) => {
      const app = addOn({ locale });
      app.env.ui.autoAcknowledge();
      app.call('createSamplePlan');
      const winRate = { row: pos.tree.transitionRow(2), col: 2 };
      const leads = () => app.values(tree)[pos.tree.targetRow - 1]?.[pos.tree.nodeCol(0) - 1];
      const before = leads();
      expect(app.env.spreadsheet.setCellValueAsUser(tree, winRate.row, winRate.col, 25)).toContain(rateHelp);
      expect(leads()).toBe(before);
      expect(app.env.spreadsheet.setCellValueAsUser(tree, winRate.row, winRate.col, '25%')).toBeNull();
      expect(leads()).not.toBe(before);
      const cell = { row: pos.months.stageRow(0), col: pos.months.firstCol + pos.months.before };
      expect(app.env.spreadsheet.setCellValueAsUser(actuals, cell.row, cell.col, -500)).toContain(amountHelp);
      expect(app.env.spreadsheet.setCellValueAsUser(actuals, cell.row, cell.col, 'lots')).toContain(
        amountHelp,
      );
      expect(app.values(actuals)[cell.row - 1]?.[cell.col - 1]).toBe('');
      expect(app.env.spreadsheet.setCellValueAsUser(actuals, cell.row, cell.col, 1800)).toBeNull();
    },
  );

  test.each([
    ['en_US', 'KPI Tree', 'Type a percentage above 0% and up to 100%', 'Type a number from 1 to'],
    ['ja', 'KPIツリー', '0%より大きく100%以下の割合', '1〜1,000,000,000,000,000の数値'],
  ])(
    '%s: a rate of 0%% (the funnel would divide by zero) and a goal or deal size typed as 25%% are refused',
    (locale, tree, rateHelp, moneyHelp) => {
      const app = addOn({ locale });
      app.env.ui.autoAcknowledge();
      app.call('createSamplePlan');
      const set = (row: number, value: unknown) =>
        app.env.spreadsheet.setCellValueAsUser(tree, row, 2, value);
      expect(set(pos.tree.transitionRow(2), '0%')).toContain(rateHelp);
      expect(set(pos.tree.share, '0%')).toContain(rateHelp);
      expect(set(pos.tree.goal, '25%')).toContain(moneyHelp);
      expect(set(pos.tree.deal, '25%')).toContain(moneyHelp);
      // Nothing refused reached the cells: the funnel still has its targets.
      expect(app.values(tree)[pos.tree.targetRow - 1]?.[pos.tree.nodeCol(0) - 1]).toBeGreaterThan(0);
      expect(set(pos.tree.transitionRow(2), '0.5%')).toBeNull();
      expect(set(pos.tree.deal, 1)).toBeNull();
    },
  );

  test('every plan input cell on every sheet carries a rule that refuses invalid data', () => {
    const app = addOn({ locale: 'en_US' });
    app.env.ui.autoAcknowledge();
    app.call('createSamplePlan');
    const sheet = app.env.spreadsheet.getSheetByName('Dashboard')!;
    const green = sheet.getRange(5, 2).getDataValidation();
    expect(green?.getAllowInvalid()).toBe(false);
    expect(green?.getCriteriaValues()).toEqual([0, 1]);
    const weights = app.env.spreadsheet
      .getSheetByName('Monthly Targets')!
      .getRange(pos.months.helperRow, pos.months.firstCol + pos.months.before)
      .getDataValidation();
    expect(weights?.getHelpText()).toContain('weight');
  });
});
