/** The page's view of the workbook: compact cells, and chart data read from the chart's ranges. */
import { createEnvironment } from '../../tools/emulator';
import { workbookView } from '../../tools/preview/workbook-view';

function monthlyChart(type: 'COLUMN' | 'LINE') {
  const env = createEnvironment();
  const sheet = env.spreadsheet.getSheets()[0];
  sheet.getRange('A1:C4').setValues([
    ['Month', 'Leads', 'MQL'],
    ['2027-01', 100, 30],
    ['2027-02', 120, '=B3*0.3'],
    ['2027-03', 90, null],
  ]);
  sheet.getRange('B2:C4').setNumberFormat('#,##0');
  const { Charts } = env.globals;
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType[type])
    .addRange(sheet.getRange('A1:C4'))
    .setOption('title', 'Leads by month')
    .setPosition(6, 2, 0, 0)
    .build();
  sheet.insertChart(chart);
  return { env, view: workbookView(env.spreadsheet.snapshot()) };
}

describe('workbookView', () => {
  test('cells keep what the grid draws and drop empty ones', () => {
    const { view } = monthlyChart('COLUMN');
    const sheet = view.sheets[0];
    expect(sheet.cells[0][0]).toEqual({ text: 'Month' });
    expect(sheet.cells[2][2]).toEqual({ text: '36', kind: 'number', input: '=B3*0.3', formula: true });
    expect(sheet.cells[3][2]).toBeNull();
  });

  test('a chart becomes labels from its first column and one series per other column', () => {
    const { view } = monthlyChart('LINE');
    expect(view.sheets[0].charts).toEqual([
      {
        type: 'LINE',
        title: 'Leads by month',
        anchorRow: 6,
        anchorColumn: 2,
        offsetX: 0,
        offsetY: 0,
        width: 600,
        height: 371,
        valueFormat: 'number',
        slanted: false,
        labels: ['2027-01', '2027-02', '2027-03'],
        series: [
          { name: 'Leads', values: [100, 120, 90] },
          { name: 'MQL', values: [30, 36, null] },
        ],
      },
    ]);
  });

  test('ranges on another sheet and past the used extent are read safely', () => {
    const env = createEnvironment();
    const data = env.spreadsheet.insertSheet('Data');
    data.getRange('A1:B2').setValues([
      ['a', 1],
      ['b', 2],
    ]);
    const home = env.spreadsheet.getSheets()[0];
    home.insertChart(
      home
        .newChart()
        .setChartType(env.globals.Charts.ChartType.BAR)
        .addRange(data.getRange('A1:B10'))
        .setPosition(1, 1, 0, 0)
        .build(),
    );
    const chart = workbookView(env.spreadsheet.snapshot()).sheets[0].charts[0];
    expect(chart.labels).toEqual(['a', 'b']);
    expect(chart.series).toEqual([{ name: '', values: [1, 2] }]);
  });

  test('a chart keeps its size, offset and axis format; percent data gives a percent axis', () => {
    const env = createEnvironment();
    const sheet = env.spreadsheet.getSheets()[0];
    sheet.getRange('A1:B3').setValues([
      ['Stage', 'Attainment'],
      ['Leads', 0.8],
      ['Won deals', 1.1],
    ]);
    sheet.getRange('B2:B3').setNumberFormat('0.0%');
    const { Charts } = env.globals;
    const build = (type: 'BAR' | 'COLUMN') =>
      sheet
        .newChart()
        .setChartType(Charts.ChartType[type])
        .addRange(sheet.getRange('A1:B3'))
        .setNumHeaders(1)
        .setPosition(8, 2, 516, 4)
        .setOption('width', 500)
        .setOption('height', 252)
        .setOption('hAxis', { slantedText: true })
        .build();
    sheet.insertChart(build('BAR'));
    sheet.insertChart(build('COLUMN'));
    const [bar, column] = workbookView(env.spreadsheet.snapshot()).sheets[0].charts;
    expect(bar).toMatchObject({ offsetX: 516, offsetY: 4, width: 500, height: 252, valueFormat: 'percent' });
    expect(bar.series).toEqual([{ name: 'Attainment', values: [0.8, 1.1] }]);
    expect(column).toMatchObject({ slanted: true, valueFormat: 'percent' });
  });
});
