import { SHEET_KEYS } from './names';
import { sizeOf, type Cell, type SheetDescription, type SheetKey } from './description';

/**
 * Every sheet we write carries a hidden key column (right of its content) and a hidden key row
 * (below it). They move with the rows and columns when the user inserts, deletes or sorts, so
 * what is on the sheet is found by key, never by position. Their crossing holds the sheet's mark.
 */
export const KEY_MARK = 'kpi-tree-builder';

/** The mark at the crossing of the key row and column: which sheet of which plan this is. */
export function cornerMark(sheet: MarkedSheet, plan: string): string {
  return `${KEY_MARK}:${sheet}:${plan}`;
}

/**
 * The mark a deleted plan's kept or archived sheet carries instead: it names no sheet kind, so no
 * plan (not even a later one of the same name) takes the sheet for its own.
 */
export function releasedMark(sheet: MarkedSheet, plan: string): string {
  return `${KEY_MARK}:deleted:${sheet}:${plan}`;
}

/** Sheets that carry a mark: the plan's own, and its Scenarios sheet. */
export type MarkedSheet = SheetKey | 'scenarios';

/** Reads a mark back: the sheet kind and plan name, or null for any other value. */
export function readMark(value: unknown): { sheet: MarkedSheet; plan: string } | null {
  if (typeof value !== 'string' || !value.startsWith(`${KEY_MARK}:`)) return null;
  const rest = value.slice(KEY_MARK.length + 1);
  const colon = rest.indexOf(':');
  if (colon < 0) return null;
  const sheet = rest.slice(0, colon) as MarkedSheet;
  if (![...SHEET_KEYS, 'scenarios'].includes(sheet)) return null;
  return { sheet, plan: rest.slice(colon + 1) };
}

/** The mark on a sheet's values, searched from the bottom right where it normally sits. */
export function findMark(
  values: unknown[][],
): { sheet: MarkedSheet; plan: string; row: number; col: number } | null {
  for (let r = values.length - 1; r >= 0; r--) {
    const line = values[r] ?? [];
    for (let c = line.length - 1; c >= 0; c--) {
      const mark = readMark(line[c]);
      if (mark) return { ...mark, row: r, col: c };
    }
  }
  return null;
}

export function rowKeyAt(sheet: SheetDescription<string>, row: number): string {
  return sheet.rowKeys?.[row] ?? `r${row}`;
}

export function colKeyAt(sheet: SheetDescription<string>, col: number): string {
  return sheet.colKeys?.[col] ?? `c${col}`;
}

/** Where the key row and column of a framed description sit (1-based). */
export interface Frame {
  keyRow: number;
  keyCol: number;
}

/** A framed description: its last row and column are the keys. */
export function frameOf(sheet: SheetDescription<string>): Frame {
  const size = sizeOf(sheet);
  return { keyRow: size.rows, keyCol: size.cols };
}

/** Adds the hidden key row and column to a sheet description of a plan. */
export function framed<K extends MarkedSheet>(sheet: SheetDescription<K>, plan: string): SheetDescription<K> {
  const size = sizeOf(sheet);
  const keyRow = size.rows + 1;
  const keyCol = size.cols + 1;
  const key = (text: string): Cell => ({ text });
  const cells: (Cell | null)[][] = sheet.cells.map((line, r) => {
    const copy = [...line];
    while (copy.length < size.cols) copy.push(null);
    copy.push(key(rowKeyAt(sheet, r + 1)));
    return copy;
  });
  const keyLine: (Cell | null)[] = [];
  for (let c = 1; c <= size.cols; c++) keyLine.push(key(colKeyAt(sheet, c)));
  keyLine.push(key(cornerMark(sheet.key, plan)));
  cells.push(keyLine);
  return {
    ...sheet,
    cells,
    hiddenColumns: [...sheet.hiddenColumns, keyCol],
    hiddenRows: [...(sheet.hiddenRows ?? []), keyRow],
  };
}

/**
 * Where each key of a framed description stands on the sheet now: 0-based row and column
 * indexes into the values read. Null when the sheet holds no mark of this kind (the key row or
 * column was deleted, or the sheet is not ours).
 */
export interface Located {
  rows: Map<string, number>;
  cols: Map<string, number>;
  /** 0-based position of the key row and column now. */
  keyRow: number;
  keyCol: number;
  /**
   * The key line the user deleted or cleared (see relocate): its position above is where our frame
   * ends, a row or column like any other, not one to skip.
   */
  lost?: 'row' | 'col';
}

export function locate(values: unknown[][], sheet: MarkedSheet): Located | null {
  const mark = findMark(values);
  if (!mark || mark.sheet !== sheet) return null;
  const r = mark.row;
  const c = mark.col;
  const rows = keysAlong(
    values.map((line) => line[c]),
    r,
  );
  return { rows, cols: keysAlong(values[r] ?? [], c), keyRow: r, keyCol: c };
}

/**
 * Key -> index along a key line, before `limit`. A copied row brings its key along: the first one
 * keeps the key, the copy counts as the user's.
 */
export function keysAlong(line: unknown[], limit: number): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < Math.min(line.length, limit); i++) {
    const k = line[i];
    if (typeof k === 'string' && k !== '' && !map.has(k)) map.set(k, i);
  }
  return map;
}

/** Where a framed description's keys would be if nothing had moved (sheets from before keys). */
export function unmoved(sheet: SheetDescription<string>): Located {
  const frame = frameOf(sheet);
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  for (let r = 1; r < frame.keyRow; r++) rows.set(rowKeyAt(sheet, r), r - 1);
  for (let c = 1; c < frame.keyCol; c++) cols.set(colKeyAt(sheet, c), c - 1);
  return { rows, cols, keyRow: frame.keyRow - 1, keyCol: frame.keyCol - 1 };
}
