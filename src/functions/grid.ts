import { fail, KpiError } from '../core/errors';
import { isBlank } from '../core/parse';

/** What Sheets passes a custom function: a single value, or a 2D array for a range. */
export type CellArg = unknown;
export type Grid = unknown[][];

export function isRange(arg: CellArg): arg is Grid {
  return Array.isArray(arg) && arg.every((row) => Array.isArray(row));
}

/** A 1×1 range counts as a single value, as it does in Sheets. */
function unwrapSingle(arg: CellArg): CellArg {
  return isRange(arg) && arg.length === 1 && arg[0].length === 1 ? arg[0][0] : arg;
}

/** Rethrows a KpiError with the position inside the range where the bad value sits. */
function atPosition<T>(row: number, col: number, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof KpiError && !error.problem.at) {
      throw new KpiError({ ...error.problem, at: { row: row + 1, col: col + 1 } });
    }
    throw error;
  }
}

const shapeOf = (grid: Grid) => `${grid.length}×${grid[0]?.length ?? 0}`;

/**
 * Broadcasts `compute` over its arguments like ARRAYFORMULA: single values apply to every cell,
 * ranges must share one shape and the result takes it. A blank cell in a range gives a blank
 * result for that position (so growing columns like A2:A work); a blank single value is an error.
 */
export function broadcast<T>(
  args: readonly CellArg[],
  names: readonly string[],
  read: (raw: unknown, name: string, index: number) => T,
  compute: (values: T[]) => unknown,
): unknown {
  const unwrapped = names.map((_, i) => unwrapSingle(args[i]));
  const grids = unwrapped.map((a) => (isRange(a) ? a : null));
  const ranges = grids.map((g, i) => (g ? i : -1)).filter((i) => i >= 0);
  if (ranges.length === 0) return compute(unwrapped.map((raw, i) => read(raw, names[i], i)));

  const first = grids[ranges[0]] as Grid;
  const rows = first.length;
  const cols = first[0]?.length ?? 0;
  for (const i of ranges) {
    const grid = grids[i] as Grid;
    if (grid.length !== rows || grid.some((r) => r.length !== cols)) {
      fail('shapeMismatch', names[i], { shape: shapeOf(grid), expected: shapeOf(first) });
    }
  }
  // Single values are read once, not once per cell.
  const values = unwrapped.map((raw, i) => (grids[i] ? (undefined as T) : read(raw, names[i], i)));
  const out: unknown[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const outRow = new Array<unknown>(cols);
    for (let c = 0; c < cols; c++) {
      let blank = false;
      for (const i of ranges) {
        const cell = (grids[i] as Grid)[r][c];
        if (isBlank(cell)) {
          blank = true;
          break;
        }
        values[i] = atPosition(r, c, () => read(cell, names[i], i));
      }
      outRow[c] = blank ? '' : atPosition(r, c, () => compute(values));
    }
    out[r] = outRow;
  }
  return out;
}

export interface List {
  values: unknown[];
  vertical: boolean;
}

/**
 * A range argument that must be one row or one column, flattened top/left first, with blank cells
 * at the end dropped so open ranges like B2:B work (blanks inside stay and are reported).
 */
export function readList(arg: CellArg, name: string): List {
  if (arg === undefined || isBlank(arg)) fail('empty', name);
  let list: List;
  if (!isRange(arg)) list = { values: [arg], vertical: true };
  else if (arg.length === 1) list = { values: arg[0].slice(), vertical: false };
  else if (arg.every((row) => row.length === 1)) list = { values: arg.map((row) => row[0]), vertical: true };
  else fail('notAList', name);
  let end = list.values.length;
  while (end > 0 && isBlank(list.values[end - 1])) end--;
  list.values = list.values.slice(0, end);
  if (end === 0) fail('empty', name);
  return list;
}

/** Reads each list element, reporting a bad one with its 1-based position in the range. */
export function readEach<T>(list: List, read: (raw: unknown) => T): T[] {
  return list.values.map((raw, i) =>
    atPosition(list.vertical ? i : 0, list.vertical ? 0 : i, () => read(raw)),
  );
}

/** A value that must be a single cell. */
export function single(arg: CellArg, name: string): unknown {
  const value = unwrapSingle(arg);
  if (isRange(value)) fail('notSingleValue', name);
  return value;
}
