import { serialToWallClock } from './serial-date';

/** What Range.getNumberFormat() reports for a cell nobody formatted. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

type Token =
  | { kind: 'literal'; text: string }
  | { kind: 'digit'; ch: string } // 0 # ? . ,
  | { kind: 'percent' }
  | { kind: 'exponent'; sign: string }
  | { kind: 'text' }
  | { kind: 'date'; text: string };

const DATE_LETTERS = /[ymdhs]/i;

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '\\' && !quoted) {
      current += ch + (format[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '"' && !bracket) quoted = !quoted;
    else if (ch === '[' && !quoted) bracket = true;
    else if (ch === ']' && !quoted) bracket = false;
    if (ch === ';' && !quoted && !bracket) {
      sections.push(current);
      current = '';
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  const literal = (text: string) => tokens.push({ kind: 'literal', text });
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    const rest = section.slice(i);
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      literal(section.slice(i + 1, stop));
      i = stop;
    } else if (ch === '\\') {
      literal(section[i + 1] ?? '');
      i++;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const stop = end < 0 ? section.length : end;
      const inner = section.slice(i + 1, stop);
      // [$¥] and [$¥-411] are currency symbols; [Red] and [>100] are colours and conditions.
      if (inner.startsWith('$')) literal(inner.slice(1).split('-')[0]);
      i = stop;
    } else if (ch === '_') {
      literal(' ');
      i++;
    } else if (ch === '*') {
      i++;
    } else if ('0#?.,'.includes(ch)) {
      tokens.push({ kind: 'digit', ch });
    } else if (ch === '%') {
      tokens.push({ kind: 'percent' });
      literal('%');
    } else if ((ch === 'E' || ch === 'e') && /^[Ee][+-][0#]/.test(rest)) {
      tokens.push({ kind: 'exponent', sign: rest[1] });
      i++;
    } else if (ch === '@') {
      tokens.push({ kind: 'text' });
    } else if (/^(AM\/PM|A\/P)/i.test(rest)) {
      const text = /^(AM\/PM|A\/P)/i.exec(rest)![0];
      tokens.push({ kind: 'date', text: text.toUpperCase() });
      i += text.length - 1;
    } else if (DATE_LETTERS.test(ch)) {
      let j = i;
      while (j < section.length && section[j].toLowerCase() === ch.toLowerCase()) j++;
      tokens.push({ kind: 'date', text: section.slice(i, j).toLowerCase() });
      i = j - 1;
    } else {
      literal(ch);
    }
  }
  return tokens;
}

/** Rounds half away from zero, as spreadsheets do, and returns the digits without a point. */
function roundedDigits(abs: number, decimals: number): { int: string; frac: string } {
  const scaled = abs * 10 ** decimals;
  const rounded = Math.round(scaled + scaled * Number.EPSILON * 4);
  const digits = BigInt(rounded)
    .toString()
    .padStart(decimals + 1, '0');
  return { int: digits.slice(0, digits.length - decimals), frac: digits.slice(digits.length - decimals) };
}

