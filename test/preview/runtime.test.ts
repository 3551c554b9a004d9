/** The preview runtime with a hand-written Code.js: the replay rules and the JSON rules. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PreviewRuntime } from '../../tools/preview/runtime';
import { NOW } from '../support/clock';

const CODE = `
var AddOn = (function () {
  function ui() { return SpreadsheetApp.getUi(); }
  return {
    onOpen: function () { ui().createAddonMenu().addItem('Ask twice', 'askTwice').addToUi(); },
    askTwice: function () {
      ui().alert('Starting.');
      var first = ui().alert('Title', 'First?', ui().ButtonSet.YES_NO);
      var name = ui().prompt('Name?', ui().ButtonSet.OK_CANCEL);
      SpreadsheetApp.getActiveSpreadsheet().toast('Done', 'Ask', 3);
      ui().alert((first === ui().Button.YES ? 'yes' : 'no') + ', ' + name.getResponseText());
      return name.getResponseText();
    },
    wraps: function () {
      try { ui().alert('Sure?', ui().ButtonSet.YES_NO); } catch (e) { throw new Error('wrapped: ' + e.message); }
      return 'answered';
    },
    returnsDate: function () { return { plan: { savedAt: new Date(0) } }; },
    returnsNothing: function () {},
    echo: function (value) { return { realm: value instanceof Array, value: value }; },
    dialog: function () { ui().showModalDialog(HtmlService.createHtmlOutput('<p>hi</p>').setWidth(400), 'Hello'); },
    fails: function () { throw new Error('It broke.'); },
    now: function () { return new Date().toISOString(); }
  };
})();
function onOpen() { return AddOn.onOpen.apply(this, arguments); }
function askTwice() { return AddOn.askTwice.apply(this, arguments); }
function wraps() { return AddOn.wraps.apply(this, arguments); }
function returnsDate() { return AddOn.returnsDate.apply(this, arguments); }
function returnsNothing() { return AddOn.returnsNothing.apply(this, arguments); }
function echo(value) { return AddOn.echo.apply(this, arguments); }
function dialog() { return AddOn.dialog.apply(this, arguments); }
function fails() { return AddOn.fails.apply(this, arguments); }
function now() { return AddOn.now.apply(this, arguments); }
`;

function distWith(code: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-preview-runtime-'));
  writeFileSync(join(dir, 'Code.js'), code);
  return dir;
}

describe('PreviewRuntime', () => {
  const runtime = () => new PreviewRuntime({ distDir: distWith(CODE) });

  test('runs onOpen on load and lists the globals of AddOn', () => {
    const rt = runtime();
    expect(rt.state().menu).toEqual({
      title: 'KPI Tree Builder',
      items: [{ caption: 'Ask twice', functionName: 'askTwice' }],
    });
    expect(rt.globals()).toEqual(expect.arrayContaining(['askTwice', 'echo', 'fails']));
  });

  test('each question ends an attempt; the replay answers them in order; OK alerts are reported once', () => {
    const rt = runtime();
    const first = rt.run('askTwice');
    expect(first).toEqual(
      expect.objectContaining({
        status: 'question',
        question: { kind: 'alert', title: 'Title', prompt: 'First?', buttons: ['YES', 'NO'] },
        alerts: [],
      }),
    );
    const second = rt.run('askTwice', [], [{ button: 'YES', prompt: 'First?' }]);
    expect(second.question).toEqual({
      kind: 'prompt',
      title: null,
      prompt: 'Name?',
      buttons: ['OK', 'CANCEL'],
    });
    const done = rt.run('askTwice', [], [{ button: 'YES' }, { button: 'OK', text: 'Q3 plan' }]);
    expect(done).toEqual({
      status: 'done',
      result: 'Q3 plan',
      alerts: [
        { title: null, message: 'Starting.' },
        { title: null, message: 'yes, Q3 plan' },
      ],
      toasts: [{ message: 'Done', title: 'Ask', timeoutSeconds: 3 }],
      opened: [],
    });
  });

  test('a question is still a question when the add-on wraps the error', () => {
    const rt = runtime();
    expect(rt.run('wraps')).toEqual(expect.objectContaining({ status: 'question' }));
    expect(rt.run('wraps', [], [{ button: 'NO' }])).toEqual(expect.objectContaining({ result: 'answered' }));
  });

  test('results must be JSON: a Date is an error, as google.script.run cannot carry it', () => {
    const rt = runtime();
    const report = rt.run('returnsDate');
    expect(report.status).toBe('error');
    expect(report.error).toMatch(/result\.plan\.savedAt is a Date/);
    expect(rt.run('returnsNothing')).toEqual(expect.objectContaining({ status: 'done' }));
    expect(rt.run('returnsNothing')).not.toHaveProperty('result');
  });

  test('arguments arrive as plain data of the script realm', () => {
    const report = runtime().run('echo', [[1, 'two', { three: 3 }]]);
    expect(report.result).toEqual({ realm: true, value: [1, 'two', { three: 3 }] });
  });

  test('errors, unknown names and HTML dialogs', () => {
    const rt = runtime();
    expect(rt.run('fails')).toEqual(expect.objectContaining({ status: 'error', error: 'It broke.' }));
    expect(rt.run('process')).toEqual(expect.objectContaining({ status: 'error' }));
    const shown = rt.run('dialog');
    expect(shown.opened).toEqual([{ kind: 'modal', title: 'Hello', index: 0, width: 400, height: null }]);
    expect(rt.shownHtml(0)).toBe('<p>hi</p>');
    expect(rt.state().sidebar).toBeNull();
  });

  test('the add-on sees the clock it is given, else the real clock when the workbook is set', () => {
    const pinned = new PreviewRuntime({ distDir: distWith(CODE), now: NOW });
    expect(pinned.run('now').result).toBe(new Date(NOW).toISOString());
    // npm start passes no clock, so its sample plan starts from today.
    const before = Date.now();
    const rt = runtime();
    const after = Date.now();
    const shown = Date.parse(rt.run('now').result as string);
    expect(shown).toBeGreaterThanOrEqual(before);
    expect(shown).toBeLessThanOrEqual(after);
  });

  test('Code.js may not touch a service while it loads', () => {
    const dist = distWith('var ui = SpreadsheetApp.getUi();\nvar AddOn = {};');
    expect(() => new PreviewRuntime({ distDir: dist })).toThrow(/touched SpreadsheetApp while loading/);
  });
});
