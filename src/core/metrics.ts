import { fail } from './errors';

/** a ÷ b, where a zero divisor is the user's input error named `divisorField`. */
export function safeDivide(a: number, b: number, divisorField: string, resultField = divisorField): number {
  if (b === 0) fail('divideByZero', divisorField);
  const value = a / b;
  if (!Number.isFinite(value)) fail('overflow', resultField);
  return value;
}

export const cpl = (cost: number, leads: number) => safeDivide(cost, leads, 'leads');
export const cac = (cost: number, newCustomers: number) => safeDivide(cost, newCustomers, 'new_customers');
/** Marketing-sourced revenue ÷ spend, as a multiple (5.0x); subtract 1 for the net return. */
export const romi = (revenue: number, cost: number) => safeDivide(revenue, cost, 'cost');
export const ltv = (revenuePerPeriod: number, grossMargin: number, churnRate: number) =>
  safeDivide(revenuePerPeriod * grossMargin, churnRate, 'churn_rate');
export const conversionRate = (fromCount: number, toCount: number) =>
  safeDivide(toCount, fromCount, 'from_count');
export const attainment = (actual: number, target: number) => safeDivide(actual, target, 'target');
/** Projected attainment at period end at the current rate. */
export const pace = (actualToDate: number, periodTarget: number, elapsedShare: number) =>
  safeDivide(safeDivide(actualToDate, elapsedShare, 'elapsed_share'), periodTarget, 'period_target');
