import fc from 'fast-check';
import { defaultPlan } from '../../src/core/plan-defaults';
import { computePlan, type PlanNumbers } from '../../src/core/plan-math';
import type { Plan } from '../../src/core/plan';
import { validatePlan } from '../../src/core/plan-validate';
import {
  closestColumn,
  planWith,
  scenarioOf,
  trackingDistance,
  type Scenario,
} from '../../src/core/scenarios';
import { dashboardPositions } from '../../src/sheets/dashboard';
import { positions } from '../../src/sheets/positions';
import { scenarioRows, scenariosSheet } from '../../src/sheets/scenarios';
import { layoutWorkbook } from '../../src/sheets/workbook';
import type { WorkbookDescription } from '../../src/sheets/description';
import { planArb } from '../support/arbitraries';
import { namesFor, showsNumber } from '../support/sheet-check';
import { evaluate, type EvaluatedWorkbook } from '../support/hf-workbook';

const SHEET = 'Scenarios';

/** Random scenarios of a plan: every lever moved (or kept), each scenario a valid plan. */
const scenariosArb = (plan: Plan): fc.Arbitrary<Scenario[]> =>
  fc
    .array(
      fc.record({
        goal: fc.constantFrom(0.5, 1, 1.3, 2),
        share: fc.integer({ min: 1, max: 100 }).map((n) => n / 100),
        deal: fc.constantFrom(0.7, 1, 1.5),
        rates: fc.array(
          fc.integer({ min: 1, max: 1000 }).map((n) => n / 1000),
          {
            minLength: plan.stages.length,
            maxLength: plan.stages.length,
          },
        ),
        channels: fc.array(
          fc.record({
            share: fc.integer({ min: 0, max: 60 }).map((n) => n / 100),
            cpl: fc.integer({ min: 0, max: 50_000 }),
          }),
          { minLength: plan.channels.length, maxLength: plan.channels.length },
        ),
      }),
      { minLength: 1, maxLength: 5 },
    )
    .map((levers) =>
      levers.map((l, k) => {
        const s = scenarioOf(plan, `Scenario ${k + 1}`);
        s.inputs.goalAmount = Math.round(plan.goal.amount * l.goal) || 1;
        s.inputs.marketingShare = l.share;
        s.inputs.avgDealSize = Math.round(plan.avgDealSize * l.deal);
        plan.stages.forEach((st, i) => {
          if (st.rate !== null) s.inputs.rates[st.id] = l.rates[i]!;
        });
        plan.channels.forEach((ch, i) => {
          const own = s.inputs.channels[ch.id]!;
          if (own.allocation === 'share') own.value = l.channels[i]!.share;
          own.cpl = l.channels[i]!.cpl;
        });
        return s;
      }),
    )
    .filter((list) => list.every((s) => validatePlan(planWith(plan, s)).ok));

function book(plan: Plan, scenarios: Scenario[]): EvaluatedWorkbook {
  const names = namesFor(plan);
  const workbook = layoutWorkbook(plan, names);
  const sheet = scenariosSheet(plan, scenarios, names, SHEET);
  return evaluate({ sheets: [...workbook.sheets, sheet] } as unknown as WorkbookDescription);
}

/** Every number of column `col` equals the core's numbers of that column's plan. */
function mismatches(
  b: EvaluatedWorkbook,
  plan: Plan,
  col: number,
  n: PlanNumbers,
  base: PlanNumbers | null,
): string[] {
  const r = scenarioRows(plan);
  const out: string[] = [];
  const check = (what: string, row: number, expected: number | null, exact = false) => {
    const actual = b.value(SHEET, row, col);
    const ok = showsNumber(actual, expected, exact);
    if (!ok) out.push(`col ${col} ${what}: sheet ${JSON.stringify(actual)} core ${expected}`);
  };
  plan.stages.forEach((_, s) => check(`stage ${s}`, r.count(s), n.required[s]!, true));
  plan.channels.forEach((_, i) => check(`channel ${i} leads`, r.channelLeads(i), n.channels[i]!.leads, true));
  check('budget', r.budget, n.budget);
  check('blended CPL', r.blendedCpl, n.blendedCpl);
  check('CAC', r.cac, n.cac);
  check('revenue', r.revenue, n.revenue);
  check('ROMI', r.romi, n.romi);
  if (base) {
    const last = plan.stages.length - 1;
    const minus = (a: number | null, b2: number | null) => (a === null || b2 === null ? null : a - b2);
    check('won vs base', r.diff.won, n.required[last]! - base.required[last]!, true);
    check('leads vs base', r.diff.leads, n.leadsTarget - base.leadsTarget, true);
    check('budget vs base', r.diff.budget, n.budget - base.budget);
    check('CAC vs base', r.diff.cac, minus(n.cac, base.cac));
    check('ROMI vs base', r.diff.romi, minus(n.romi, base.romi));
  }
  return out;
}

