/** The two languages every user-visible string exists in. */
export type Lang = 'en' | 'ja';

/** One catalog entry: English and Japanese side by side. `{name}` marks a placeholder. */
export interface Text {
  en: string;
  ja: string;
}

export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : whole,
  );
}

export function render(text: Text, lang: Lang, params?: Params): string {
  return fill(text[lang], params);
}

/** Maps an Apps Script / browser locale ("ja", "ja_JP", "en-US") to a supported language. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return /^ja\b|^ja[_-]/i.test(String(locale ?? '').trim()) ? 'ja' : 'en';
}
