import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Button, UnansweredDialogError, createEnvironment } from '../../src/emulator';

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
