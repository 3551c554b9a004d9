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

export type Params = Record<string, string | number>;

const PLURAL = /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g;
const PLACEHOLDER = /\{(\w+)\}/g;

/** 1, "1" and a formatted "1" are one; every other count takes the plural form. */
const isOne = (value: string | number) => Number(String(value).replace(/,/g, '')) === 1;

/** Fills `{name}` placeholders and `{name|one|other}` forms; unknown ones stay visible so a missing value is noticed. */
export function fill(template: string, params: Params = {}): string {
  const has = (key: string) => Object.prototype.hasOwnProperty.call(params, key);
  return template
    .replace(PLURAL, (whole, key: string, one: string, other: string) =>
      has(key) ? (isOne(params[key] as string | number) ? one : other) : whole,
    )
    .replace(PLACEHOLDER, (whole, key: string) => (has(key) ? String(params[key]) : whole));
}

export function render(text: Text, lang: Lang, params?: Params): string {
  return fill(text[lang], params);
}

/** Maps an Apps Script / browser locale ("ja", "ja_JP", "en-US") to a supported language. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return /^ja\b|^ja[_-]/i.test(String(locale ?? '').trim()) ? 'ja' : 'en';
}
