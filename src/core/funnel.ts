import { fail } from './errors';
import { checkValue } from './parse';

/**
 * A count just above a whole number by less than this relative amount (1e-13, far above the noise
 * of a 10-stage chain of divisions) is taken as that number, so floating-point noise never adds a
 * unit (21 / 0.35 = 60.00000000000001 gives 60). Sheet formulas apply the same factor with the
 * same arithmetic: ROUNDUP(x*0.9999999999999,0).
 */
export const SNAP_FACTOR_TEXT = '0.9999999999999';
export const SNAP_FACTOR = Number(SNAP_FACTOR_TEXT);
/**
 * Larger counts are refused. Up to here the snap tolerance stays below a ten-thousandth of a
 * unit, so any real need of a thousandth of a unit above a whole count still adds that unit;
 * near 1e12 the tolerance reached a tenth and such needs rounded down.
 */
export const MAX_COUNT = 1e9;
export const MIN_STAGES = 2;
export const MAX_STAGES = 10;

/** Rounds a required count up to a whole unit, ignoring floating-point noise. */
export function ceilCount(exact: number, field = 'result'): number {
  if (!Number.isFinite(exact) || exact > MAX_COUNT) fail('overflow', field);
  return Math.ceil(exact * SNAP_FACTOR);
}

/** Won deals the goal needs, unrounded: revenue × marketing share ÷ average deal size. */
export function exactDeals(revenueTarget: number, avgDealSize: number, marketingShare = 1): number {
  if (avgDealSize === 0) fail('divideByZero', 'avg_deal_size');
  return (revenueTarget * marketingShare) / avgDealSize;
}

/**
 * The exact (unrounded) chain from the bottom of the funnel up: element 0 is `bottom`, element i is
 * the volume needed i stages above it. `ratesBottomUp[i]` converts stage i+1 (counted from the
 * bottom) into stage i. Dividing in this order is the order the sheet formulas use.
 */
export function exactChainUp(bottom: number, ratesBottomUp: readonly number[]): number[] {
  const chain = [bottom];
  let value = bottom;
  for (const rate of ratesBottomUp) {
    value = value / rate;
    chain.push(value);
  }
  return chain;
}

/** The exact chain for a funnel whose rates are given top first; result is top first too. */
export function exactChainTopDown(bottomExact: number, ratesTopDown: readonly number[]): number[] {
  return exactChainUp(bottomExact, [...ratesTopDown].reverse()).reverse();
}

/** Whole required counts for a funnel whose rates are given top first; result is top first too. */
export function requiredCounts(
  bottomExact: number,
  ratesTopDown: readonly number[],
  field = 'result',
): number[] {
  return exactChainTopDown(bottomExact, ratesTopDown).map((x) => ceilCount(x, field));
}

/** Top-of-chain volume for a target count and conversion rates (any order: they multiply). */
export function requiredVolume(
  targetCount: number,
  ratesBottomUp: readonly number[],
  field = 'result',
): number {
  const chain = exactChainUp(targetCount, ratesBottomUp);
  // The chain starts at the target itself, so with no rates the top is the target.
  return ceilCount(chain[chain.length - 1] ?? targetCount, field);
}

export interface FunnelRow {
  /** Stage index, 0 = top of the funnel. */
  index: number;
  /** Conversion rate from this stage to the next; null for the last stage. */
  rate: number | null;
  /** Exact volume before rounding. */
  exact: number;
  /** Whole units required (rounded up). */
  required: number;
}

/**
 * Reverse calculation: the revenue goal walked up a funnel given top first. `field` is what a
 * result too large to count is reported against.
 */
export function reverseFunnel(
  revenueTarget: number,
  avgDealSize: number,
  ratesTopDown: readonly number[],
  marketingShare = 1,
  field = 'result',
): FunnelRow[] {
  ratesTopDown.forEach((r, i) => checkValue(r, `rate ${i + 1}`, 'rate'));
  const bottom = exactDeals(revenueTarget, avgDealSize, marketingShare);
  const exact = exactChainTopDown(bottom, ratesTopDown);
  return exact.map((x, index) => ({
    index,
    rate: ratesTopDown[index] ?? null,
    exact: x,
    required: ceilCount(x, field),
  }));
}

export interface ForwardResult {
  /** Expected volume at each stage, top first (unrounded: these are expectations). */
  volumes: number[];
  wonDeals: number;
  revenue: number;
}

/** Forward calculation: what a top-of-funnel volume is expected to yield. */
export function forwardFunnel(
  topVolume: number,
  ratesTopDown: readonly number[],
  avgDealSize: number,
): ForwardResult {
  const volumes = [topVolume];
  let wonDeals = topVolume;
  for (const rate of ratesTopDown) {
    wonDeals *= rate;
    volumes.push(wonDeals);
  }
  return { volumes, wonDeals, revenue: wonDeals * avgDealSize };
}
