import { UNASSIGNED_CHANNEL } from '../catalog/import';
import { render } from '../i18n';
import type { Plan } from '../plan';
import { cumulativeLags } from '../plan-math';
import { monthColumns, type MonthColumn } from '../phasing';
import { channelFor } from './maps';
import { importRoles } from './stage-kind';
import { own } from './text';
import type { ContactRecord, DealRecord, ValueMaps } from './types';

/** The id records count under when their source maps to no channel of the plan. */
export const UNASSIGNED = '(unassigned)';

/** The month columns actuals are counted in: those of the Actuals sheet, before-period ones first. */
export function importMonths(plan: Plan): MonthColumn[] {
  return monthColumns(plan.startYear, plan.startMonth, plan.periodMonths, cumulativeLags(plan)[0] ?? 0);
}

const monthKey = (m: MonthColumn) => `${m.year}-${String(m.month).padStart(2, '0')}`;

export interface ChannelCounts {
  /** A plan channel id, or UNASSIGNED. */
  id: string;
  name: string;
  /** Per month: contacts that became leads. */
  leads: number[];
  /** Per plan stage, per month: contacts of this channel that reached the stage. */
  stages: number[][];
  /** Per month: won deals and won revenue of deals whose source maps to this channel. */
  wonDeals: number[];
  wonRevenue: number[];
}

export interface PeriodCounts {
  /** 'YYYY-MM' of each month column. */
  months: string[];
  /** Aligned with plan.stages: the count per month column. */
  stages: number[][];
  /** Aligned with plan.stages: which records each stage was counted from. */
  countedFrom: ('contacts' | 'deals')[];
  /** Per month: amounts of won deals by close month; null without deals. */
  wonRevenue: number[] | null;
  channels: ChannelCounts[];
  /** Deals not closed, as of the export, and their amounts; null without deals. */
  openPipeline: { deals: number; amount: number } | null;
}

/**
 * Period counting, the way CRM funnel reports count: a stage's count for a month is the number
 * of records whose date for that stage falls in the month, whatever month they were created in.
 * - Contacts count every stage by their dates (inferred ones included).
 * - With deals: the won stage counts deals marked won in their close-date month (won revenue is
 *   the sum of their amounts), replacing the contacts' customer dates; the opportunities stage
 *   counts deals by create date, whatever their outcome, unless some contact carries an
 *   opportunity date of its own (then contacts count it, as they do without deals).
 * - Channels: a contact's source maps to a channel (unmapped: UNASSIGNED); leads per channel are
 *   the contacts whose leads-stage date falls in the month. Deals' sources give won per channel.
 * - Open pipeline: the sum of the amounts of deals neither won nor lost (a snapshot: past
 *   pipeline cannot be rebuilt from an export).
 */
