import fc from 'fast-check';
import { validatePlan } from '../../src/core/plan-validate';
import type { Plan } from '../../src/core/plan';
import { defaultPlan } from '../../src/core/plan-defaults';
import { computePlan } from '../../src/core/plan-math';
import { rateImprovements } from '../../src/core/what-if';

const clone = (plan: Plan): Plan => JSON.parse(JSON.stringify(plan));

describe('what if a rate were one point higher', () => {
  test('worked example: the opportunity rate saves the most leads', () => {
    // 200 won deals; 20% -> 21% needs 952.38 opportunities, 15% -> 16% needs 6,250 MQLs, 30% -> 31% ...
    const list = rateImprovements(defaultPlan('ja'));
    expect(list.map((x) => [x.from, x.rate, x.improvedRate, x.leadsCut])).toEqual([
      [1, 0.15, 0.16, 22223 - 20834],
      [2, 0.2, 0.21, 22223 - 21165],
      [0, 0.3, 0.31, 22223 - 21506],
    ]);
  });

  test('the budget cut is the budget difference computePlan gives', () => {
    const plan = defaultPlan('en');
    const base = computePlan(plan).budget;
    for (const x of rateImprovements(plan)) {
      const better = clone(plan);
      better.stages[x.from].rate = x.improvedRate;
      expect(x.budgetCut).toBeCloseTo(base - computePlan(better).budget, 6);
      expect(x.budgetCut).toBeGreaterThan(0);
    }
  });

  test('transitions above the leads stage and rates at 100% are left out', () => {
    const plan = clone(defaultPlan('en'));
    plan.stages.unshift({ id: 'sessions', kind: 'sessions', name: 'Sessions', rate: 0.02, lagMonths: 0 });
    plan.stages[2].rate = 1;
    const list = rateImprovements(plan);
    expect(list.map((x) => x.from).sort()).toEqual([1, 3]);
  });

  test('a rate near 100% is capped at 100%', () => {
    const plan = clone(defaultPlan('en'));
    plan.stages[0].rate = 0.995;
    expect(rateImprovements(plan).find((x) => x.from === 0)?.improvedRate).toBe(1);
  });

  test('never negative, ranked biggest leads cut first', () => {
    const rate = fc.integer({ min: 1, max: 99 }).map((n) => n / 100);
    fc.assert(
      fc.property(
        fc.array(rate, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 5000 }),
        (rates, deals) => {
          const plan = clone(defaultPlan('en'));
          plan.goal = { kind: 'customers', amount: deals, marketingShare: 1 };
          plan.stages = [
            ...rates.map((r, i) => ({
              id: i === 0 ? 'leads' : `s${i}`,
              kind: i === 0 ? ('leads' as const) : ('custom' as const),
              name: `S${i}`,
              rate: r,
              lagMonths: 0,
            })),
            { id: 'won', kind: 'won', name: 'Won', rate: null, lagMonths: 0 },
          ];
          // The wizard ranks improvements of valid plans only (a funnel over a billion leads is refused).
          fc.pre(validatePlan(plan).ok);
          const list = rateImprovements(plan);
          expect(list).toHaveLength(rates.length);
          list.forEach((x, i) => {
            expect(x.leadsCut).toBeGreaterThanOrEqual(0);
            expect(x.budgetCut).toBeGreaterThanOrEqual(-1e-6);
            if (i > 0) expect(list[i - 1].leadsCut).toBeGreaterThanOrEqual(x.leadsCut);
          });
        },
      ),
    );
  });
});
