import { fail } from './errors';
import { formatNumber, percentAsTyped } from './format';

/**
 * What a value means, which decides how it is checked:
 * - amount: money or a count, zero or more
 * - positive: money or a count that is divided by, above zero
 * - rate: a fraction in (0, 1]
 */
export type ValueKind = 'amount' | 'positive' | 'rate';

const JA_UNITS: Record<string, number> = { 兆: 1e12, 億: 1e8, 万: 1e4, 千: 1e3, 百: 1e2 };
const SUFFIX_UNITS: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, B: 1e9, bn: 1e9 };
const PLAIN = /^\d+(?:\.\d*)?(?:e[+-]?\d+)?$|^\.\d+(?:e[+-]?\d+)?$/i;
/** Digits and commas together: a number typed with separators, or a mistyped one. */
const WITH_COMMAS = /[\d.]*,[\d,]*/g;
/** Commas only between thousands groups of a whole part: 1,000 and 1,000,000.5, not 1,5 or 1,00. */
const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.|$)/;

/** True for what a spreadsheet passes for an empty cell or a missing argument. */
export function isBlank(raw: unknown): boolean {
  return raw === '' || raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

/**
 * Reads number text the way marketers type it: "1,000", "¥1,000,000", "$5,000", "15%",
 * full-width "１５％", "500万円", "1億5000万", "3千", "5k". Commas must separate thousands groups.
 * Returns null when it is not a number.
 */
export function parseNumberText(text: string): number | null {
  const normalized = text.normalize('NFKC');
  // "1,5" is 1.5 in much of Europe and "1,00" a typo: refuse them rather than read 15 or 100.
  for (const run of normalized.match(WITH_COMMAS) ?? []) if (!THOUSANDS.test(run)) return null;
  let s = normalized.replace(/[\s,_]/g, '');
  let sign = 1;
  if (/^[-−▲△]/.test(s)) {
    sign = -1;
    s = s.slice(1);
  }
  let scale = 1;
  if (s.endsWith('%')) {
    scale = 0.01;
    s = s.slice(0, -1);
  }
  s = s.replace(/^(?:US\$|[¥$€£])/, '').replace(/(?:円|yen|JPY|USD|EUR|GBP)$/i, '');
  if (/^-/.test(s) && sign === 1) {
    sign = -1;
    s = s.slice(1);
  }
  const value = parseMagnitude(s);
  return value === null ? null : sign * value * scale;
}

function parseMagnitude(s: string): number | null {
  if (s === '') return null;
  if (PLAIN.test(s)) return Number(s);
  const suffix = /^(\d+(?:\.\d+)?)(k|K|M|B|bn)$/.exec(s);
  if (suffix) {
    const unit = SUFFIX_UNITS[suffix[2] ?? ''];
    return unit === undefined ? null : Number(suffix[1]) * unit;
  }
  return parseJapaneseUnits(s);
}

/** "1億5000万" = 150,000,000; units must run from large to small, each at most once. */
function parseJapaneseUnits(s: string): number | null {
  const token = /(\d+(?:\.\d+)?)([兆億万千百])?/y;
  let total = 0;
  let lastUnit = Infinity;
  let pos = 0;
  while (pos < s.length) {
    token.lastIndex = pos;
    const m = token.exec(s);
    if (!m || m[0] === '') return null;
    const unit = m[2] ? JA_UNITS[m[2]] : 1;
    if (unit === undefined || unit >= lastUnit) return null;
    if (!m[2] && token.lastIndex !== s.length) return null;
    total += Number(m[1]) * unit;
    lastUnit = unit;
    pos = token.lastIndex;
  }
  return lastUnit === Infinity ? null : total;
}

function show(raw: unknown): string {
  const text = typeof raw === 'string' ? raw : String(raw);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** The example a "not a number" message offers: one the input takes. */
export const numberExample = (inPercent: boolean): string => (inPercent ? '15%' : '1,000,000');

/** Turns one cell value into a checked number, or throws a KpiError naming `field`. */
export function readValue(raw: unknown, field: string, kind: ValueKind): number {
  if (isBlank(raw)) fail('empty', field);
  let value: number | null = null;
  let typedAsPercent = false;
  if (typeof raw === 'number') value = raw;
  else if (typeof raw === 'string') {
    value = parseNumberText(raw);
    typedAsPercent = raw.normalize('NFKC').trim().endsWith('%');
  }
  if (value === null || !Number.isFinite(value))
    fail('notNumber', field, { value: show(raw), example: numberExample(kind === 'rate') });
  return checkValue(value, field, kind, typedAsPercent);
}

/** Applies the range rule of `kind` to a number that is already parsed. */
export function checkValue(value: number, field: string, kind: ValueKind, typedAsPercent = false): number {
  if (!Number.isFinite(value))
    fail('notNumber', field, { value: String(value), example: numberExample(kind === 'rate') });
  if (kind === 'rate') {
    if (value > 1 && !typedAsPercent && value <= 100) {
      fail('rateAsPercent', field, { value: formatNumber(value), fraction: formatNumber(value / 100) });
    }
    if (value <= 0 || value > 1) fail('rateOutOfRange', field, { value: formatRate(value, typedAsPercent) });
    return value;
  }
  if (value < 0) fail('negative', field, { value: formatNumber(value) });
  if (kind === 'positive' && value === 0) fail('notPositive', field, { value: '0' });
  return value;
}

function formatRate(value: number, typedAsPercent: boolean): string {
  return typedAsPercent ? percentAsTyped(value) : formatNumber(value);
}
