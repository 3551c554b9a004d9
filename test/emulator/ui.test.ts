import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Button, UnansweredDialogError, createEnvironment } from '../../tools/emulator';

describe('Ui', () => {
  test('menus: the last addToUi replaces the menu; submenus flatten', () => {
    const env = createEnvironment();
    const ui = env.globals.SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem('Old', 'old').addToUi();
    ui.createAddonMenu()
      .addItem('Open wizard', 'showWizard')
      .addSeparator()
      .addSubMenu(ui.createMenu('Help').addItem('Functions', 'showFunctionReference'))
      .addToUi();
    expect(env.ui.menu()).toEqual([
      { caption: 'Open wizard', functionName: 'showWizard' },
      { caption: 'Help > Functions', functionName: 'showFunctionReference' },
    ]);
  });

  test('alerts are recorded and answered from the queue; unanswered ones throw UnansweredDialogError', () => {
    const env = createEnvironment();
    const ui = env.globals.SpreadsheetApp.getUi();
    env.ui.answerNext(Button.YES);
    expect(ui.alert('Replace?', 'The sheet exists.', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    let thrown: unknown;
    try {
      ui.alert('Delete the plan?', ui.ButtonSet.OK_CANCEL);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UnansweredDialogError);
    expect((thrown as UnansweredDialogError).dialog).toEqual(
      expect.objectContaining({
        kind: 'alert',
        title: null,
        prompt: 'Delete the plan?',
        buttons: ['OK', 'CANCEL'],
      }),
    );
    expect(env.ui.dialogs().map((d) => [d.title, d.prompt, d.answer])).toEqual([
      ['Replace?', 'The sheet exists.', 'YES'],
      [null, 'Delete the plan?', null],
    ]);
    expect(() => {
      env.ui.answerNext('YES');
      ui.alert('Only OK here');
    }).toThrow(/not a button of this dialog/);
  });

  test('a default answer serves tests that just want OK (YES where OK is not offered)', () => {
    const env = createEnvironment();
    const ui = env.globals.SpreadsheetApp.getUi();
    env.ui.setDefaultAnswer(Button.OK);
    expect(ui.alert('Done')).toBe(ui.Button.OK);
    expect(ui.alert('Sure?', 'Really?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    env.ui.setDefaultAnswer(null);
    expect(() => ui.alert('Again')).toThrow(UnansweredDialogError);
  });

  test('autoAcknowledge answers OK-only alerts and records them; questions still throw', () => {
    const env = createEnvironment();
    const ui = env.globals.SpreadsheetApp.getUi();
    env.ui.autoAcknowledge(true);
    expect(ui.alert('Saved.')).toBe(ui.Button.OK);
    expect(ui.alert('KPI Tree Builder', 'Written to 5 sheets.', ui.ButtonSet.OK)).toBe(ui.Button.OK);
    expect(() => ui.alert('Replace?', 'The sheet exists.', ui.ButtonSet.YES_NO)).toThrow(
      UnansweredDialogError,
    );
    expect(() => ui.alert('Delete?', ui.ButtonSet.OK_CANCEL)).toThrow(UnansweredDialogError);
    expect(() => ui.prompt('Plan name?')).toThrow(UnansweredDialogError);
    env.ui.answerNext('CLOSE');
    expect(ui.alert('Queued answers come first')).toBe(ui.Button.CLOSE);
    expect(env.ui.dialogs().map((d) => [d.prompt, d.answer])).toEqual([
      ['Saved.', 'OK'],
      ['Written to 5 sheets.', 'OK'],
      ['The sheet exists.', null],
      ['Delete?', null],
      ['Plan name?', null],
      ['Queued answers come first', 'CLOSE'],
    ]);
    env.ui.autoAcknowledge(false);
    expect(() => ui.alert('Saved.')).toThrow(UnansweredDialogError);
  });

  test('a responder answers questions in turn; null passes on to the default answer', () => {
    const env = createEnvironment();
    const ui = env.globals.SpreadsheetApp.getUi();
    const seen: string[] = [];
    env.ui.autoAcknowledge(true);
    env.ui.setResponder((dialog) => {
      seen.push(`${dialog.prompt} [${dialog.buttons.join('/')}]`);
      if (dialog.kind === 'prompt') return { button: 'OK', text: 'Q3 plan' };
      return dialog.prompt === 'Replace?' ? 'NO' : null;
    });
    expect(ui.alert('Done.')).toBe(ui.Button.OK);
    expect(ui.alert('Replace?', ui.ButtonSet.YES_NO_CANCEL)).toBe(ui.Button.NO);
    expect(ui.prompt('Name?', ui.ButtonSet.OK_CANCEL).getResponseText()).toBe('Q3 plan');
    expect(() => ui.alert('Other?', ui.ButtonSet.YES_NO)).toThrow(UnansweredDialogError);
    env.ui.setDefaultAnswer('YES');
    expect(ui.alert('Other?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(seen).toEqual([
      'Replace? [YES/NO/CANCEL]',
      'Name? [OK/CANCEL]',
      'Other? [YES/NO]',
      'Other? [YES/NO]',
    ]);
    env.ui.setResponder(() => 'OK');
    expect(() => ui.alert('Sure?', ui.ButtonSet.YES_NO)).toThrow(/responder answer OK is not a button/);
    env.ui.setResponder(null);
    env.ui.setDefaultAnswer(null);
    expect(() => ui.alert('Sure?', ui.ButtonSet.YES_NO)).toThrow(UnansweredDialogError);
  });

  test('prompt returns the queued text and button', () => {
    const env = createEnvironment();
    const ui = env.globals.SpreadsheetApp.getUi();
    env.ui.answerNext('OK', '2025 plan');
    const response = ui.prompt('Name', 'Plan name?', ui.ButtonSet.OK_CANCEL);
    expect(response.getResponseText()).toBe('2025 plan');
    expect(response.getSelectedButton()).toBe(ui.Button.OK);
  });

  test('sidebars and dialogs record their title and HTML; HtmlService reads NAME.html from htmlDir', () => {
    const dir = mkdtempSync(join(tmpdir(), 'emu-html-'));
    writeFileSync(join(dir, 'Sidebar.html'), '<p>wizard</p>');
    const env = createEnvironment({ htmlDir: dir });
    const { HtmlService, SpreadsheetApp } = env.globals;
    const output = HtmlService.createHtmlOutputFromFile('Sidebar')
      .setTitle('KPI Tree')
      .setSandboxMode(HtmlService.SandboxMode.IFRAME)
      .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.DEFAULT)
      .addMetaTag('viewport', 'width=device-width');
    SpreadsheetApp.getUi().showSidebar(output);
    expect(env.ui.sidebar()).toEqual(expect.objectContaining({ title: 'KPI Tree', html: '<p>wizard</p>' }));
    SpreadsheetApp.getUi().showModalDialog(
      HtmlService.createHtmlOutput('<b>hi</b>').setWidth(400).setHeight(300),
      'Dialog',
    );
    expect(env.ui.shown()[1]).toEqual({
      kind: 'modal',
      title: 'Dialog',
      html: '<b>hi</b>',
      width: 400,
      height: 300,
    });
    expect(() => HtmlService.createHtmlOutputFromFile('Missing')).toThrow(
      'No HTML file named Missing was found.',
    );
  });
});
