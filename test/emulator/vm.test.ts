import vm from 'node:vm';
import { createEnvironment } from '../../tools/emulator';

describe('loaded into a vm context as Apps Script globals', () => {
  test('a script writes through SpreadsheetApp and the write is visible', () => {
    const env = createEnvironment();
    const context = vm.createContext({ ...env.globals });
    new vm.Script(
      `function run() {
         SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1').setValue(2);
         var sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet('Plan');
         sheet.getRange('A1:B1').setValues([['=Sheet1!A1*21', '1,000']]);
         PropertiesService.getDocumentProperties().setProperty('plan', JSON.stringify({ v: 1 }));
         var ui = SpreadsheetApp.getUi();
         ui.createAddonMenu().addItem('Open', 'open').addToUi();
         return sheet.getRange('A1:B1').getValues()[0];
       }`,
    ).runInContext(context);
    const result = vm.runInContext('run()', context);
    expect(Array.from(result as unknown[])).toEqual([42, 1000]);
    expect(env.globals.SpreadsheetApp.getActiveSheet().getName()).toBe('Plan');
    expect(env.spreadsheet.getSheetByName('Sheet1')!.getRange('A1').getValue()).toBe(2);
    expect(env.properties.document.getProperty('plan')).toBe('{"v":1}');
    expect(env.ui.menu()).toEqual([{ caption: 'Open', functionName: 'open' }]);
    expect(env.calls.byMethod()['Range.setValue']).toBe(1);
  });

  test('an unanswered confirm inside the script surfaces as UnansweredDialogError', () => {
    const env = createEnvironment();
    const context = vm.createContext({ ...env.globals });
    const run = () =>
      vm.runInContext(
        `var ui = SpreadsheetApp.getUi(); ui.alert('Overwrite?', ui.ButtonSet.YES_NO) == ui.Button.YES ? 'yes' : 'no'`,
        context,
      );
    expect(run).toThrow(expect.objectContaining({ name: 'UnansweredDialogError' }));
    env.ui.answerNext('NO');
    expect(run()).toBe('no');
    env.ui.answerNext('YES');
    expect(run()).toBe('yes');
  });
});
