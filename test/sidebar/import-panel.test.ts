/**
 * The "Import CRM export…" panel against a fake server: pick or paste an export, see what was
 * recognised, correct the columns and values, import in chunks with progress, recover from a failed
 * chunk, in English and in Japanese, at 300 px.
 */
import type { Page } from 'playwright-core';
import type { ImportChoice, ImportProblem } from '../../src/core/import/types';
import { defaultPlan } from '../../src/core/plan-defaults';
import { describeInBrowser } from './support/browser';
import {
  fakeCalls,
  fakeInit,
  fakeScript,
  patchFakeServer,
  TODAY,
  type FakeScript,
} from './support/fake-server';
import {
  HUBSPOT_HEADERS,
  hubspotCsv,
  hubspotPreview,
  hubspotRows,
  shiftJis,
  toCsv,
} from './support/import-files';
import { screenshot, scrollWidth, sidebarSuite, textOf } from './support/sidebar';

type ApplyArgs = [string, string[][], ImportChoice];

const DUPLICATES: ImportProblem = {
  code: 'duplicate',
  count: 2,
  examples: ['row 7: P6@example.com', 'row 9: <b>p8@example.com</b>'],
  message: { en: 'Duplicate emails merged', ja: 'メールアドレスが重複していたためまとめた行' },
};

const importScript = (lang: 'en' | 'ja', patch: Partial<FakeScript> = {}) =>
  fakeScript(fakeInit(lang, 'import', defaultPlan(lang, TODAY)), {
    importPreview: hubspotPreview(),
    importProblems: [DUPLICATES],
    ...patch,
  });

async function pickFiles(page: Page, files: { name: string; text: string | Buffer }[]): Promise<void> {
  await page.setInputFiles(
    '#import-files',
    files.map((f) => ({
      name: f.name,
      mimeType: 'text/csv',
      buffer: typeof f.text === 'string' ? Buffer.from(f.text, 'utf8') : f.text,
    })),
  );
}

