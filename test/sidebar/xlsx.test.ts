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
import {
  dateStyles,
  serialText,
  sharedStrings,
  sheetRows,
  xlsxRows,
  xmlText,
} from '../../src/sidebar/import/xlsx';
import { MAX_ENTRY_BYTES } from '../../src/sidebar/import/zip';
import { MAX_IMPORT_CELLS } from '../../src/core/import/table';
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

  test('a password-protected workbook and a web page saved as .xls are named, not read as rows', async () => {
    // A protected .xlsx is an OLE file holding an "EncryptedPackage" stream (its name in UTF-16).
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array<number>(500).fill(0)];
    const name = [...Buffer.from('EncryptedPackage', 'utf16le')];
    const locked = new Uint8Array([...ole, ...name, 0, 0]);
    await expect(readFile(file('plan.xlsx', locked))).rejects.toMatchObject({ kind: 'locked' });
    const page = new TextEncoder().encode(
      '<html><body><table><tr><td>Lead ID</td></tr></table></body></html>',
    );
    await expect(readFile(file('report.xls', page))).rejects.toMatchObject({ kind: 'markup' });
    const xml = new TextEncoder().encode('<?xml version="1.0"?><Workbook></Workbook>');
    await expect(readFile(file('report.xls', xml))).rejects.toMatchObject({ kind: 'markup' });
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

describe('sheets as real tools write them, and hostile ones', () => {
  const book = { strings: [], dates: [false, true], date1904: false };
  const sheet = (rows: string) => `<worksheet><sheetData>${rows}</sheetData></worksheet>`;
  const num = (ref: string, v: number, s = 0) => `<c r="${ref}" s="${s}"><v>${v}</v></c>`;

  test('150,000 rows read (no argument-count limit), trailing styled empty rows and cells add nothing', () => {
    let rows = '';
    for (let i = 1; i <= 150_000; i++) rows += `<row r="${i}">${num(`A${i}`, i)}</row>`;
    // Excel writes a formatted empty row far down and a styled empty cell far right.
    rows += '<row r="1048576" ht="20" customHeight="1"/><row r="2"><c r="XFD2" s="1"/></row>';
    const read = sheetRows(sheet(rows), book);
    expect(read).toHaveLength(150_000);
    expect(read[149_999]).toEqual(['150000']);
  });

  test('more cells than one import may take are refused before they are padded', () => {
    const rows = `<row r="1">${num('A1', 1)}</row><row r="1048576">${num('XFD1048576', 2)}</row>`;
    expect(() => sheetRows(sheet(rows), book)).toThrow('too many cells');
    expect(MAX_IMPORT_CELLS).toBe(2_500_000);
  });

  test('references out of the grid are left out, lowercase ones read', () => {
    const rows = `<row r="99999999">${num('A99999999', 1)}</row><row r="1">${num('ZZZZZZ1', 1)}${num('b1', 7)}</row>`;
    expect(sheetRows(sheet(rows), book)).toEqual([['', '7']]);
  });

  test('a self-closing <t />, single-quoted attributes and a <v> with attributes', () => {
    expect(
      sharedStrings('<sst><si><r><t xml:space="preserve" /></r><r><t>Ann</t></r></si><si/></sst>'),
    ).toEqual(['Ann', '']);
    const rows = `<row r='1'><c r='A1' t='s'><v>0</v></c><c r="B1"><v xml:space="preserve">12</v></c></row>`;
    expect(sheetRows(sheet(rows), { ...book, strings: ['Email'] })).toEqual([['Email', '12']]);
  });

  test('date styles: month-only and time formats are dates, conditional formats and bare <xf/> do not shift them', () => {
    const styles =
      '<styleSheet><numFmts count="3"><numFmt numFmtId="164" formatCode="mmm yyyy"/><numFmt numFmtId="165" formatCode="h:mm AM/PM"/>' +
      '<numFmt numFmtId="166" formatCode="#,##0 &quot;days&quot;"/></numFmts>' +
      '<cellXfs count="5"><xf/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="14"/></cellXfs>' +
      '<dxfs><dxf><numFmt numFmtId="164" formatCode="0.0%"/></dxf></dxfs></styleSheet>';
    expect(dateStyles(styles)).toEqual([false, true, true, false, true]);
  });

  test('a number no date can be stays the number; a time of day alone is a time; early 1900 dates', () => {
    expect(serialText(9012345678)).toBe('9012345678');
    expect(serialText(-1)).toBe('-1');
    expect(serialText(0.5)).toBe('12:00:00');
    expect(serialText(1)).toBe('1900-01-01');
    expect(serialText(59)).toBe('1900-02-28');
    expect(serialText(61)).toBe('1900-03-01');
  });

  test('a part cut off or never closed reads what came before it', () => {
    expect(sharedStrings(`<sst><si><t>a</t></si>${'<si><t>x</t>'.repeat(40_000)}`)).toEqual(['a']);
    const cells = sheet(`<row r="1"><c r="A1"><v>1</v></c>${'<c r="B1"><v>2</v>'.repeat(40_000)}</row>`);
    expect(sheetRows(cells, book)).toEqual([['1']]);
  });
});
