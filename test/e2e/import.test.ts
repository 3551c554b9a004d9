/**
 * The CRM import end to end through the preview: a plan from April 2026 exists; the user opens
 * "Import CRM export…", picks the contacts and the deals export at once, reads what was recognised,
 * imports both, and finds the Actuals counted from the records and the Dashboard's channel quality
 * filled. The counts expected are the ones counted by hand from the fixtures (see
 * test/core/import/fixtures.test.ts). Also writes docs/import.png for the README.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { IMPORT_SHEETS } from '../../src/core/catalog/import-sheets';
import { render, type Lang } from '../../src/core/i18n';
import { dashboardPositions } from '../../src/sheets/dashboard';
import { positions } from '../../src/sheets/positions';
import { FIXTURES, fixtureRows as fixtureRowsOf, importPlan } from '../core/import/helpers';
import { updateDocsPicture } from '../support/docs-pictures';
import {
  SCREENSHOTS,
  describeInBrowser,
  e2eSuite,
  frameRow,
  gridCell,
  idle,
  menu,
  menuCaption,
  sheetName,
  shoot,
  showSheet,
  sidebarFrame,
  textOf,
  typeRow,
  type Session,
} from './support';

/** The plan the fixtures are counted against, created as the wizard's "Create sheets" does. */
async function openWithPlan(suite: ReturnType<typeof e2eSuite>, locale: 'en_US' | 'ja'): Promise<Session> {
  const s = await suite.open(locale);
  const lang: Lang = locale === 'ja' ? 'ja' : 'en';
  const created = s.preview.runtime.run('applyPlan', [importPlan(lang), 'new']);
  expect(created.status).not.toBe('error');
  await s.page.reload();
  await s.page.waitForSelector(`#tabs .tab:text-is("${sheetName('actuals', lang)}")`);
  return s;
}

async function openPanel(page: Page, lang: Lang): Promise<Frame> {
  await menu(page, menuCaption('importCrm', lang));
  return sidebarFrame(page, '#import-heading');
}

const pick = (frame: Frame, names: string[]) =>
  frame.setInputFiles(
    '#import-files',
    names.map((name) => ({ name, mimeType: 'text/csv', buffer: readFileSync(join(FIXTURES, name)) })),
  );

/** Picks an Excel workbook from the fixtures, under its own name or another. */
const pickWorkbook = (frame: Frame, fixture: string, name = fixture) =>
  frame.setInputFiles('#import-files', {
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: readFileSync(join(FIXTURES, fixture)),
  });

/** Clicks Import and waits for the report of this file. */
async function importShown(frame: Frame): Promise<string> {
  await frame.click('#import-run');
  await frame.waitForSelector('#import-done', { timeout: 20_000 });
  return textOf(frame, '#import-done');
}

/** The text the preview grid shows in the cell of a row key and month on Actuals. */
function actualsCell(page: Page, lang: Lang, row: number, month: string) {
  const plan = importPlan(lang);
  const m = positions(plan).months;
  const [year, mon] = month.split('-').map(Number);
  const index = (year - plan.startYear) * 12 + (mon - plan.startMonth) + m.before;
  return gridCell(page, row, m.firstCol + index);
}

