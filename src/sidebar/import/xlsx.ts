/**
 * The first sheet of an Excel workbook (.xlsx) as text rows, the way a CSV export gives them:
 * shared and inline strings as they are (without the phonetic guides Japanese Excel adds), dates
 * as ISO 'YYYY-MM-DD' (with ' HH:MM:SS' when the time is not midnight), numbers plain, TRUE/FALSE.
 * Formulas give their cached results. Rows keep their sheet row numbers (blank rows stay blank).
 */
import { MAX_IMPORT_CELLS } from '../../core/import/table';
import { zipEntries, zipText } from './zip';

/** Excel's built-in number formats that show dates or times (ECMA-376 18.8.30, with the CJK ones). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);
// Day 0 of Excel's 1900 date system is 1899-12-30 (its phantom 29 Feb 1900 folded in); 1904: 1904-01-01.
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text with its entities, and OOXML's _xHHHH_ escapes (Excel writes a carriage return as _x000D_). */
export function xmlText(raw: string): string {
  return raw
    .replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : (ENTITY[e] ?? ''),
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** An attribute of an open tag, in double or single quotes. */
const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

interface Element {
  /** The open tag, attributes included. */
  tag: string;
  body: string;
}

/**
 * Each `<name ...>body</name>` (or `<name .../>`) in xml, found with indexOf so the time stays
 * linear in the size; a part cut off (an element never closed) ends the list there.
 */
function* elements(xml: string, name: string): Generator<Element> {
  const open = `<${name}`;
  const close = `</${name}>`;
  let at = xml.indexOf(open);
  while (at >= 0) {
    const after = xml[at + open.length];
    // "<c" must not match "<col": the name ends with a space, ">" or "/".
    if (after !== '>' && after !== '/' && !/\s/.test(after ?? '')) {
      at = xml.indexOf(open, at + 1);
      continue;
    }
    const end = xml.indexOf('>', at);
    if (end < 0) return;
    const tag = xml.slice(at, end + 1);
    if (xml[end - 1] === '/') {
      yield { tag, body: '' };
      at = xml.indexOf(open, end);
      continue;
    }
    const stop = xml.indexOf(close, end);
    if (stop < 0) return;
    yield { tag, body: xml.slice(end + 1, stop) };
    at = xml.indexOf(open, stop + close.length);
  }
}

const first = (xml: string, name: string) => elements(xml, name).next().value as Element | undefined;

/** The text of an <si> or <is>: its <t> runs, without the <rPh> phonetic guides. */
function runsText(xml: string): string {
  let plain = xml;
  if (xml.includes('<rPh')) {
    plain = '';
    let at = 0;
    for (let open = xml.indexOf('<rPh', at); open >= 0; open = xml.indexOf('<rPh', at)) {
      const close = xml.indexOf('</rPh>', open);
      plain += xml.slice(at, open);
      at = close < 0 ? xml.length : close + '</rPh>'.length;
    }
    plain += xml.slice(at);
  }
  let text = '';
  for (const t of elements(plain, 't')) text += xmlText(t.body);
  return text;
}

export function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  return [...elements(xml, 'si')].map((si) => runsText(si.body));
}

/** For each cell style (the `s` of a cell), whether it shows a date. */
export function dateStyles(xml: string | null): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  // Only the workbook's own formats: <dxfs> (conditional formats) carry <numFmt>s of their own.
  for (const f of elements(first(xml, 'numFmts')?.body ?? '', 'numFmt'))
    custom.set(Number(attr(f.tag, 'numFmtId')), xmlText(attr(f.tag, 'formatCode') ?? ''));
  return [...elements(first(xml, 'cellXfs')?.body ?? '', 'xf')].map((xf) => {
    const id = Number(attr(xf.tag, 'numFmtId') ?? 0);
    const code = custom.get(id);
    return code === undefined ? DATE_FORMAT_IDS.has(id) : isDateCode(code);
  });
}

/** A format code that shows a date or time: y, m, d, h or s outside quotes, escapes and [colours]. */
function isDateCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/g, '');
  return /[ymdhs]/i.test(bare);
}

/** The last date Excel shows (9999-12-31) is serial 2958465. */
const MAX_SERIAL = 2958466;

/**
 * An Excel date serial as ISO text, to the second; a time of day alone (under 1) as HH:MM:SS.
 * A number no date can be (a phone number in a date-styled cell) stays the number.
 */
