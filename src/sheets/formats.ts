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
export const WEIGHT = '0.##';
export const INTEGER = '0';
