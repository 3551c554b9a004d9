import { IMPORT_REFUSAL } from '../catalog/import';
import { render, type Params } from '../i18n';
import { ProblemLog } from './problems';
import type { ImportProblem, ImportRefusal } from './types';
import type { Lang } from '../i18n';

/** A file's rows after tidying: the header, the records, and what was left out. */
export interface ImportTable {
  headers: string[];
  rows: string[][];
  /** For each row of `rows`, its row number in the file (the first line is row 1), for messages. */
  rowNumbers: number[];
  /** Report footer lines dropped from the end (Salesforce totals, confidentiality, copyright). */
  footerLines: string[];
  problems: ImportProblem[];
}

/** Thrown when a file is not a table of records; `refusal` says why in both languages. */
export class ImportRefused extends Error {
  readonly refusal: ImportRefusal;
  constructor(refusal: ImportRefusal) {
    super(refusal.message.en);
    this.name = 'ImportRefused';
    this.refusal = refusal;
  }
}

// Lines report tools put under the records: Salesforce (English and Japanese) and the like.
const FOOTER = [
  /^grand totals?\b/i,
  /^総計/,
  /^confidential information\b/i,
  /^機密情報/,
  /^copyright\b/i,
  /^\(c\)\s*\d{4}/i,
  /^©/,
  /all rights reserved\.?$/i,
  // A total line only when the cell says nothing else: "Total", "Subtotal (12 records)", "合計".
  /^(sub)?totals?\s*([(（][^)）]*[)）])?\s*:?$/i,
  /^(合計|小計|計)\s*([(（][^)）]*[)）])?\s*[:：]?$/,
];

const isBlankRow = (row: readonly string[]) => row.every((cell) => cell.trim() === '');
const firstText = (row: readonly string[]) => row.find((cell) => cell.trim() !== '')?.trim() ?? '';
const isFooterLine = (row: readonly string[]) => FOOTER.some((re) => re.test(firstText(row)));
const looksLikeNumber = (text: string) => {
  const t = text.normalize('NFKC');
  return /\d/.test(t) && /^[-+]?[\d.,:/\s年月日時分秒]+$/.test(t);
};

/**
 * The most characters an imported cell keeps: a spreadsheet cell holds 50,000, one of which the
 * apostrophe takes that keeps the text from being read as a formula. Longer ones are shortened, and counted.
 */
export const MAX_CELL_CHARS = 49999;

/** Sheets keeps at most 10 million cells per spreadsheet; one import may take a quarter of that. */
export const MAX_IMPORT_CELLS = 2_500_000;

/**
 * Tidies rows as a CSV parser returns them: strips a byte-order mark and spaces from the header,
 * drops empty rows and the footer a report tool writes under the records, and refuses what is not
 * a table (one column, no records, a first row that is not column names).
 */
export function cleanTable(input: readonly (readonly unknown[])[], lang: Lang = 'en'): ImportTable {
  // Array.from, not map: a sparse row's holes are cells too (map would skip them).
  const rows = input.map((row) => Array.from(Array.isArray(row) ? row : [], (cell) => text(cell)));
  const log = new ProblemLog(lang);
  let start = 0;
  while (start < rows.length && isBlankRow(rows[start] ?? [])) start++;
  const header = headerAfterTitle(rows, start);
  for (let i = start; i < header; i++) {
    const line = firstText(rows[i] ?? []);
    if (line !== '') log.add('title', 'title', 'info', undefined, line);
  }
  start = header;
  const headerRow = rows[start];
  if (!headerRow) throw refuse('empty');

  const headers = headerRow.map((cell, i) => (i === 0 ? cell.replace(/^\uFEFF/, '') : cell).trim());
  while (headers.length > 1 && headers[headers.length - 1] === '') headers.pop();

  // Blank rows at the very end (a final line break) are no records and no news.
  let end = rows.length;
  while (end - 1 > start && isBlankRow(rows[end - 1] ?? [])) end--;
  // The footer: from the end, blank rows and footer lines, as long as at least one footer line.
  let footerStart = end;
  for (let i = end - 1; i > start; i--) {
    const row = rows[i] ?? [];
    if (isBlankRow(row)) continue;
    if (!isFooterLine(row)) break;
    footerStart = i;
  }
  const footerLines: string[] = [];
  if (footerStart < end) {
    // Blank rows just above the first footer line belong to the footer too.
    while (footerStart - 1 > start && isBlankRow(rows[footerStart - 1] ?? [])) footerStart--;
    for (let i = footerStart; i < end; i++) {
      const row = rows[i] ?? [];
      if (isBlankRow(row)) continue;
      const line = row
        .filter((cell) => cell.trim() !== '')
        .join(' ')
        .trim();
      footerLines.push(line);
      log.add('footer', 'footer', 'info', undefined, line);
    }
    end = footerStart;
  }

  const body: string[][] = [];
  const rowNumbers: number[] = [];
  for (let i = start + 1; i < end; i++) {
    const row = rows[i] ?? [];
    if (isBlankRow(row)) {
      log.add('emptyRow', 'emptyRow', 'info', i + 1);
      continue;
    }
    body.push(
      row.map((cell) => {
        if (cell.length <= MAX_CELL_CHARS) return cell;
        log.add('longCell', 'longCell', 'warning', i + 1, cell.slice(0, 20));
        return `${cell.slice(0, MAX_CELL_CHARS - 1)}…`;
      }),
    );
    rowNumbers.push(i + 1);
  }

  if (headers.length < 2) throw refuse('oneColumn', { header: headers[0] ?? '' });
  const named = headers.filter((h) => h !== '' && !looksLikeNumber(h)).length;
  if (named * 2 <= headers.length) {
    throw refuse('noHeader', {
      examples: headers.slice(0, 4).map((h) => `"${h}"`),
    });
  }
  if (body.length === 0) throw refuse('tooFewRows');
  return { headers, rows: body, rowNumbers, footerLines, problems: log.list() };
}

const filled = (row: readonly string[]) => row.filter((cell) => cell.trim() !== '').length;
const TITLE_LINES = 12;

/**
 * Where the column names start when a report tool writes a title above them (report name, "Filtered
 * By:" and its filters, one cell a line): the first of the next rows with two or more cells, mostly
 * names, when every line above it holds one cell at most and records follow. Otherwise `start`.
 */
function headerAfterTitle(rows: readonly (readonly string[])[], start: number): number {
  if (filled(rows[start] ?? []) >= 2) return start;
  const last = Math.min(rows.length - 1, start + TITLE_LINES);
  for (let i = start + 1; i < last; i++) {
    const row = rows[i] ?? [];
    const cells = filled(row);
    if (cells < 2) continue;
    const named = row.filter((cell) => cell.trim() !== '' && !looksLikeNumber(cell.trim())).length;
    const recordsFollow = rows.slice(i + 1).some((next) => filled(next) >= 2);
    return named * 2 > cells && recordsFollow ? i : start;
  }
  return start;
}

function text(cell: unknown): string {
  if (typeof cell === 'string') return cell;
  if (cell === null || cell === undefined) return '';
  return String(cell);
}

function refuse(code: ImportRefusal['code'], params: Params = {}): ImportRefused {
  const template = IMPORT_REFUSAL[code];
  return new ImportRefused({
    code,
    message: { en: render(template, 'en', params), ja: render(template, 'ja', params) },
  });
}
