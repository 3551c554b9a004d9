import type { Cadence } from './plan';

/**
 * Review periods of an initiative KPI: weeks, months or quarters across the plan period (counted
 * from its fiscal start), or one period ending with a campaign. Dates are ISO 'YYYY-MM-DD' calendar
 * days with no time zone: "today" is passed in, already read in the spreadsheet's time zone.
 */

export interface ReviewPeriod {
  /** 0-based. */
  index: number;
  /** First and last day of the period. */
  start: string;
  end: string;
  /** The day the period is reviewed: the day after it ends. */
  review: string;
}

/** Days a review stays due before it is overdue, by cadence. */
export const GRACE_DAYS: Record<Cadence, number> = { weekly: 3, monthly: 7, quarterly: 14, once: 14 };

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of an ISO date; null when it is not a real calendar date. */
export function dayNumber(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Days since 1970-01-01 of the first day of month `month` (1-12, may run past 12) of `year`. */
function monthStart(year: number, month: number): number {
  return Date.UTC(year, month - 1, 1) / DAY_MS;
}

/** The plan period as days: first day and the day after the last. */
export function periodDays(plan: { startYear: number; startMonth: number; periodMonths: number }): {
  first: number;
  after: number;
} {
  return {
    first: monthStart(plan.startYear, plan.startMonth),
    after: monthStart(plan.startYear, plan.startMonth + plan.periodMonths),
  };
}

const period = (index: number, from: number, after: number): ReviewPeriod => ({
  index,
  start: isoDate(from),
  end: isoDate(after - 1),
  review: isoDate(after),
});

/**
 * The review periods of a cadence across the plan: weeks of seven days from the first day of the
 * period (the last one may be shorter), calendar months, quarters of three months from the fiscal
 * start (the last may be shorter), or for 'once' a single period from the start to the campaign's
 * end date (the plan's last day when none is set).
 */
export function reviewPeriods(
  plan: { startYear: number; startMonth: number; periodMonths: number },
  cadence: Cadence,
  endDate: string | null = null,
): ReviewPeriod[] {
  const { first, after } = periodDays(plan);
  if (cadence === 'once') {
    const end = endDate === null ? null : dayNumber(endDate);
    return [period(0, first, end === null ? after : Math.max(first, end) + 1)];
  }
  const out: ReviewPeriod[] = [];
  if (cadence === 'weekly') {
    for (let from = first, i = 0; from < after; from += 7, i++)
      out.push(period(i, from, Math.min(from + 7, after)));
    return out;
  }
  const step = cadence === 'monthly' ? 1 : 3;
  for (let m = 0, i = 0; m < plan.periodMonths; m += step, i++) {
    const from = monthStart(plan.startYear, plan.startMonth + m);
    const to = monthStart(plan.startYear, plan.startMonth + Math.min(m + step, plan.periodMonths));
    out.push(period(i, from, to));
  }
  return out;
}

export type ReviewState = 'due' | 'overdue' | 'upcoming' | 'done';

export interface ReviewCheck {
  state: ReviewState;
  /** Reviews whose date has come and that have no actual yet. */
  dueCount: number;
  overdueCount: number;
  /** The period after the latest one with an actual (the first when none has), or null after the last. */
  next: ReviewPeriod | null;
}

/**
 * Where a KPI's reviews stand as of `today`: a period whose review date has come and that has no
 * actual is due for GRACE_DAYS of its cadence, then overdue. Overdue wins over due.
 */
export function reviewCheck(
  periods: readonly ReviewPeriod[],
  reviewed: readonly boolean[],
  cadence: Cadence,
  today: string,
): ReviewCheck {
  const now = dayNumber(today);
  if (now === null) throw new RangeError(`today: ${today} is not a date`);
  let dueCount = 0;
  let overdueCount = 0;
  let latest = -1;
  for (const p of periods) {
    if (reviewed[p.index]) {
      latest = p.index;
      continue;
    }
    const review = dayNumber(p.review) as number;
    if (now < review) continue;
    if (now < review + GRACE_DAYS[cadence]) dueCount++;
    else overdueCount++;
  }
  const next = periods[latest + 1] ?? null;
  const state: ReviewState =
    overdueCount > 0 ? 'overdue' : dueCount > 0 ? 'due' : next === null ? 'done' : 'upcoming';
  return { state, dueCount, overdueCount, next };
}
