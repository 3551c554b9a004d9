import fc from 'fast-check';
import { cheapestLeads, cheapestMix } from '../../src/core/cheapest-mix';
import { defaultPlan } from '../../src/core/plan-defaults';
import { computePlan } from '../../src/core/plan-math';
import { validatePlan } from '../../src/core/plan-validate';
import { planWith, promote, scenarioOf } from '../../src/core/scenarios';
import { planArb } from '../support/arbitraries';

/** Every whole split of `total` leads within the caps, and the cheapest budget among them. */
function bruteForce(total: number, cpls: number[], caps: number[]): number | null {
  let best: number | null = null;
  const walk = (i: number, left: number, cost: number) => {
    if (i === cpls.length) {
      if (left === 0 && (best === null || cost < best)) best = cost;
      return;
    }
    for (let n = 0; n <= Math.min(left, caps[i]!); n++) walk(i + 1, left - n, cost + n * cpls[i]!);
  };
  walk(0, total, 0);
  return best;
}

describe('scenarios', () => {
  test('a scenario of the plan gives the plan back; another one changes only its levers', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        expect(planWith(plan, scenarioOf(plan, 'same'))).toEqual(plan);
      }),
      { numRuns: 50 },
    );
    const plan = defaultPlan('en');
    const slow = scenarioOf(plan, 'Win rate 18%');
    const wonStage = plan.stages[plan.stages.length - 2]!;
    slow.inputs.rates[wonStage.id] = 0.18;
    const changed = planWith(plan, slow);
    expect(changed.stages.map((s) => s.rate)).toEqual(
      plan.stages.map((s) => (s.id === wonStage.id ? 0.18 : s.rate)),
    );
    expect({ ...changed, stages: plan.stages }).toEqual(plan);
    expect(computePlan(changed).leadsTarget).toBeGreaterThan(computePlan(plan).leadsTarget);
  });

  test('promoting keeps the old base as a scenario in the promoted one’s place', () => {
    const plan = defaultPlan('en');
    const big = scenarioOf(plan, 'Bigger deals');
    big.inputs.avgDealSize = plan.avgDealSize * 2;
    const other = scenarioOf(plan, 'Other');
    const promoted = promote(plan, [other, big], 'Bigger deals', 'Previous plan')!;
    expect(promoted.plan.avgDealSize).toBe(plan.avgDealSize * 2);
    expect(promoted.scenarios.map((s) => s.name)).toEqual(['Other', 'Previous plan']);
    expect(planWith(promoted.plan, promoted.scenarios[1]!)).toEqual(plan);
    expect(promote(plan, [other], 'missing', 'x')).toBeNull();
  });
});

describe('cheapest mix for this goal', () => {
  test('matches a brute-force search over every whole split on small cases', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 25 }),
        fc.array(fc.record({ cpl: fc.integer({ min: 0, max: 9 }), cap: fc.integer({ min: 0, max: 12 }) }), {
          minLength: 1,
          maxLength: 4,
        }),
        (total, channels) => {
          const best = bruteForce(
            total,
            channels.map((c) => c.cpl),
            channels.map((c) => c.cap),
          );
          const found = cheapestLeads(
            total,
            channels.map((c, i) => ({ id: `c${i}`, ...c })),
          );
          if (best === null) return expect(found).toBeNull();
          expect(found).not.toBeNull();
          const leads = channels.map((_, i) => found![`c${i}`]!);
          leads.forEach((n, i) => expect(n).toBeLessThanOrEqual(channels[i]!.cap));
          expect(leads.reduce((a, b) => a + b, 0)).toBe(total);
          expect(leads.reduce((a, n, i) => a + n * channels[i]!.cpl, 0)).toBe(best);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('the proposal is a valid scenario whose channels bring exactly the leads, at that budget', () => {
    const plan = defaultPlan('en');
    const target = computePlan(plan).leadsTarget;
    const caps = Object.fromEntries(plan.channels.map((ch) => [ch.id, Math.ceil(target / 2)]));
    const proposal = cheapestMix(plan, caps, 'Cheapest mix');
    if (!proposal.ok) throw new Error('expected a proposal');
    const mixed = planWith(plan, proposal.scenario);
    expect(validatePlan(mixed).ok).toBe(true);
    const numbers = computePlan(mixed);
    expect(numbers.channels.map((c) => c.leads)).toEqual(plan.channels.map((ch) => proposal.leads[ch.id]));
    expect(numbers.channelLeads).toBe(target);
    expect(numbers.budget).toBe(proposal.budget);
    expect(proposal.budget).toBeLessThanOrEqual(computePlan(plan).budget);
    // The plan itself is untouched.
    expect(plan).toEqual(defaultPlan('en'));
    const tooSmall = cheapestMix(plan, Object.fromEntries(plan.channels.map((ch) => [ch.id, 1])), 'x');
    expect(tooSmall).toEqual({ ok: false, leadsTarget: target, capacity: plan.channels.length });
  });
});
