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
  const onlyRow = isRange(arg) && arg.length === 1 ? arg[0] : undefined;
  return onlyRow?.length === 1 ? onlyRow[0] : arg;
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
/** The distinct row lengths of a grid, longest first: one length for a rectangular range. */
const rowLengths = (grid: Grid) => [...new Set(grid.map((row) => row.length))].sort((a, b) => b - a);

/**
 * Broadcasts `compute` over its arguments like ARRAYFORMULA: single values apply to every cell,
 * ranges must share one shape and the result takes it. A blank cell in a range gives a blank
 * result for that position (so growing columns like A2:A work); a blank single value is an error.
 * `compute` gets one value per parameter, in order.
 */
export function broadcast<const P extends readonly { name: string }[], T>(
  args: readonly CellArg[],
  params: P,
  read: (raw: unknown, param: P[number]) => T,
  compute: (values: { [K in keyof P]: T }) => unknown,
): unknown {
  const inputs = params.map((param, i) => {
    const raw = unwrapSingle(args[i]);
    return { param, raw, grid: isRange(raw) ? raw : null };
  });
  const ranges = inputs.flatMap(({ param, grid }, i) => (grid ? [{ param, grid, i }] : []));
  // One value per parameter, in the order of `params`.
  const computeAll = (values: T[]) => compute(values as { [K in keyof P]: T });
  const first = ranges[0];
  if (!first) return computeAll(inputs.map(({ raw, param }) => read(raw, param)));

  // A range whose rows differ in length has no shape to compare (Sheets never passes one).
  for (const { grid, param } of ranges) {
    const lengths = rowLengths(grid);
    if (lengths.length > 1) fail('notRectangular', param.name, { lengths });
  }
  const rows = first.grid.length;
  const cols = first.grid[0]?.length ?? 0;
  for (const { grid, param } of ranges) {
    if (grid.length !== rows || (grid[0]?.length ?? 0) !== cols) {
      fail('shapeMismatch', param.name, { shape: shapeOf(grid), expected: shapeOf(first.grid) });
    }
  }
  // Single values are read once, not once per cell.
  const values = inputs.map(({ raw, param, grid }) => (grid ? (undefined as T) : read(raw, param)));
  const out: unknown[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const outRow = new Array<unknown>(cols);
    for (let c = 0; c < cols; c++) {
      let blank = false;
      for (const { grid, param, i } of ranges) {
        // Every range has the shape of the first, so the cell exists.
        const cell = grid[r]?.[c];
        if (isBlank(cell)) {
          blank = true;
          break;
        }
        values[i] = atPosition(r, c, () => read(cell, param));
      }
      outRow[c] = blank ? '' : atPosition(r, c, () => computeAll(values));
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
  else if (arg.length === 1) list = { values: arg.flat(), vertical: false };
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