describeInBrowser('e2e: CRM import through the preview', () => {
  const suite = e2eSuite();

  test('en_US: pick contacts and deals, confirm, import; Actuals and Dashboard come from the records', async () => {
    const s = await openWithPlan(suite, 'en_US');
    const { page } = s;
    const frame = await openPanel(page, 'en');
    await pick(frame, ['hubspot-contacts-en.csv', 'hubspot-deals.csv']);

    // What was recognised, before anything is written.
    await frame.waitForSelector('#import-summary');
    expect(await textOf(frame, '#import-file')).toBe('hubspot-contacts-en.csv');
    expect(await textOf(frame, '#import-tool')).toMatch(/^HubSpot \(\d+% match\)$/);
    expect(await textOf(frame, '#import-kind-found')).toBe('Contacts');
    expect(await textOf(frame, '#import-counting')).toMatch(/counts in the month its date was reached/);
    const contactsName = render(IMPORT_SHEETS.contactsSheet, 'en');
    expect(s.book.getSheetByName(contactsName)).toBeNull();
    await shoot(page, 'e2e-en-import-recognised');

    // Contacts: 12 rows, one duplicate email, one without email or id: 10 people.
    expect(await importShown(frame)).toMatch(/10 contacts/);
    await frame.click('#import-another'); // "Next: hubspot-deals.csv"
    await frame.waitForSelector('#import-summary');
    expect(await textOf(frame, '#import-file')).toBe('hubspot-deals.csv');
    expect(await textOf(frame, '#import-kind-found')).toBe('Deals');
    expect(await importShown(frame)).toMatch(/deals/);
    // 9005's amount "1.200.000" is not an amount: one, said in the singular.
    expect(await textOf(frame, '#import-report-problems li[data-code="badAmount"]')).toMatch(
      /^1 amount could not be read and was left empty\./,
    );
    await idle(page);

    // Actuals: the counts of the records, shown in the grid as the sheet computes them.
    const plan = importPlan('en');
    const m = positions(plan).months;
    await showSheet(page, sheetName('actuals', 'en'));
    const leads = ['2026-04', '2026-05', '2026-06', '2026-07'].map((month) =>
      actualsCell(page, 'en', m.stageRow(0), month).textContent(),
    );
    expect(await Promise.all(leads)).toEqual(['6', '0', '1', '1']);
    const mqls = ['2026-04', '2026-05', '2026-06'].map((month) =>
      actualsCell(page, 'en', m.stageRow(1), month).textContent(),
    );
    expect(await Promise.all(mqls)).toEqual(['3', '2', '1']);
    // Won deals from the deals export: 9001 and 9006 closed in May, 9002 in June.
    const won = ['2026-05', '2026-06'].map((month) =>
      actualsCell(page, 'en', m.stageRow(plan.stages.length - 1), month).textContent(),
    );
    expect(await Promise.all(won)).toEqual(['2', '1']);
    // Months after the export (the clock says 15 November 2026) stay empty.
    expect(await actualsCell(page, 'en', m.stageRow(0), '2026-12').textContent()).toBe('');

    // Dashboard: won deals to date from the records; a channel quality row per channel.
    await showSheet(page, sheetName('dashboard', 'en'));
    const d = dashboardPositions(plan);
    expect(await gridCell(page, d.stageRow(plan.stages.length - 1), 4).textContent()).toBe('3');
    const dashboard = s.book.getSheetByName(sheetName('dashboard', 'en'))?.getDataRange().getValues() ?? [];
    const labels = dashboard.map((line) => String(line[0] ?? ''));
    const quality = labels.lastIndexOf(plan.channels[0].name);
    expect(quality).toBeGreaterThan(d.stageRow(0));
    expect(labels).toContain('(unassigned)');
    // Paid search: Ann and Bob (Ivy has neither email nor record id and is not counted).
    expect(await gridCell(page, quality + 1, 2).textContent()).toBe('2');
    // No spend typed yet: CPL and CAC are unknown, not $0, and the call-out says what it needs.
    const spendCol = 7;
    expect(await gridCell(page, quality + 1, spendCol).textContent()).toBe('');
    expect(await gridCell(page, quality + 1, spendCol + 1).textContent()).toBe('');
    const worst = labels.indexOf('Cheap leads that rarely close');
    expect(await gridCell(page, worst + 1, 2).textContent()).toMatch(/^Type each channel's spend on Actuals/);

    // Spend typed by hand on Actuals (April) turns into CPL and CAC per channel.
    await showSheet(page, sheetName('actuals', 'en'));
    const april = m.firstCol + m.before;
    await typeRow(page, m.channelMoneyRow(0), april, ['1000']);
    await typeRow(page, m.channelMoneyRow(1), april, ['600']);
    await showSheet(page, sheetName('dashboard', 'en'));
    const cells = async (row: number, from: number, to: number) =>
      Promise.all(
        Array.from({ length: to - from + 1 }, (_, i) => gridCell(page, row, from + i).textContent()),
      );
    // Spend, CPL, cost per opportunity, CAC: Paid search 2 leads, 0 opportunities, 1 won; Social ads 2, 2, 1.
    expect(await cells(quality + 1, spendCol, spendCol + 3)).toEqual(['$1,000', '$500', '', '$1,000']);
    expect(await cells(quality + 2, spendCol, spendCol + 3)).toEqual(['$600', '$300', '$300', '$600']);
    expect(await gridCell(page, worst + 1, 2).textContent()).toBe('None: CAC follows CPL');

    // The picture for the README: the Dashboard's channel quality beside the import report.
    await page.setViewportSize({ width: 1600, height: 900 });
    await frameRow(page, quality - 1);
    await shoot(page, 'e2e-en-import-dashboard');
    updateDocsPicture(join(SCREENSHOTS, 'e2e-en-import-dashboard.png'), 'import.png');

    expect(s.offsite).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  test('en_US: an .xlsx picked as it is, then the same export from a sheet of this spreadsheet', async () => {
    const s = await openWithPlan(suite, 'en_US');
    const { page } = s;
    const frame = await openPanel(page, 'en');
    // No sheet of the user's holds rows yet (the plan's own are never offered).
    expect(await frame.isVisible('#import-no-sheets')).toBe(true);
    const m = positions(importPlan('en')).months;
    const leadsShown = async () => {
      await idle(page);
      await showSheet(page, sheetName('actuals', 'en'));
      const months = ['2026-04', '2026-05', '2026-06', '2026-07'];
      return Promise.all(months.map((month) => actualsCell(page, 'en', m.stageRow(0), month).textContent()));
    };

    // The file dialog offers Excel files too (an .xls to be told what to do with it).
    expect(await frame.getAttribute('#import-files', 'accept')).toBe('.csv,.tsv,.txt,.xlsx,.xls');
    // An old .xls is named as such, with the way round it.
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await frame.setInputFiles('#import-files', {
      name: 'contacts.xls',
      mimeType: 'application/vnd.ms-excel',
      buffer: xls,
    });
    await frame.waitForSelector('#import-pick-errors');
    expect(await textOf(frame, '#import-pick-errors')).toMatch(
      /^contacts\.xls is an Excel 97-2003 workbook \(\.xls\)/,
    );

    // The .xlsx itself: read in the browser, its first sheet, dates as dates.
    await pickWorkbook(frame, 'hubspot-contacts-en.xlsx');
    await frame.waitForSelector('#import-summary');
    expect(await textOf(frame, '#import-read-as')).toBe('Excel workbook, first sheet');
    expect(await textOf(frame, '#import-kind-found')).toBe('Contacts');
    await shoot(page, 'e2e-en-import-xlsx');
    expect(await importShown(frame)).toMatch(/10 contacts/);
    expect(await leadsShown()).toEqual(['6', '0', '1', '1']);

    // What File > Import makes of an export, done while the panel is open: a sheet with its rows.
    const rows = fixtureRowsOf('hubspot-contacts-en.csv');
    const width = Math.max(...rows.map((r) => r.length));
    s.book
      .insertSheet('HubSpot contacts')
      .getRange(1, 1, rows.length, width)
      .setValues(rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]));
    // The same rows from the sheet: listed once the panel has the focus back, read by the server,
    // counted the same.
    await frame.click('#import-another'); // "Import another file"
    await gridCell(page, 1, 2).click();
    await frame.click('#import-heading');
    await frame.waitForSelector('#import-sheet');
    expect(await frame.$$eval('#import-sheet option', (o) => o.map((x) => x.textContent))).toEqual([
      'HubSpot contacts',
    ]);
    await shoot(page, 'e2e-en-import-sheet');
    await frame.click('#import-use-sheet');
    await frame.waitForSelector('#import-summary');
    expect(await textOf(frame, '#import-file')).toBe('HubSpot contacts');
    expect(await textOf(frame, '#import-read-as')).toBe('a sheet of this spreadsheet');
    expect(await importShown(frame)).toMatch(/10 contacts/);
    expect(await leadsShown()).toEqual(['6', '0', '1', '1']);
    expect(s.offsite).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  test('ja: the kintone export saved by Excel as .xlsx: read in the browser, real dates, counted as the CSV is', async () => {
    const s = await openWithPlan(suite, 'ja');
    const { page } = s;
    const frame = await openPanel(page, 'ja');
    await pickWorkbook(frame, 'generic-kintone-excel.xlsx', '顧客一覧.xlsx');
    await frame.waitForSelector('#import-summary');
    expect(await textOf(frame, '#import-read-as')).toBe('Excel ブック（先頭のシート）');
    expect(await textOf(frame, '#import-rows')).toBe('8');
    await shoot(page, 'e2e-ja-import-xlsx');
    expect(await importShown(frame)).toMatch(/7/);
    await idle(page);
    const m = positions(importPlan('ja')).months;
    await showSheet(page, sheetName('actuals', 'ja'));
    // As the CSV read month first: 青木 井上 上田 江藤 小野 | 工藤 (the dates are real dates here).
    const leads = ['2026-04', '2026-05'].map((month) =>
      actualsCell(page, 'ja', m.stageRow(0), month).textContent(),
    );
    expect(await Promise.all(leads)).toEqual(['5', '1']);
    const contacts =
      s.book.getSheetByName(render(IMPORT_SHEETS.contactsSheet, 'ja'))?.getDataRange().getValues() ?? [];
    expect(contacts.flat()).toContain('aoki@example.jp');
    expect(s.offsite).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  test('ja: a Shift_JIS kintone export, mapped by its Japanese headers, counted in the grid', async () => {
    const s = await openWithPlan(suite, 'ja');
    const { page } = s;
    const frame = await openPanel(page, 'ja');
    await pick(frame, ['generic-kintone.sjis.csv']);
    await frame.waitForSelector('#import-summary');
    expect(await textOf(frame, '#import-read-as')).toMatch(/Shift_JIS/);
    expect(await textOf(frame, '#import-rows')).toBe('8');
    await shoot(page, 'e2e-ja-import-recognised');
    expect(await importShown(frame)).toMatch(/7/);
    await idle(page);
    const plan = importPlan('ja');
    const m = positions(plan).months;
    await showSheet(page, sheetName('actuals', 'ja'));
    // Counted by hand (month first, the Japanese default): 青木 井上 上田 江藤 小野 | 工藤.
    const leads = ['2026-04', '2026-05'].map((month) =>
      actualsCell(page, 'ja', m.stageRow(0), month).textContent(),
    );
    expect(await Promise.all(leads)).toEqual(['5', '1']);
    await shoot(page, 'e2e-ja-import-actuals');
    expect(s.offsite).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  test('ja: a value typed where the import will count is asked about first, then archived, and the report says where', async () => {
    const s = await openWithPlan(suite, 'ja');
    const { page } = s;
    const plan = importPlan('ja');
    const m = positions(plan).months;
    const actuals = sheetName('actuals', 'ja');
    await showSheet(page, actuals);
    await typeRow(page, m.stageRow(0), m.firstCol + m.before, ['1200']);
    const frame = await openPanel(page, 'ja');
    await pick(frame, ['hubspot-contacts-en.csv']);
    await frame.waitForSelector('#import-summary');
    await frame.click('#import-run');
    const ask = page.getByRole('dialog');
    await ask.waitFor();
    expect(await ask.locator('.kpi-modal-body').textContent()).toMatch(
      new RegExp(`${actuals}!\\w+\\d+: 1200`),
    );
    await shoot(page, 'e2e-ja-import-asks');
    await ask.getByRole('button', { name: 'はい', exact: true }).click();
    await frame.waitForSelector('#import-archived', { timeout: 20_000 });
    expect(await textOf(frame, '#import-archived')).toContain('実績アーカイブ');
    const archive = s.book.getSheetByName('実績アーカイブ')!;
    expect(archive.getDataRange().getValues().flat()).toContain(1200);
    // One records sheet: asking (and the preview's replay of the call) made no second one.
    const contacts = render(IMPORT_SHEETS.contactsSheet, 'ja');
    expect(s.book.getSheets().filter((sh) => sh.getName().startsWith(contacts))).toHaveLength(1);
    expect(s.errors).toEqual([]);
  });
});
