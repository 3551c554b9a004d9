/**
 * Everything the wizard shows that is computed from the working plan, derived in one pass on
 * every keystroke: validation issues by path, the plan's numbers, channel warnings, what-ifs.
 */
import { FIELD, PLAN_WARNING } from '../core/catalog/plan';
import { CHANNELS } from '../core/catalog/sidebar';
import type { ErrorCode } from '../core/catalog/errors';
import { describe } from '../core/errors';
import { percentAsTyped } from '../core/format';
import { fill, type Params, type Text } from '../core/i18n';
import type { Plan } from '../core/plan';
import { computePlan, type PlanNumbers } from '../core/plan-math';
import { validatePlan, type PlanIssue } from '../core/plan-validate';
import { rateImprovements, type RateImprovement } from '../core/what-if';
import { getAt } from './fields';

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

/** Issues that leave the numbers computable: names, free text, CSFs and ids. */
const HARMLESS = /(^|\.)(name|text|id)$|^csfs(\.|$)|^thresholds\./;
const CHANNEL_NUMBER = /^channels(\.|$)/;

function reissue(issue: PlanIssue, code: ErrorCode, label: Text, lp: Params, params: Params): PlanIssue {
  const message = { en: '', ja: '' };
  for (const lang of ['en', 'ja'] as const) {
    message[lang] = describe({ code, field: fill(label[lang], lp), params }, lang);
  }
  return { ...issue, code, message };
}

/**
 * Rewords range problems of percent fields in percent: validatePlan, which sees fractions, would
 * tell someone who typed "150" in a percent field to "type 1.5%".
 */
function inPercent(issue: PlanIssue, plan: Plan): PlanIssue {
  const value = getAt(plan, issue.path);
  if (typeof value !== 'number') return issue;
  if (!['rateAsPercent', 'rateOutOfRange', 'negative'].includes(issue.code)) return issue;
  let m = /^stages\.(\d+)\.rate$/.exec(issue.path);
  if (m) {
    const n = Number(m[1]);
    const lp = { n: n + 1, name: plan.stages[n]?.name ?? '' };
    return reissue(issue, 'rateOutOfRange', FIELD.stageRate, lp, { value: percentAsTyped(value) });
  }
  if (issue.path === 'goal.marketingShare') {
    return reissue(issue, 'rateOutOfRange', FIELD.marketingShare, {}, { value: percentAsTyped(value) });
  }
  m = /^channels\.(\d+)\.value$/.exec(issue.path);
  const channel = m ? plan.channels[Number(m[1])] : undefined;
  if (m && channel?.allocation === 'share') {
    const n = Number(m[1]);
    const lp = { n: n + 1, name: channel.name };
    const code = value < 0 ? 'negative' : 'rateOutOfRange';
    return reissue(issue, code, FIELD.channelShare, lp, { value: percentAsTyped(value) });
  }
  return issue;
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
  const issues = check.issues.map((issue) => inPercent(issue, plan));
  const byPath = new Map<string, PlanIssue>();
  for (const issue of issues) if (!byPath.has(issue.path)) byPath.set(issue.path, issue);
  for (const issue of serverIssues) {
    if (byPath.has(issue.path)) continue;
    byPath.set(issue.path, issue);
    issues.push(issue);
  }

  const blocking = issues.filter((i) => !HARMLESS.test(i.path));
  const budgetKnown = !blocking.some((i) => CHANNEL_NUMBER.test(i.path));
  const computable = blocking.every((i) => CHANNEL_NUMBER.test(i.path));
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
