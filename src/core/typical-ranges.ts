import type { Stage, StageKind } from './plan';

/** Where a typical range comes from; the sidebar catalog names each source in both languages. */
export type RangeSource = 'waterfall' | 'adsToOpportunity' | 'webToLead';

/** A typical range of a conversion rate between two stages, as fractions. A hint, never a rule. */
export interface TypicalRange {
  from: StageKind;
  to: StageKind;
  low: number;
  high: number;
  source: RangeSource;
}

/**
 * Typical ranges keyed by stage kinds (the kinds of the default funnel plus `sessions` and `sql`).
 * - waterfall: the demand-waterfall ranges of the domain brief (inquiry→MQL, MQL→accepted,
 *   accepted→SQL, SQL→won, read here as leads→MQL, MQL→SQL, SQL→opportunities, opportunities→won).
 * - adsToOpportunity: "leads from ads that become opportunities: commonly 11–20%", used for the
 *   direct MQL→opportunities and leads→opportunities transitions.
 * - webToLead: visitor-to-lead rates that B2B benchmark pages commonly quote as 1–5%.
 */
export const TYPICAL_RANGES: readonly TypicalRange[] = [
  { from: 'sessions', to: 'leads', low: 0.01, high: 0.05, source: 'webToLead' },
  { from: 'leads', to: 'mql', low: 0.1, high: 0.25, source: 'waterfall' },
  { from: 'mql', to: 'sql', low: 0.4, high: 0.6, source: 'waterfall' },
  { from: 'sql', to: 'opportunities', low: 0.5, high: 0.7, source: 'waterfall' },
  { from: 'opportunities', to: 'won', low: 0.2, high: 0.3, source: 'waterfall' },
  { from: 'mql', to: 'opportunities', low: 0.11, high: 0.2, source: 'adsToOpportunity' },
  { from: 'leads', to: 'opportunities', low: 0.11, high: 0.2, source: 'adsToOpportunity' },
];

/** The typical range for the transition between two stage kinds, or null when none is known. */
export function typicalRangeFor(from: StageKind, to: StageKind): TypicalRange | null {
  return TYPICAL_RANGES.find((b) => b.from === from && b.to === to) ?? null;
}

/** The typical range for the transition from `stages[from]` to the stage below it. */
export function typicalRangeForTransition(stages: readonly Stage[], from: number): TypicalRange | null {
  const upper = stages[from];
  const lower = stages[from + 1];
  return upper && lower ? typicalRangeFor(upper.kind, lower.kind) : null;
}

export type RangePosition = 'within' | 'below' | 'above' | 'farBelow' | 'farAbove';

/**
 * Where a rate sits against a typical range. "Far outside" means below half the low end or above
 * double the high end: far enough that a typo or a mismatched stage definition is more likely
 * than an unusual funnel.
 */
export function comparePosition(rate: number, range: Pick<TypicalRange, 'low' | 'high'>): RangePosition {
  if (rate < range.low / 2) return 'farBelow';
  if (rate > range.high * 2) return 'farAbove';
  if (rate < range.low) return 'below';
  if (rate > range.high) return 'above';
  return 'within';
}

export function isFarOutside(rate: number, range: Pick<TypicalRange, 'low' | 'high'>): boolean {
  const position = comparePosition(rate, range);
  return position === 'farBelow' || position === 'farAbove';
}
