import { dateToSerial, wallClockToSerial } from './serial-date';

/** What a cell holds after someone enters a value, as Sheets interprets it ("user entered"). */
export type EnteredCell =
  | { kind: 'empty' }
  | { kind: 'formula'; formula: string }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; impliedFormat?: string }
  | { kind: 'boolean'; value: boolean };

const NUMBER = /^([+-]?)([$¥￥]?)((?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d*)?(?:[eE][+-]?\d+)?)(%?)$/;
// A date, optionally with a time of day ("2026-04-01 10:00", "4/1/2026 9:05:30"), as Sheets reads them.
const TIME = '(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?';
const ISO_DATE = new RegExp(`^(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})${TIME}$`);
const US_DATE = new RegExp(`^(\\d{1,2})/(\\d{1,2})/(\\d{4})${TIME}$`);

function parseNumberText(text: string): EnteredCell | null {
  const match = NUMBER.exec(text.trim());
  if (!match || !/\d/.test(match[3])) return null;
  const [, sign, currency, digits, percent] = match;
  let value = Number(digits.replace(/,/g, '')) * (sign === '-' ? -1 : 1);
  if (!Number.isFinite(value)) return null;
  let impliedFormat: string | undefined;
  if (percent) {
    value /= 100;
    impliedFormat = digits.includes('.') ? '0.00%' : '0%';
  } else if (currency) {
    const symbol = currency === '$' ? '$' : '¥';
    impliedFormat = `"${symbol}"#,##0${digits.includes('.') ? '.00' : ''}`;
  } else if (digits.includes(',')) {
    impliedFormat = '#,##0';
  }
  return impliedFormat ? { kind: 'number', value, impliedFormat } : { kind: 'number', value };
}

function parseDateText(text: string, locale: string): EnteredCell | null {
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [, y, sep, m, d, ...time] = iso;
    const format = sep === '-' ? 'yyyy-mm-dd' : 'yyyy/mm/dd';
    return validDate(Number(y), Number(m), Number(d), format, time);
  }
  const us = US_DATE.exec(text);
  if (us && locale.startsWith('en_US')) {
    const [, m, d, y, ...time] = us;
    return validDate(Number(y), Number(m), Number(d), 'm/d/yyyy', time);
  }
  return null;
}

function validDate(
  year: number,
  month: number,
  day: number,
  format: string,
  [hour, minute, second]: (string | undefined)[] = [],
): EnteredCell | null {
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())
    return null;
  if (hour === undefined)
    return { kind: 'number', value: wallClockToSerial(year, month, day), impliedFormat: format };
  const [h, min, s] = [Number(hour), Number(minute), Number(second ?? 0)];
  if (h > 23 || min > 59 || s > 59) return null;
  const seconds = h * 3600 + min * 60 + s;
  return {
    kind: 'number',
    value: wallClockToSerial(year, month, day, seconds),
    impliedFormat: `${format} h:mm:ss`,
  };
}

/**
 * Interprets a value passed to setValues()/setValue() or typed by a user: '=...' is a formula,
 * a leading apostrophe forces text (and is dropped), numeric and percent text becomes a number,
 * TRUE/FALSE become booleans, '' and null clear the cell. In a cell formatted as plain text ('@')
 * any string stays text, formulas included.
 */
export function parseEntered(
  value: unknown,
  locale: string,
  timeZone: string,
  plainText = false,
): EnteredCell {
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  if (plainText && typeof value === 'string') {
    return { kind: 'text', text: value.startsWith("'") ? value.slice(1) : value };
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'text', text: String(value) };
  }
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    const serial = dateToSerial(value as Date, timeZone);
    const hasTime = serial % 1 !== 0;
    return {
      kind: 'number',
      value: serial,
      impliedFormat: locale.startsWith('ja')
        ? 'yyyy/mm/dd' + (hasTime ? ' h:mm:ss' : '')
        : 'm/d/yyyy' + (hasTime ? ' h:mm:ss' : ''),
    };
  }
  const text = String(value);
  if (text.startsWith("'"))
    return text.length === 1 ? { kind: 'empty' } : { kind: 'text', text: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { kind: 'formula', formula: text };
  if (/^(true|false)$/i.test(text.trim()))
    return { kind: 'boolean', value: text.trim().toLowerCase() === 'true' };
  return parseNumberText(text) ?? parseDateText(text.trim(), locale) ?? { kind: 'text', text };
}
