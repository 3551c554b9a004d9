import { a1 } from './a1';
import type { Cell, SheetDescription, SheetKey } from './description';
import {
  colKeyAt,
  frameOf,
  locate,
  readMark,
  rowKeyAt,
  unmoved,
  type Located,
  type MarkedSheet,
} from './keys';
import { fillHoles, relocate, sameLabel } from './relocate';

/**
 * The one place that reads what is on a plan's sheets. Given what we wrote last time (`previous`),
 * what we are about to write (`next`) and the values read (one getValues and getFormulas per
 * sheet), it finds every grid by its hidden keys wherever the user moved it and returns every
 * value typed by key, the questions to ask, and the description to write. Pure.
 */

/** One of our sheets as read: computed values and formulas, same shape. */
export interface SheetRead {
  name: string;
  values: unknown[][];
  formulas: string[][];
}

export type SheetsRead<K extends MarkedSheet = SheetKey> = Partial<Record<K, SheetRead>>;

/** Sheet descriptions read or written together (a plan's sheets, or its Scenarios sheet). */
export interface Sheets<K extends MarkedSheet = SheetKey> {
  sheets: SheetDescription<K>[];
}

/** What a cell held: a formula the user typed (with its computed value), or a plain value. */
export interface Content {
  formula?: string;
  value?: unknown;
}

/** A value the user typed into one of our input cells (an actual, a tick, a note), by key. */
export interface Typed<K extends MarkedSheet = SheetKey> {
  sheet: K;
  sheetName: string;
  row: string;
  col: string;
  /** The row's label and the column's month or header, for the archive and the questions. */
  label: string;
  column: string;
  /** Where it is now, e.g. "D9". */
  cell: string;
  content: Content;
}

/** A plan input edited on a sheet (goal, a rate, a weight...). */
export interface InputEdit {
  /** Plan path the cell edits, e.g. "stages.2.rate". */
  path: string;
  sheet: string;
  cell: string;
  label: string;
  planned: unknown;
  onSheet: unknown;
  /** The cell's number format ("0.0%", money), so a question shows the value as the sheet does. */
  format?: string;
}

/** Something the user put where the rewrite writes: over our cells, or in rows and columns they added. */
export interface Displaced<K extends MarkedSheet = SheetKey> {
  sheet: K;
  sheetName: string;
  cell: string;
  label: string;
  column: string;
  content: Content;
}

/** How the applier covers an existing sheet: its extent and the key row or column it must unhide. */
export interface Target {
  rows: number;
  cols: number;
  showRows: number[];
  showColumns: number[];
}

export interface Sync<K extends MarkedSheet = SheetKey> {
  typed: Typed<K>[];
  edits: InputEdit[];
  displaced: Displaced<K>[];
  /** Typed values with no place in the next layout (a removed stage, a month out of the period). */
  orphans: Typed<K>[];
  /** `next` with every typed value in its place. */
  next: Sheets<K>;
  targets: Partial<Record<K, Target>>;
}

export const isEmpty = (v: unknown): boolean => v === '' || v === null || v === undefined;

/** Two cell values that mean the same: both empty, equal numbers up to float noise, or the same text. */
export function sameLiteral(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
  return String(a) === String(b);
}

const literalOf = (cell: Cell | null | undefined): unknown =>
  cell ? (cell.text ?? cell.value ?? null) : null;
const isTypedInput = (cell: Cell | null | undefined) => cell?.input === 'actual' || cell?.input === 'check';
const isPlanInput = (cell: Cell | null | undefined) => !!cell?.input && !isTypedInput(cell);

/** The label of a description row: its first text that is not a key. */
function rowLabel(sheet: SheetDescription<MarkedSheet>, row: number): string {
  const key = rowKeyAt(sheet, row);
  const line = sheet.cells[row - 1] ?? [];
  const frame = frameOf(sheet);
  for (let c = 0; c < Math.min(line.length, frame.keyCol - 1); c++) {
    const text = line[c]?.text;
    if (text && text !== key) return text;
  }
  return key;
}

