import { Button, conditionalBackground } from '../../tools/emulator';
import { defaultPlan } from '../../src/core/plan-defaults';
import type { Plan } from '../../src/core/plan';
import { COLOR } from '../../src/sheets/description';
import { dashboardPositions } from '../../src/sheets/dashboard';
import { positions } from '../../src/sheets/positions';
import { addOn, type AddOn } from '../support/addon';
import { largePlan } from '../support/plans';

/** The English sample plan without lags, so to-date rates are plain ratios. */
function planWithoutLags(): Plan {
  const plan = defaultPlan('en');
  plan.stages.forEach((s) => (s.lagMonths = 0));
  return plan;
}

const plan = planWithoutLags();
const pos = positions(plan);
const dash = dashboardPositions(plan);

function setUp(months: number[][]): AddOn {
  const app = addOn({ locale: 'en_US' });
  expect((app.call('applyPlan', plan, 'new') as { ok: boolean }).ok).toBe(true);
  months.forEach((counts, i) =>
    counts.forEach((count, s) =>
      app.env.spreadsheet.setCellValueAsUser(
        'Actuals',
        pos.months.stageRow(s),
        pos.months.firstCol + i,
        count,
      ),
    ),
  );
  app.env.ui.setDefaultAnswer(Button.OK);
  return app;
}

const background = (app: AddOn, sheet: string, row: number, col: number) => {
  const found = app.env.spreadsheet.getSheetByName(sheet)!;
  return conditionalBackground(found as never, row, col);
};
const dashboardValue = (app: AddOn, row: number, col: number) => app.values('Dashboard')[row - 1][col - 1];

