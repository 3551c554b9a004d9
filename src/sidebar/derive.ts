/**
 * Everything the wizard shows that is computed from the working plan, derived in one pass on
 * every keystroke: validation issues by path, the plan's numbers, channel warnings, what-ifs.
 */
import { PLAN_WARNING } from '../core/catalog/plan';
import { CHANNELS } from '../core/catalog/sidebar';
import { percentAsTyped } from '../core/format';
import type { Params, Text } from '../core/i18n';
import type { Plan } from '../core/plan';
import { computePlan, type PlanNumbers } from '../core/plan-math';
import { inPercent } from '../core/plan-checks';
import { validatePlan, type PlanIssue } from '../core/plan-validate';
import { rateImprovements, type RateImprovement } from '../core/what-if';

export interface Warning {
  text: Text;
  params: Params;
}

export interface Derived {
  ok: boolean;
  /** Every issue, local ones first, then those the server returned for paths with no local issue. */
  issues: PlanIssue[];
  /** The first issue at each path. */
  byPath: Map<string, PlanIssue>;
  /** The plan's numbers; null when the funnel cannot be computed from what is typed. */
  numbers: PlanNumbers | null;
  /** False when a channel field is invalid, so budget, CPL, CAC and ROMI are unknown. */
  budgetKnown: boolean;
  channelWarning: Warning | null;
  improvements: RateImprovement[];
}

function tryCompute(plan: Plan): PlanNumbers | null {
  try {
    const numbers = computePlan(plan);
    return numbers.required.every(Number.isFinite) ? numbers : null;
  } catch {
    return null;
  }
}

function channelWarning(plan: Plan, n: PlanNumbers): Warning | null {
  if (plan.channels.length === 0) return { text: PLAN_WARNING.noChannels, params: {} };
  const needed = n.leadsTarget;
  if (n.channelLeads === needed) return null;
  const fmt = (x: number) => x.toLocaleString('en-US');
  if (plan.channels.every((c) => c.allocation === 'share')) {
    const share = plan.channels.reduce((a, c) => a + c.value, 0);
    return n.channelLeads < needed
      ? {
          text: PLAN_WARNING.sharesNot100,
          params: { value: percentAsTyped(share), missing: fmt(needed - n.channelLeads) },
        }
      : {
          text: PLAN_WARNING.sharesOver100,
          params: { value: percentAsTyped(share), extra: fmt(n.channelLeads - needed) },
        };
  }
  return { text: CHANNELS.countMismatch, params: { planned: fmt(n.channelLeads), needed: fmt(needed) } };
}

export function derive(plan: Plan, serverIssues: readonly PlanIssue[] = []): Derived {
  const check = validatePlan(plan);
  const issues = check.issues.map(inPercent);
  const byPath = new Map<string, PlanIssue>();
  for (const issue of issues) if (!byPath.has(issue.path)) byPath.set(issue.path, issue);
  for (const issue of serverIssues) {
    if (byPath.has(issue.path)) continue;
    byPath.set(issue.path, issue);
    issues.push(issue);
  }

  const budgetKnown = !issues.some((i) => i.blocks === 'budget');
  const computable = !issues.some((i) => i.blocks === 'numbers');
  let numbers: PlanNumbers | null = null;
  if (computable) numbers = tryCompute(budgetKnown ? plan : { ...plan, channels: [] });

  const usable = numbers !== null && budgetKnown;
  return {
    ok: issues.length === 0,
    issues,
    byPath,
    numbers,
    budgetKnown: usable,
    channelWarning: usable && numbers ? channelWarning(plan, numbers) : null,
    improvements: usable ? rateImprovements(plan) : [],
  };
}
