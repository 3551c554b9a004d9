import { createEnvironment } from '../../tools/emulator';

describe('embedded charts', () => {
  test('built, inserted, recorded in the snapshot, updated and removed', () => {
    const env = createEnvironment();
    const { SpreadsheetApp, Charts } = env.globals;
    const sheet = SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1:B4').setValues([
      ['Month', 'Leads'],
      ['Apr', 10],
      ['May', 20],
      ['Jun', 30],
    ]);
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(sheet.getRange('A1:B4'))
      .setNumHeaders(1)
      .setPosition(2, 4, 0, 0)
      .setOption('title', 'Leads by month')
      .build();
    expect(sheet.getCharts()).toHaveLength(0);
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    expect(inserted.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B4']);
    expect(inserted.getOptions().get('title')).toBe('Leads by month');
    expect([
      inserted.getContainerInfo().getAnchorRow(),
      inserted.getContainerInfo().getAnchorColumn(),
    ]).toEqual([2, 4]);
    expect(env.spreadsheet.snapshot().sheets[0].charts).toEqual([
      expect.objectContaining({
        type: 'COLUMN',
        ranges: ['A1:B4'],
        title: 'Leads by month',
        anchorRow: 2,
        anchorColumn: 4,
      }),
    ]);

    sheet.updateChart(
      inserted.modify().setChartType(Charts.ChartType.LINE).setOption('title', 'Trend').build(),
    );
    expect(env.spreadsheet.snapshot().sheets[0].charts.map((c) => [c.type, c.title])).toEqual([
      ['LINE', 'Trend'],
    ]);

    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toEqual([]);
    expect(env.spreadsheet.snapshot().sheets[0].charts).toEqual([]);
  });

  test('chart types live in Charts.ChartType, not SpreadsheetApp (as in Apps Script)', () => {
    const { globals } = createEnvironment();
    expect(String(globals.Charts.ChartType.BAR)).toBe('BAR');
    expect(String(globals.Charts.ChartType.COMBO)).toBe('COMBO');
    expect((globals.SpreadsheetApp as unknown as Record<string, unknown>).ChartType).toBeUndefined();
  });

  test('a chart on another sheet shows its ranges with the sheet name', () => {
    const env = createEnvironment();
    const { SpreadsheetApp, Charts } = env.globals;
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const data = ss.insertSheet('Monthly Targets');
    const dashboard = ss.insertSheet('Dashboard');
    dashboard.insertChart(
      dashboard
        .newChart()
        .setChartType(Charts.ChartType.BAR)
        .addRange(data.getRange('A1:C13'))
        .setPosition(1, 1, 0, 0)
        .build(),
    );
    const snap = env.spreadsheet.snapshot().sheets.find((s) => s.name === 'Dashboard')!;
    expect(snap.charts[0].ranges).toEqual(["'Monthly Targets'!A1:C13"]);
  });
});
