import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { encodeShiftJis, encodeUtf16le, FIXTURES, fixtureRows } from './helpers';

// The Shift_JIS and UTF-16 fixtures are the UTF-8 ones written as Japanese tools and Excel write
// them. UPDATE_FIXTURES=1 npx jest encoded-fixtures writes them again.
const SJIS = 'generic-kintone.sjis.csv';
const UTF16 = 'hubspot-contacts-en.utf16.txt';

const utf8 = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

if (process.env.UPDATE_FIXTURES) {
  writeFileSync(join(FIXTURES, SJIS), encodeShiftJis(utf8('generic-kintone.csv')));
  const rows = Papa.parse<string[]>(utf8('hubspot-contacts-en.csv'), { skipEmptyLines: true }).data;
  writeFileSync(
    join(FIXTURES, UTF16),
    encodeUtf16le(Papa.unparse(rows, { delimiter: '\t', newline: '\r\n' })),
  );
}

describe('encoded fixtures', () => {
  test('the Shift_JIS file decodes to the UTF-8 kintone file, character for character', () => {
    const bytes = readFileSync(join(FIXTURES, SJIS));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow(); // really not UTF-8
    expect(new TextDecoder('shift_jis').decode(bytes)).toBe(utf8('generic-kintone.csv'));
    expect(Buffer.from(encodeShiftJis(utf8('generic-kintone.csv')))).toEqual(bytes);
  });

  test('the UTF-16LE file starts with a byte-order mark, is tab-separated and holds the English HubSpot rows', () => {
    expect(existsSync(join(FIXTURES, UTF16))).toBe(true);
    const bytes = readFileSync(join(FIXTURES, UTF16));
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes)).toMatch(
      /^\uFEFFRecord ID\tFirst Name/,
    );
    const rows = fixtureRows(UTF16, 'utf-16le').filter((r) => r.some((c) => c !== ''));
    expect(rows).toEqual(fixtureRows('hubspot-contacts-en.csv').filter((r) => r.some((c) => c !== '')));
  });
});
