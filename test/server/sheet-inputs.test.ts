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

  test.each([
    [
      'en_US',
      'KPI Tree',
      'Channels plan 15,556 leads; the funnel needs 22,223. Make the shares add up to 100% or change the lead counts.',
    ],
    [
      'ja',
      'KPIツリー',
      'チャネルの計画は 15,556 件で、ファネルに必要な 22,223 件と一致しません。構成比の合計を 100% にするか、リード数を見直してください。',
    ],
  ])(
    '%s: channel shares typed on the sheet that miss 100%% say so under the total, live',
    (locale, tree, warning) => {
      const app = addOn({ locale });
      app.env.ui.autoAcknowledge();
      app.call('createSamplePlan');
      const below = () => app.values(tree)[pos.tree.channelTotal]?.[0];
      expect(below()).toBe('');
      // 40% → 10%: the channels now plan 70% of the leads (22,223 × 0.7, rounded as the rows are).
      expect(app.env.spreadsheet.setCellValueAsUser(tree, pos.tree.channelRow(0), 2, '10%')).toBeNull();
      expect(below()).toBe(warning);
      expect(app.env.spreadsheet.setCellValueAsUser(tree, pos.tree.channelRow(0), 2, '40%')).toBeNull();
      expect(below()).toBe('');
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
