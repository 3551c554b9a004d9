/**
 * Numbers as users read them, one style per language, the same in Apps Script, browsers and Node
 * (no Intl): thousands grouped with ",", "¥" and "$" before the amount, 万 and 億 in short Japanese
 * amounts, "3.8x" and "3.8倍", lists joined with ", " and "、". Sheet number formats match
 * (src/sheets/formats.ts).
 */
import { COMPACT_UNITS, NUMBER_STYLE } from './catalog/numbers';
import type { Lang } from './i18n';

/** 22223 -> "22,223": plain grouping. */
export function groupThousands(value: number, decimals = 0): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const negative = value < 0 && /[1-9]/.test(fixed);
  return `${negative ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** Drops floating-point noise from a computed number: 0.15 / 100 is 0.0015000000000000002. */
export function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** Grouped, with at most `maxDecimals` decimals and no trailing zeros: 1234.5 -> "1,234.5". */
export function formatNumber(value: number, maxDecimals = 9): string {
  if (!Number.isFinite(value)) return String(value);
  const text = groupThousands(Number.isInteger(value) ? value : tidy(value), maxDecimals);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** A whole number such as a year or a month count: grouped from five digits, so 2027 stays "2027". */
export function formatWhole(value: number): string {
  return Math.abs(value) < 10000 ? String(value) : formatNumber(value);
}

/** A whole count: 22223 -> "22,223". */
export function formatCount(value: number, _lang?: Lang): string {
  return formatNumber(Math.round(value), 0);
}

export const CURRENCY_SYMBOL: Record<string, string> = { JPY: '¥', USD: '$', EUR: '€', GBP: '£' };

/** Whole amounts, except small fractional non-yen ones (a $12.50 CPL): "¥1,000,000", "-$12.50". */
export function formatMoney(value: number, currency: string, _lang?: Lang): string {
  const decimals = currency !== 'JPY' && Math.abs(value) < 100 && !Number.isInteger(tidy(value)) ? 2 : 0;
  const digits = groupThousands(Math.abs(value), decimals);
  const sign = value < 0 && /[1-9]/.test(digits) ? '-' : '';
  return `${sign}${CURRENCY_SYMBOL[currency] ?? `${currency} `}${digits}`;
}

/** Short money: "$2.7M", "¥3,934.2万", "¥10億"; amounts below the first unit in full. */
export function formatMoneyShort(value: number, currency: string, lang: Lang): string {
  const units = COMPACT_UNITS[lang];
  const size = Math.abs(value);
  const smallest = units[units.length - 1]?.size ?? Infinity;
  if (size < smallest) return formatMoney(value, currency, lang);
  // The largest unit the amount still reaches after rounding to one decimal (999,960 is "1M").
  const unit = units.find((u) => Math.round((size / u.size) * 10) >= 10) ?? units[units.length - 1]!;
  const shown = formatNumber(Math.round((size / unit.size) * 10) / 10, 1);
  return `${value < 0 ? '-' : ''}${CURRENCY_SYMBOL[currency] ?? `${currency} `}${shown}${unit.suffix}`;
}

/** 0.2345 -> "23.5%" (a fixed number of decimals). */
export function percent(value: number, decimals = 1): string {
  return `${(value * 100).toFixed(decimals)}%`;
}

/** 0.15 -> "15%", 1/3 -> "33.33%": a rate with at most `maxDecimals` decimals. */
export function formatPercent(rate: number, _lang?: Lang, maxDecimals = 2): string {
  return `${formatNumber(rate * 100, maxDecimals)}%`;
}

/** 3.84 -> "3.8x" / "3.8倍": a ratio such as ROMI, one decimal. */
export function formatMultiple(value: number, lang: Lang): string {
  return NUMBER_STYLE.multiple[lang].replace('{value}', groupThousands(value, 1));
}

/** ["A", "B"] -> "A, B" / "A、B". */
export function formatList(items: readonly (string | number)[], lang: Lang): string {
  return items.map(String).join(NUMBER_STYLE.listSeparator[lang]);
}

/** 0.15 -> 15: a fraction as the number a percent field shows (0.07 * 100 is 7.000000000000001). */
export function percentNumber(fraction: number): number {
  return tidy(fraction * 100);
}

/**
 * 0.15 -> "15%", 0.0015 -> "0.15%", 1e18 -> "100,000,000,000,000,000,000%": a fraction as a user
 * types it, rounded no further than the noise, grouped like every other number.
 */
export function percentAsTyped(fraction: number): string {
  return `${formatNumber(percentNumber(fraction))}%`;
}
