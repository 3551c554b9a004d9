import type { Plan } from './plan';
import { computePlan } from './plan-math';
import { scenarioOf, type Scenario } from './scenarios';

/** Leads each channel can deliver at its CPL, by channel id (the user sets them). */
export type ChannelCaps = Record<string, number>;

export type MixProposal =
  | { ok: true; leads: Record<string, number>; budget: number; scenario: Scenario }
  | { ok: false; leadsTarget: number; capacity: number };

/**
 * The channel mix that reaches `leadsTarget` at the lowest budget, each channel within its cap:
 * with a fixed cost per lead this is filling the cheapest channels first (any other split moves
 * leads onto a dearer channel). Whole leads; ties keep the plan's channel order.
 */
export function cheapestLeads(
  leadsTarget: number,
  channels: { id: string; cpl: number; cap: number }[],
): Record<string, number> | null {
  const order = channels.map((ch, i) => ({ ...ch, i })).sort((a, b) => a.cpl - b.cpl || a.i - b.i);
  const leads: Record<string, number> = {};
  let left = leadsTarget;
  for (const ch of order) {
    const take = Math.max(0, Math.min(left, Math.floor(ch.cap)));
    leads[ch.id] = take;
    left -= take;
  }
  return left > 0 ? null : leads;
}

/**
 * "Cheapest mix for this goal": a scenario with the channel shares that reach the plan's lead
 * target at the lowest budget within the caps. A channel without a cap can deliver nothing more
 * than it plans now. Never applied to the plan: it is offered as a scenario.
 */
export function cheapestMix(plan: Plan, caps: ChannelCaps, name: string): MixProposal {
  const numbers = computePlan(plan);
  const target = numbers.leadsTarget;
  const channels = plan.channels.map((ch, i) => ({
    id: ch.id,
    cpl: ch.cpl,
    cap: caps[ch.id] ?? numbers.channels[i]?.leads ?? 0,
  }));
  const leads = cheapestLeads(target, channels);
  if (!leads)
    return { ok: false, leadsTarget: target, capacity: channels.reduce((a, c) => a + Math.floor(c.cap), 0) };
  const scenario = scenarioOf(
    {
      ...plan,
      // Shares that give back exactly these whole leads (the sheets round cumulative shares).
      channels: plan.channels.map((ch) => ({
        ...ch,
        allocation: 'share',
        value: target > 0 ? (leads[ch.id] ?? 0) / target : 0,
      })),
    },
    name,
  );
  const budget = channels.reduce((a, c) => a + (leads[c.id] ?? 0) * c.cpl, 0);
  return { ok: true, leads, budget, scenario };
}
