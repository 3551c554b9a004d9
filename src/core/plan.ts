import type { Lang } from './i18n';

/**
 * 2: stages carry a kind. 3: initiative KPIs carry sub-metrics, a quality share, a campaign end
 * date and whether they count their stage. Older plans are upgraded on reading (plan-upgrade.ts).
 */
export const PLAN_SCHEMA_VERSION = 3;

export type GoalKind = 'revenue' | 'customers';
export type Cadence = 'weekly' | 'monthly' | 'quarterly' | 'once';

/**
 * What a stage is, whatever the marketer calls it: the standard stages of a B2B funnel, which the
 * typical ranges and hints know, or 'custom'. Channels feed the stage of kind 'leads' (the top
 * stage when there is none). Every kind but 'custom' names at most one stage of a plan.
 */
export type StageKind = 'sessions' | 'leads' | 'mql' | 'sql' | 'opportunities' | 'won' | 'custom';
export const STAGE_KINDS: readonly StageKind[] = [
  'sessions',
  'leads',
  'mql',
  'sql',
  'opportunities',
  'won',
  'custom',
];

export interface Stage {
  /** Stable key: rows of actuals follow it across renames. */
  id: string;
  kind: StageKind;
  name: string;
  /** Conversion rate to the next stage, a fraction in (0, 1]; null on the last stage. */
  rate: number | null;
  /** Whole months between this stage and the next; 0 on the last stage. */
  lagMonths: number;
}

export interface Channel {
  id: string;
  name: string;
  /** 'share': `value` is the fraction of the lead target; 'count': `value` is a lead count. */
  allocation: 'share' | 'count';
  value: number;
  /** Cost per lead. */
  cpl: number;
}

/**
 * How a sub-metric is measured: a count (sessions), a rate (click rate, a fraction), hours (time to
 * follow up: lower is better) or seconds (page dwell time).
 */
export type SubMetricUnit = 'count' | 'rate' | 'hours' | 'seconds';
export const SUB_METRIC_UNITS: readonly SubMetricUnit[] = ['count', 'rate', 'hours', 'seconds'];

/** A number beside a KPI that says why it falls short (for downloads: sessions, CTA click rate...). */
export interface SubMetric {
  id: string;
  name: string;
  /** Target per review period, in its unit (a rate as a fraction). */
  target: number;
  unit: SubMetricUnit;
  /** A supporting signal (dwell time, scroll depth): shown, never given a status. */
  signal: boolean;
}

export interface Kpi {
  name: string;
  /** Target per review period of its cadence (for 'once': for the campaign). */
  target: number;
  cadence: Cadence;
  /** What makes a result count, agreed with sales. */
  quality: string;
  /**
   * The share of results that must meet the quality condition, a fraction in (0, 1]; null means
   * the plan's rate from the stage the KPI feeds into the next one.
   */
  qualityShare: number | null;
  /** Last day of a one-off campaign (ISO date), reviewed the day after; null: the plan's last day. */
  endDate: string | null;
  /** The KPI counts the stage its transition feeds (e.g. newsletter-driven MQLs): show its share. */
  countsStage: boolean;
  subMetrics: SubMetric[];
}

export interface Initiative {
  id: string;
  name: string;
  kpi: Kpi;
}

export interface Csf {
  id: string;
  /** Index of the upper stage of the transition this CSF serves (0 = top stage -> next). */
  transition: number;
  text: string;
  initiatives: Initiative[];
}

export interface Plan {
  schemaVersion: typeof PLAN_SCHEMA_VERSION;
  name: string;
  lang: Lang;
  /** ISO 4217 code: JPY, USD, EUR, GBP. */
  currency: string;
  /** Calendar year in which the period starts. */
  startYear: number;
  /** 1 = January ... 12 = December. */
  startMonth: number;
  periodMonths: number;
  goal: {
    kind: GoalKind;
    /** Revenue in `currency`, or a number of new customers. */
    amount: number;
    /** Share of the goal marketing must source, a fraction in (0, 1]. */
    marketingShare: number;
  };
  avgDealSize: number;
  /** Top of the funnel first; the last stage is won deals. */
  stages: Stage[];
  /** 12 weights by calendar month (January first); only their proportions matter. */
  seasonality: number[];
  channels: Channel[];
  csfs: Csf[];
  /** Status colours: green at or above `green` of the to-date target, amber at or above `amber`. */
  thresholds: { green: number; amber: number };
}

export const CURRENCIES = ['JPY', 'USD', 'EUR', 'GBP'] as const;
export const CADENCES: readonly Cadence[] = ['weekly', 'monthly', 'quarterly', 'once'];
export const MAX_PERIOD_MONTHS = 36;
export const MAX_CHANNELS = 30;
export const MAX_NAME_LENGTH = 100;
export const MAX_TEXT_LENGTH = 500;
/** CSFs in a plan (a funnel of 10 stages has 9 transitions) and initiatives under each CSF. */
export const MAX_CSFS = 10;
export const MAX_INITIATIVES = 10;
/** Sub-metrics beside one KPI. */
export const MAX_SUB_METRICS = 5;

/*
 * Bounds on the numbers of a plan, so that no sheet formula can overflow or show #NUM!. Counts are
 * bounded by funnel MAX_COUNT (every required stage count, a customer goal, a channel's leads).
 */
/** Money (revenue goal, deal size, CPL) and KPI targets: far above any real plan, far below overflow. */
export const MAX_AMOUNT = 1e15;
/** The smallest CPL above zero: a budget of a few such leads still divides revenue into a finite ROMI. */
export const MIN_CPL = 0.01;
/** Seasonality weights are proportions: 0 to this, not all zero. */
export const MAX_SEASONALITY_WEIGHT = 1e6;
export const MAX_LAG_MONTHS = 12;

/** The name of stage `index`, or '' where the plan has no such stage (a CSF's stale transition). */
export function stageName(plan: Plan, index: number): string {
  return plan.stages[index]?.name ?? '';
}