describe('Review progress', () => {
  // Leads, MQL, Opportunities, Won deals per month. MQL→Opportunities converts at 10% against 15% planned.
  const bottleneckMonths = [
    [1900, 580, 58, 12],
    [1900, 580, 58, 12],
    [1900, 580, 58, 12],
  ];

  test('MQL → Opportunities underperforming is the bottleneck, with the right colours on the right cells', () => {
    const app = setUp(bottleneckMonths);
    app.call('reviewProgress');
    const summary = app.env.ui.dialogs().at(-1)!.prompt;
    expect(summary).toContain('Bottleneck: MQL → Opportunities at 10.0% against 15.0% planned.');
    expect(summary).toContain('speed of sales follow-up');
    expect(summary).toContain('MQL volume is on target, but MQL → Opportunities converts below plan');

    expect(dashboardValue(app, dash.diagnosisRow, 2)).toBe('MQL → Opportunities');
    expect(dashboardValue(app, dash.diagnosisRow + 2, 2)).toContain('speed of sales follow-up');
    // The same answer as the BOTTLENECK custom function on the same numbers.
    const names = [plan.stages.map((s) => s.name)];
    const planned = [plan.stages.slice(0, -1).map((s) => s.rate)];
    const counts = [plan.stages.map((_, s) => dashboardValue(app, dash.stageRow(s), 4))];
    expect(app.call('BOTTLENECK', names, planned, counts)).toBe('MQL → Opportunities');

    const stageColours = plan.stages.map((_, s) => background(app, 'Dashboard', dash.stageRow(s), 5));
    expect(stageColours).toEqual([COLOR.green, COLOR.green, COLOR.red, COLOR.red]);
    const rateColours = [0, 1, 2].map((t) => background(app, 'Dashboard', dash.transitionRow(t), 4));
    expect(rateColours).toEqual([COLOR.green, COLOR.red, COLOR.green]);
    expect(dashboardValue(app, dash.transitionRow(1), dash.flagCol)).toBe('Volume met, quality not');
    expect(background(app, 'Dashboard', dash.transitionRow(1), dash.flagCol)).toBe(COLOR.amber);
    expect(background(app, 'Dashboard', dash.transitionRow(0), dash.flagCol)).toBeNull();
    // Actuals: the opportunities typed each month turn red; leads stay green; empty months stay uncoloured.
    const opp = pos.months.stageRow(2);
    expect(background(app, 'Actuals', opp, pos.months.firstCol)).toBe(COLOR.red);
    expect(background(app, 'Actuals', pos.months.stageRow(0), pos.months.firstCol + 1)).toBe(COLOR.green);
    expect(background(app, 'Actuals', opp, pos.months.firstCol + 5)).toBe(COLOR.input);
    // Monthly Targets: the target cells of the months that fell short.
    expect(background(app, 'Monthly Targets', opp, pos.months.firstCol + 2)).toBe(COLOR.red);
    expect(background(app, 'Monthly Targets', opp, pos.months.firstCol + 6)).toBeNull();
  });

  test('colours stay live as more actuals are typed, without reviewing again', () => {
    const app = setUp(bottleneckMonths);
    app.call('reviewProgress');
    const opp = pos.months.stageRow(2);
    app.env.spreadsheet.setCellValueAsUser('Actuals', opp, pos.months.firstCol + 3, 200);
    expect(background(app, 'Actuals', opp, pos.months.firstCol + 3)).toBe(COLOR.green);
  });

  test('a plan on track is all green, with no bottleneck', () => {
    const app = setUp([
      [1900, 600, 95, 20],
      [1900, 600, 95, 20],
    ]);
    app.call('reviewProgress');
    expect(app.env.ui.dialogs().at(-1)!.prompt).toContain('Overall: On track');
    expect(app.env.ui.dialogs().at(-1)!.prompt).toContain('No bottleneck');
    plan.stages.forEach((_, s) =>
      expect(background(app, 'Dashboard', dash.stageRow(s), 5)).toBe(COLOR.green),
    );
    [0, 1, 2].forEach((t) =>
      expect(background(app, 'Dashboard', dash.transitionRow(t), 4)).toBe(COLOR.green),
    );
    expect(dashboardValue(app, dash.diagnosisRow, 2)).toBe('None: every transition meets plan');
    expect(background(app, 'Dashboard', dash.diagnosisRow, 2)).toBeNull();
  });

  test('no actuals yet: a clear "enter actuals first", and the rules are ready', () => {
    const app = setUp([]);
    app.call('reviewProgress');
    // The initiative KPIs follow (none due before the plan starts).
    expect(app.env.ui.dialogs().at(-1)!.prompt).toBe(
      'There are no actuals yet. Enter actual counts on the "Actuals" sheet first, then run Review progress again.' +
        '\n\nNo initiative KPI is due for review as of 2026-11-15.',
    );
    expect(app.env.spreadsheet.getSheetByName('Actuals')!.getConditionalFormatRules().length).toBeGreaterThan(
      0,
    );
  });

  test('partial actuals and text typed into a count are reported, not crashed on', () => {
    const app = setUp([[1900, 580]]);
    // Typing text into a count cell is refused with help; a paste gets past that, and the review says so.
    const refused = app.env.spreadsheet.setCellValueAsUser(
      'Actuals',
      pos.months.stageRow(2),
      pos.months.firstCol,
      '58件',
    );
    expect(refused).toContain('Type a number from 0 to');
    app.env.spreadsheet
      .getSheetByName('Actuals')!
      .getRange(pos.months.stageRow(2), pos.months.firstCol)
      .setValue('58件');
    // A percentage typed into a count passes the number rule (Sheets reads 10% as 0.1): it is
    // no count either.
    expect(
      app.env.spreadsheet.setCellValueAsUser(
        'Actuals',
        pos.months.stageRow(1),
        pos.months.firstCol + 1,
        '10%',
      ),
    ).toBeNull();
    app.call('reviewProgress');
    const summary = app.env.ui.dialogs().at(-1)!.prompt;
    expect(summary).toContain(
      '2 cells on "Actuals" hold no count (text, a negative number or a fraction: 10% typed in a count cell reads as 0.1) and were left out: E8 0.1, D9 "58件".',
    );
    expect(summary).toContain('Leads: 1,900 of 1,852 to date');
    expect(summary).toContain('MQL: 580 of');
  });

  test('"to date" is decided by the stage counts, on the Dashboard and in the dialog alike', () => {
    const app = setUp([[1800, 540]]);
    app.env.spreadsheet.setCellValueAsUser(
      'Actuals',
      pos.months.channelMoneyRow(0),
      pos.months.firstCol + 2,
      50000,
    );
    app.call('reviewProgress');
    expect(dashboardValue(app, 4, 2)).toBe(1);
    expect(dashboardValue(app, 4, 3)).toBe(`${plan.startYear}-01`);
    expect(app.env.ui.dialogs().at(-1)!.prompt).toContain(`(through ${plan.startYear}-01)`);
  });

  test('rows the user inserts above the grid do not shift what the review reads', () => {
    const app = setUp(bottleneckMonths);
    app.env.spreadsheet.getSheetByName('Actuals')!.insertRowsAfter(1, 2);
    app.call('reviewProgress');
    expect(app.env.ui.dialogs().at(-1)!.prompt).toContain(
      'Bottleneck: MQL → Opportunities at 10.0% against 15.0% planned.',
    );
  });

  test('in Japanese', () => {
    const app = addOn({ locale: 'ja' });
    const ja = defaultPlan('ja');
    ja.stages.forEach((s) => (s.lagMonths = 0));
    app.call('applyPlan', ja, 'new');
    bottleneckMonths.forEach((counts, i) =>
      counts.forEach((count, s) =>
        app.env.spreadsheet.setCellValueAsUser(
          '実績',
          pos.months.stageRow(s),
          pos.months.firstCol + i,
          count,
        ),
      ),
    );
    app.env.ui.setDefaultAnswer(Button.OK);
    app.call('reviewProgress');
    const summary = app.env.ui.dialogs().at(-1)!.prompt;
    expect(summary).toContain('ボトルネック：MQL → 商談');
    expect(summary).toContain('営業のフォロー速度');
    expect(app.values('ダッシュボード')[dash.diagnosisRow - 1][1]).toBe('MQL → 商談');
  });

  test('reviewing twice duplicates no rule or chart, and the user own rules and charts survive', () => {
    const app = setUp(bottleneckMonths);
    const dashboard = app.env.spreadsheet.getSheetByName('Dashboard')!;
    const sheetApp = app.env.globals.SpreadsheetApp;
    const mine = sheetApp
      .newConditionalFormatRule()
      .whenNumberGreaterThan(1000)
      .setBackground('#123456')
      .setRanges([dashboard.getRange('B1:B5')])
      .build();
    dashboard.setConditionalFormatRules([mine]);
    app.call('reviewProgress');
    const rules = dashboard.getConditionalFormatRules().length;
    const charts = dashboard.getCharts().length;
    expect(charts).toBe(4);
    dashboard.insertChart(
      dashboard
        .newChart()
        .setChartType(app.env.globals.Charts.ChartType.PIE)
        .addRange(dashboard.getRange('A1:B3'))
        .setPosition(1, 1, 0, 0)
        .build(),
    );
    app.call('reviewProgress');
    expect(dashboard.getConditionalFormatRules().length).toBe(rules);
    expect(dashboard.getCharts().length).toBe(charts + 1);
    expect(dashboard.getConditionalFormatRules()[0].getBooleanCondition()!.getBackground()).toBe('#123456');
  });

  test('costs the same calls for the default and the large plan', () => {
    const count = (p: Plan) => {
      const app = addOn({ locale: 'en_US' });
      app.call('applyPlan', p, 'new');
      const m = positions(p).months;
      for (let i = 0; i < 12; i++)
        p.stages.forEach((_, s) =>
          app.env.spreadsheet.setCellValueAsUser('Actuals', m.stageRow(s), m.firstCol + i, 100 + s),
        );
      app.env.ui.setDefaultAnswer(Button.OK);
      app.env.calls.reset();
      app.call('reviewProgress');
      return app.env.calls.total(['Spreadsheet', 'Sheet', 'Range']);
    };
    expect(count(largePlan())).toBe(count(defaultPlan('en')));
  });
});
