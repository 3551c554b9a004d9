/** The review's charts: attainment per stage, placed where the Dashboard opens, labels whole. */
import { Button } from '../../tools/emulator';
import { workbookView } from '../../tools/preview/workbook-view';
import { defaultPlan } from '../../src/core/plan-defaults';
import { CHART_BAND, dashboardPositions } from '../../src/sheets/dashboard';
import { positions } from '../../src/sheets/positions';
import { textWidth } from '../../src/sheets/text-width';
import { addOn } from '../support/addon';

// Leads, MQL, Opportunities, Won deals per month: counts of very different sizes.
const MONTHS = [
  [2470, 700, 9, 6],
  [2470, 700, 9, 7],
  [2468, 700, 9, 6],
];

function reviewed(lang: 'en' | 'ja') {
  const plan = defaultPlan(lang);
  // Without lags every stage has a to-date target after three months.
  plan.stages.forEach((s) => (s.lagMonths = 0));
  const app = addOn({ locale: lang === 'ja' ? 'ja_JP' : 'en_US' });
  expect((app.call('applyPlan', plan, 'new') as { ok: boolean }).ok).toBe(true);
  const m = positions(plan).months;
  const actuals = app.env.spreadsheet
    .getSheets()
    .find((s) => s.getName() === (lang === 'ja' ? '実績' : 'Actuals'))!;
  MONTHS.forEach((counts, i) =>
    counts.forEach((count, s) =>
      app.env.spreadsheet.setCellValueAsUser(actuals.getName(), m.stageRow(s), m.firstCol + i, count),
    ),
  );
  app.env.ui.setDefaultAnswer(Button.OK);
  app.call('reviewProgress');
  const view = workbookView(app.env.spreadsheet.snapshot());
  const dashboard = view.sheets.find((s) => s.charts.length > 0)!;
  return { plan, app, dashboard };
}

describe.each(['en', 'ja'] as const)('review charts (%s)', (lang) => {
  const { plan, dashboard } = reviewed(lang);
  const d = dashboardPositions(plan);

  test('the stage chart shows attainment per stage, so the small stages do not vanish', () => {
    const stages = dashboard.charts[0]!;
    expect(stages.type).toBe('BAR');
    expect(stages.valueFormat).toBe('percent');
    expect(stages.labels).toEqual(plan.stages.map((s) => s.name));
    const values = stages.series[0]!.values;
    // Attainment read from the stage table (actual ÷ to-date target), every one a visible ratio.
    plan.stages.forEach((_, s) => {
      const cell = dashboard.cells[d.stageRow(s) - 1]![d.attainmentCol - 1]!;
      expect(values[s]).toBeGreaterThan(0.05);
      expect(cell.text).toBe(`${(values[s]! * 100).toFixed(1)}%`);
    });
    const [smallest, largest] = [Math.min(...(values as number[])), Math.max(...(values as number[]))];
    expect(largest / smallest).toBeLessThan(20);
  });

  test('every chart sits in the band where the Dashboard opens, inside a 1280 px window', () => {
    const firstColumn = dashboard.columnWidths[1] ?? 100;
    for (const chart of dashboard.charts) {
      expect(chart.anchorRow).toBeGreaterThanOrEqual(CHART_BAND.row);
      expect(chart.anchorRow * 21 + chart.height).toBeLessThanOrEqual(
        (CHART_BAND.row + CHART_BAND.rows) * 21,
      );
      expect(chart.anchorColumn).toBe(CHART_BAND.col);
      expect(firstColumn + chart.offsetX + chart.width).toBeLessThanOrEqual(CHART_BAND.view);
    }
    // Side by side and one above the other: no chart covers another.
    const boxes = dashboard.charts.map((c) => ({
      left: c.offsetX,
      right: c.offsetX + c.width,
      top: c.anchorRow * 21,
      bottom: c.anchorRow * 21 + c.height,
    }));
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart).toBe(true);
      }),
    );
    // The stage table starts below the charts.
    expect(d.stageRow(0) - 2).toBeGreaterThanOrEqual(CHART_BAND.row + CHART_BAND.rows);
  });

  test('the monthly charts slant their month labels rather than cut them', () => {
    for (const chart of dashboard.charts.slice(1)) {
      expect(chart.slanted).toBe(true);
      expect(chart.labels.every((label) => label.length > 0)).toBe(true);
    }
  });
});

test('the stage chart leaves room for its longest stage name', () => {
  const plan = defaultPlan('en');
  plan.stages[2]!.name = 'Sales-accepted opportunities';
  const app = addOn({ locale: 'en_US' });
  app.call('applyPlan', plan, 'new');
  app.env.ui.setDefaultAnswer(Button.OK);
  app.env.spreadsheet.setCellValueAsUser(
    'Actuals',
    positions(plan).months.stageRow(0),
    positions(plan).months.firstCol,
    5,
  );
  app.call('reviewProgress');
  const chart = app.env.spreadsheet.getSheetByName('Dashboard')!.getCharts()[0]!;
  const area = chart.getOptions().get('chartArea') as { left: number };
  expect(area.left).toBeGreaterThanOrEqual(textWidth('Sales-accepted opportunities', { px: 12 }));
});
