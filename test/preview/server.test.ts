/** The preview server over HTTP: the real Code.js driven by menu clicks, cell edits and google.script.run. */
import { request } from 'node:http';
import { startPreview, type Preview } from '../../tools/preview/server';
import { NOW } from '../support/clock';
import { INPUT_HELP } from '../../src/core/catalog/sheets';
import { buildPrivateDist, cellText, getState, post } from './helpers';

const PLAN_SHEETS = ['KPI Tree', 'Monthly Targets', 'Actuals', 'Dashboard', 'Checklist', 'KPI Tracker'];
// KPI Tree: B18 is the Opportunities -> Won deals rate (the win rate), F6 the leads target.
const WIN_RATE = { sheet: 'KPI Tree', row: 18, col: 2 };
const LEADS = ['KPI Tree', 6, 6] as const;

let distDir: string;
let preview: Preview;
let base: string;

beforeAll(() => {
  distDir = buildPrivateDist();
});

beforeEach(async () => {
  preview = await startPreview({ port: 0, distDir, now: NOW });
  base = preview.url;
});

afterEach(async () => {
  await preview.close();
});

/** A raw request, for headers fetch will not let us set. */
function raw(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string }> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('preview server', () => {
  test('listens on 127.0.0.1 only and serves a page that loads nothing from the network', async () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(base);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).toContain('src="/page.js"');
    const js = await (await fetch(new URL('/page.js', base))).text();
    const css = await (await fetch(new URL('/page.css', base))).text();
    expect(js.length).toBeGreaterThan(1000);
    // The only absolute URL is the SVG namespace, which is a name, not a request.
    const urls = `${html}\n${js}\n${css}`.match(/https?:\/\/[^\s"'`)]+/g) ?? [];
    expect(urls.filter((u) => !u.startsWith('http://www.w3.org/2000/svg'))).toEqual([]);
  });

  test('the state starts with the add-on menu from onOpen and one empty sheet', async () => {
    const state = await getState(base);
    expect(state.locale).toBe('en_US');
    expect(state.menu.items).toEqual(
      expect.arrayContaining([{ caption: 'Create sample plan', functionName: 'createSamplePlan' }]),
    );
    expect(state.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(state.sidebar).toBeNull();
  });

  test('a menu action creates the sample plan: six sheets, a toast, 22,223 leads', async () => {
    const { status, body } = await post(base, '/api/menu', { functionName: 'createSamplePlan' });
    expect(status).toBe(200);
    expect(body.status).toBe('done');
    expect(body.toasts.at(-1)).toEqual(
      expect.objectContaining({ message: expect.stringContaining('6 sheets') }),
    );
    expect(body.state.workbook.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(PLAN_SHEETS));
    expect(cellText(body.state, ...LEADS)).toBe('22,223');
    // The user lands on the KPI Tree, where the plan starts.
    expect(body.state.workbook.activeSheet).toBe('KPI Tree');
    const kpi = body.state.workbook.sheets.find((s) => s.name === 'KPI Tree');
    expect(kpi?.columnWidths[1]).toBeGreaterThan(100);
    expect(kpi?.cells[5][5]).toEqual(expect.objectContaining({ kind: 'number', formula: true, bold: true }));
    expect(kpi?.cells[17][1]).toEqual(
      expect.objectContaining({ text: '20.0%', input: '20%', background: '#fff2cc' }),
    );
  });

  test('typing into a cell recomputes every formula that depends on it', async () => {
    await post(base, '/api/menu', { functionName: 'createSamplePlan' });
    const { body } = await post(base, '/api/cell', { ...WIN_RATE, value: '25%' });
    expect(cellText(body.state, 'KPI Tree', 18, 2)).toBe('25.0%');
    expect(cellText(body.state, ...LEADS)).toBe('17,778');
    expect(cellText(body.state, 'KPI Tree', 6, 3)).toBe('200');
    expect(body.refused).toBeNull();
    // A plain 25 on a rate would mean 2500%: the cell's rule refuses it and the reply says why.
    const refused = await post(base, '/api/cell', { ...WIN_RATE, value: '25' });
    expect(refused.body.refused).toBe(INPUT_HELP.rate.en);
    expect(cellText(refused.body.state, 'KPI Tree', 18, 2)).toBe('25.0%');
    const bad = await post(base, '/api/cell', { sheet: 'Nope', row: 1, col: 1, value: 'x' });
    expect(bad.status).toBe(400);
    expect((await post(base, '/api/cell', { ...WIN_RATE, row: 0, value: 'x' })).status).toBe(400);
  });

  test('a Yes/No question comes back to the page, and the action is replayed with the answer', async () => {
    await post(base, '/api/menu', { functionName: 'createSamplePlan' });
    await post(base, '/api/cell', { ...WIN_RATE, value: '25%' });

    const asked = await post(base, '/api/menu', { functionName: 'updateSheetsFromPlan' });
    expect(asked.body.status).toBe('question');
    const question = asked.body.question!;
    expect(question.buttons).toEqual(['YES', 'NO', 'CANCEL']);
    expect(question.prompt).toContain('differ from the stored plan');
    expect(cellText(asked.body.state, ...LEADS)).toBe('17,778'); // nothing written before the answer

    const cancelled = await post(base, '/api/menu', {
      functionName: 'updateSheetsFromPlan',
      answers: [{ button: 'CANCEL', prompt: question.prompt }],
    });
    expect(cancelled.body.status).toBe('done');
    expect(cancelled.body.alerts).toEqual([{ title: 'KPI Tree Builder', message: 'Nothing was changed.' }]);
    expect(cellText(cancelled.body.state, ...LEADS)).toBe('17,778');

    const restored = await post(base, '/api/menu', {
      functionName: 'updateSheetsFromPlan',
      answers: [{ button: 'NO', prompt: question.prompt }],
    });
    expect(restored.body.status).toBe('done');
    expect(cellText(restored.body.state, ...LEADS)).toBe('22,223');
    expect(cellText(restored.body.state, 'KPI Tree', 18, 2)).toBe('20.0%');

    // A replay that meets another question than the one answered does not answer it.
    await post(base, '/api/cell', { ...WIN_RATE, value: '25%' });
    const mismatch = await post(base, '/api/menu', {
      functionName: 'updateSheetsFromPlan',
      answers: [{ button: 'NO', prompt: 'Some other question?' }],
    });
    expect(mismatch.body.status).toBe('error');
    expect(mismatch.body.error).toMatch(/different question/);
    expect(cellText(mismatch.body.state, ...LEADS)).toBe('17,778');
  });

  test('the sample-exists question: No leaves the sheets, Yes rewrites them', async () => {
    await post(base, '/api/menu', { functionName: 'createSamplePlan' });
    const asked = await post(base, '/api/menu', { functionName: 'createSamplePlan' });
    expect(asked.body.question).toEqual(
      expect.objectContaining({
        kind: 'alert',
        buttons: ['YES', 'NO'],
        prompt: expect.stringContaining('already exists'),
      }),
    );
    const no = await post(base, '/api/menu', { functionName: 'createSamplePlan', answers: ['NO'] });
    expect(no.body.alerts.map((a) => a.message)).toEqual(['Nothing was changed.']);
    const yes = await post(base, '/api/menu', { functionName: 'createSamplePlan', answers: ['YES'] });
    expect(yes.body.status).toBe('done');
    expect(yes.body.toasts.map((t: { message: string }) => t.message)).toEqual([
      'Writing the plan sheets…',
      'Done.',
      expect.stringContaining('6 sheets'),
    ]);
  });

  test('google.script.run bridge: JSON in and out, failures carry the message', async () => {
    const init = await post(base, '/api/run', { name: 'sidebarInit', args: [] });
    expect(init.body.status).toBe('done');
    const result = init.body.result as { lang: string; mode: string; plan: { name: string } };
    expect(result).toEqual(expect.objectContaining({ lang: 'en', mode: 'new' }));

    const saved = await post(base, '/api/run', { name: 'saveDraft', args: [result.plan] });
    expect(saved.body.result).toEqual({ ok: true, savedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    const again = await post(base, '/api/run', { name: 'sidebarInit' });
    expect(again.body.result).toEqual(expect.objectContaining({ fromDraft: true }));

    const applied = await post(base, '/api/run', { name: 'applyPlan', args: [result.plan, 'new'] });
    expect(applied.body.status).toBe('done');
    expect(applied.body.result).toEqual(expect.objectContaining({ ok: true }));
    expect((await getState(base)).workbook.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(PLAN_SHEETS),
    );

    const failed = await post(base, '/api/run', { name: 'applyPlan', args: [result.plan, 'sideways'] });
    expect(failed.body).toEqual(expect.objectContaining({ status: 'error', error: 'Unknown wizard mode.' }));
    expect((await post(base, '/api/run', { name: 'eval', args: ['1'] })).status).toBe(404);
    expect((await post(base, '/api/run', { name: 'constructor' })).status).toBe(404);
    expect((await post(base, '/api/run', { name: 'sidebarInit', args: 'x' })).status).toBe(400);
  });

  test('a question raised inside a google.script.run call uses the same replay', async () => {
    const init = (await post(base, '/api/run', { name: 'sidebarInit' })).body.result as { plan: object };
    await post(base, '/api/run', { name: 'applyPlan', args: [init.plan, 'new'] });
    await post(base, '/api/cell', { sheet: 'KPI Tree', row: 6, col: 6, value: '99' }); // over a formula
    const asked = await post(base, '/api/run', { name: 'applyPlan', args: [init.plan, 'edit'] });
    expect(asked.body.status).toBe('question');
    expect(asked.body.question).toEqual(
      expect.objectContaining({ buttons: ['YES', 'NO'], prompt: expect.stringContaining('KPI Tree!F6: 99') }),
    );
    const answer = (button: string) => ({ button, prompt: asked.body.question!.prompt });
    const kept = await post(base, '/api/run', {
      name: 'applyPlan',
      args: [init.plan, 'edit'],
      answers: [answer('NO')],
    });
    expect(kept.body.result).toEqual(expect.objectContaining({ ok: false, message: 'Nothing was changed.' }));
    expect(cellText(await getState(base), ...LEADS)).toBe('99');
    const replaced = await post(base, '/api/run', {
      name: 'applyPlan',
      args: [init.plan, 'edit'],
      answers: [answer('YES')],
    });
    expect(replaced.body.result).toEqual(expect.objectContaining({ ok: true }));
    expect(cellText(await getState(base), ...LEADS)).toBe('22,223');
  });

  test('the locale switch relabels the menu and keeps the workbook', async () => {
    await post(base, '/api/menu', { functionName: 'createSamplePlan' });
    const { body } = await post(base, '/api/locale', { locale: 'ja' });
    expect(body.state.lang).toBe('ja');
    expect(body.state.menu.items.map((i) => i.caption)).toEqual(
      expect.arrayContaining(['サンプル計画を作成']),
    );
    expect(body.state.workbook.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(PLAN_SHEETS));
    const back = await post(base, '/api/locale', { locale: 'en_US' });
    expect(back.body.state.menu.items.map((i) => i.caption)).toContain('Create sample plan');
    expect((await post(base, '/api/locale', { locale: '<script>' })).status).toBe(400);
  });

  test('menu actions open the sidebar, served from dist with the google.script.run shim first', async () => {
    expect((await raw('/sidebar', {})).status).toBe(404);
    const { body } = await post(base, '/api/menu', { functionName: 'openNewPlanWizard' });
    expect(body.opened).toEqual([expect.objectContaining({ kind: 'sidebar', title: 'KPI Tree Builder' })]);
    expect(body.state.sidebar).toEqual(expect.objectContaining({ kind: 'sidebar' }));
    const response = await fetch(new URL('/sidebar', base));
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
    const html = await response.text();
    const shim = html.indexOf('window.__kpiPreview=');
    expect(shim).toBeGreaterThan(html.indexOf('<head>'));
    expect(shim).toBeLessThan(html.indexOf('google.script.run\n'));
    const closed = await post(base, '/api/sidebar/close', {});
    expect(closed.body.state.sidebar).toBeNull();
  });

  test('reset gives a fresh workbook; the test hook is off unless asked for', async () => {
    await post(base, '/api/menu', { functionName: 'createSamplePlan' });
    const { body } = await post(base, '/api/reset', {});
    expect(body.state.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(body.state.menu.items.length).toBeGreaterThan(3);
    expect(preview.env.spreadsheet.getSheets()).toHaveLength(1);
    expect((await post(base, '/api/test/setup', {})).status).toBe(404);
  });

  test('the test hook sets property stores and cells', async () => {
    const hooked = await startPreview({ port: 0, distDir, testHooks: true, now: NOW });
    try {
      const { status, body } = await post(hooked.url, '/api/test/setup', {
        documentProperties: { marker: 'yes' },
        cells: [{ sheet: 'Sheet1', row: 2, col: 3, value: '=1+2' }],
      });
      expect(status).toBe(200);
      expect(cellText(body.state, 'Sheet1', 2, 3)).toBe('3');
      expect(hooked.env.properties.document.getProperty('marker')).toBe('yes');
    } finally {
      await hooked.close();
    }
  });

  test('only this page may call: Host, Origin, content type and size are checked', async () => {
    const json = { 'content-type': 'application/json' };
    const reset = { method: 'POST', body: '{}' };
    expect(
      (await raw('/api/reset', { ...reset, headers: { ...json, host: 'evil.example:80' } })).status,
    ).toBe(403);
    expect(
      (await raw('/api/reset', { ...reset, headers: { ...json, origin: 'http://evil.example' } })).status,
    ).toBe(403);
    expect(
      (await raw('/api/reset', { ...reset, headers: { ...json, 'sec-fetch-site': 'cross-site' } })).status,
    ).toBe(403);
    expect((await raw('/api/reset', { ...reset, headers: { 'content-type': 'text/plain' } })).status).toBe(
      415,
    );
    expect((await raw('/api/reset', { method: 'POST', headers: json, body: '{nope' })).status).toBe(400);
    expect((await raw('/api/reset', { method: 'POST', headers: json, body: '[1]' })).status).toBe(400);
    const big = JSON.stringify({ functionName: 'x'.repeat(1024 * 1024 + 10) });
    expect((await raw('/api/menu', { method: 'POST', headers: json, body: big })).status).toBe(413);
    expect((await post(base, '/api/menu', { functionName: 'sidebarInit' })).status).toBe(404);
    expect(
      (await post(base, '/api/menu', { functionName: 'createSamplePlan', answers: ['MAYBE'] })).status,
    ).toBe(400);
    expect((await raw('/api/state', { method: 'DELETE' })).status).toBe(405);
    expect((await raw('/nothing-here', {})).status).toBe(404);
  });
});