function group(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function formatExponential(abs: number, decimals: number, exponentSign: string): string {
  const [mantissa, exp] = abs.toExponential(decimals).split('e');
  const e = Number(exp);
  const sign = e < 0 ? '-' : exponentSign === '+' ? '+' : '';
  return `${mantissa}E${sign}${String(Math.abs(e)).padStart(2, '0')}`;
}

function formatNumberTokens(tokens: Token[], abs: number): string {
  const pattern = tokens
    .filter((t): t is Extract<Token, { kind: 'digit' }> => t.kind === 'digit')
    .map((t) => t.ch)
    .join('');
  const percents = tokens.filter((t) => t.kind === 'percent').length;
  const exponent = tokens.find((t): t is Extract<Token, { kind: 'exponent' }> => t.kind === 'exponent');
  const point = pattern.indexOf('.');
  let intPattern = point < 0 ? pattern : pattern.slice(0, point);
  const fracPattern = point < 0 ? '' : pattern.slice(point + 1).replace(/,/g, '');
  const scaleCommas = /,*$/.exec(intPattern)![0].length;
  intPattern = intPattern.slice(0, intPattern.length - scaleCommas);
  let value = abs * 100 ** percents;
  if (scaleCommas > 0 && pattern.replace(/[.,]/g, '') !== '') value /= 1000 ** scaleCommas;
  const fracMax = fracPattern.length;
  const fracMin = (/^[0?]*/.exec(fracPattern) ?? [''])[0].length;
  const minInt = (intPattern.match(/0/g) ?? []).length;

  let number: string;
  if (exponent) {
    number = formatExponential(value, fracMax, exponent.sign);
  } else {
    const { int, frac } = roundedDigits(value, fracMax);
    let fracDigits = frac;
    while (fracDigits.length > fracMin && fracDigits.endsWith('0')) fracDigits = fracDigits.slice(0, -1);
    let intDigits = int === '0' && minInt === 0 ? '' : int;
    intDigits = intDigits.padStart(minInt, '0');
    if (intPattern.includes(',')) intDigits = group(intDigits);
    number = point < 0 ? intDigits : `${intDigits}.${fracDigits}`;
  }

  let out = '';
  let placed = false;
  for (const token of tokens) {
    if (token.kind === 'literal') out += token.text;
    else if ((token.kind === 'digit' || token.kind === 'exponent') && !placed) {
      out += number;
      placed = true;
    }
  }
  return placed ? out : out + (pattern === '' && percents === 0 ? '' : number);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function formatDateTokens(tokens: Token[], serial: number): string {
  const t = serialToWallClock(serial);
  const twelveHour = tokens.some((k) => k.kind === 'date' && (k.text === 'AM/PM' || k.text === 'A/P'));
  const dateTokens = tokens.filter((k) => k.kind === 'date');
  const two = (n: number) => String(n).padStart(2, '0');
  let out = '';
  for (const token of tokens) {
    if (token.kind === 'literal') {
      out += token.text;
      continue;
    }
    if (token.kind !== 'date') continue;
    const text = token.text;
    const index = dateTokens.indexOf(token);
    const previous = dateTokens[index - 1]?.text[0];
    const next = dateTokens[index + 1]?.text[0];
    const hours = twelveHour ? ((t.hours + 11) % 12) + 1 : t.hours;
    switch (text[0]) {
      case 'y':
        out += text.length <= 2 ? two(t.year % 100) : String(t.year);
        break;
      case 'm':
        if (text.length <= 2 && (previous === 'h' || next === 's'))
          out += text.length === 2 ? two(t.minutes) : String(t.minutes);
        else if (text.length === 1) out += String(t.month);
        else if (text.length === 2) out += two(t.month);
        else if (text.length === 3) out += MONTHS[t.month - 1].slice(0, 3);
        else out += MONTHS[t.month - 1];
        break;
      case 'd':
        if (text.length === 1) out += String(t.day);
        else if (text.length === 2) out += two(t.day);
        else if (text.length === 3) out += DAYS[t.weekday].slice(0, 3);
        else out += DAYS[t.weekday];
        break;
      case 'h':
        out += text.length === 2 ? two(hours) : String(hours);
        break;
      case 's':
        out += text.length === 2 ? two(t.seconds) : String(t.seconds);
        break;
      default:
        out += text === 'A/P' ? (t.hours < 12 ? 'A' : 'P') : t.hours < 12 ? 'AM' : 'PM';
    }
  }
  return out;
}

function isDateSection(tokens: Token[]): boolean {
  return tokens.some((t) => t.kind === 'date') && !tokens.some((t) => t.kind === 'digit' && t.ch !== '.');
}

/** True when a cell with this format holds a date (getValues() then returns a Date). */
export function isDateFormat(format: string | null): boolean {
  if (!format || isGeneral(format)) return false;
  return isDateSection(tokenize(splitSections(format)[0]));
}

function isGeneral(format: string): boolean {
  return format === '' || format === DEFAULT_NUMBER_FORMAT || format.toLowerCase() === 'general';
}

/** How Sheets shows a number in the General format: integers as-is, up to 10 significant digits. */
function formatGeneral(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : value < 0 ? '-Infinity' : 'NaN';
  const abs = Math.abs(value);
  if (Number.isInteger(value) && abs < 1e15) return String(value);
  if (abs >= 1e15 || (abs !== 0 && abs < 1e-6)) {
    const [mantissa, exp] = value.toExponential(9).split('e');
    const trimmed = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
    const e = Number(exp);
    return `${trimmed}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  return String(Number(value.toPrecision(10)));
}

/** The text a cell shows for a computed value and its number format (null = not formatted). */
export function formatValue(value: number | string | boolean | null, format: string | null): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const sections = format ? splitSections(format) : [];
  if (typeof value === 'string') {
    const textSection = sections.length === 4 ? sections[3] : sections.find((s) => s.includes('@'));
    if (!textSection) return value;
    return tokenize(textSection)
      .map((t) => (t.kind === 'literal' ? t.text : t.kind === 'text' ? value : ''))
      .join('');
  }
  if (!format || isGeneral(format) || format === '@') return formatGeneral(value);
  return formatNumber(value, sections) ?? formatGeneral(value);
}

function formatNumber(value: number, sections: string[]): string | undefined {
  let section = sections[0];
  let negativeSection = false;
  if (value < 0 && sections.length >= 2 && sections[1] !== '') {
    section = sections[1];
    negativeSection = true;
  } else if (value === 0 && sections.length >= 3 && sections[2] !== '') {
    section = sections[2];
  }
  const tokens = tokenize(section);
  if (tokens.some((t) => t.kind === 'text')) return undefined;
  if (isDateSection(tokens)) return formatDateTokens(tokens, value);
  if (!Number.isFinite(value)) return undefined;
  const text = formatNumberTokens(tokens, Math.abs(value));
  const showsSign = value < 0 && !negativeSection && /[1-9]/.test(text);
  return showsSign ? `-${text}` : text;
}

/** For HyperFormula's TEXT(): our formatter when it understands the format, else HyperFormula's. */
export function formatForTextFunction(value: number, format: string): string | undefined {
  if (format === '' || format === '@') return undefined;
  return formatNumber(value, splitSections(format));
}
