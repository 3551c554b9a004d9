import { reviewCheck, reviewPeriods, type ReviewCheck, type ReviewPeriod } from './cadence';
import type { Csf, Initiative, Kpi, Plan, SubMetric } from './plan';
import { statusOf, type Status } from './review';

/**
 * Initiative KPIs read back from the KPI Tracker: per review period, the KPI's actual, how many
 * results met its quality condition and each sub-metric. The tracker's formulas compute the same.
 */

/** Values typed per review period, null where nothing is typed. */
export type PeriodValues = (number | null)[];

export interface KpiEntries {
  actual: PeriodValues;
  qualified: PeriodValues;
  /** By sub-metric id. */
  subs: Record<string, PeriodValues>;
}

export interface TrackedKpi {
  csf: Csf;
  initiative: Initiative;
  periods: ReviewPeriod[];
}

/** Every initiative KPI of the plan in tracker order (by CSF, then initiative), with its periods. */
export function trackedKpis(plan: Plan): TrackedKpi[] {
  return plan.csfs.flatMap((csf) =>
    csf.initiatives.map((initiative) => ({
      csf,
      initiative,
      periods: reviewPeriods(plan, initiative.kpi.cadence, initiative.kpi.endDate),
    })),
  );
}

/**
 * The share of results that must meet the quality condition: the KPI's own, else the plan's rate
 * from the stage the transition feeds into the next (the transition's own rate where it feeds the
 * last stage).
 */
export function qualityShareOf(plan: Plan, csf: Csf, kpi: Kpi): number {
  if (kpi.qualityShare !== null) return kpi.qualityShare;
  return plan.stages[csf.transition + 1]?.rate ?? plan.stages[csf.transition]?.rate ?? 1;
}

/** Attainment of a value against a target: actual ÷ target, or target ÷ actual where lower is better. */
export function attainmentOf(value: number | null, target: number, lowerIsBetter: boolean): number | null {
  if (value === null) return null;
  if (lowerIsBetter) return value === 0 ? null : target / value;
  return target === 0 ? null : value / target;
}

export type QualityFlag = 'met' | 'short' | 'numberNotQuality';

export interface SubProgress {
  sub: SubMetric;
  latest: number | null;
  attainment: number | null;
  /** Never set for a supporting signal. */
  status: Status | null;
}

export interface KpiProgress {
  tracked: TrackedKpi;
  /** Index of the latest period with an actual, or null when none has. */
  latestIndex: number | null;
  latest: number | null;
  attainment: number | null;
  status: Status | null;
  qualityShare: number;
  /** Qualified ÷ actual in the latest period; null without a quality condition or a qualified count. */
  qualifiedShare: number | null;
  quality: QualityFlag | null;
  subs: SubProgress[];
  /** The KPI's actuals to date as a share of its stage's actual to date (KPIs that count their stage). */
  stageShare: number | null;
  /** The review after the latest one with an actual. */
  next: ReviewPeriod | null;
}

const at = (values: PeriodValues | undefined, i: number | null) =>
  i === null ? null : (values?.[i] ?? null);

/** One KPI's progress from its typed values; `stageActual` is its stage's actual to date (Actuals). */
export function kpiProgress(
  plan: Plan,
  tracked: TrackedKpi,
  entries: KpiEntries,
  stageActual: number | null,
): KpiProgress {
  const kpi = tracked.initiative.kpi;
  let latestIndex: number | null = null;
  tracked.periods.forEach((p) => {
    if (entries.actual[p.index] != null) latestIndex = p.index;
  });
  const latest = at(entries.actual, latestIndex);
  const attainment = attainmentOf(latest, kpi.target, false);
  const status = statusOf(attainment, plan);
  const qualityShare = qualityShareOf(plan, tracked.csf, kpi);
  const qualified = kpi.quality.trim() ? at(entries.qualified, latestIndex) : null;
  const qualifiedShare = qualified === null || !latest ? null : qualified / latest;
  let quality: QualityFlag | null = null;
  if (qualifiedShare !== null) {
    if (qualifiedShare >= qualityShare) quality = 'met';
    else quality = attainment !== null && attainment >= plan.thresholds.green ? 'numberNotQuality' : 'short';
  }
  const subs = kpi.subMetrics.map((sub): SubProgress => {
    const value = at(entries.subs[sub.id], latestIndex);
    const a = attainmentOf(value, sub.target, sub.unit === 'hours');
    return { sub, latest: value, attainment: a, status: sub.signal ? null : statusOf(a, plan) };
  });
  const typed = entries.actual.filter((v): v is number => v !== null);
  const stageShare =
    kpi.countsStage && typed.length && stageActual ? typed.reduce((x, y) => x + y, 0) / stageActual : null;
  const next = tracked.periods[latestIndex === null ? 0 : latestIndex + 1] ?? null;
  return {
    tracked,
    latestIndex,
    latest,
    attainment,
    status,
    qualityShare,
    qualifiedShare,
    quality,
    subs,
    stageShare,
    next,
  };
}

/** Whether each period has an actual (what "reviewed" means for the due list). */
export function reviewedPeriods(tracked: TrackedKpi, entries: KpiEntries): boolean[] {
  return tracked.periods.map((p) => entries.actual[p.index] != null);
}

export interface DueKpi {
  progress: KpiProgress;
  check: ReviewCheck;
}

/**
 * The KPIs whose review is due or overdue as of `today` (ISO, in the spreadsheet's time zone),
 * overdue first, and the initiative most behind: the lowest attainment among red or amber KPIs.
 */
export function dueNow(
  progress: readonly KpiProgress[],
  entries: readonly KpiEntries[],
  today: string,
): { due: DueKpi[]; mostBehind: KpiProgress | null } {
  const due: DueKpi[] = [];
  progress.forEach((p, i) => {
    const reviewed = reviewedPeriods(p.tracked, entries[i] as KpiEntries);
    const check = reviewCheck(p.tracked.periods, reviewed, p.tracked.initiative.kpi.cadence, today);
    if (check.state === 'due' || check.state === 'overdue') due.push({ progress: p, check });
  });
  due.sort((a, b) => Number(b.check.state === 'overdue') - Number(a.check.state === 'overdue'));
  let mostBehind: KpiProgress | null = null;
  for (const p of progress) {
    if (p.attainment === null || p.status === 'green' || p.status === null) continue;
    if (mostBehind === null || p.attainment < (mostBehind.attainment as number)) mostBehind = p;
  }
  return { due, mostBehind };
}
