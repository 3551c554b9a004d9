import type { SheetDescription } from './description';
import { colKeyAt, frameOf, keysAlong, rowKeyAt, type Located } from './keys';

/** What we wrote on a framed sheet: its frame, its row and column keys in order, and its texts (0-based). */
function wrote(previous: SheetDescription<string>) {
  const frame = frameOf(previous);
  return {
    frame,
    rowKeys: Array.from({ length: frame.keyRow - 1 }, (_, r) => rowKeyAt(previous, r + 1)),
    colKeys: Array.from({ length: frame.keyCol - 1 }, (_, c) => colKeyAt(previous, c + 1)),
    textAt: (r: number, c: number) => previous.cells[r]?.[c]?.text,
  };
}

/**
 * Where a sheet's keys are when its mark is gone: the user deleted or cleared the hidden key row or
 * key column (the mark sits where they cross). The key line that is left still says where its rows
 * (or columns) are; the other dimension is found by the labels we wrote, in order, the way the user
 * reads them. A row or column no label finds has no key, so what was typed in it is the user's
 * (asked about, archived), never bound to whatever now stands in its old position.
 * Null when neither key line is left (a sheet from before keys): the caller decides.
 */
export function relocate(previous: SheetDescription<string>, values: unknown[][]): Located | null {
  const { frame, rowKeys, colKeys, textAt } = wrote(previous);
  const height = values.length;
  const width = Math.max(0, ...values.map((line) => line.length));
  const column = (c: number) => values.map((line) => line[c]);
  // A key we also wrote as a cell's text (Monthly Targets' lookup column) tells no key line.
  const texts = new Set(
    previous.cells
      .slice(0, frame.keyRow - 1)
      .flatMap((line) => line.slice(0, frame.keyCol - 1).map((cell) => cell?.text)),
  );
  const telling = (keys: string[]) => keys.filter((k) => !texts.has(k));
  const keyCol = lineOfKeys(width, column, telling(rowKeys));
  const keyRow = lineOfKeys(height, (r) => values[r] ?? [], telling(colKeys));
  if (keyCol < 0 && keyRow < 0) return null;

  const rows = keyCol >= 0 ? keysAlong(column(keyCol), keyRow >= 0 ? keyRow : height) : null;
  const cols = keyRow >= 0 ? keysAlong(values[keyRow] ?? [], keyCol >= 0 ? keyCol : width) : null;
  const end = (map: Map<string, number>) => Math.max(-1, ...map.values()) + 1;
  if (rows && cols) return { rows, cols, keyRow, keyCol };
  if (rows) {
    // Each column we wrote, by its texts on the rows the key column still finds.
    const found = align({
      wrote: colKeys.length,
      onSheet: width,
      skip: keyCol,
      labels: (c) =>
        labelsOf(
          rowKeys.length,
          (r) => textAt(r, c),
          (r) => rows.get(rowKeys[r] ?? ''),
        ),
      valueAt: (c, r) => values[r]?.[c],
    });
    return { rows, cols: keysOfMatches(found, colKeys), keyRow: end(rows), keyCol, lost: 'row' };
  }
  const across = cols ?? new Map<string, number>();
  // Each row we wrote, by its texts in the columns the key row still finds.
  const found = align({
    wrote: rowKeys.length,
    onSheet: height,
    skip: keyRow,
    labels: (r) =>
      labelsOf(
        colKeys.length,
        (c) => textAt(r, c),
        (c) => across.get(colKeys[c] ?? ''),
      ),
    valueAt: (r, c) => values[r]?.[c],
  });
  return { rows: keysOfMatches(found, rowKeys), cols: across, keyRow, keyCol: end(across), lost: 'col' };
}

/**
 * Whether a cell shows a label we wrote, spelled as this version or an earlier one did: alike but
 * for spacing and character width (":" and "：", "1" and "１").
 */
export function sameLabel(value: unknown, label: string): boolean {
  const plain = (t: string) => t.normalize('NFKC').replace(/\s+/g, '');
  return (typeof value === 'string' || typeof value === 'number') && plain(String(value)) === plain(label);
}

/** The line (column or row) holding at least half of `keys`, the one holding most; -1 for none. */
function lineOfKeys(count: number, line: (i: number) => unknown[], keys: string[]): number {
  const wanted = new Set(keys);
  let best = -1;
  let most = 0;
  for (let i = 0; i < count; i++) {
    const n = new Set(line(i).filter((v) => typeof v === 'string' && wanted.has(v))).size;
    if (n > most) [best, most] = [i, n];
  }
  return most > 0 && most * 2 >= wanted.size ? best : -1;
}

/** The texts we wrote along one row (or column), each with where its crossing line is now. */
function labelsOf(
  count: number,
  text: (i: number) => string | undefined,
  now: (i: number) => number | undefined,
): [number, string][] {
  const labels: [number, string][] = [];
  for (let i = 0; i < count; i++) {
    const t = text(i);
    const at = now(i);
    if (t !== undefined && t !== '' && at !== undefined) labels.push([at, t]);
  }
  return labels;
}

