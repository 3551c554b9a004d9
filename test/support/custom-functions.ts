/**
 * Random calls of the custom functions as Sheets makes them, and what may come back: a result of
 * the documented shape, or one of our error messages (from the catalog, naming an argument).
 */
import fc from 'fast-check';
import { AT_POSITION, ERROR_TEXT } from '../../src/core/catalog/errors';
import { MAX_STAGES, MIN_STAGES } from '../../src/core/funnel';
import type { Lang } from '../../src/core/i18n';
import type { CustomFunction } from '../../src/functions/registry';

type Kind = 'amount' | 'rate' | 'name';

/** Anything a cell may hold, or a missing argument: numbers of every size, text, booleans, dates. */
const wildCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1000, max: 1_000_000_000 }),
  fc.constantFrom(
    ...[0, -0, 1, 1e300, 5e-324, -1, 0.5, 100, 101, 1e12, 1e13],
    ...['', ' ', 'x', 'lots', '15%', '１５％', '10億', '1億5000万', '¥5,000,000', '$5,000', '500万円'],
    ...['5k', '1.2M', '-3', '▲5', '1e999', 'NaN', 'Infinity', 'undefined', '=A1', '%', '120%', '0%'],
  ),
  fc.string({ maxLength: 12 }),
  fc.boolean(),
  fc.date({ noInvalidDate: true }),
  fc.constant(null),
);

/** Values that make sense for the parameter, so that calls also reach the computation. */
const plausibleCell: Record<Kind, fc.Arbitrary<unknown>> = {
  amount: fc.oneof(
    fc.integer({ min: 0, max: 10_000_000_000 }),
    fc.double({ min: 0, max: 1e9, noNaN: true }),
    fc.integer({ min: 1, max: 999 }).map((n) => `${n}万`),
    fc.integer({ min: 1, max: 99_999 }).map((n) => `¥${n.toLocaleString('en-US')}`),
  ),
  rate: fc.oneof(
    fc.integer({ min: 1, max: 100 }).map((n) => n / 100),
    fc.integer({ min: 1, max: 100 }).map((n) => `${n}%`),
  ),
  name: fc.oneof(fc.constantFrom('Leads', 'MQL', 'Opportunities', '受注'), fc.string({ minLength: 1 })),
};

const grid = (cell: fc.Arbitrary<unknown>, rows: number, cols: number) =>
  fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

const anyGrid = (cell: fc.Arbitrary<unknown>) =>
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
    .chain(([rows, cols]) => grid(cell, rows, cols));

/** Any argument at all: a missing one, a single value or a range of anything. */
const wildArg: fc.Arbitrary<unknown> = fc.oneof(fc.constant(undefined), wildCell, anyGrid(wildCell));

/** A sensible value in a range, where a blank cell is allowed (it gives a blank result). */
const rangeCell = (kind: Kind) =>
  fc.oneof({ weight: 5, arbitrary: plausibleCell[kind] }, { weight: 1, arbitrary: fc.constant('') });

/** A sensible single value, or a range of `shape` as ranges side by side in a sheet are. */
const broadcastArg = (kind: Kind, [rows, cols]: [number, number]) =>
  fc.oneof(plausibleCell[kind], grid(rangeCell(kind), rows, cols));

/** One row or one column of sensible values. */
const listArg = (kind: Kind, length: number) =>
  fc.oneof(grid(plausibleCell[kind], 1, length), grid(plausibleCell[kind], length, 1));

const kindOf = (param: string): Kind => (/rate|margin|share/.test(param) ? 'rate' : 'amount');

/** Arguments a user would type: sensible values, ranges of one shape, lists of matching lengths. */
function sensibleArguments(fn: CustomFunction): fc.Arbitrary<unknown[]> {
  const shape = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }));
  const stages = fc.integer({ min: MIN_STAGES, max: MAX_STAGES });
  switch (fn.name) {
    case 'FUNNEL_PLAN':
      return stages.chain((n) =>
        fc.tuple(plausibleCell.amount, plausibleCell.amount, listArg('name', n), listArg('rate', n - 1)),
      );
    case 'BOTTLENECK':
      return stages.chain((n) =>
        fc.tuple(
          listArg('name', n),
          listArg('rate', n - 1),
          fc.integer({ min: 1, max: n }).chain((k) => listArg('amount', k)),
        ),
      );
    case 'REQUIRED_VOLUME':
      return shape.chain((s) =>
        fc
          .tuple(
            broadcastArg('amount', s),
            fc.array(fc.oneof(plausibleCell.rate, anyGrid(rangeCell('rate'))), {
              minLength: 1,
              maxLength: 5,
            }),
          )
          .map(([target, rates]) => [target, ...rates]),
      );
    default:
      return shape.chain((s) => fc.tuple(...fn.params.map((p) => broadcastArg(kindOf(p.name), s))));
  }
}