export function serialText(serial: number, date1904 = false): string {
  if (!(serial >= 0 && serial < MAX_SERIAL)) return String(serial);
  // The 1900 system counts a 29 February 1900 that never was: days before it are one later.
  const days = !date1904 && serial < 61 ? serial + 1 : serial;
  const ms = Math.round(days * 86_400) * 1000 + (date1904 ? EPOCH_1904 : EPOCH_1900);
  const iso = new Date(ms).toISOString();
  const time = iso.slice(11, 19);
  if (serial < 1 && !date1904) return time;
  return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

/** The rows and columns a sheet can have. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** Thrown when the sheet holds more cells than one import may take. */
export class XlsxTooLargeError extends Error {
  constructor() {
    super('too many cells');
    this.name = 'XlsxTooLargeError';
  }
}

/** Column letters of a cell reference ("AB12", "ab12") as a 0-based index; -1 when it is none. */
function columnIndex(ref: string): number {
  const letters = /^([A-Za-z]{1,3})\d*$/.exec(ref)?.[1];
  if (!letters) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= MAX_COLUMNS ? n - 1 : -1;
}

interface Book {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
}

function cellValue(tag: string, body: string, book: Book): string {
  const type = attr(tag, 't') ?? 'n';
  if (type === 'inlineStr') return runsText(first(body, 'is')?.body ?? '');
  const raw = first(body, 'v')?.body;
  if (raw === undefined || raw === '') {
    // A formula never calculated (some tools write none): its text, which the import keeps as text.
    const formula = first(body, 'f')?.body;
    return formula === undefined || formula === '' ? '' : `=${xmlText(formula)}`;
  }
  const v = xmlText(raw);
  if (type === 's') return book.strings[Number(v)] ?? '';
  if (type === 'b') return v === '1' ? 'TRUE' : 'FALSE';
  if (type !== 'n') return v; // 'str' (a formula's text), 'e' (#N/A and the like), 'd' (ISO already)
  const n = Number(v);
  if (!Number.isFinite(n)) return v;
  return book.dates[Number(attr(tag, 's') ?? 0)] ? serialText(n, book.date1904) : String(n);
}

/**
 * The rows of a worksheet's XML, every row as wide as the widest, as a CSV parser gives them.
 * Only cells with a value count: an empty formatted cell far right or a styled row far down adds
 * nothing. Throws XlsxTooLargeError past MAX_IMPORT_CELLS, the cells one import may take.
 */
export function sheetRows(xml: string, book: Book): string[][] {
  const found = new Map<number, string[]>();
  let height = 0;
  let width = 0;
  let next = 0;
  for (const row of elements(first(xml, 'sheetData')?.body ?? '', 'row')) {
    const r = attr(row.tag, 'r');
    const index = r === undefined ? next : Number(r) - 1;
    next = index + 1;
    if (!(index >= 0 && index < MAX_ROWS)) continue;
    const line: string[] = [];
    let col = -1;
    for (const c of elements(row.body, 'c')) {
      const ref = attr(c.tag, 'r');
      col = ref === undefined ? col + 1 : columnIndex(ref);
      if (col < 0) continue;
      const value = cellValue(c.tag, c.body, book);
      if (value === '') continue;
      while (line.length < col) line.push('');
      line[col] = value;
    }
    if (!line.length) continue;
    found.set(index, line);
    height = Math.max(height, index + 1);
    width = Math.max(width, line.length);
    if (height * width > MAX_IMPORT_CELLS) throw new XlsxTooLargeError();
  }
  const rows: string[][] = [];
  for (let i = 0; i < height; i++) {
    const line = found.get(i) ?? [];
    rows.push(line.length < width ? [...line, ...Array<string>(width - line.length).fill('')] : line);
  }
  return rows;
}

/** Where the workbook's first sheet is: the target of its relationship, as a path in the archive. */
function firstSheetPath(workbook: string, rels: string | null): string {
  const sheet = first(workbook, 'sheet');
  const rid = sheet ? (attr(sheet.tag, 'r:id') ?? null) : null;
  for (const rel of elements(rels ?? '', 'Relationship')) {
    if (attr(rel.tag, 'Id') !== rid) continue;
    const target = attr(rel.tag, 'Target') ?? '';
    return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  }
  return 'xl/worksheets/sheet1.xml';
}

export class NotWorkbookError extends Error {
  constructor() {
    super('not an Excel workbook');
    this.name = 'NotWorkbookError';
  }
}

/** The first sheet of an .xlsx as text rows. Throws NotWorkbookError for any other zip. */
export async function xlsxRows(bytes: Uint8Array): Promise<string[][]> {
  const entries = zipEntries(bytes);
  // Some tools prefix every element (<x:row>, <x:c>): read the names without the prefix.
  const part = async (name: string) =>
    (await zipText(bytes, entries, name))?.replace(/<(\/?)[A-Za-z_][\w.-]*:/g, '<$1') ?? null;
  const workbook = await part('xl/workbook.xml');
  if (workbook === null) throw new NotWorkbookError();
  const path = firstSheetPath(workbook, await part('xl/_rels/workbook.xml.rels'));
  const sheet = await part(path);
  if (sheet === null) throw new NotWorkbookError();
  const book: Book = {
    strings: sharedStrings(await part('xl/sharedStrings.xml')),
    dates: dateStyles(await part('xl/styles.xml')),
    date1904: /<workbookPr\b[^>]*\sdate1904="(1|true)"/.test(workbook),
  };
  return sheetRows(sheet, book);
}
