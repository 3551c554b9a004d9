import type { Cell, SheetDescription } from './description';
import { textWidth } from './text-width';

/** The largest amounts the plan's sheets show: formula cells are sized for numbers of that many digits. */
export interface WidthBounds {
  money: number;
  count: number;
}

export interface WidthRun {
  from: number;
  count: number;
  width: number;
}

const MIN_WIDTH = 48;
/** Longer text is cut rather than widen a column past what a screen shows. */
const MAX_WIDTH = 600;
/** Cell padding and the grid line, both sides. */
const PADDING = 12;
const STEP = 10;
/** A column sharing a run may be 40% or 60 px wider than it needs, whichever is more. */
const SHARED_SLACK_SHARE = 0.4;
const SHARED_SLACK_PX = 60;
/** setColumnWidths calls a sheet may cost at most. */
const MAX_RUNS = 4;
/** Sheets' own column width, for a run of columns nothing asks room of. */
const EMPTY_WIDTH = 100;
/** Wrapped text asks at most this much: longer text takes more lines instead. */
const WRAP_WIDTH = 200;
const CHECKBOX_WIDTH = 20;
const TEXT_INPUT_WIDTH = 240;
/** A ratio as wide as any the sheets show (999.9%, 999.9x). */
const RATIO_SAMPLE = 9.999;

