import { DIAGNOSIS, type TransitionKind } from './catalog/diagnosis';
import type { Plan } from './plan';
import type { MonthColumn } from './phasing';
import { computePlan, leadStageIndex, type PlanNumbers } from './plan-math';

export type Status = 'green' | 'amber' | 'red';

/** Actual counts per stage and month column (the plan's month columns), null where nothing is typed. */
export type ActualGrid = (number | null)[][];

export interface StageReview {
  periodTarget: number;
  toDateTarget: number;
  actual: number;
  /** actual ÷ to-date target; null while nothing is due. */
  attainment: number | null;
  /** Projected count at period end at the current pace. */
  projected: number | null;
  status: Status | null;
}

export interface TransitionReview {
  from: number;
  kind: TransitionKind;
  planned: number;
  /** Lag-aware: next-stage actual to date ÷ this stage's actual through `lag` months earlier. */
  actual: number | null;
  ratio: number | null;
  status: Status | null;
  /** The upper stage met its volume but this transition converts below plan. */
  volumeMetQualityNot: boolean;
}

export interface Review {
  /** Index of the last month column with any actual, or null when there are none. */
  lastColumn: number | null;
  /** That month column itself. */
  lastMonth: MonthColumn | null;
  stages: StageReview[];
  transitions: TransitionReview[];
  bottleneck: TransitionReview | null;
  overall: Status | null;
}

export function statusOf(ratio: number | null, plan: Plan): Status | null {
  if (ratio === null) return null;
  return ratio >= plan.thresholds.green ? 'green' : ratio >= plan.thresholds.amber ? 'amber' : 'red';
}

/** Which hints fit a transition, from where it sits relative to the leads stage and the last stage. */
export function transitionKind(plan: Plan, from: number): TransitionKind {
  const leads = leadStageIndex(plan);
  const last = plan.stages.length - 1;
  if (from + 1 === last) return 'opportunitiesToWon';
  if (from === leads) return 'leadsToMql';
  if (from + 1 === leads) return 'sessionsToLeads';
  if (from < leads) return 'traffic';
  return 'mqlToOpportunities';
}

export function hintsFor(kind: TransitionKind) {
  return DIAGNOSIS[kind];
}

const sum = (values: readonly (number | null)[], upTo: number) =>
  values.reduce<number>((acc, v, i) => (i <= upTo && v !== null ? acc + v : acc), 0);

/**
 * The progress review: to-date targets and actuals per stage, lag-aware conversion per transition,
 * statuses from the plan's thresholds, and the bottleneck. The Dashboard formulas compute the same.
 */
export function reviewProgress(
  plan: Plan,
  actuals: ActualGrid,
  numbers: PlanNumbers = computePlan(plan),
): Review {
  let lastColumn: number | null = null;
  actuals.forEach((row) => row.forEach((v, i) => v !== null && (lastColumn = Math.max(lastColumn ?? -1, i))));
  const last = lastColumn ?? -1;
  const stages = plan.stages.map((_, s): StageReview => {
    const periodTarget = numbers.required[s] ?? 0;
    const toDateTarget = sum(numbers.monthly[s] ?? [], last);
    const actual = sum(actuals[s] ?? [], last);
    const attainment = lastColumn !== null && toDateTarget > 0 ? actual / toDateTarget : null;
    return {
      periodTarget,
      toDateTarget,
      actual,
      attainment,
      projected: attainment === null ? null : (actual * periodTarget) / toDateTarget,
      status: statusOf(attainment, plan),
    };
  });
  const transitions = plan.stages.slice(0, -1).map((stage, s): TransitionReview => {
    const planned = stage.rate as number;
    const upper = lastColumn === null ? 0 : sum(actuals[s] ?? [], last - stage.lagMonths);
    const actual = upper > 0 ? (stages[s + 1]?.actual ?? 0) / upper : null;
    const ratio = actual === null ? null : actual / planned;
    return {
      from: s,
      kind: transitionKind(plan, s),
      planned,
      actual,
      ratio,
      status: statusOf(ratio, plan),
      volumeMetQualityNot:
        ratio !== null &&
        ratio < plan.thresholds.green &&
        (stages[s]?.attainment ?? 0) >= plan.thresholds.green,
    };
  });
  let bottleneck: TransitionReview | null = null;
  for (const t of transitions) {
    if (t.ratio !== null && t.ratio < 1 && (bottleneck === null || t.ratio < (bottleneck.ratio as number)))
      bottleneck = t;
  }
  const order: Status[] = ['red', 'amber', 'green'];
  const statuses = stages.map((s) => s.status).filter((s): s is Status => s !== null);
  const overall = statuses.length ? (order.find((o) => statuses.includes(o)) ?? null) : null;
  const lastMonth = lastColumn === null ? null : (numbers.months[lastColumn] ?? null);
  return { lastColumn, lastMonth, stages, transitions, bottleneck, overall };
}
