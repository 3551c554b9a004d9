/** Numbers as the sidebar shows them, in the user's language. */
import { PREVIEW } from '../core/catalog/sidebar';
import { render, type Lang } from '../core/i18n';

const LOCALES: Record<Lang, string> = { en: 'en-US', ja: 'ja-JP' };
const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(key, f);
  }
  return f;
}

export const formatCount = (n: number, lang: Lang) => formatter(lang, { maximumFractionDigits: 0 }).format(n);

/** Money without decimals, except small non-yen amounts (a $12.50 CPL). */
export function formatMoney(n: number, currency: string, lang: Lang): string {
  const decimals = currency !== 'JPY' && Math.abs(n) < 100 && !Number.isInteger(n) ? 2 : 0;
  return formatter(lang, {
    style: 'currency',
    currency,
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(n);
}

/** Short money for the always-visible preview: "$2.7M", "￥2.7億". */
export const formatMoneyShort = (n: number, currency: string, lang: Lang) =>
  formatter(lang, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  } as Intl.NumberFormatOptions).format(n);

export const formatPercent = (rate: number, lang: Lang) =>
  formatter(lang, { style: 'percent', maximumFractionDigits: 2 }).format(rate);

export const formatMultiple = (x: number, lang: Lang) =>
  render(PREVIEW.multiple, lang, {
    value: formatter(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x),
  });
