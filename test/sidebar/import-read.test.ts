/**
 * Reading an export in the sidebar: bytes to text in the encodings CRM tools and Excel write, text to
 * rows with Papa Parse, rows to chunks for the server, and the choice the panel sends.
 */
import type { ImportPreview } from '../../src/core/import/types';
import { decodeBytes, notText } from '../../src/sidebar/import/decode';
import { distinctValues, ImportDraft } from '../../src/sidebar/import/draft';
import { parseRows } from '../../src/sidebar/import/parse';
import { sourceFromText } from '../../src/sidebar/import/source';
import { CHUNK_ROWS, previewRows, uploadChunks } from '../../src/sidebar/import/upload';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (order === 'be') for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  const bom = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return new Uint8Array([...bom, ...le]);
}

// "氏名,メール\r\n山田,リード\r\n" in Shift_JIS, as Excel on a Japanese Windows saves a CSV.
const SHIFT_JIS_CSV = new Uint8Array([
  0x8e, 0x81, 0x96, 0xbc, 0x2c, 0x83, 0x81, 0x81, 0x5b, 0x83, 0x8b, 0x0d, 0x0a, 0x8e, 0x52, 0x93, 0x63, 0x2c,
  0x83, 0x8a, 0x81, 0x5b, 0x83, 0x68, 0x0d, 0x0a,
]);

describe("parseRows: Excel's sep= line", () => {
  test('names the delimiter and is no row of the export', () => {
    expect(parseRows('sep=;\r\nEmail;Name;Amount\r\na@example.com;Ann;1.200,50\r\n')).toEqual({
      rows: [
        ['Email', 'Name', 'Amount'],
        ['a@example.com', 'Ann', '1.200,50'],
      ],
      delimiter: ';',
      openQuoteRow: null,
    });
    // A tab named by the line, even where commas would be guessed.
    expect(parseRows('sep=\t\nEmail\tName, title\na@example.com\tAnn, CEO\n').rows[1]).toEqual([
      'a@example.com',
      'Ann, CEO',
    ]);
  });
});

describe('notText: files no export tool writes as text are named, not read as garbage', () => {
  test('a zip (.xlsx), an .xls (OLE) workbook, an image with NUL bytes; text files pass', () => {
    expect(notText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))).toBe('zip');
    expect(notText(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('xls');
    expect(notText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe(
      'binary',
    );
    expect(notText(utf8('Email,Name\na@example.com,Ann\n'))).toBeNull();
    expect(notText(SHIFT_JIS_CSV)).toBeNull();
    // UTF-16 text is full of NUL bytes: its byte-order mark says it is text.
    expect(notText(utf16('Email\tName\r\n', 'le'))).toBeNull();
    expect(notText(utf16('Email\tName\r\n', 'be'))).toBeNull();
    // A text file that starts with "PK" is still text.
    expect(notText(utf8('PK,Name\n1,Ann\n'))).toBeNull();
  });
});

describe('decodeBytes', () => {
  test('UTF-8 without a BOM', () => {
    expect(decodeBytes(utf8('Email,Lifecycle Stage\na@example.com,リード\n'))).toEqual({
      text: 'Email,Lifecycle Stage\na@example.com,リード\n',
      encoding: 'utf-8',
      replaced: 0,
    });
  });

  test('UTF-8 with a BOM: the BOM is not part of the first header', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Email,Name\n')]);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('Email,Name\n');
    expect(parseRows(decoded.text).rows[0]?.[0]).toBe('Email');
  });

  test('Shift_JIS, as Japanese tools and Excel write it', () => {
    expect(decodeBytes(SHIFT_JIS_CSV)).toEqual({
      text: '氏名,メール\r\n山田,リード\r\n',
      encoding: 'shift_jis',
      replaced: 0,
    });
  });

  test('UTF-16 LE and BE with a BOM (Excel "Unicode text", tab-separated)', () => {
    const text = 'メール\tライフサイクルステージ\r\na@example.com\tリード\r\n';
    expect(decodeBytes(utf16(text, 'le'))).toEqual({ text, encoding: 'utf-16le', replaced: 0 });
    expect(decodeBytes(utf16(text, 'be'))).toEqual({ text, encoding: 'utf-16be', replaced: 0 });
    expect(parseRows(text).rows).toEqual([
      ['メール', 'ライフサイクルステージ'],
      ['a@example.com', 'リード'],
    ]);
  });

  test('invalid UTF-8 falls back to Shift_JIS and counts what still does not decode', () => {
    // 0xE9 is "é" in Latin-1 and no valid UTF-8 here; as Shift_JIS the lone 0x80 cannot be read.
    const decoded = decodeBytes(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2c, 0x80, 0x0a]));
    expect(decoded.encoding).toBe('shift_jis');
    expect(decoded.replaced).toBeGreaterThan(0);
    expect(decoded.text.startsWith('Caf')).toBe(true);
  });

  test('an empty file is empty UTF-8', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', replaced: 0 });
  });
});

