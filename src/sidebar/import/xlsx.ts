/**
 * The first sheet of an Excel workbook (.xlsx) as text rows, the way a CSV export gives them:
 * shared and inline strings as they are (without the phonetic guides Japanese Excel adds), dates
 * as ISO 'YYYY-MM-DD' (with ' HH:MM:SS' when the time is not midnight), numbers plain, TRUE/FALSE.
 * Formulas give their cached results. Rows keep their sheet row numbers (blank rows stay blank).
 */
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

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The text of an <si> or <is>: its <t> runs, without the <rPh> phonetic guides. */
function runsText(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let text = '';
  for (const m of plain.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g))
    text += xmlText(m[1] ?? '');
  return text;
}

export function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => runsText(m[1] ?? ''));
}

/** For each cell style (the `s` of a cell), whether it shows a date. */
export function dateStyles(xml: string | null): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\s[^>]*>/g))
    custom.set(Number(attr(m[0], 'numFmtId')), xmlText(attr(m[0], 'formatCode') ?? ''));
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\s[^>]*>/g)].map((m) => {
    const id = Number(attr(m[0], 'numFmtId') ?? 0);
    const code = custom.get(id);
    return code === undefined ? DATE_FORMAT_IDS.has(id) : isDateCode(code);
  });
}

/** A format code that shows a date or time: y, d, h or s outside quotes, escapes and [colours]. */
function isDateCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[ydhs]/i.test(bare);
}

/** An Excel date serial as ISO text, to the second. */
export function serialText(serial: number, date1904 = false): string {
  const ms = Math.round(serial * 86_400) * 1000 + (date1904 ? EPOCH_1904 : EPOCH_1900);
  const iso = new Date(ms).toISOString();
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

/** Column letters of a cell reference ("AB12") as a 0-based index. */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref.replace(/\d+$/, '')) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

interface Book {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
}

function cellValue(tag: string, body: string, book: Book): string {
  const type = attr(tag, 't') ?? 'n';
  if (type === 'inlineStr') return runsText(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
  const raw = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (raw === undefined || raw === '') {
    // A formula never calculated (some tools write none): its text, which the import keeps as text.
    const formula = /<f>([\s\S]*?)<\/f>/.exec(body)?.[1];
    return formula === undefined ? '' : `=${xmlText(formula)}`;
  }
  const v = xmlText(raw);
  if (type === 's') return book.strings[Number(v)] ?? '';
  if (type === 'b') return v === '1' ? 'TRUE' : 'FALSE';
  if (type !== 'n') return v; // 'str' (a formula's text), 'e' (#N/A and the like), 'd' (ISO already)
  const n = Number(v);
  if (!Number.isFinite(n)) return v;
  return book.dates[Number(attr(tag, 's') ?? 0)] ? serialText(n, book.date1904) : String(n);
}

/** The rows of a worksheet's XML. */
export function sheetRows(xml: string, book: Book): string[][] {
  const rows: string[][] = [];
  const data = /<sheetData\b[^>]*>([\s\S]*?)<\/sheetData>/.exec(xml)?.[1] ?? '';
  for (const row of data.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const index = Number(attr(row[1] ?? '', 'r') ?? rows.length + 1) - 1;
    while (rows.length < index) rows.push([]);
    const line: string[] = [];
    for (const c of (row[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const tag = c[1] ?? '';
      const ref = attr(tag, 'r');
      const col = ref ? columnIndex(ref) : line.length;
      while (line.length < col) line.push('');
      line[col] = cellValue(tag, c[2] ?? '', book);
    }
    rows[index] = line;
  }
  // Every row as wide as the widest, as a CSV parser gives them.
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => (r.length < width ? [...r, ...Array<string>(width - r.length).fill('')] : r));
}

/** Where the workbook's first sheet is: the target of its relationship, as a path in the archive. */
function firstSheetPath(workbook: string, rels: string | null): string {
  const id = /<sheet\s[^>]*>/.exec(workbook)?.[0];
  const rid = id ? (/\sr:id="([^"]*)"/.exec(id)?.[1] ?? null) : null;
  for (const m of (rels ?? '').matchAll(/<Relationship\s[^>]*>/g)) {
    if (attr(m[0], 'Id') !== rid) continue;
    const target = attr(m[0], 'Target') ?? '';
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