/** Sensible arguments with one of them replaced by anything, one left out or one too many. */
const spoiled = (args: fc.Arbitrary<unknown[]>) =>
  args.chain((list) =>
    fc.oneof(
      fc
        .tuple(fc.integer({ min: 0, max: list.length - 1 }), wildArg)
        .map(([i, wild]) => list.map((arg, j) => (j === i ? wild : arg))),
      fc.constant(list.slice(0, -1)),
      wildArg.map((extra) => [...list, extra]),
    ),
  );

/**
 * Random arguments for one custom function, of every shape and value Sheets can pass: sensible
 * calls (which must compute), sensible calls with one argument spoiled, and anything at all.
 */
export function argumentsFor(fn: CustomFunction): fc.Arbitrary<unknown[]> {
  const sensible = sensibleArguments(fn);
  return fc.oneof(
    { weight: 2, arbitrary: sensible },
    { weight: 2, arbitrary: spoiled(sensible) },
    { weight: 1, arbitrary: fc.array(wildArg, { maxLength: fn.params.length + 2 }) },
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern that matches a template with its placeholders filled in, `{field}` by one of `fields`
 * and a plural form `{count|cell|cells}` by either of its words.
 */
function templatePattern(template: string, fields: readonly string[]): string {
  return template
    .split(/(\{\w+(?:\|[^|{}]*\|[^|{}]*)?\})/)
    .map((part) => {
      if (part === '{field}') return `(?:${fields.map(escape).join('|')})`;
      if (/^\{\w+\}$/.test(part)) return '[\\s\\S]*?';
      const plural = /^\{\w+\|([^|{}]*)\|([^|{}]*)\}$/.exec(part);
      if (plural) return `(?:${escape(plural[1] ?? '')}|${escape(plural[2] ?? '')})`;
      return escape(part);
    })
    .join('');
}

/**
 * Whether `message` is one of our error messages for `fn` in `lang`: a catalog entry naming one of
 * its parameters (a result too large too names the argument to change), optionally with the
 * position inside a range. A raw JS error (TypeError, "x is undefined", a stack overflow) is none of them.
 */
export function isOurError(fn: CustomFunction, message: string, lang: Lang): boolean {
  const fields = fn.params.map((p) => p.name);
  const at = templatePattern(AT_POSITION[lang], []);
  return Object.values(ERROR_TEXT).some((text) =>
    new RegExp(`^${templatePattern(text[lang], fields)}(?:${at})?$`).test(message),
  );
}

const isCount = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const isAmount = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const isRange = (x: unknown): x is unknown[][] => Array.isArray(x) && x.every((row) => Array.isArray(row));
const unwrap = (x: unknown) => (isRange(x) && x.length === 1 && x[0].length === 1 ? x[0][0] : x);

/**
 * What is wrong with a result `fn` returned for `args`, or null when it has the documented shape:
 * one number, or for ranges an array of their shape holding numbers and blanks (''); a table for
 * FUNNEL_PLAN; a transition name or '' for BOTTLENECK. Counts are whole numbers.
 */
export function resultProblem(fn: CustomFunction, args: unknown[], result: unknown): string | null {
  const show = () => JSON.stringify(result);
  if (fn.name === 'FUNNEL_PLAN') {
    if (!isRange(result) || result.length < 3 || result.length > MAX_STAGES + 1)
      return `not a table: ${show()}`;
    const [header, ...rows] = result;
    if (header.length !== 3 || !header.every((h) => typeof h === 'string')) return `bad header: ${show()}`;
    const ok = rows.every(
      ([name, rate, required], i) =>
        typeof name === 'string' &&
        (i === rows.length - 1 ? rate === '' : typeof rate === 'number' && rate > 0 && rate <= 1) &&
        isCount(required),
    );
    return ok ? null : `bad rows: ${show()}`;
  }
  if (fn.name === 'BOTTLENECK') {
    return typeof result === 'string' && (result === '' || result.includes(' → ')) ? null : show();
  }
  const cell = fn.name.startsWith('REQUIRED_') ? isCount : isAmount;
  const broadcastArgs = fn.name === 'REQUIRED_VOLUME' ? args.slice(0, 1) : args.slice(0, fn.params.length);
  const ranges = broadcastArgs.map(unwrap).filter(isRange);
  if (ranges.length === 0)
    return cell(result) ? null : `not a ${cell === isCount ? 'count' : 'number'}: ${show()}`;
  const [rows, cols] = [ranges[0].length, ranges[0][0].length];
  if (!isRange(result) || result.length !== rows || result.some((row) => row.length !== cols)) {
    return `not a ${rows}×${cols} array: ${show()}`;
  }
  return result.every((row) => row.every((x) => x === '' || cell(x))) ? null : `bad cell: ${show()}`;
}
