const SYMBOL: Record<string, string> = { JPY: '¥', USD: '$', EUR: '€', GBP: '£' };

export function moneyFormat(currency: string): string {
  return `"${SYMBOL[currency] ?? ''}"#,##0`;
}

export const COUNT = '#,##0';
/** Zero shows as a dash: months outside a stage's window. */
export const COUNT_OR_DASH = '#,##0;-#,##0;"–"';
export const PERCENT = '0.0%';
export const MULTIPLE = '0.0"x"';
export const EXACT = '#,##0.00';
/** Seasonality weights as typed: 1, 1.2 ("0.##" would show "1."). */
export const WEIGHT = 'General';
export const INTEGER = '0';
