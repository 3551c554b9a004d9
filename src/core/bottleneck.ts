export interface TransitionCheck {
  /** Index of the upper stage; the transition is stage `from` -> stage `from + 1`. */
  from: number;
  plannedRate: number;
  actualRate: number;
  /** actual ÷ planned: below 1 means the transition falls short of plan. */
  ratio: number;
}

/**
 * Actual vs planned conversion for every transition that can be judged. A transition whose upper
 * count is zero or missing cannot be judged and is left out.
 */
export function checkTransitions(
  plannedRates: readonly number[],
  actualCounts: readonly (number | null)[],
): TransitionCheck[] {
  const checks: TransitionCheck[] = [];
  plannedRates.forEach((plannedRate, from) => {
    const upper = actualCounts[from];
    const lower = actualCounts[from + 1];
    if (upper === null || lower === null || upper === undefined || lower === undefined || upper <= 0) return;
    const actualRate = lower / upper;
    checks.push({ from, plannedRate, actualRate, ratio: actualRate / plannedRate });
  });
  return checks;
}

/**
 * The bottleneck: the transition whose actual rate is lowest relative to its planned rate, among
 * those below plan. On a tie the upper transition wins (fix the funnel top-down). Null when every
 * judged transition meets plan.
 */
export function findBottleneck(
  plannedRates: readonly number[],
  actualCounts: readonly (number | null)[],
): TransitionCheck | null {
  let worst: TransitionCheck | null = null;
  for (const check of checkTransitions(plannedRates, actualCounts)) {
    if (check.ratio < 1 && (worst === null || check.ratio < worst.ratio)) worst = check;
  }
  return worst;
}

/** "MQL → Opportunities": how a transition is named everywhere. */
export function transitionLabel(stageNames: readonly string[], from: number): string {
  return `${stageNames[from]} → ${stageNames[from + 1]}`;
}