export function periodCounts(
  contacts: readonly ContactRecord[],
  deals: readonly DealRecord[],
  plan: Plan,
  channelMap: ValueMaps['channels'] = {},
): PeriodCounts {
  const months = importMonths(plan).map(monthKey);
  const column = new Map(months.map((m, i) => [m, i]));
  const at = (date: string) => (date === '' ? undefined : column.get(date.slice(0, 7)));
  const zeros = () => months.map(() => 0);
  const roles = importRoles(plan);
  const leadsIndex = Math.max(0, roles.indexOf('leads'));
  const wonIndex = roles.indexOf('won');
  const opportunityIndex = roles.indexOf('opportunities');
  const withDeals = deals.length > 0;
  const contactsHaveOpportunities =
    opportunityIndex >= 0 &&
    contacts.some((c) => c.dates[opportunityIndex] !== '' && !c.inferred[opportunityIndex]);

  const countedFrom = plan.stages.map((_, s): 'contacts' | 'deals' =>
    withDeals && (s === wonIndex || (s === opportunityIndex && !contactsHaveOpportunities))
      ? 'deals'
      : 'contacts',
  );
  const stages = plan.stages.map(zeros);

  const channels = new Map<string, ChannelCounts>();
  const newChannel = (id: string, name: string): ChannelCounts => ({
    id,
    name,
    leads: zeros(),
    stages: plan.stages.map(zeros),
    wonDeals: zeros(),
    wonRevenue: zeros(),
  });
  for (const ch of plan.channels) channels.set(ch.id, newChannel(ch.id, ch.name));
  channels.set(UNASSIGNED, newChannel(UNASSIGNED, render(UNASSIGNED_CHANNEL, plan.lang)));
  const known = new Set(plan.channels.map((c) => c.id));
  const channelOf = (source: string): ChannelCounts => {
    const id = own(channelMap, source) ?? channelFor(source, plan.channels);
    return (known.has(id) ? channels.get(id) : undefined) ?? (channels.get(UNASSIGNED) as ChannelCounts);
  };

  for (const contact of contacts) {
    const channel = channelOf(contact.source);
    contact.dates.forEach((date, s) => {
      const m = at(date);
      if (m === undefined) return;
      if (countedFrom[s] === 'contacts') bump(stages[s], m);
      bump(channel.stages[s], m);
      if (s === leadsIndex) bump(channel.leads, m);
    });
  }

  const wonRevenue = withDeals ? zeros() : null;
  let openDeals = 0;
  let openAmount = 0;
  for (const deal of deals) {
    if (opportunityIndex >= 0 && countedFrom[opportunityIndex] === 'deals') {
      const m = at(deal.created);
      if (m !== undefined) bump(stages[opportunityIndex], m);
    }
    if (deal.outcome === 'open') {
      openDeals++;
      openAmount += deal.amount ?? 0;
    }
    if (deal.outcome !== 'won') continue;
    const m = at(deal.closed);
    if (m === undefined) continue;
    if (wonIndex >= 0) bump(stages[wonIndex], m);
    if (wonRevenue) bump(wonRevenue, m, deal.amount ?? 0);
    const channel = channelOf(deal.source);
    bump(channel.wonDeals, m);
    bump(channel.wonRevenue, m, deal.amount ?? 0);
  }

  return {
    months,
    stages,
    countedFrom,
    wonRevenue,
    channels: [...channels.values()],
    openPipeline: withDeals ? { deals: openDeals, amount: openAmount } : null,
  };
}

export interface Cohort {
  /** 'YYYY-MM': the month these leads were created (reached the leads stage). */
  month: string;
  leads: number;
  /** Aligned with plan.stages: how many of these leads reached the stage, whenever. */
  reached: number[];
  /** Aligned with plan.stages, then month columns: in which month they reached it. */
  byMonth: number[][];
}

/**
 * Cohort counting, beside period counting: for the leads created in each month, how many reached
 * each stage and in which month. With lags this is the honest conversion rate (period rates
 * divide unrelated groups). Stages reached after the last month column count in `reached` only.
 */
export function cohortCounts(
  contacts: readonly ContactRecord[],
  plan: Plan,
): { months: string[]; cohorts: Cohort[] } {
  const months = importMonths(plan).map(monthKey);
  const column = new Map(months.map((m, i) => [m, i]));
  const leadsIndex = Math.max(0, importRoles(plan).indexOf('leads'));
  const cohorts: Cohort[] = months.map((month) => ({
    month,
    leads: 0,
    reached: plan.stages.map(() => 0),
    byMonth: plan.stages.map(() => months.map(() => 0)),
  }));
  for (const contact of contacts) {
    const created = contact.dates[leadsIndex] ?? '';
    const cohort = created === '' ? undefined : cohorts[column.get(created.slice(0, 7)) ?? -1];
    if (!cohort) continue;
    cohort.leads++;
    contact.dates.forEach((date, s) => {
      if (date === '' || s < leadsIndex) return;
      bump(cohort.reached, s);
      const m = column.get(date.slice(0, 7));
      if (m !== undefined) bump(cohort.byMonth[s], m);
    });
  }
  return { months, cohorts };
}

function bump(counts: number[] | undefined, index: number, by = 1): void {
  if (counts && index >= 0 && index < counts.length) counts[index] = (counts[index] ?? 0) + by;
}
