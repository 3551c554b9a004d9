import { createEnvironment } from '../../tools/emulator';

describe('call counting', () => {
  test('every Spreadsheet, Sheet and Range call counts once; chaining keeps counting', () => {
    const env = createEnvironment();
    const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getActiveSheet();
    sheet
      .getRange('A1:B2')
      .setValues([
        [1, 2],
        [3, 4],
      ])
      .setBackgrounds([
        ['#fff', '#fff'],
        ['#fff', '#fff'],
      ]);
    sheet.getRange('A1').getValues();
    expect(env.calls.byMethod()).toEqual({
      'Spreadsheet.getActiveSheet': 1,
      'Sheet.getRange': 2,
      'Range.setValues': 1,
      'Range.setBackgrounds': 1,
      'Range.getValues': 1,
    });
    expect(env.calls.total()).toBe(6);
  });

  test('builders and rules count under their own class; total can be limited to classes', () => {
    const env = createEnvironment();
    const app = env.globals.SpreadsheetApp;
    const sheet = app.getActiveSheet();
    const rule = app
      .newConditionalFormatRule()
      .whenNumberLessThan(1)
      .setBackground('#f00')
      .setRanges([sheet.getRange('A1')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    expect(env.calls.byMethod()).toEqual(
      expect.objectContaining({
        'ConditionalFormatRuleBuilder.whenNumberLessThan': 1,
        'ConditionalFormatRuleBuilder.build': 1,
        'Sheet.setConditionalFormatRules': 1,
      }),
    );
    expect(env.calls.total(['Spreadsheet', 'Sheet', 'Range'])).toBe(2);
  });

  test('snapshot, setCellValueAsUser and internal work are not counted; reset clears', () => {
    const env = createEnvironment();
    const sheet = env.globals.SpreadsheetApp.getActiveSheet();
    env.calls.reset();
    env.spreadsheet.setCellValueAsUser(sheet.getName(), 1, 1, '=2*3');
    env.spreadsheet.snapshot();
    expect(env.calls.byMethod()).toEqual({ 'Sheet.getName': 1 });
    env.calls.reset();
    expect(env.calls.total()).toBe(0);
  });

  test('setCellValueAsUser behaves like typing', () => {
    const env = createEnvironment();
    const sheet = env.globals.SpreadsheetApp.getActiveSheet();
    env.spreadsheet.setCellValueAsUser('Sheet1', 1, 1, '15%');
    env.spreadsheet.setCellValueAsUser('Sheet1', 1, 2, '=A1*2');
    env.spreadsheet.setCellValueAsUser('Sheet1', 1, 3, '1,200');
    env.spreadsheet.setCellValueAsUser('Sheet1', 1, 4, "'007");
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[0.15, 0.3, 1200, '007']]);
    const cells = env.spreadsheet.snapshot().sheets[0].cells[0];
    expect(cells.map((c) => c.display)).toEqual(['15%', '0.3', '1,200', '007']);
    expect(cells[1].formula).toBe('=A1*2');
  });
});