describe('parseRows', () => {
  test('quoted fields keep their line breaks, commas and doubled quotes', () => {
    const { rows, delimiter, openQuoteRow } = parseRows(
      'Name,Notes,Amount\r\n"Acme, Inc.","Met at the fair\r\nCall back ""soon""","1,200"\r\nBeta,,5\r\n',
    );
    expect(delimiter).toBe(',');
    expect(openQuoteRow).toBeNull();
    expect(rows).toEqual([
      ['Name', 'Notes', 'Amount'],
      ['Acme, Inc.', 'Met at the fair\r\nCall back "soon"', '1,200'],
      ['Beta', '', '5'],
    ]);
  });

  test('semicolons, as European Excel writes CSV', () => {
    const { rows, delimiter } = parseRows('Email;Amount;Close date\na@example.com;1.200,50;01.04.2026\n');
    expect(delimiter).toBe(';');
    expect(rows[1]).toEqual(['a@example.com', '1.200,50', '01.04.2026']);
  });

  test('tabs, as rows pasted from a sheet (commas inside cells stay)', () => {
    const { rows, delimiter } = parseRows('Email\tCompany\tAmount\na@example.com\tAcme, Inc.\t1,200\n');
    expect(delimiter).toBe('\t');
    expect(rows[1]).toEqual(['a@example.com', 'Acme, Inc.', '1,200']);
  });

  test('hostile and number-like cells stay the strings they were', () => {
    const { rows } = parseRows(
      'Name,Phone,Zip,Link,Flag,Amount\n=HYPERLINK("http://x.example"),+1 555 0100,0012,@SUM(A1),TRUE,1e3\n',
    );
    expect(rows[1]).toEqual([
      '=HYPERLINK("http://x.example")',
      '+1 555 0100',
      '0012',
      '@SUM(A1)',
      'TRUE',
      '1e3',
    ]);
    for (const cell of rows[1] ?? []) expect(typeof cell).toBe('string');
  });

  test('empty lines are dropped; a line of empty cells stays for core to count', () => {
    expect(parseRows('a,b\n\n1,2\n,\n\n').rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['', ''],
    ]);
  });

  test('a quote that never closes is reported with its row', () => {
    const { openQuoteRow } = parseRows('a,b\n1,2\n"3,4\n5,6\n');
    expect(openQuoteRow).toBe(3);
  });

  test('a Salesforce report: every value quoted, footer lines kept for core to recognise', () => {
    const { rows } = parseRows(
      '"Opportunity Name","Stage","Amount"\n"Big deal","Closed Won","5,000,000"\n\n"Grand Totals (1 records)"\n',
    );
    expect(rows).toEqual([
      ['Opportunity Name', 'Stage', 'Amount'],
      ['Big deal', 'Closed Won', '5,000,000'],
      ['Grand Totals (1 records)'],
    ]);
  });
});