/** The label of a description column: its month, else its header (the last frozen row), else its key. */
function columnLabel(sheet: SheetDescription<MarkedSheet>, col: number): string {
  const key = colKeyAt(sheet, col);
  if (key.startsWith('m:')) return key.slice(2);
  const header = sheet.frozenRows ? sheet.cells[sheet.frozenRows - 1]?.[col - 1]?.text : undefined;
  return header ?? key;
}

// A cell or range reference, with its sheet (quoted or not) and $ signs, or one Sheets broke.
const REFERENCE =
  /(?:'(?:[^']|'')*'!|[A-Za-z_][\w.]*!)?(?:\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|#REF!)/g;
const STRING = /"(?:[^"]|"")*"/g;

/** Whether two formulas are the same but for their references (and the sheet names in them). */
export function sameShape(a: string, b: string): boolean {
  const shape = (f: string) =>
    f
      .split(STRING)
      .map((part) => part.replace(REFERENCE, '§'))
      .join('"')
      .replace(/\s+/g, '')
      .toUpperCase();
  return shape(a) === shape(b) && (a.match(STRING) ?? []).join() === (b.match(STRING) ?? []).join();
}

/** Reverse of a key map: index -> key. */
function byIndex(map: Map<string, number>): Map<number, string> {
  return new Map([...map].map(([k, i]) => [i, k]));
}

/** A description cell by key, and its 1-based position. */
function indexCells(sheet: SheetDescription<MarkedSheet>): {
  rows: Map<string, number>;
  cols: Map<string, number>;
} {
  const frame = frameOf(sheet);
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  for (let r = 1; r < frame.keyRow; r++) rows.set(rowKeyAt(sheet, r), r);
  for (let c = 1; c < frame.keyCol; c++) cols.set(colKeyAt(sheet, c), c);
  return { rows, cols };
}

function contentAt(read: SheetRead, r: number, c: number): Content | null {
  const formula = read.formulas[r]?.[c] ?? '';
  const raw = read.values[r]?.[c];
  const value = raw instanceof Date ? raw.toISOString().slice(0, 10) : raw;
  if (formula) return { formula, value };
  if (isEmpty(value)) return null;
  return { value };
}

/** A description cell holding typed content, kept as the user typed it (formulas stay formulas). */
export function cellWith(cell: Cell, content: Content): Cell {
  const base: Cell = { ...cell, value: undefined, text: undefined, formula: undefined };
  if (content.formula !== undefined) return { ...base, formula: content.formula };
  const v = content.value;
  if (typeof v === 'number' || typeof v === 'boolean') return { ...base, value: v };
  return { ...base, text: String(v) };
}

/**
 * Where the sheet's keys are now: found by its mark; without it (the key row or column deleted or
 * cleared) by the key line that is left and our labels; else where they would be had nothing moved.
 */
export function locateSheet(previous: SheetDescription<MarkedSheet>, read: SheetRead): Located {
  const found = locate(read.values, previous.key);
  if (found) return fillHoles(previous, read.values, found);
  return relocate(previous, read.values) ?? unmoved(previous);
}

interface SheetFindings<K extends MarkedSheet> {
  typed: Typed<K>[];
  /** Formulas the user typed into plan inputs: kept where the rewrite writes what they compute. */
  formulas: Typed<K>[];
  edits: InputEdit[];
  displaced: Displaced<K>[];
  located: Located;
}

const isKeyText = (texts: Set<string>, content: Content): boolean =>
  !content.formula &&
  typeof content.value === 'string' &&
  (texts.has(content.value) || readMark(content.value) !== null);

