import { computePlan } from './plan-math';
import type { Plan } from './plan';

/** What a better conversion rate on one transition would save. */
export interface RateImprovement {
  /** Index of the upper stage; the transition is stage `from` -> stage `from + 1`. */
  from: number;
  rate: number;
  improvedRate: number;
  /** Fewer leads the plan would need (whole leads, from the rounded counts). */
  leadsCut: number;
  /** Smaller acquisition budget, in the plan's currency. */
  budgetCut: number;
}

/** One percentage point, the improvement the sidebar asks about. */
export const ONE_POINT = 0.01;

/** Rounds away the float noise of rate + step (0.15 + 0.01 = 0.16000000000000003). */
const tidy = (x: number) => Math.round(x * 1e9) / 1e9;

/**
 * For each transition at or below the leads stage, how many leads and how much budget a rate
 * `step` higher (capped at 100%) would save; biggest leads cut first, then biggest budget cut,
 * then the upper transition first. Transitions above the leads stage (sessions -> leads) do not
 * change the leads target and are left out, as are rates already at 100%.
 * `plan` must be valid (see validatePlan).
 */
export function rateImprovements(plan: Plan, step = ONE_POINT): RateImprovement[] {
  const base = computePlan(plan);
  const leadStage = base.leadStage;
  const results: RateImprovement[] = [];
  plan.stages.forEach((stage, from) => {
    if (from < leadStage || stage.rate === null || stage.rate >= 1) return;
    const improvedRate = Math.min(1, tidy(stage.rate + step));
    const stages = plan.stages.map((s, i) => (i === from ? { ...s, rate: improvedRate } : s));
    const better = computePlan({ ...plan, stages });
    results.push({
      from,
      rate: stage.rate,
      improvedRate,
      leadsCut: base.leadsTarget - better.leadsTarget,
      budgetCut: base.budget - better.budget,
    });
  });
  return results.sort((a, b) => b.leadsCut - a.leadsCut || b.budgetCut - a.budgetCut || a.from - b.from);
}