describe('chunks for the server', () => {
  const header = ['Email', 'Lifecycle Stage'];
  const table = (n: number) => [
    header,
    ...Array.from({ length: n }, (_, i) => [`p${i}@example.com`, 'lead']),
  ];

  test('every chunk starts with the header row and holds at most 2,000 data rows', () => {
    const chunks = uploadChunks(table(5001));
    expect(chunks.map((c) => c.length)).toEqual([2001, 2001, 1002]);
    for (const chunk of chunks) expect(chunk[0]).toEqual(header);
    expect(chunks.flatMap((c) => c.slice(1))).toEqual(table(5001).slice(1));
    expect(uploadChunks(table(CHUNK_ROWS))).toHaveLength(1);
    expect(uploadChunks(table(CHUNK_ROWS + 1))).toHaveLength(2);
  });

  test('a header-only table is one chunk; no rows, no chunks', () => {
    expect(uploadChunks([header])).toEqual([[header]]);
    expect(uploadChunks([])).toEqual([]);
  });

  test('the preview gets the header and the first 5,000 rows', () => {
    const rows = previewRows(table(12000));
    expect(rows).toHaveLength(5001);
    expect(rows[0]).toEqual(header);
    expect(previewRows(table(3))).toEqual(table(3));
  });

  test('pasted text becomes a source like a file', () => {
    const source = sourceFromText('Pasted rows', 'Email\tStage\na@example.com\tlead\n', 'pasted');
    expect(source).toEqual({
      fileName: 'Pasted rows',
      rows: [
        ['Email', 'Stage'],
        ['a@example.com', 'lead'],
      ],
      encoding: 'pasted',
      delimiter: '\t',
      replaced: 0,
      openQuoteRow: null,
    });
  });
});

describe('the choice the panel sends', () => {
  const rows = [
    ['Email', 'Lifecycle Stage', 'Original Source', 'Lead Status'],
    ['a@example.com', 'lead', 'Paid Search', 'New'],
    ['b@example.com', 'marketingqualifiedlead', 'Organic Search', 'Open'],
    ['c@example.com', 'lead', 'Paid Search', ' New '],
    ['d@example.com', 'customer', '', ''],
  ];
  const preview: ImportPreview = {
    fileName: 'contacts.csv',
    tool: 'hubspot',
    kind: 'contacts',
    confidence: 0.9,
    headers: rows[0] ?? [],
    mapping: { email: 0, lifecycle: 1, source: 2 },
    dateOrder: 'mdy',
    dateOrderAsked: false,
    maps: {
      stages: { lead: 'leads', marketingqualifiedlead: 'mql', customer: 'gone-stage' },
      outcomes: {},
      channels: { 'Paid Search': 'ads' },
    },
    values: {
      stages: ['lead', 'marketingqualifiedlead', 'customer'],
      outcomes: [],
      channels: ['Paid Search', 'Organic Search'],
    },
    rows: 4,
    records: 4,
    problems: [],
  };
  const targets = { stages: ['leads', 'mql', 'won'], channels: ['ads', 'seo'] };

  test('values of a column: trimmed, blanks left out, most frequent first', () => {
    expect(distinctValues(rows, 3)).toEqual(['New', 'Open']);
    expect(distinctValues(rows, 2)).toEqual(['Paid Search', 'Organic Search']);
  });

  test('starts from the preview; every listed value is mapped, to a target the plan has', () => {
    const choice = new ImportDraft(preview, rows, targets).choice();
    expect(choice).toEqual({
      kind: 'contacts',
      tool: 'hubspot',
      mapping: { email: 0, lifecycle: 1, source: 2 },
      dateOrder: 'mdy',
      maps: {
        stages: { lead: 'leads', marketingqualifiedlead: 'mql', customer: '' },
        outcomes: {},
        channels: { 'Paid Search': 'ads', 'Organic Search': '' },
      },
    });
  });

  test('another status column lists its own values; back to the preview column, the preview values', () => {
    const draft = new ImportDraft(preview, rows, targets);
    draft.setColumn('lifecycle', 3);
    expect(draft.values('stages')).toEqual(['New', 'Open']);
    draft.maps.stages.New = 'leads';
    expect(draft.choice().maps.stages).toMatchObject({ New: 'leads', Open: '' });
    draft.setColumn('lifecycle', 1);
    expect(draft.values('stages')).toEqual(preview.values.stages);
    draft.setColumn('source', undefined);
    expect(draft.values('channels')).toEqual([]);
    expect(draft.choice().mapping).toEqual({ email: 0, lifecycle: 1 });
  });

  test('switching to deals sends only deal fields and maps deal stages, open by default', () => {
    const draft = new ImportDraft(preview, rows, targets);
    draft.kind = 'deals';
    draft.setColumn('stage', 1);
    const choice = draft.choice();
    expect(choice.kind).toBe('deals');
    expect(choice.mapping).toEqual({ stage: 1, source: 2 });
    expect(choice.maps.outcomes).toEqual({ lead: 'open', marketingqualifiedlead: 'open', customer: 'open' });
  });
});