const selectedText = (page: Page, selector: string) =>
  page.$eval(selector, (s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');

/** The label and the picked option of every value-map row of one map. */
const mapRows = (page: Page, map: string) =>
  page.$$eval(`#import-map-${map} .map-row`, (rows) =>
    rows.map((r) => [
      r.querySelector('label')?.textContent ?? '',
      (r.querySelector('select') as HTMLSelectElement).selectedOptions[0]?.textContent ?? '',
    ]),
  );

const applyCalls = async (page: Page) =>
  (await fakeCalls(page, 'applyImport')).map((c) => c.args as ApplyArgs);

describeInBrowser('sidebar: import a CRM export', () => {
  const suite = sidebarSuite();

  test('a HubSpot export: detection shown, a column and values remapped, imported with the choice', async () => {
    const { page, errors, requests } = await suite.open(importScript('en'), '#import-heading');
    expect(await textOf(page, '#import-heading')).toBe('Import a CRM export');
    expect(await page.title()).toBe('Import CRM export');
    expect(await textOf(page, '#import-plan')).toBe('Actuals for the plan "Marketing plan".');
    await screenshot(page, 'import-en-pick');

    await pickFiles(page, [{ name: 'hubspot-contacts.csv', text: hubspotCsv(20) }]);
    await page.waitForSelector('#import-summary');
    expect(await textOf(page, '#import-file')).toBe('hubspot-contacts.csv');
    expect(await textOf(page, '#import-read-as')).toBe('UTF-8, comma-separated');
    expect(await textOf(page, '#import-tool')).toBe('HubSpot (92% match)');
    expect(await textOf(page, '#import-kind-found')).toBe('Contacts');
    expect(await textOf(page, '#import-rows')).toBe('20');
    expect(await page.isVisible('#import-partial')).toBe(false);
    expect(await textOf(page, '#import-problems li[data-code="inferred"] .message')).toBe(
      'Earlier stages inferred from a later date',
    );
    expect(await textOf(page, '#import-problems li[data-code="inferred"] .count')).toBe('12 rows');
    expect(await textOf(page, '#import-problems li[data-code="badDate"]')).toBe(
      '1 dates could not be read and were left empty.row 9: 31/31/2026',
    ); // no second count where the message says it
    expect(await textOf(page, '#import-problems li[data-code="noKey"] .count')).toBe('1 row');
    const inferred = '#import-problems li[data-code="inferred"] .examples li';
    expect(await page.$$eval(inferred, (li) => li.map((x) => x.textContent))).toEqual([
      'row 4: customer without an MQL date',
      'row 8: =cmd|" /C calc"!A0',
    ]);
    expect(await textOf(page, '#import-counting')).toMatch(
      /^Each stage counts in the month its date was reached/,
    );

    // The server saw the rows as parsed: header first, a quoted line break and a formula-like cell as text.
    const [preview] = await fakeCalls(page, 'previewImport');
    const [fileName, rows] = preview.args as [string, string[][]];
    expect(fileName).toBe('hubspot-contacts.csv');
    expect(rows[0]).toEqual(HUBSPOT_HEADERS);
    expect(rows).toHaveLength(21);
    expect(rows[1][1]).toBe('=HYPERLINK("http://evil.example","click")');
    expect(rows[2][1]).toBe('Line one\nline two');
    expect(rows[3][2]).toBe('<img src=x onerror=alert(1)>@example.com');

    // Pre-selected from the preview's mapping; the values of the mapped columns listed with their targets.
    expect(await selectedText(page, '#import-col-email')).toBe('Email');
    expect(await selectedText(page, '#import-col-sqlDate')).toBe('(not in the file)');
    expect(await mapRows(page, 'stages')).toEqual([
      ['lead', 'Leads'],
      ['marketingqualifiedlead', 'MQL'],
      ['opportunity', 'Opportunities'],
      ['customer', 'Won deals'],
    ]);
    expect(await mapRows(page, 'channels')).toEqual([
      ['Paid Search', 'Paid search'],
      ['Organic Search', '(unassigned)'],
      ['Paid Social', 'Social ads'],
      ['Offline Sources', '(unassigned)'],
    ]);

    // The lead status column instead: its values are listed from the file, mapped to no stage yet.
    await page.selectOption('#import-col-lifecycle', { label: 'Lead Status' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-col-lifecycle');
    expect(await textOf(page, '#import-map-stages summary')).toBe('Lead Status → plan stage');
    expect(await mapRows(page, 'stages')).toEqual([
      ['New', '— not a stage —'],
      ['Open', '— not a stage —'],
      ['In progress', '— not a stage —'],
    ]);
    await page.selectOption('#import-map-stages-0', 'leads');
    await page.selectOption('#import-map-stages-2', 'mql');
    await page.selectOption('#import-map-channels-1', 'ch3');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(300);
    await screenshot(page, 'import-en-preview');

    await page.click('#import-run');
    await page.waitForSelector('#import-done');
    const calls = await applyCalls(page);
    expect(calls).toHaveLength(1);
    const [sentName, sentRows, choice] = calls[0];
    expect(sentName).toBe('hubspot-contacts.csv');
    expect(sentRows).toEqual(rows);
    expect(choice.kind).toBe('contacts');
    expect(choice.tool).toBe('hubspot');
    expect(choice.mapping).toEqual({ ...hubspotPreview().mapping, lifecycle: 4 });
    expect(choice.maps.stages).toMatchObject({ New: 'leads', Open: '', 'In progress': 'mql' });
    expect(choice.maps.channels).toEqual({
      'Paid Search': 'ch1',
      'Organic Search': 'ch3',
      'Paid Social': 'ch2',
      'Offline Sources': '',
    });
    expect(choice.upload).toEqual({ id: expect.stringMatching(/^[0-9a-f]{24}$/), index: 0, total: 1 });

    expect(await textOf(page, '#import-done')).toBe('20 contacts written to the sheet "CRM contacts".');
    expect(await textOf(page, '#import-report-file')).toBe('hubspot-contacts.csv');
    expect(await textOf(page, '#import-report-records')).toBe('20');
    expect(await textOf(page, '#import-report-sheet')).toBe('CRM contacts');
    expect(await textOf(page, '#import-report-problems li .message')).toBe('Duplicate emails merged');
    expect(await textOf(page, '#import-report-problems li .count')).toBe('2 rows');
    expect(await textOf(page, '#import-report-problems .examples li:last-child')).toBe(
      'row 9: <b>p8@example.com</b>',
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-status');
    await screenshot(page, 'import-en-done');

    await page.click('#import-another');
    await page.waitForSelector('#import-files');
    expect(await page.$('img')).toBeNull(); // nothing from the file ever became markup
    expect(requests).toEqual([suite.url]);
    expect(errors).toEqual([]);
  });

  test('a 5,001-row export: previewed on 5,000 rows, imported in 3 chunks with progress, sent once', async () => {
    const { page } = await suite.open(importScript('en', { delayMs: 250 }), '#import-heading');
    const all = hubspotRows(5001);
    await pickFiles(page, [{ name: 'big.csv', text: toCsv([HUBSPOT_HEADERS, ...all]) }]);
    await page.waitForSelector('#import-summary');
    expect(await textOf(page, '#import-partial')).toBe(
      'Checked the first 5,000 of 5,001 rows; Import sends all of them.',
    );
    const [preview] = await fakeCalls(page, 'previewImport');
    expect((preview.args[1] as string[][]).length).toBe(5001);

    await page.dblclick('#import-run');
    await page.waitForFunction(
      () => document.getElementById('import-progress-text')?.textContent === 'Importing 2 of 3…',
    );
    expect(await page.isDisabled('#import-run')).toBe(true);
    expect(await textOf(page, '#import-run')).toBe('Importing…');
    expect(await page.isDisabled('#import-col-email')).toBe(true);
    expect(await page.$eval('#import-progress', (p) => (p as HTMLProgressElement).value)).toBe(1);
    await screenshot(page, 'import-en-progress');
    await page.click('#import-run', { force: true });
    await page.waitForSelector('#import-done');

    const calls = await applyCalls(page);
    expect(calls).toHaveLength(3);
    expect(calls.map(([, rows]) => rows.length)).toEqual([2001, 2001, 1002]);
    for (const [, rows] of calls) expect(rows[0]).toEqual(HUBSPOT_HEADERS);
    expect(calls.flatMap(([, rows]) => rows.slice(1))).toEqual(all);
    const uploads = calls.map(([, , choice]) => choice.upload);
    expect(new Set(uploads.map((u) => u?.id)).size).toBe(1);
    expect(uploads.map((u) => [u?.index, u?.total])).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
    ]);
    expect(await textOf(page, '#import-done')).toBe('5,001 contacts written to the sheet "CRM contacts".');
  });

  test('a failure on chunk 2 is shown with the choices kept; Retry continues with chunk 2', async () => {
    const { page } = await suite.open(
      importScript('en', { failImportChunk: { index: 1, message: 'Exceeded maximum execution time.' } }),
      '#import-heading',
    );
    await pickFiles(page, [{ name: 'big.csv', text: hubspotCsv(5001) }]);
    await page.waitForSelector('#import-summary');
    await page.selectOption('#import-map-channels-1', 'ch3');
    await page.click('#import-run');
    await page.waitForSelector('#import-status.failure');
    expect(await textOf(page, '#import-status p')).toBe(
      'The import stopped at part 2 of 3: Exceeded maximum execution time. Your choices are kept; Retry continues with part 2.',
    );
    expect(await textOf(page, '#import-run')).toBe('Retry');
    expect(await page.isDisabled('#import-run')).toBe(false);
    expect(await page.inputValue('#import-map-channels-1')).toBe('ch3');
    await screenshot(page, 'import-en-failed');

    await patchFakeServer(page, { failImportChunk: null });
    await page.click('#import-run');
    await page.waitForSelector('#import-done');
    const uploads = (await applyCalls(page)).map(([, , choice]) => choice.upload);
    expect(uploads.map((u) => u?.index)).toEqual([0, 1, 1, 2]);
    expect(new Set(uploads.map((u) => u?.id)).size).toBe(1);
    expect(await textOf(page, '#import-done')).toBe('5,001 contacts written to the sheet "CRM contacts".');
  });

  test('a chunk that fails twice in a row is sent again from the start', async () => {
    // As when the server kept part 2 but its answer was lost: it refuses the same part a second time.
    const { page } = await suite.open(
      importScript('en', { failImportChunk: { index: 1, message: 'Part of the upload went missing.' } }),
      '#import-heading',
    );
    await pickFiles(page, [{ name: 'big.csv', text: hubspotCsv(4500) }]);
    await page.waitForSelector('#import-summary');
    await page.click('#import-run');
    await page.waitForSelector('#import-status.failure');
    await page.click('#import-run');
    await page.waitForFunction(() =>
      document.querySelector('#import-status.failure p')?.textContent?.startsWith('Part 2 of 3 failed again'),
    );
    expect(await textOf(page, '#import-status p')).toBe(
      'Part 2 of 3 failed again: Part of the upload went missing. Your choices are kept; Retry sends the file again from the start.',
    );
    await patchFakeServer(page, { failImportChunk: null });
    await page.click('#import-run');
    await page.waitForSelector('#import-done');
    const uploads = (await applyCalls(page)).map(([, , choice]) => choice.upload);
    expect(uploads.map((u) => u?.index)).toEqual([0, 1, 1, 0, 1, 2]);
    expect(uploads[3]?.id).not.toBe(uploads[0]?.id);
  });

  test('a chunk the server refuses is explained, and Retry sends the file again from the start', async () => {
    const message = 'Part of the upload went missing. Nothing was replaced: start the import again.';
    const { page } = await suite.open(
      importScript('en', { failImportChunk: { index: 1, message, refused: true } }),
      '#import-heading',
    );
    await pickFiles(page, [{ name: 'big.csv', text: hubspotCsv(4500) }]);
    await page.waitForSelector('#import-summary');
    await page.click('#import-run');
    await page.waitForSelector('#import-status.failure');
    expect(await textOf(page, '#import-status p')).toBe(
      `Not imported: ${message} Your choices are kept; Retry sends the file again from the start.`,
    );
    await patchFakeServer(page, { failImportChunk: null });
    await page.click('#import-run');
    await page.waitForSelector('#import-done');
    const uploads = (await applyCalls(page)).map(([, , choice]) => choice.upload);
    expect(uploads.map((u) => u?.index)).toEqual([0, 1, 0, 1, 2]);
    expect(uploads[2]?.id).not.toBe(uploads[0]?.id);
    expect(await textOf(page, '#import-done')).toBe('4,500 contacts written to the sheet "CRM contacts".');
  });

  test('after a failure, a changed choice starts a new upload from the first chunk', async () => {
    const { page } = await suite.open(
      importScript('en', { failImportChunk: { index: 1, message: 'Timed out.' } }),
      '#import-heading',
    );
    await pickFiles(page, [{ name: 'big.csv', text: hubspotCsv(4500) }]);
    await page.waitForSelector('#import-summary');
    await page.click('#import-run');
    await page.waitForSelector('#import-status.failure');
    await patchFakeServer(page, { failImportChunk: null });
    await page.selectOption('#import-map-stages-0', '');
    expect(await textOf(page, '#import-run')).toBe('Import');
    expect(await page.isVisible('#import-status')).toBe(false);
    await page.click('#import-run');
    await page.waitForSelector('#import-done');
    const uploads = (await applyCalls(page)).map(([, , choice]) => choice.upload);
    expect(uploads.map((u) => u?.index)).toEqual([0, 1, 0, 1, 2]);
    expect(uploads[2]?.id).not.toBe(uploads[0]?.id);
    const last = (await applyCalls(page))[4][2];
    expect(last.maps.stages.lead).toBe('');
  });

  test('Japanese: an Excel "Unicode text" export, the preview and the report in Japanese', async () => {
    const headers = [
      'レコード ID',
      '名',
      'Eメール',
      'ライフサイクルステージ',
      'リードステータス',
      '元のソース',
      '作成日',
    ];
    const values = ['リード', 'マーケティングクオリファイドリード', '顧客'];
    const rows = Array.from({ length: 30 }, (_, i) => [
      String(i + 1),
      `山田${i}`,
      `yamada${i}@example.jp`,
      values[i % 3],
      '新規',
      i % 2 ? '有料検索' : 'オフラインソース',
      '2026/04/01',
    ]);
    const text = [headers, ...rows].map((r) => r.join('\t')).join('\r\n') + '\r\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const { page, errors } = await suite.open(
      importScript('ja', {
        importPreview: hubspotPreview({
          mapping: { id: 0, email: 2, lifecycle: 3, source: 5, created: 6 },
          dateOrderAsked: true,
          maps: {
            stages: { リード: 'leads', マーケティングクオリファイドリード: 'mql', 顧客: 'won' },
            outcomes: {},
            channels: { 有料検索: 'ch1' },
          },
          values: { stages: values, outcomes: [], channels: ['有料検索', 'オフラインソース'] },
        }),
      }),
      '#import-heading',
    );
    expect(await textOf(page, '#import-heading')).toBe('CRM エクスポートの取り込み');
    await screenshot(page, 'import-ja-pick');

    await pickFiles(page, [{ name: 'コンタクト.txt', text: utf16 }]);
    await page.waitForSelector('#import-summary');
    expect(await textOf(page, '#import-file')).toBe('コンタクト.txt');
    expect(await textOf(page, '#import-read-as')).toBe('UTF-16・タブ区切り');
    expect(await textOf(page, '#import-tool')).toBe('HubSpot（一致度 92%）');
    expect(await textOf(page, '#import-kind-found')).toBe('コンタクト');
    expect(await textOf(page, '#import-problems li .message')).toBe('後の段階の日付から前の段階を推定した行');
    expect(await textOf(page, '#import-problems li .count')).toBe('12 行');
    expect(await textOf(page, '#import-map-stages summary')).toBe('ライフサイクルステージ → 計画の段階');
    expect(await mapRows(page, 'stages')).toEqual([
      ['リード', 'リード'],
      ['マーケティングクオリファイドリード', 'MQL'],
      ['顧客', '受注'],
    ]);
    const [preview] = await fakeCalls(page, 'previewImport');
    expect((preview.args[1] as string[][])[0]).toEqual(headers);
    expect((preview.args[1] as string[][])[1]).toEqual(rows[0]);

    // The dates fit either order: the panel asks, and the answer is sent.
    expect(await selectedText(page, '#import-date-order')).toBe('月/日/年：4/1 は 4月1日');
    await page.selectOption('#import-date-order', 'dmy');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(300);
    await screenshot(page, 'import-ja-preview');

    // Switching language keeps the file and every choice.
    await page.click('#lang-en');
    expect(await textOf(page, '#import-tool')).toBe('HubSpot (92% match)');
    expect(await page.inputValue('#import-date-order')).toBe('dmy');
    await page.click('#lang-ja');

    await page.click('#import-run');
    await page.waitForSelector('#import-done');
    expect(await textOf(page, '#import-done')).toBe(
      'シート「CRM contacts」にコンタクト 30 件を書き込みました。',
    );
    expect(await textOf(page, '#import-report-problems li .message')).toBe(
      'メールアドレスが重複していたためまとめた行',
    );
    const [[, , choice]] = await applyCalls(page);
    expect(choice.dateOrder).toBe('dmy');
    expect(choice.maps.channels).toEqual({ 有料検索: 'ch1', オフラインソース: '' });
    await screenshot(page, 'import-ja-done');
    expect(errors).toEqual([]);
  });

  test('Japanese deals in Shift_JIS: deal stages mapped to won, lost or open', async () => {
    const headers = ['取引名', '取引ステージ', '金額', 'クローズ日', '元のソース'];
    const stages = ['受注', '失注', '商談中', '提案'];
    const rows = stages.map((stage, i) => [
      `株式会社サンプル${i}`,
      stage,
      '1,200,000',
      '2026/04/30',
      '展示会',
    ]);
    const csv = toCsv([headers, ...rows]);
    const { page, errors } = await suite.open(
      importScript('ja', {
        importPreview: hubspotPreview({
          kind: 'deals',
          tool: 'generic',
          confidence: 0.7,
          mapping: { name: 0, stage: 1, amount: 2, closeDate: 3, source: 4 },
          maps: { stages: {}, outcomes: { 受注: 'won', 失注: 'lost' }, channels: {} },
          values: { stages: [], outcomes: stages, channels: ['展示会'] },
          problems: [],
        }),
      }),
      '#import-heading',
    );
    await pickFiles(page, [{ name: '商談.csv', text: shiftJis(csv) }]);
    await page.waitForSelector('#import-summary');
    expect(await textOf(page, '#import-read-as')).toBe('Shift_JIS・カンマ区切り');
    expect(await textOf(page, '#import-kind-found')).toBe('取引');
    expect(await textOf(page, '#import-problems')).toBe('問題は見つかりませんでした。');
    const [preview] = await fakeCalls(page, 'previewImport');
    expect(preview.args[1]).toEqual([headers, ...rows]);
    expect(await selectedText(page, '#import-col-closeDate')).toBe('クローズ日');
    expect(await textOf(page, '#import-map-outcomes summary')).toBe('取引ステージ → 受注・失注・進行中');
    expect(await mapRows(page, 'outcomes')).toEqual([
      ['受注', '受注'],
      ['失注', '失注'],
      ['商談中', '進行中'],
      ['提案', '進行中'],
    ]);
    expect(await page.$('#import-map-stages')).toBeNull();
    await page.selectOption('#import-map-outcomes-3', 'lost');
    await page.selectOption('#import-map-channels-0', 'ch4');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(300);
    await screenshot(page, 'import-ja-deals');

    await page.click('#import-run');
    await page.waitForSelector('#import-done');
    expect(await textOf(page, '#import-done')).toBe('シート「CRM deals」に取引 4 件を書き込みました。');
    const [[, , choice]] = await applyCalls(page);
    expect(choice.kind).toBe('deals');
    expect(choice.mapping).toEqual({ name: 0, stage: 1, amount: 2, closeDate: 3, source: 4 });
    expect(choice.maps.outcomes).toEqual({ 受注: 'won', 失注: 'lost', 商談中: 'open', 提案: 'lost' });
    expect(choice.maps.channels).toEqual({ 展示会: 'ch4' });
    expect(errors).toEqual([]);
  });

  test('two files are checked and imported one after the other', async () => {
    const { page } = await suite.open(importScript('en'), '#import-heading');
    await pickFiles(page, [
      { name: 'contacts.csv', text: hubspotCsv(3) },
      { name: 'empty.csv', text: '' },
      { name: 'contacts-2.csv', text: hubspotCsv(5) },
    ]);
    await page.waitForSelector('#import-summary');
    expect(await textOf(page, '#import-summary .file .hint')).toBe('File 1 of 2');
    expect(await textOf(page, '#import-skipped')).toBe('No rows in empty.csv.');
    await page.click('#import-run');
    await page.waitForSelector('#import-done');
    expect(await textOf(page, '#import-another')).toBe('Next file: contacts-2.csv');
    await page.click('#import-another');
    await page.waitForFunction(
      () => document.getElementById('import-file')?.textContent === 'contacts-2.csv',
    );
    expect(await textOf(page, '#import-summary .file .hint')).toBe('File 2 of 2');
    await page.click('#import-run');
    await page.waitForSelector('#import-done');
    expect(await textOf(page, '#import-another')).toBe('Import another file');
    const names = (await applyCalls(page)).map(([name]) => name);
    expect(names).toEqual(['contacts.csv', 'contacts-2.csv']);
    const ids = (await applyCalls(page)).map(([, , c]) => c.upload?.id);
    expect(ids[0]).not.toBe(ids[1]);
  });

  test('pasted rows by keyboard; an empty file and a failed check are explained', async () => {
    const { page } = await suite.open(
      importScript('en', { fail: { previewImport: 'Server busy.' } }),
      '#import-heading',
    );
    // Keyboard order: language switch, then the file picker, then the paste box.
    await page.focus('#lang-ja');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-files');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-paste');

    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // "Use pasted rows" with nothing pasted
    expect(await textOf(page, '#import-pick-errors')).toBe('Paste some rows first.');

    await pickFiles(page, [{ name: 'only-header.csv', text: 'Email,Lifecycle Stage\r\n' }]);
    await page.waitForSelector('#import-pick-errors');
    expect(await textOf(page, '#import-pick-errors')).toBe(
      'Only a header row in only-header.csv, no records.',
    );

    const pasted = 'Email\tLifecycle Stage\tOriginal Source\na@example.com\tlead\tPaid Search\n';
    await page.fill('#import-paste', pasted);
    await page.focus('#import-use-pasted');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#import-status.failure');
    expect(await textOf(page, '#import-status p')).toBe(
      'The file could not be checked: Server busy. Try again, or choose another file.',
    );
    expect(await page.inputValue('#import-paste')).toBe(pasted);

    await patchFakeServer(page, {
      fail: {},
      importPreview: hubspotPreview({
        tool: 'generic',
        confidence: 0.4,
        mapping: { email: 0, lifecycle: 1, source: 2 },
      }),
    });
    await page.click('#import-check-again');
    await page.waitForSelector('#import-summary');
    expect(await textOf(page, '#import-file')).toBe('Pasted rows');
    expect(await textOf(page, '#import-read-as')).toBe('pasted text, tab-separated');
    expect(await textOf(page, '#import-tool')).toBe('Generic export (40% match)');
    expect(await page.isVisible('#import-summary .warning')).toBe(true);
    expect(await selectedText(page, '#import-col-source')).toBe('Original Source');
    const calls = await fakeCalls(page, 'previewImport');
    expect(calls).toHaveLength(2);
    expect(calls[1].args).toEqual([
      'Pasted rows',
      [
        ['Email', 'Lifecycle Stage', 'Original Source'],
        ['a@example.com', 'lead', 'Paid Search'],
      ],
    ]);
    // The Import button is reachable from the last select.
    await page.focus('#import-map-channels .map-row:last-child select');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-run');
  });

  test('a sheet of this spreadsheet: the second one picked, a refusal shown in Japanese, the rows checked', async () => {
    const init = {
      ...fakeInit('ja', 'import', defaultPlan('ja', TODAY)),
      importSheets: ['エクスポート', '顧客'],
    };
    const { page, errors } = await suite.open(
      fakeScript(init, {
        importPreview: hubspotPreview(),
        fail: {
          importSheetRows: 'シート「顧客」は計画のシートです。エクスポートを入れたシートを選んでください。',
        },
      }),
      '#import-heading',
    );
    expect(await page.$$eval('#import-sheet option', (o) => o.map((x) => x.textContent))).toEqual([
      'エクスポート',
      '顧客',
    ]);
    await page.selectOption('#import-sheet', '顧客');
    await page.click('#import-use-sheet');
    await page.waitForSelector('#import-pick-errors');
    expect(await textOf(page, '#import-pick-errors')).toBe(
      '顧客 を読み込めませんでした：シート「顧客」は計画のシートです。エクスポートを入れたシートを選んでください。',
    );
    expect((await fakeCalls(page, 'importSheetRows')).map((c) => c.args)).toEqual([['顧客']]);
    // The server answers with rows now: they are checked as a file would be.
    const sheetRows = [
      ['Email', 'Lifecycle Stage'],
      ['a@example.com', 'lead'],
    ];
    await patchFakeServer(page, { fail: {}, sheetRows });
    await page.click('#import-use-sheet');
    await page.waitForSelector('#import-summary');
    expect(await textOf(page, '#import-file')).toBe('顧客');
    expect(await textOf(page, '#import-read-as')).toBe('このスプレッドシートのシート');
    expect(errors).toEqual([]);
  });
});
