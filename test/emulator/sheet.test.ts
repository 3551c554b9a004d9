import { createEnvironment } from '../../tools/emulator';

function setup() {
  const env = createEnvironment();
  const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet();
  return { env, ss, sheet: ss.getActiveSheet() };
}

describe('Sheet', () => {
  test('names, ids, index and parent', () => {
    const { ss, sheet } = setup();
    expect(sheet.getName()).toBe('Sheet1');
    expect(sheet.getSheetId()).toBe(0);
    expect(sheet.getIndex()).toBe(1);
    const second = ss.insertSheet('Plan');
    expect(second.getIndex()).toBe(2);
    expect(second.getSheetId()).not.toBe(0);
    expect(second.getParent().getId()).toBe(ss.getId());
    second.setName('Plan 2024');
    expect(ss.getSheetByName('Plan 2024')!.getSheetId()).toBe(second.getSheetId());
    expect(() => second.setName('Sheet1')).toThrow(
      'A sheet with the name "Sheet1" already exists. Please enter another name.',
    );
  });

  test('a new sheet is 1000 x 26 and getRange outside it throws until the sheet grows', () => {
    const { sheet } = setup();
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    const outside = 'The coordinates of the range are outside the dimensions of the sheet.';
    expect(() => sheet.getRange(1, 27)).toThrow(outside);
    expect(() => sheet.getRange(1, 1, 1001, 1)).toThrow(outside);
    expect(() => sheet.getRange('A1:AB2')).toThrow(outside);
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    sheet.insertColumnsAfter(26, 4);
    sheet.insertRowsAfter(1000, 10);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1010, 30]);
    sheet.getRange(1010, 30).setValue('corner');
    expect(sheet.getRange('AD1010').getValue()).toBe('corner');
    sheet.deleteColumns(28, 3);
    expect(sheet.getMaxColumns()).toBe(27);
    sheet.deleteRows(1, 1000);
    expect(sheet.getMaxRows()).toBe(10);
  });

  test('inserting rows in the middle moves contents and keeps formulas pointing at them', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], ['=A1+A2']]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([[1], [''], [''], [2], [3]]);
    expect(sheet.getRange('A5').getFormula()).toBe('=A1+A4');
  });

  test('last row and column, data range', () => {
    const { sheet } = setup();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('B2:C4').setValues([
      [1, 2],
      [3, 4],
      [5, ''],
    ]);
    sheet.getRange('E9').setBackground('#ff0000'); // formatting alone does not count
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([4, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
  });

  test('frozen panes, widths, hidden columns, tab color, gridlines, clear', () => {
    const { env, sheet } = setup();
    sheet.setFrozenRows(2);
    sheet.setFrozenColumns(1);
    sheet.setColumnWidth(1, 220);
    sheet.setColumnWidths(2, 3, 90);
    sheet.hideColumns(6);
    sheet.hideColumns(8, 2);
    sheet.setTabColor('#1a73e8').setHiddenGridlines(true);
    sheet.getRange('A1').setValue('x').setBackground('#ff0000');
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([2, 1]);
    expect(sheet.hasHiddenGridlines()).toBe(true);
    const snap = env.spreadsheet.snapshot().sheets[0];
    expect(snap.columnWidths).toEqual({ 1: 220, 2: 90, 3: 90, 4: 90 });
    expect(snap.hiddenColumns).toEqual([6, 8, 9]);
    expect(snap.tabColor).toBe('#1a73e8');
    sheet.clear();
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
  });

  test('sheet developer metadata: add, read, change, remove', () => {
    const { sheet } = setup();
    sheet.addDeveloperMetadata('kpi-tree', 'plan-v1');
    const [meta] = sheet.getDeveloperMetadata();
    expect([meta.getKey(), meta.getValue()]).toEqual(['kpi-tree', 'plan-v1']);
    meta.setValue('plan-v2');
    expect(sheet.getDeveloperMetadata()[0].getValue()).toBe('plan-v2');
    meta.remove();
    expect(sheet.getDeveloperMetadata()).toEqual([]);
  });
});

describe('Spreadsheet', () => {
  test('a new spreadsheet has one empty Sheet1 (シート1 in a Japanese spreadsheet)', () => {
    const { ss } = setup();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    const ja = createEnvironment({ locale: 'ja_JP' }).globals.SpreadsheetApp.getActiveSpreadsheet();
    expect(ja.getSheets().map((s) => s.getName())).toEqual(['シート1']);
    expect(ja.getSpreadsheetLocale()).toBe('ja_JP');
    const mixed = createEnvironment({ locale: 'en_US', spreadsheetLocale: 'ja_JP' });
    expect(mixed.globals.SpreadsheetApp.getActiveSheet().getName()).toBe('シート1');
    expect(mixed.globals.Session.getActiveUserLocale()).toBe('en_US');
  });

  test('insertSheet at a 0-based index, activates it; taken names throw; getSheetByName null when absent', () => {
    const { ss } = setup();
    const plan = ss.insertSheet('Plan');
    expect(ss.getActiveSheet().getName()).toBe('Plan');
    ss.insertSheet('First', 0);
    ss.insertSheet('Middle', 2);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['First', 'Sheet1', 'Middle', 'Plan']);
    expect(() => ss.insertSheet('Plan')).toThrow(
      'A sheet with the name "Plan" already exists. Please enter another name.',
    );
    expect(ss.getSheetByName('Nope')).toBeNull();
    expect(ss.getSheetById(plan.getSheetId())!.getName()).toBe('Plan');
    ss.setActiveSheet(ss.getSheetByName('Sheet1')!);
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
    ss.deleteSheet(plan);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['First', 'Sheet1', 'Middle']);
  });

  test('locale, time zone, toast, metadata, getRange with a sheet name', () => {
    const { env, ss } = setup();
    expect(ss.getSpreadsheetLocale()).toBe('en_US');
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Tokyo');
    ss.toast('Saved', 'KPI Tree', 3);
    expect(env.ui.toasts()).toEqual([{ message: 'Saved', title: 'KPI Tree', timeoutSeconds: 3 }]);
    ss.addDeveloperMetadata('version', '1');
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['version']);
    ss.insertSheet('My Plan').getRange('B2').setValue(5);
    expect(ss.getRange("'My Plan'!B2").getValue()).toBe(5);
  });
});
