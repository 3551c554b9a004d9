/**
 * Half-up rounding to a whole unit after snapping to 9 decimals, so floating-point noise never
 * decides a half (31 × 3.4 ÷ 12.4 is 8.499999999999998 in doubles, exactly 8.5 in arithmetic).
 * Sheet formulas do the same: ROUND(ROUND(x,9),0) (see `wholeFormula`).
 */
export function roundWhole(x: number): number {
  return Math.round(Math.round(x * 1e9) / 1e9);
}

/** The sheet formula of roundWhole for an expression. */
export function wholeFormula(expression: string): string {
  return `ROUND(ROUND(${expression},9),0)`;
}

/**
 * Splits a whole total into whole monthly targets that add up exactly to it:
 * month m = round(total × W(≤m) ÷ W) − round(total × W(≤m−1) ÷ W), where W sums the weights.
 * Computed left to right exactly as the sheet formula does.
 */
export function phaseTotal(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return weights.map(() => 0);
  const out: number[] = [];
  let cumulative = 0;
  let previous = 0;
  for (const w of weights) {
    cumulative += w;
    const rounded = roundWhole((total * cumulative) / sum);
    out.push(rounded - previous);
    previous = rounded;
  }
  return out;
}

export interface MonthColumn {
  /** Months from the period start: 0 is the first month, negative ones come before the period. */
  offset: number;
  year: number;
  /** 1-12 */
  month: number;
  inPeriod: boolean;
}

/** The month columns a plan needs: `before` months ahead of the period, then the period itself. */
export function monthColumns(
  startYear: number,
  startMonth: number,
  periodMonths: number,
  before: number,
): MonthColumn[] {
  const columns: MonthColumn[] = [];
  for (let offset = -before; offset < periodMonths; offset++) {
    const index = startYear * 12 + (startMonth - 1) + offset;
    columns.push({ offset, year: Math.floor(index / 12), month: (index % 12) + 1, inPeriod: offset >= 0 });
  }
  return columns;
}

/** The period's weights: the calendar-month weight of each month of the period, in order. */
export function periodWeights(
  seasonality: readonly number[],
  startMonth: number,
  periodMonths: number,
): number[] {
  // A valid plan has a weight for each of the 12 months; a missing one would weigh nothing.
  return Array.from({ length: periodMonths }, (_, i) => seasonality[(startMonth - 1 + i) % 12] ?? 0);
}