const MONEY_LITERAL = /["]?[¥$€£円]/;

/** The widest number of as many digits as `value` (99,999 for 22,223): what a cell sized for it always holds. */
const widestOfDigits = (value: number) => 10 ** Math.max(1, Math.ceil(Math.log10(Math.abs(value) + 1))) - 1;

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * A number written with a Sheets number format's first section: quoted literals, `#,##0.0`
 * placeholders and `%`. Enough to know how wide the cell gets, not a full formatter.
 */
export function formatSample(value: number, format: string): string {
  if (!format || format === 'General') return String(Math.round(value * 100) / 100);
  const section = format.split(';')[0] ?? '';
  const scaled = section.includes('%') ? value * 100 : value;
  let out = '';
  let numberDone = false;
  const tokens = section.match(/"[^"]*"|[#0,.]+|\\.|./g) ?? [];
  for (const token of tokens) {
    if (token.startsWith('"')) out += token.slice(1, -1);
    else if (token.startsWith('\\')) out += token.slice(1);
    else if (/^[#0,.]+$/.test(token)) {
      if (numberDone) continue;
      numberDone = true;
      const decimals = token.includes('.') ? (token.split('.')[1] ?? '').replace(/,/g, '').length : 0;
      const fixed = Math.abs(scaled).toFixed(decimals);
      const [whole = '0', fraction] = fixed.split('.');
      const grouped = token.split('.')[0]?.includes(',') ? group(whole) : whole;
      out += `${scaled < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
    } else out += token;
  }
  return out;
}

/** What a formula can show: its text literals, or a number of the bounds' size in its format. */
function formulaSamples(cell: Cell, bounds: WidthBounds): string[] {
  const format = cell.format ?? 'General';
  const literals = [...(cell.formula ?? '').matchAll(/"((?:[^"]|"")*)"/g)]
    .map((m) => (m[1] ?? '').replace(/""/g, '"'))
    .filter((text) => text && !/^[<>=]/.test(text));
  return [...literals, numberSample(format, bounds)];
}

function numberSample(format: string, bounds: WidthBounds, value?: number): string {
  if (format.includes('%') || /"x"|倍/.test(format)) return formatSample(value ?? RATIO_SAMPLE, format);
  const bound = MONEY_LITERAL.test(format) ? bounds.money : bounds.count;
  return formatSample(widestOfDigits(Math.max(Math.abs(value ?? 0), bound)), format);
}

const occupied = (cell: Cell | null | undefined) =>
  !!cell &&
  (cell.text !== undefined ||
    cell.formula !== undefined ||
    cell.value !== undefined ||
    cell.input !== undefined);

/** Whether a cell may run into its right neighbour, as Sheets lets text do when the neighbour is empty. */
const mayOverflow = (cell: Cell) => cell.value === undefined && (cell.text !== undefined || !cell.format);

/** The width one cell asks of its column, or 0 when it asks nothing (empty, or text free to overflow). */
function cellWidth(cell: Cell | null, right: Cell | null | undefined, bounds: WidthBounds): number {
  if (!occupied(cell) || !cell) return 0;
  if (cell.rule?.kind === 'checkbox') return CHECKBOX_WIDTH;
  // An empty cell for the user's own text (notes) leaves room to type.
  if (cell.input !== undefined && !cell.format && cell.text === undefined && cell.value === undefined) {
    return TEXT_INPUT_WIDTH;
  }
  if (mayOverflow(cell) && !occupied(right)) return 0;
  let samples: string[];
  if (cell.text !== undefined) samples = [cell.text];
  else if (cell.formula !== undefined) samples = formulaSamples(cell, bounds);
  else if (typeof cell.value === 'number')
    samples = [numberSample(cell.format ?? 'General', bounds, cell.value)];
  else if (typeof cell.value === 'boolean') samples = [cell.value ? 'TRUE' : 'FALSE'];
  else samples = [];
  const widest = Math.max(0, ...samples.map((s) => textWidth(s, { bold: cell.bold })));
  return cell.wrap ? Math.min(widest, WRAP_WIDTH) : widest;
}

/** The width each column needs (index 0 is column 1), the widest over every variant of the sheet; 0 for none. */
export function neededWidths(variants: SheetDescription<string>[], bounds: WidthBounds): number[] {
  const columns = Math.max(0, ...variants.flatMap((sheet) => sheet.cells.map((line) => line.length)));
  const needed = new Array<number>(columns).fill(0);
  for (const sheet of variants) {
    const hidden = new Set(sheet.hiddenColumns);
    const hiddenRows = new Set(sheet.hiddenRows ?? []);
    sheet.cells.forEach((line, r) => {
      if (hiddenRows.has(r + 1)) return;
      line.forEach((cell, c) => {
        if (hidden.has(c + 1)) return;
        // Text runs on into the next column that is shown, when that one is empty.
        let next = c + 1;
        while (hidden.has(next + 1)) next++;
        const right = line[next];
        needed[c] = Math.max(needed[c]!, cellWidth(cell, right, bounds));
      });
    });
  }
  // 0: nothing in the column asks for room, so it takes whatever width its run has.
  return needed.map((w) =>
    w === 0 ? 0 : Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil((w + PADDING) / STEP) * STEP)),
  );
}

/** How much wider than it needs a column may be so that it shares its neighbours' width (one call). */
const slack = (need: number) => Math.max(SHARED_SLACK_PX, need * SHARED_SLACK_SHARE);

/**
 * The fewest runs of one width each (one setColumnWidths call each) in which no column is narrower
 * than it needs or wider than its need plus slack. A column that asks nothing (empty, hidden, or
 * text free to overflow) takes its run's width. Left to right, each run as long as it can be: a run
 * that fits stays fitting when shortened, so this gives the fewest.
 */
export function widthRuns(needed: number[]): WidthRun[] {
  const runs: WidthRun[] = [];
  let from = 0;
  while (from < needed.length) {
    let widest = 0;
    let narrowest = Infinity;
    let to = from;
    while (to < needed.length) {
      const need = needed[to]!;
      const w = Math.max(widest, need);
      const n = need === 0 ? narrowest : Math.min(narrowest, need);
      if (to > from && n !== Infinity && w > n + slack(n)) break;
      widest = w;
      narrowest = n;
      to++;
    }
    runs.push({ from: from + 1, count: to - from, width: widest === 0 ? EMPTY_WIDTH : widest });
    from = to;
  }
  return runs;
}

/** The split into at most `most` runs that adds the least width (never narrowing a column). */
function leastWaste(needed: number[], most: number): WidthRun[] {
  const n = needed.length;
  const widest = (from: number, to: number) => Math.max(MIN_WIDTH, ...needed.slice(from, to));
  // Room given beyond what a column asks; a column that asks nothing takes any width for free.
  const waste = (from: number, to: number) => {
    const w = widest(from, to);
    return needed.slice(from, to).reduce((sum, x) => sum + (x === 0 ? 0 : w - x), 0);
  };
  // best[k][i]: least waste covering the first i columns with k runs; cut[k][i]: where the last run starts.
  const best = Array.from({ length: most + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const cut = Array.from({ length: most + 1 }, () => new Array<number>(n + 1).fill(0));
  best[0]![0] = 0;
  for (let k = 1; k <= most; k++) {
    for (let i = 1; i <= n; i++) {
      for (let j = k - 1; j < i; j++) {
        const cost = best[k - 1]![j]! + waste(j, i);
        if (cost < best[k]![i]!) {
          best[k]![i] = cost;
          cut[k]![i] = j;
        }
      }
    }
  }
  const runs: WidthRun[] = [];
  for (let i = n, r = most; r > 0 && i > 0; r--) {
    const j = cut[r]![i]!;
    runs.unshift({ from: j + 1, count: i - j, width: widest(j, i) });
    i = j;
  }
  return runs;
}

/**
 * Column widths for every sheet of a workbook, each sheet given in all its language variants:
 * each column fits the longest label and numbers of the plan's size in either language, and is
 * not much wider than that, so what a sheet is for shows on its first screen. A sheet whose
 * columns would need more than MAX_RUNS runs gets the MAX_RUNS that add the least width, so the
 * calls stay the same handful for any plan.
 */
export function fitWidths(sheets: SheetDescription<string>[][], bounds: WidthBounds): WidthRun[][] {
  return sheets.map((variants) => {
    const needed = neededWidths(variants, bounds);
    const runs = widthRuns(needed);
    return runs.length <= MAX_RUNS ? runs : leastWaste(needed, MAX_RUNS);
  });
}
