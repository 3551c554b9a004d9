import type { Channel, Plan } from './plan';

/**
 * A scenario: a named copy of a plan's inputs ("what if the win rate stays at 18%", "what if budget
 * moves from ads to webinars"). Actuals are the plan's own; a scenario only carries the levers.
 * Stages and channels are found by id, so a scenario survives the plan gaining or losing one.
 */
export interface ScenarioInputs {
  goalAmount: number;
  marketingShare: number;
  avgDealSize: number;
  /** Conversion rate to the next stage, by stage id (the last stage has none). */
  rates: Record<string, number>;
  /** Share of the lead target (or lead count) and CPL, by channel id. */
  channels: Record<string, ScenarioChannel>;
}

export interface ScenarioChannel {
  allocation: Channel['allocation'];
  value: number;
  cpl: number;
}

export interface Scenario {
  name: string;
  inputs: ScenarioInputs;
}

/** A plan has at most this many scenarios besides its base. */
export const MAX_SCENARIOS = 5;

/** The plan's current inputs as a scenario. */
export function scenarioOf(plan: Plan, name: string): Scenario {
  const rates: Record<string, number> = {};
  for (const stage of plan.stages) if (stage.rate !== null) rates[stage.id] = stage.rate;
  const channels: Record<string, ScenarioChannel> = {};
  for (const ch of plan.channels)
    channels[ch.id] = { allocation: ch.allocation, value: ch.value, cpl: ch.cpl };
  return {
    name,
    inputs: {
      goalAmount: plan.goal.amount,
      marketingShare: plan.goal.marketingShare,
      avgDealSize: plan.avgDealSize,
      rates,
      channels,
    },
  };
}

/** The plan with a scenario's inputs: what the scenario's numbers are computed from. */
export function planWith(plan: Plan, scenario: Scenario): Plan {
  const { inputs } = scenario;
  return {
    ...plan,
    goal: { ...plan.goal, amount: inputs.goalAmount, marketingShare: inputs.marketingShare },
    avgDealSize: inputs.avgDealSize,
    stages: plan.stages.map((s) =>
      s.rate !== null && typeof inputs.rates[s.id] === 'number' ? { ...s, rate: inputs.rates[s.id]! } : s,
    ),
    channels: plan.channels.map((ch) => {
      const own = inputs.channels[ch.id];
      return own ? { ...ch, allocation: own.allocation, value: own.value, cpl: own.cpl } : ch;
    }),
  };
}

/**
 * "Make this the plan": the scenario's inputs become the plan's, and the old base is kept as a
 * scenario under `baseName` in the promoted one's place.
 */
export function promote(
  plan: Plan,
  scenarios: Scenario[],
  name: string,
  baseName: string,
): { plan: Plan; scenarios: Scenario[] } | null {
  const chosen = scenarios.find((s) => s.name === name);
  if (!chosen) return null;
  const old = scenarioOf(plan, baseName);
  return {
    plan: planWith(plan, chosen),
    scenarios: scenarios.map((s) => (s.name === name ? old : s)),
  };
}

/** Whether a value read back from storage has a scenario's shape (numbers are checked by validating planWith). */
export function isScenario(value: unknown): value is Scenario {
  if (typeof value !== 'object' || value === null) return false;
  const { name, inputs } = value as { name?: unknown; inputs?: Record<string, unknown> };
  if (typeof name !== 'string' || typeof inputs !== 'object' || inputs === null) return false;
  const numbers = ['goalAmount', 'marketingShare', 'avgDealSize'].every((k) => typeof inputs[k] === 'number');
  const records = ['rates', 'channels'].every((k) => typeof inputs[k] === 'object' && inputs[k] !== null);
  return numbers && records;
}

/** A stage on the Dashboard: period target, to-date target and actual to date (null: none yet). */
export interface StageProgress {
  period: number;
  toDate: number | null;
  actual: number | null;
}

/**
 * How far the actuals to date are from a column's to-date targets: per stage, |actual ÷ (the
 * column's count × the share of the period due to date) − 1|, summed. Null before any actuals.
 */
export function trackingDistance(
  required: number[],
  progress: StageProgress[],
  hasActuals: boolean,
): number | null {
  if (!hasActuals) return null;
  return progress.reduce((sum, p, s) => {
    const count = required[s] ?? 0;
    if (!p.toDate || !p.period || !count) return sum;
    return sum + Math.abs((p.actual ?? 0) / ((count * p.toDate) / p.period) - 1);
  }, 0);
}

/** The column whose distance is smallest (the first on a tie), or null before any actuals. */
export function closestColumn(distances: (number | null)[]): number | null {
  let best: number | null = null;
  distances.forEach((d, i) => {
    if (d !== null && (best === null || d < (distances[best] as number))) best = i;
  });
  return best;
}