/** Reads one of our sheets against what we wrote there last time. */
function readSheet<K extends MarkedSheet>(
  previous: SheetDescription<K>,
  read: SheetRead,
  next: SheetDescription<K> | undefined,
): SheetFindings<K> {
  const located = locateSheet(previous, read);
  const rowKeys = byIndex(located.rows);
  const colKeys = byIndex(located.cols);
  const index = indexCells(previous);
  // What we write on the key lines: the row and column keys (and the mark, read apart).
  const keyTexts = new Set([...index.rows.keys(), ...index.cols.keys()]);
  const found: SheetFindings<K> = { typed: [], formulas: [], edits: [], displaced: [], located };
  const height = Math.max(read.values.length, read.formulas.length);
  for (let r = 0; r < height; r++) {
    const width = Math.max(read.values[r]?.length ?? 0, read.formulas[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const content = contentAt(read, r, c);
      const onKeyRow = r === located.keyRow && located.lost !== 'row' && c <= located.keyCol;
      const onKeyCol = c === located.keyCol && located.lost !== 'col' && r <= located.keyRow;
      if (onKeyRow || onKeyCol) {
        // A key line holds our keys; anything else there was pasted or typed over one, and the
        // rewrite puts the key back: the user's, asked about and archived.
        if (content && !isKeyText(keyTexts, content)) {
          const [pr, pc] = [index.rows.get(rowKeys.get(r) ?? ''), index.cols.get(colKeys.get(c) ?? '')];
          found.displaced.push({
            sheet: previous.key,
            sheetName: read.name,
            cell: a1(r + 1, c + 1),
            label: onKeyCol && pr !== undefined ? rowLabel(previous, pr) : '',
            column: onKeyRow && pc !== undefined ? columnLabel(previous, pc) : '',
            content,
          });
        }
        continue;
      }
      const rk = rowKeys.get(r);
      const ck = colKeys.get(c);
      const pr = rk === undefined ? undefined : index.rows.get(rk);
      const pc = ck === undefined ? undefined : index.cols.get(ck);
      const inFrame = r < located.keyRow && c < located.keyCol;
      const cell = a1(r + 1, c + 1);
      if (pr === undefined || pc === undefined || !inFrame) {
        // A row or column the user added, or beyond our frame: theirs, unless the rewrite covers it.
        if (!content) continue;
        const will = next?.cells[r]?.[c];
        if (!inFrame && !coveredBy(next, r, c)) continue;
        if (!content.formula && !will?.formula && sameLiteral(content.value, literalOf(will))) continue;
        found.displaced.push({
          sheet: previous.key,
          sheetName: read.name,
          cell,
          label: rk !== undefined && pr !== undefined ? rowLabel(previous, pr) : '',
          column: ck !== undefined && pc !== undefined ? columnLabel(previous, pc) : '',
          content,
        });
        continue;
      }
      const was = previous.cells[pr - 1]?.[pc - 1] ?? null;
      const place = {
        sheet: previous.key,
        sheetName: read.name,
        cell,
        label: rowLabel(previous, pr),
        column: columnLabel(previous, pc),
      };
      if (isPlanInput(was)) {
        const onSheet = read.values[r]?.[c];
        if (content?.formula)
          found.formulas.push({ ...place, row: rk as string, col: ck as string, content });
        if (!sameLiteral(onSheet, was?.value ?? null)) {
          found.edits.push({
            path: was?.input as string,
            sheet: read.name,
            cell,
            label: place.label,
            planned: was?.value ?? null,
            onSheet: onSheet ?? '',
            ...(was?.format ? { format: was.format } : {}),
          });
        }
        continue;
      }
      if (isTypedInput(was)) {
        // An unticked box is no record; anything else typed is.
        if (content && content.value !== false)
          found.typed.push({ ...place, row: rk as string, col: ck as string, content });
        continue;
      }
      if (!content) continue;
      // Where we wrote a formula, one of its shape is ours (Sheets adjusts references when rows
      // move); another one the user typed, and is theirs.
      if (was?.formula && content.formula && sameShape(was.formula, content.formula)) continue;
      if (!content.formula && sameLiteral(content.value, literalOf(was))) continue;
      // A label as an earlier version spelled it ("A: B" for "A：B") is still ours.
      if (!content.formula && was?.text !== undefined && sameLabel(content.value, was.text)) continue;
      found.displaced.push({ ...place, content });
    }
  }
  return found;
}

/** Whether writing `next` covers the 0-based cell (r, c). */
function coveredBy(next: SheetDescription<MarkedSheet> | undefined, r: number, c: number): boolean {
  if (!next) return false;
  const frame = frameOf(next);
  return r < frame.keyRow && c < frame.keyCol;
}

/**
 * Puts what the user typed into the next description by key, where `fits` takes it; returns what
 * found no place.
 */
function carry<K extends MarkedSheet>(
  next: Sheets<K>,
  typed: Typed<K>[],
  fits: (cell: Cell, kept: Typed<K>) => boolean,
): Typed<K>[] {
  const byKey = new Map(typed.map((t) => [`${t.sheet}|${t.row}|${t.col}`, t]));
  const placed = new Set<string>();
  for (const sheet of next.sheets) {
    const { rows, cols } = indexCells(sheet);
    for (const [rk, r] of rows) {
      const line = sheet.cells[r - 1];
      if (!line) continue;
      for (const [ck, c] of cols) {
        const cell = line[c - 1];
        const id = `${sheet.key}|${rk}|${ck}`;
        const kept = byKey.get(id);
        if (!cell || !kept || !fits(cell, kept)) continue;
        line[c - 1] = cellWith(cell, kept.content);
        placed.add(id);
      }
    }
  }
  return typed.filter((t) => !placed.has(`${t.sheet}|${t.row}|${t.col}`));
}

/**
 * Compares the plan's sheets as read with what we wrote last time and what we will write now.
 * Sheets missing from `read` are new. `next` is copied, never changed.
 */
export function syncSheets<K extends MarkedSheet = SheetKey>(
  previous: Sheets<K>,
  nextIn: Sheets<K>,
  read: SheetsRead<K>,
): Sync<K> {
  const next: Sheets<K> = {
    sheets: nextIn.sheets.map((s) => ({ ...s, cells: s.cells.map((line) => [...line]) })),
  };
  const result: Sync<K> = { typed: [], edits: [], displaced: [], orphans: [], next, targets: {} };
  const formulas: Typed<K>[] = [];
  for (const sheet of previous.sheets) {
    const content = read[sheet.key];
    if (!content) continue;
    const fresh = next.sheets.find((s) => s.key === sheet.key);
    const found = readSheet(sheet, content, fresh);
    result.typed.push(...found.typed);
    formulas.push(...found.formulas);
    result.edits.push(...found.edits);
    result.displaced.push(...found.displaced);
    const was = found.located;
    const now = fresh ? frameOf(fresh) : { keyRow: 0, keyCol: 0 };
    result.targets[sheet.key] = {
      // Clear what our earlier frame covered; leave what lies beyond it to the user.
      rows: Math.max(was.keyRow + 1, now.keyRow),
      cols: Math.max(was.keyCol + 1, now.keyCol),
      showRows: was.keyRow + 1 === now.keyRow ? [] : [was.keyRow + 1],
      showColumns: was.keyCol + 1 === now.keyCol ? [] : [was.keyCol + 1],
    };
  }
  result.orphans = carry(next, result.typed, isTypedInput);
  // A formula in a plan input (=2000000*6 for the deal size) stays while it computes the value
  // written there; where the plan now says otherwise, the user was asked and chose the plan's.
  carry(
    next,
    formulas,
    (cell, kept) => isPlanInput(cell) && sameLiteral(kept.content.value, literalOf(cell)),
  );
  return result;
}

/**
 * Fingerprints of what the user was asked about: the plan inputs edited on the sheets, and what
 * the rewrite would replace or archive. Read again under the lock, they tell whether anything
 * changed while the question was open.
 */
export function editsKey(sync: Sync<MarkedSheet>): string {
  return JSON.stringify(sync.edits.map((e) => [e.sheet, e.cell, e.onSheet]));
}

export function contentKey(sync: Sync<MarkedSheet>): string {
  return JSON.stringify([
    sync.displaced.map((d) => [d.sheetName, d.cell, d.content]),
    sync.typed.map((t) => [t.sheet, t.row, t.col, t.content]),
  ]);
}
