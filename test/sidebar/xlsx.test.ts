/**
 * Excel workbooks (.xlsx) read in the sidebar: the first sheet's cells as the text rows a CSV export
 * gives, then counted by core exactly as the same export in CSV. The fixtures are written by
 * test/fixtures/crm/make-xlsx.py: two with openpyxl, one laid out as Excel itself writes a workbook.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { periodCounts } from '../../src/core/import/count';
import { previewImport, readImport } from '../../src/core/import/preview';
import type { Plan } from '../../src/core/plan';
import { readFile } from '../../src/sidebar/import/source';
import { serialText, sheetRows, xlsxRows, xmlText } from '../../src/sidebar/import/xlsx';
import { MAX_ENTRY_BYTES } from '../../src/sidebar/import/zip';
import { FIXTURES, fixtureRows, importPlan, nonZero, planWithSql } from '../core/import/helpers';
import { zipOf } from '../support/zip';

const bytes = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

function counts(rows: string[][], plan: Plan, locale = 'en_US') {
  const options = { timeZone: 'Asia/Tokyo', locale };
  const preview = previewImport('file', rows, plan, options);
  const read = readImport(rows, plan, options);
  const c = periodCounts(read.contacts, read.deals, plan, read.maps.channels);
  return {
    kind: preview.kind,
    tool: preview.tool,
    records: preview.records,
    stages: plan.stages.map((_, i) => nonZero(c.months, c.stages[i])),
    channels: c.channels.map((ch) => nonZero(c.months, ch.leads)),
    problems: Object.fromEntries(preview.problems.map((p) => [p.code, p.count])),
  };
}

describe('xlsxRows: the first sheet of a workbook as text rows', () => {
  test('HubSpot contacts (openpyxl): the CSV export cell for cell, dates to the second', async () => {
    const rows = await xlsxRows(bytes('hubspot-contacts-en.xlsx'));
    const csv = fixtureRows('hubspot-contacts-en.csv').filter((line) => line.some((cell) => cell !== ''));
    // The CSV's "2026-04-01 10:00" is a real date-time in the workbook.
    const asRead = csv.map((line) =>
      line.map((cell) => (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(cell) ? `${cell}:00` : cell)),
    );
    const width = Math.max(...asRead.map((l) => l.length));
    expect(rows).toEqual(asRead.map((l) => [...l, ...Array<string>(width - l.length).fill('')]));
    const plan = importPlan('en');
    expect(counts(rows, plan)).toEqual(counts(csv, plan));
  });

  test('a Salesforce formatted report: title and filters above, footer below, dates as dates', async () => {
    const rows = await xlsxRows(bytes('salesforce-leads-formatted.xlsx'));
    expect(rows[0]?.[0]).toBe('Open Leads by Source');
    expect(rows[2]?.every((cell) => cell === '')).toBe(true); // the blank row stays a row
    expect(rows[5]?.[0]).toBe('Lead ID');
    expect(rows[6]?.[7]).toBe('2026-04-01'); // 4/1/2026, a date cell shown as m/d/yyyy
    const plan = planWithSql('en');
    const fromXlsx = counts(rows, plan);
    const fromCsv = counts(fixtureRows('salesforce-leads.csv'), plan);
    expect(fromXlsx.problems).toMatchObject({ title: 4, footer: 3, duplicate: 1 });
    expect({ ...fromXlsx, problems: null }).toEqual({ ...fromCsv, problems: null });
  });

  test('as Excel writes it (shared strings with furigana, built-in date formats, a formula): the kintone export', async () => {
    const rows = await xlsxRows(bytes('generic-kintone-excel.xlsx'));
    expect(rows[1]?.slice(0, 3)).toEqual(['1', '株式会社アルファ', '青木 一郎']); // no アオキ イチロウ
    expect(rows[1]?.[6]).toBe('2026-04-01 10:00:00');
    expect(rows[1]?.[10]).toBe('=HYPERLINK("x")'); // text, as in the file
    expect(rows[4]?.[10]).toBe('2'); // a formula's cached result
    expect(rows[5]?.[10]).toBe('複数行の\nメモ');
    expect(rows[7]?.[6]).toBe('2026-13-01'); // text that is no date stays text
    const plan = importPlan('ja');
    const c = counts(rows, plan, 'ja_JP');
    // Counted by hand (the dates are real dates now, so no order to ask): as the CSV read month first.
    expect(c.records).toBe(7);
    expect(c.stages).toEqual([
      { '2026-04': 5, '2026-05': 1 }, // 青木 井上 上田 江藤 小野 | 工藤
      { '2026-04': 2, '2026-05': 1, '2026-06': 1 }, // 井上 上田 | 小野 | 江藤
      { '2026-05': 2, '2026-06': 1 }, // 上田 小野 | 江藤
      { '2026-06': 1 }, // 江藤, 7 June
    ]);
    expect(c.problems).not.toHaveProperty('ambiguousDates');
  });

  test('readFile reads a picked .xlsx; a zip that is no workbook is refused by name', async () => {
    const file = (name: string, data: Uint8Array) =>
      ({ name, arrayBuffer: async () => data.slice().buffer }) as File;
    const source = await readFile(file('contacts.xlsx', bytes('hubspot-contacts-en.xlsx')));
    expect(source).toMatchObject({ fileName: 'contacts.xlsx', encoding: 'xlsx' });
    expect(source.rows[1]?.[1]).toBe('Ann');
    const notWorkbook = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    await expect(readFile(file('photos.zip', notWorkbook))).rejects.toMatchObject({ kind: 'badXlsx' });
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(readFile(file('old.xls', xls))).rejects.toMatchObject({ kind: 'xls' });
  });
});

describe('hostile workbooks', () => {
  const file = (name: string, data: Uint8Array) =>
    ({ name, arrayBuffer: async () => data.slice().buffer }) as File;
  const workbook = '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>';

  test('a sheet that unpacks past the limit is refused, not inflated into memory without end', async () => {
    const bomb = zipOf({
      'xl/workbook.xml': workbook,
      'xl/worksheets/sheet1.xml': Buffer.alloc(MAX_ENTRY_BYTES + 1024, 0x20),
    });
    expect(bomb.length).toBeLessThan(1024 * 1024); // a small file that unpacks to 160 MB
    await expect(readFile(file('bomb.xlsx', bomb))).rejects.toMatchObject({ kind: 'bigXlsx' });
  });

  test('a zip without a workbook, or with a broken directory, is refused as no workbook', async () => {
    const notBook = zipOf({ 'photo.txt': 'hello' });
    await expect(readFile(file('photos.zip', notBook))).rejects.toMatchObject({ kind: 'badXlsx' });
    const cut = zipOf({ 'xl/workbook.xml': workbook }).slice(0, 40);
    await expect(readFile(file('cut.xlsx', cut))).rejects.toMatchObject({ kind: 'badXlsx' });
  });

  test('elements with a namespace prefix (<x:row>, <x:c>), as some tools write them, read the same', async () => {
    const x = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const book = `<x:workbook ${x}><x:sheets><x:sheet name="S" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`;
    const sheet =
      `<x:worksheet ${x}><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>Name</x:t></x:is></x:c></x:row>` +
      '<x:row r="2"><x:c r="A2" s="1"><x:v>46113</x:v></x:c><x:c r="B2" t="s"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const strings = `<x:sst ${x}><x:si><x:t>Created</x:t></x:si><x:si><x:r><x:t>An</x:t></x:r><x:r><x:t>n</x:t></x:r></x:si></x:sst>`;
    const styles = `<x:styleSheet ${x}><x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="14"/></x:cellXfs></x:styleSheet>`;
    const rows = await xlsxRows(
      zipOf({
        'xl/workbook.xml': book,
        'xl/worksheets/sheet1.xml': sheet,
        'xl/sharedStrings.xml': strings,
        'xl/styles.xml': styles,
      }),
    );
    expect(rows).toEqual([
      ['Created', 'Name'],
      ['2026-04-01', 'Ann'],
    ]);
  });

  test('markup in cells stays text: the rows hold what the cells say, nothing is evaluated', async () => {
    const sheet =
      '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Email</t></is></c><c r="B1" t="inlineStr"><is><t>Name</t></is></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>a@example.com</t></is></c><c r="B2" t="inlineStr"><is><t>&lt;img src=x onerror=alert(1)&gt;</t></is></c></row></sheetData></worksheet>';
    const rows = await xlsxRows(zipOf({ 'xl/workbook.xml': workbook, 'xl/worksheets/sheet1.xml': sheet }));
    expect(rows).toEqual([
      ['Email', 'Name'],
      ['a@example.com', '<img src=x onerror=alert(1)>'],
    ]);
  });
});

describe('the parts', () => {
  test('XML entities and the _xHHHH_ escapes Excel writes', () => {
    expect(xmlText('a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#x3042;&#12356;')).toBe(
      'a & b <c> "d" \'e\' あい',
    );
    expect(xmlText('line_x000D_\nnext')).toBe('line\r\nnext');
  });

  test('date serials in the 1900 and 1904 systems, midnight without a time', () => {
    expect(serialText(46113)).toBe('2026-04-01');
    expect(serialText(46113.5)).toBe('2026-04-01 12:00:00');
    expect(serialText(46113.999999)).toBe('2026-04-02'); // rounded to the second
    expect(serialText(44651, true)).toBe('2026-04-01');
  });

  test('cells skipped and rows skipped keep their places', () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="C1"><v>3</v></c></row>' +
      '<row r="3"><c r="B3" t="b"><v>1</v></c><c r="D3" t="e"><v>#N/A</v></c></row></sheetData></worksheet>';
    expect(sheetRows(xml, { strings: [], dates: [], date1904: false })).toEqual([
      ['a', '', '3', ''],
      ['', '', '', ''],
      ['', 'TRUE', '', '#N/A'],
    ]);
  });
});
