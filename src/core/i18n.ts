import { NUMBER_STYLE } from './catalog/numbers';
import { formatNumber } from './format';

/** The two languages every user-visible string exists in. */
export type Lang = 'en' | 'ja';

/**
 * One catalog entry: English and Japanese side by side. `{name}` marks a placeholder;
 * `{count|cell|cells}` picks the first form when `count` is 1, else the second (English plurals).
 */
export interface Text {
  en: string;
  ja: string;
}

/** A list param is joined in the language's style (", " or "、"). */
export type Params = Record<string, string | number | readonly (string | number)[]>;

const PLURAL = /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g;
const PLACEHOLDER = /\{(\w+)\}/g;

/** 1, "1" and a formatted "1" are one; every other count takes the plural form. */
const isOne = (value: Params[string]) => Number(String(value).replace(/,/g, '')) === 1;

/** Fills `{name}` placeholders and `{name|one|other}` forms; unknown ones stay visible so a missing value is noticed. */
export function fill(template: string, params: Params = {}): string {
  const has = (key: string) => Object.prototype.hasOwnProperty.call(params, key);
  return template
    .replace(PLURAL, (whole, key: string, one: string, other: string) =>
      has(key) ? (isOne(params[key] as Params[string]) ? one : other) : whole,
    )
    .replace(PLACEHOLDER, (whole, key: string) =>
      has(key) ? shown(params[key] as Params[string], ', ') : whole,
    );
}

/** Numbers read grouped ("12,345 rows"); a list joins in the language's style. */
function shown(value: Params[string], separator: string): string {
  if (typeof value === 'number') return formatNumber(value);
  return Array.isArray(value) ? value.map((v) => shown(v, separator)).join(separator) : String(value);
}

export function render(text: Text, lang: Lang, params?: Params): string {
  if (!params) return fill(text[lang]);
  const joined: Params = {};
  for (const [key, value] of Object.entries(params))
    joined[key] = shown(value, NUMBER_STYLE.listSeparator[lang]);
  return fill(text[lang], joined);
}

/** Maps an Apps Script / browser locale ("ja", "ja_JP", "en-US") to a supported language. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return /^ja\b|^ja[_-]/i.test(String(locale ?? '').trim()) ? 'ja' : 'en';
}
