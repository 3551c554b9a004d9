import { CURRENCY_SYMBOL } from '../core/format';
import type { Lang } from '../core/i18n';

/** Money as the sidebar and messages write it (core/format.ts): "¥1,000,000", "$12,500". */
export function moneyFormat(currency: string): string {
  return `"${CURRENCY_SYMBOL[currency] ?? ''}"#,##0`;
}

/** A ratio such as ROMI: "3.8x", "3.8倍" (formatMultiple). */
export function multipleFormat(lang: Lang): string {
  return lang === 'ja' ? '#,##0.0"倍"' : '#,##0.0"x"';
}

export const COUNT = '#,##0';
/** Zero shows as a dash: months outside a stage's window. */
export const COUNT_OR_DASH = '#,##0;-#,##0;"–"';
export const PERCENT = '0.0%';
export const EXACT = '#,##0.00';
/** Seasonality weights as typed: 1, 1.2 ("0.##" would show "1."). */
export const WEIGHT = 'General';
export const INTEGER = '0';