describe('the Scenarios sheet computes what the core computes', () => {
  test('random plans with random scenarios, column by column', () => {
    fc.assert(
      fc.property(
        planArb.chain((plan) => fc.tuple(fc.constant(plan), scenariosArb(plan))),
        ([plan, scenarios]) => {
          const b = book(plan, scenarios);
          const base = computePlan(plan);
          const wrong = [
            ...mismatches(b, plan, 2, base, null),
            ...scenarios.flatMap((s, k) => mismatches(b, plan, k + 3, computePlan(planWith(plan, s)), base)),
          ];
          expect(wrong.slice(0, 8)).toEqual([]);
          // No actuals yet: no distance, no closest scenario.
          expect(b.value(SHEET, scenarioRows(plan).closest, 2)).toBe('');
        },
      ),
      { numRuns: 60 },
    );
  });

  test('editing a scenario input on the sheet recomputes its column live; the base follows the KPI Tree', () => {
    const plan = defaultPlan('en');
    const slow = scenarioOf(plan, 'Win rate 18%');
    const b = book(plan, [slow]);
    const r = scenarioRows(plan);
    const win = plan.stages.length - 2;
    b.set(SHEET, r.rate(win), 3, 0.18);
    const edited = planWith(plan, {
      ...slow,
      inputs: { ...slow.inputs, rates: { ...slow.inputs.rates, [plan.stages[win]!.id]: 0.18 } },
    });
    expect(mismatches(b, plan, 3, computePlan(edited), computePlan(plan))).toEqual([]);
    b.set(namesFor(plan).tree, positions(plan).tree.goal, 2, plan.goal.amount * 2);
    const doubled = { ...plan, goal: { ...plan.goal, amount: plan.goal.amount * 2 } };
    expect(mismatches(b, plan, 2, computePlan(doubled), null)).toEqual([]);
    expect(mismatches(b, plan, 3, computePlan(edited), computePlan(doubled))).toEqual([]);
  });

  test('with actuals, the sheet names the scenario the actuals to date track closest', () => {
    const plan = defaultPlan('en');
    const names = namesFor(plan);
    const low = scenarioOf(plan, 'Half the goal');
    low.inputs.goalAmount = plan.goal.amount / 2;
    const high = scenarioOf(plan, 'Double the goal');
    high.inputs.goalAmount = plan.goal.amount * 2;
    const scenarios = [low, high];
    const b = book(plan, scenarios);
    const pos = positions(plan);
    const d = dashboardPositions(plan);
    const r = scenarioRows(plan);
    // Actuals at about half of the base plan's monthly targets for the first three months.
    const n = computePlan(plan);
    for (let i = 0; i < 3; i++)
      plan.stages.forEach((_, s) =>
        b.set(
          names.actuals,
          pos.months.stageRow(s),
          pos.months.firstCol + pos.months.before + i,
          Math.round(n.monthly[s]![pos.months.before + i]! / 2),
        ),
      );
    const progress = plan.stages.map((_, s) => {
      const num = (col: number) => {
        const v = b.value(names.dashboard, d.stageRow(s), col);
        return typeof v === 'number' ? v : null;
      };
      return { period: num(2) ?? 0, toDate: num(3), actual: num(4) };
    });
    const plans = [plan, ...scenarios.map((s) => planWith(plan, s))];
    const distances = plans.map((p) => trackingDistance(computePlan(p).required, progress, true));
    distances.forEach((dist, k) => expect(b.value(SHEET, r.distance, k + 2)).toBeCloseTo(dist!, 9));
    expect(closestColumn(distances)).toBe(1);
    expect(b.value(SHEET, r.closest, 2)).toBe('Half the goal');
  });
});
