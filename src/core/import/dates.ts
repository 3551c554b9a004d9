import type { DateOrder } from './types';

/**
 * Reads the dates exports write and returns the calendar date as 'YYYY-MM-DD', or null when the
 * text is not a real date (never a guess):
 *   2026-04-01, 2026-04-01 10:00, 2026/04/01 10:00, 2026.04.01, 2026年4月1日 (10:00 or 10時00分),
 *   4/1/2026 or 1/4/2026 (month or day first, by `order`), 4/1/2026 10:00 AM,
 *   2026-04-01T01:00:00.000Z and other instants with a zone: the calendar date in `timeZone`.
 * A time without a zone is the exporter's local time, so its date is the date as written.
 * Two-digit years and spreadsheet serial numbers are not read.
 */
export function parseDate(text: string, order: DateOrder, timeZone: string): string | null {
  const s = text.normalize('NFKC').trim();
  if (s === '') return null;
  let m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(.*)$/.exec(s);
  if (m) return withTime(Number(m[1]), Number(m[3]), Number(m[4]), m[5] ?? '', timeZone);
  m = /^(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日(.*)$/.exec(s);
  if (m) return withTime(Number(m[1]), Number(m[2]), Number(m[3]), m[4] ? ` ${m[4]}` : '', timeZone);
  m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(.*)$/.exec(s);
  if (m) {
    const [month, day] = order === 'mdy' ? [Number(m[1]), Number(m[3])] : [Number(m[3]), Number(m[1])];
    return withTime(Number(m[4]), month, day, m[5] ?? '', timeZone);
  }
  return null;
}

const TIME =
  /^(?:T|\s+)(午前|午後)?\s*(\d{1,2})(?::|時\s*)(\d{1,2})(?:(?::|分\s*)(?:(\d{1,2})(?:[.,]\d+)?秒?)?)?\s*(?:([AaPp])\.?[Mm]\.?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?$/;

function withTime(year: number, month: number, day: number, rest: string, timeZone: string): string | null {
  const date = isoDate(year, month, day);
  if (date === null || rest.trim() === '') return date;
  const t = TIME.exec(rest);
  if (!t) return null;
  let hour = Number(t[2] ?? 0);
  const minute = Number(t[3] ?? 0);
  const second = Number(t[4] ?? 0);
  const half = t[1] ?? (t[5] ? (/[Aa]/.test(t[5]) ? '午前' : '午後') : undefined);
  if (half !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === '午後' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  const zone = t[6];
  if (zone === undefined) return date;
  const offset = zoneOffsetMinutes(zone);
  const instant = Date.UTC(year, month - 1, day, hour, minute, second) - offset * 60_000;
  return dateIn(instant, timeZone);
}

function zoneOffsetMinutes(zone: string): number {
  if (zone === 'Z' || zone === 'UTC' || zone === 'GMT') return 0;
  const digits = zone.replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
}

/** 'YYYY-MM-DD' for a real calendar date from 1900 to 2199, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// One formatter per time zone: building one costs far more than using it, and files have many rows.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    const options = { year: 'numeric', month: 'numeric', day: 'numeric' } as const;
    try {
      formatter = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
    } catch {
      // An unknown zone name: the instant's UTC date, rather than failing the whole file.
      formatter = new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

// Dates by quarter hour: every zone's offset in use today is a multiple of 15 minutes, so local
// midnight falls on a UTC quarter hour and the date holds through one. Formatting is the slow part.
const quarterHours = new Map<string, Map<number, string | null>>();
const QUARTER_HOUR = 15 * 60_000;

/** The calendar date of an instant (ms since 1970 UTC) in `timeZone`. */
export function dateIn(instant: number, timeZone: string): string | null {
  if (!Number.isFinite(instant)) return null;
  let dates = quarterHours.get(timeZone);
  if (!dates) {
    dates = new Map();
    quarterHours.set(timeZone, dates);
  }
  const quarter = Math.floor(instant / QUARTER_HOUR);
  let date = dates.get(quarter);
  if (date === undefined) {
    const parts = formatterFor(timeZone).formatToParts(new Date(quarter * QUARTER_HOUR));
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    date = isoDate(part('year'), part('month'), part('day'));
    if (dates.size > 100_000) dates.clear();
    dates.set(quarter, date);
  }
  return date;
}

export interface DateOrderDecision {
  order: DateOrder;
  /** True when the values fit either order, so the user should say which. */
  ambiguous: boolean;
  /** How many values read differently in the two orders (4/1/2026, not 4/4/2026 or 13/1/2026). */
  ambiguousValues: number;
  /** The first few of them, as written. */
  examples: string[];
}

/**
 * Which order a file writes day and month in, from its year-last values: a first part above 12
 * proves day first, a second part above 12 proves month first. When nothing proves it (or values
 * contradict each other), the locale's usual order is taken and the decision is ambiguous.
 */
export function decideDateOrder(texts: Iterable<string>, locale?: string): DateOrderDecision {
  let dmy = 0;
  let mdy = 0;
  let ambiguousValues = 0;
  const examples: string[] = [];
  for (const text of texts) {
    const m = /^(\d{1,2})([-/.])(\d{1,2})\2\d{4}/.exec(text.normalize('NFKC').trim());
    if (!m) continue;
    const first = Number(m[1]);
    const second = Number(m[3]);
    if (first > 12 && second <= 12) dmy++;
    else if (second > 12 && first <= 12) mdy++;
    else if (first <= 12 && second <= 12 && first !== second) {
      ambiguousValues++;
      if (examples.length < 3) examples.push(text.trim());
    }
  }
  const usual = localeDateOrder(locale);
  if (dmy > 0 && mdy === 0) return { order: 'dmy', ambiguous: false, ambiguousValues, examples };
  if (mdy > 0 && dmy === 0) return { order: 'mdy', ambiguous: false, ambiguousValues, examples };
  if (dmy > 0 && mdy > 0) {
    return {
      order: dmy === mdy ? usual : dmy > mdy ? 'dmy' : 'mdy',
      ambiguous: true,
      ambiguousValues,
      examples,
    };
  }
  return { order: usual, ambiguous: ambiguousValues > 0, ambiguousValues, examples };
}

const MONTH_FIRST = new Set(['', 'en', 'en-us', 'en-ph', 'es-us', 'fil', 'ja', 'zh', 'ko']);

/** The order a locale writes 4/1/2026 in: month first in the US (and where dates start with the year). */
export function localeDateOrder(locale: string | undefined): DateOrder {
  const tag = String(locale ?? '')
    .trim()
    .toLowerCase()
    .replace(/_/g, '-');
  if (MONTH_FIRST.has(tag)) return 'mdy';
  const language = tag.split('-')[0] ?? '';
  if (['ja', 'zh', 'ko', 'fil'].includes(language)) return 'mdy';
  return 'dmy';
}
