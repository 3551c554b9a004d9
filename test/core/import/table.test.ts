import { cleanTable, ImportRefused } from '../../../src/core/import/table';
import { render } from '../../../src/core/i18n';

function refusal(rows: unknown[][]) {
  try {
    cleanTable(rows);
  } catch (error) {
    if (error instanceof ImportRefused) return error.refusal;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('cleanTable', () => {
  test('strips a byte-order mark from the first header and spaces around headers', () => {
    const table = cleanTable([
      ['\uFEFFRecord ID', ' Email ', 'Create Date  '],
      ['1', 'a@example.com', '2026-04-01'],
    ]);
    expect(table.headers).toEqual(['Record ID', 'Email', 'Create Date']);
    expect(table.rows).toEqual([['1', 'a@example.com', '2026-04-01']]);
    expect(table.rowNumbers).toEqual([2]);
  });

  test('a sparse row (holes, not cells) reads its holes as empty cells instead of failing', () => {
    const sparse: unknown[] = [];
    sparse[2] = 'x@example.com';
    const table = cleanTable([['Name', 'Date', 'Email'], sparse, [null, undefined, 'y@example.com']]);
    expect(table.headers).toEqual(['Name', 'Date', 'Email']);
    expect(table.rows).toEqual([
      ['', '', 'x@example.com'],
      ['', '', 'y@example.com'],
    ]);
  });

  test('drops empty rows, counts them, and keeps the file row numbers of the others', () => {
    const table = cleanTable([
      ['Email', 'Date'],
      ['a@x.com', '1'],
      ['', ' '],
      ['b@x.com', '2'],
      ['', ''],
      [],
    ]);
    expect(table.rows.map((r) => r[0])).toEqual(['a@x.com', 'b@x.com']);
    expect(table.rowNumbers).toEqual([2, 4]);
    // The blank rows at the very end (a final line break) are not worth a message.
    expect(table.problems).toEqual([
      expect.objectContaining({ code: 'emptyRow', count: 1, examples: ['row 3'] }),
    ]);
  });

  test('drops the Salesforce footer: grand totals, confidentiality and copyright lines, and the blanks between', () => {
    const table = cleanTable([
      ['Lead ID', 'Email'],
      ['00Q1', 'a@x.com'],
      ['00Q2', 'b@x.com'],
      [''],
      ['Grand Totals (2 records)'],
      [''],
      [''],
      ['Confidential Information - Do Not Distribute'],
      ['Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.'],
      [''],
    ]);
    expect(table.rows).toHaveLength(2);
    expect(table.footerLines).toEqual([
      'Grand Totals (2 records)',
      'Confidential Information - Do Not Distribute',
      'Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.',
    ]);
    expect(table.problems).toEqual([expect.objectContaining({ code: 'footer', count: 3, level: 'info' })]);
  });

  test('drops total lines with sums, in English and Japanese, but only under the records', () => {
    const table = cleanTable([
      ['Name', 'Amount'],
      ['Total', '5'],
      ['Acme', '100'],
      ['Beta', '200'],
      ['', ''],
      ['Total', '300'],
      ['合計', '300'],
      ['総計 (2 件)', ''],
      ['機密情報 - 配布禁止', ''],
    ]);
    expect(table.rows.map((r) => r[0])).toEqual(['Total', 'Acme', 'Beta']);
    expect(table.footerLines).toEqual(['Total 300', '合計 300', '総計 (2 件)', '機密情報 - 配布禁止']);
  });

  test('a last record whose name starts with "Total" is a record, not a footer', () => {
    const table = cleanTable([
      ['Name', 'Amount'],
      ['Acme', '100'],
      ['Total Systems Inc.', '200'],
    ]);
    expect(table.rows).toHaveLength(2);
    expect(table.footerLines).toEqual([]);
  });

  test('cells stay text as written, even when they look like formulas', () => {
    const hostile = ['=HYPERLINK("x")', '+1', '@SUM(A1)', '-2+3'];
    const table = cleanTable([['A', 'B', 'C', 'D'], hostile]);
    expect(table.rows[0]).toEqual(hostile);
  });

  test.each([
    ['an empty file', [], 'empty'],
    ['blank lines only', [[''], ['', '']], 'empty'],
    ['one column', [['email'], ['a@x.com'], ['b@x.com']], 'oneColumn'],
    ['a header without records', [['Email', 'Create Date']], 'tooFewRows'],
    ['a header and a footer only', [['Email', 'Date'], [''], ['Grand Totals (0 records)']], 'tooFewRows'],
    [
      'numbers for headers',
      [
        ['1', '2026-04-01', ''],
        ['2', '2026-04-02', 'x'],
      ],
      'noHeader',
    ],
    [
      'a mostly empty header',
      [
        ['', '', 'Email', ''],
        ['1', '2', 'a@x.com', '4'],
      ],
      'noHeader',
    ],
  ])('refuses %s, saying why in both languages', (_, rows, code) => {
    const r = refusal(rows as unknown[][]);
    expect(r.code).toBe(code);
    expect(r.message.en).not.toMatch(/\{\w+\}/);
    expect(r.message.ja).not.toMatch(/\{\w+\}/);
    expect(r.message.ja).not.toBe(r.message.en);
  });

  test('the one-column refusal names the column it found', () => {
    const r = refusal([['email;name;date'], ['a@x.com;A;2026-04-01']]);
    expect(render(r.message, 'en')).toContain('"email;name;date"');
    expect(render(r.message, 'ja')).toContain('「email;name;date」');
  });

  test('headers written in kanji for date parts are names, not numbers', () => {
    expect(
      cleanTable([
        ['日時', '月', 'メール'],
        ['2026-04-01', '4', 'a@x.com'],
      ]).headers,
    ).toEqual(['日時', '月', 'メール']);
  });

  test('non-text cells are read as text', () => {
    const table = cleanTable([
      ['Email', 'Amount'],
      ['a@x.com', 1200 as unknown as string],
      ['b@x.com', null as unknown as string],
    ]);
    expect(table.rows).toEqual([
      ['a@x.com', '1200'],
      ['b@x.com', ''],
    ]);
  });
});