/**
 * Matches the lines we wrote (each by its labels) to the lines on the sheet, keeping their order
 * (a longest common subsequence): a line matches where every one of its labels stands as written.
 * Returns, for each line we wrote, its index on the sheet or -1.
 */
function align(o: {
  wrote: number;
  onSheet: number;
  /** The line on the sheet that is the surviving key line: it matches nothing. */
  skip: number;
  labels: (i: number) => [number, string][];
  valueAt: (line: number, across: number) => unknown;
}): number[] {
  const { wrote, onSheet } = o;
  const sig = Array.from({ length: wrote }, (_, i) => o.labels(i));
  const matches = (i: number, j: number) =>
    j !== o.skip &&
    (sig[i]?.length ?? 0) > 0 &&
    (sig[i] ?? []).every(([across, text]) => sameLabel(o.valueAt(j, across), text));
  // lengths[i][j]: the longest common run of wrote[i..] and onSheet[j..].
  const lengths = Array.from({ length: wrote + 1 }, () => new Array<number>(onSheet + 1).fill(0));
  const hit = Array.from({ length: wrote }, (_, i) =>
    Array.from({ length: onSheet }, (_, j) => matches(i, j)),
  );
  for (let i = wrote - 1; i >= 0; i--) {
    for (let j = onSheet - 1; j >= 0; j--) {
      const row = lengths[i]!;
      row[j] = hit[i]![j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, row[j + 1]!);
    }
  }
  const found = new Array<number>(wrote).fill(-1);
  for (let i = 0, j = 0; i < wrote && j < onSheet;) {
    if (hit[i]![j] && lengths[i]![j] === lengths[i + 1]![j + 1]! + 1) found[i++] = j++;
    else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return found;
}

function keysOfMatches(found: number[], keys: string[]): Map<string, number> {
  const map = new Map<string, number>();
  found.forEach((at, i) => {
    const key = keys[i];
    if (at >= 0 && key !== undefined && !map.has(key)) map.set(key, at);
  });
  return map;
}

/**
 * Where the keys are when the mark was found but single key cells were overwritten or cleared (a
 * paste that spilled into the hidden key column, say): the key line still tells every other row
 * and column, and each one missing is found between its neighbours by the labels we wrote. A
 * row or column no label finds keeps no key (what was typed there is the user's).
 */
export function fillHoles(
  previous: SheetDescription<string>,
  values: unknown[][],
  located: Located,
): Located {
  if (located.lost) return located;
  const { rowKeys, colKeys, textAt } = wrote(previous);
  const rows = filled(rowKeys, located.rows, located.keyRow, {
    keyAt: (r) => values[r]?.[located.keyCol],
    labels: (i) =>
      labelsOf(
        colKeys.length,
        (c) => textAt(i, c),
        (c) => located.cols.get(colKeys[c] ?? ''),
      ),
    valueAt: (r, c) => values[r]?.[c],
  });
  const cols = filled(colKeys, located.cols, located.keyCol, {
    keyAt: (c) => values[located.keyRow]?.[c],
    labels: (i) =>
      labelsOf(
        rowKeys.length,
        (r) => textAt(r, i),
        (r) => rows.get(rowKeys[r] ?? ''),
      ),
    valueAt: (c, r) => values[r]?.[c],
  });
  return { ...located, rows, cols };
}

/** `found` with each missing key placed on a keyless line between its neighbours, where its labels stand. */
function filled(
  keys: string[],
  found: Map<string, number>,
  limit: number,
  o: {
    keyAt: (line: number) => unknown;
    labels: (i: number) => [number, string][];
    valueAt: (line: number, across: number) => unknown;
  },
): Map<string, number> {
  if (keys.every((k) => found.has(k))) return found;
  const known = new Set(keys);
  // What was pasted over a key reads as a key of its own: it is none.
  const out = new Map([...found].filter(([k]) => known.has(k)));
  const taken = new Set(out.values());
  const near = (from: number, step: number, none: number) => {
    for (let k = from; k >= 0 && k < keys.length; k += step) {
      const at = out.get(keys[k] ?? '');
      if (at !== undefined) return at;
    }
    return none;
  };
  keys.forEach((key, i) => {
    if (out.has(key)) return;
    const labels = o.labels(i);
    if (labels.length === 0) return;
    const [from, to] = [near(i - 1, -1, -1), near(i + 1, 1, limit)];
    for (let line = from + 1; line < to; line++) {
      const k = o.keyAt(line);
      if (taken.has(line) || (typeof k === 'string' && known.has(k))) continue;
      if (labels.every(([across, text]) => sameLabel(o.valueAt(line, across), text))) {
        out.set(key, line);
        taken.add(line);
        return;
      }
    }
  });
  return out;
}
