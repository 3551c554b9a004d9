import { ceilCount, exactChainTopDown } from './funnel';
import { monthColumns, periodWeights, phaseTotal, roundWhole, type MonthColumn } from './phasing';
import type { Plan } from './plan';

/** Won deals the plan needs, unrounded. */
export function wonDealsExact(plan: Plan): number {
  const sourced = plan.goal.amount * plan.goal.marketingShare;
  return plan.goal.kind === 'revenue' ? sourced / plan.avgDealSize : sourced;
}

/** Index of the stage channels bring in: the stage of kind 'leads', else the top stage. */
export function leadStageIndex(plan: Plan): number {
  const i = plan.stages.findIndex((s) => s.kind === 'leads');
  return i >= 0 ? i : 0;
}

/** Months by which each stage is due ahead of won deals: the sum of the lags below it. */
export function cumulativeLags(plan: Plan): number[] {
  const lags = plan.stages.map(() => 0);
  // From the bottom up: each stage is due its own lag ahead of the stage below it (won deals: 0).
  plan.stages.slice(0, -1).reduceRight((below, stage, i) => (lags[i] = below + stage.lagMonths), 0);
  return lags;
}

export interface ChannelNumbers {
  leads: number;
  budget: number;
  /** One per month column. */
  monthlyLeads: number[];
  monthlyBudget: number[];
}

export interface PlanNumbers {
  /** Per stage, top first: the exact chain and the whole required counts. */
  exact: number[];
  required: number[];
  cumulativeLag: number[];
  months: MonthColumn[];
  /** [stage][month column] whole monthly targets; months outside a stage's window are 0. */
  monthly: number[][];
  weights: number[];
  leadStage: number;
  /** Whole leads the plan needs: the required count of the leads stage. */
  leadsTarget: number;
  channels: ChannelNumbers[];
  /** Leads the channels plan in total (may differ from the leads target when shares do not add to 100%). */
  channelLeads: number;
  budget: number;
  /** Marketing-sourced revenue the plan aims at. */
  revenue: number;
  wonDeals: number;
  blendedCpl: number | null;
  cac: number | null;
  romi: number | null;
}

/** Shifts a stage's phased targets earlier by its lag, onto the month columns. */
function onColumns(phased: number[], lag: number, months: MonthColumn[]): number[] {
  return months.map((m) => phased[m.offset + lag] ?? 0);
}

/** Every number of a plan, computed once; sheets, sidebar and tests all read these. */
export function computePlan(plan: Plan): PlanNumbers {
  const rates = plan.stages.slice(0, -1).map((s) => s.rate as number);
  const bottom = wonDealsExact(plan);
  // One exact chain: the whole required counts are rounded up from it.
  const exact = exactChainTopDown(bottom, rates);
  const required = exact.map((x) => ceilCount(x, 'goal'));

  const lags = cumulativeLags(plan);
  // One lag and one required count per stage; the top stage is due furthest ahead.
  const months = monthColumns(plan.startYear, plan.startMonth, plan.periodMonths, lags[0] ?? 0);
  const weights = periodWeights(plan.seasonality, plan.startMonth, plan.periodMonths);
  const monthly = required.map((total, s) => onColumns(phaseTotal(total, weights), lags[s] ?? 0, months));

  const leadStage = leadStageIndex(plan);
  const leadsTarget = required[leadStage] ?? 0;
  let shareSoFar = 0;
  let roundedSoFar = 0;
  const channels = plan.channels.map((ch) => {
    let leads = ch.value;
    if (ch.allocation === 'share') {
      shareSoFar += ch.value;
      const rounded = roundWhole(leadsTarget * shareSoFar);
      leads = rounded - roundedSoFar;
      roundedSoFar = rounded;
    }
    const monthlyLeads = onColumns(phaseTotal(leads, weights), lags[leadStage] ?? 0, months);
    return {
      leads,
      budget: leads * ch.cpl,
      monthlyLeads,
      monthlyBudget: monthlyLeads.map((n) => n * ch.cpl),
    };
  });
  const channelLeads = channels.reduce((a, c) => a + c.leads, 0);
  const budget = channels.reduce((a, c) => a + c.budget, 0);
  const wonDeals = required[required.length - 1] ?? 0;
  const revenue =
    plan.goal.kind === 'revenue' ? plan.goal.amount * plan.goal.marketingShare : bottom * plan.avgDealSize;
  return {
    exact,
    required,
    cumulativeLag: lags,
    months,
    monthly,
    weights,
    leadStage,
    leadsTarget,
    channels,
    channelLeads,
    budget,
    revenue,
    wonDeals,
    blendedCpl: channelLeads > 0 ? budget / channelLeads : null,
    cac: wonDeals > 0 && budget > 0 ? budget / wonDeals : null,
    romi: budget > 0 ? revenue / budget : null,
  };
}
