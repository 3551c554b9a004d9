import fc from 'fast-check';
import { defaultPlan } from '../../src/core/plan-defaults';
import { computePlan } from '../../src/core/plan-math';
import type { Plan } from '../../src/core/plan';
import { validatePlan } from '../../src/core/plan-validate';
import { positions } from '../../src/sheets/positions';
import { layoutWorkbook } from '../../src/sheets/workbook';
import { planArb } from '../support/arbitraries';
import { namesFor, showsNumber } from '../support/sheet-check';
import { evaluate } from '../support/hf-workbook';

/** Every target cell the sheets compute must equal the core's number. */
function expectSheetsMatchCore(plan: Plan) {
  const names = namesFor(plan);
  const book = evaluate(layoutWorkbook(plan, names));
  const n = computePlan(plan);
  const pos = positions(plan);
  const mismatches: string[] = [];
  const check = (what: string, actual: unknown, expected: number | null, exact = true) => {
    const ok = showsNumber(actual, expected, exact);
    if (!ok) mismatches.push(`${what}: sheet ${JSON.stringify(actual)} core ${expected}`);
  };
  plan.stages.forEach((_, s) => {
    check(`tree target ${s}`, book.value(names.tree, pos.tree.targetRow, pos.tree.nodeCol(s)), n.required[s]);
    check(
      `monthly total ${s}`,
      book.value(names.monthly, pos.months.stageRow(s), pos.months.totalCol),
      n.required[s],
    );
    n.monthly[s].forEach((target, i) =>
      check(
        `monthly ${s} col ${i}`,
        book.value(names.monthly, pos.months.stageRow(s), pos.months.firstCol + i),
        target,
      ),
    );
  });
  plan.channels.forEach((_, c) => {
    check(`channel leads ${c}`, book.value(names.tree, pos.tree.channelRow(c), 4), n.channels[c].leads);
    check(
      `channel budget ${c}`,
      book.value(names.tree, pos.tree.channelRow(c), 5),
      n.channels[c].budget,
      false,
    );
    n.channels[c].monthlyLeads.forEach((target, i) =>
      check(
        `channel ${c} month ${i}`,
        book.value(names.monthly, pos.months.channelLeadsRow(c), pos.months.firstCol + i),
        target,
      ),
    );
  });
  const summary = pos.tree.summary;
  check('budget', book.value(names.tree, summary.budget, 2), n.budget, false);
  check('blended CPL', book.value(names.tree, summary.blendedCpl, 2), n.blendedCpl, false);
  check('CAC', book.value(names.tree, summary.cac, 2), n.cac, false);
  check('ROMI', book.value(names.tree, summary.romi, 2), n.romi, false);
  check('revenue', book.value(names.tree, summary.revenue, 2), n.revenue, false);
  expect(mismatches.slice(0, 10)).toEqual([]);
  return { book, names, pos };
}

describe('plan sheets compute the same numbers as the core', () => {
  test.each(['ja', 'en'] as const)('%s default plan', (lang) => {
    const { book, names, pos } = expectSheetsMatchCore(defaultPlan(lang));
    expect(book.value(names.tree, pos.tree.targetRow, pos.tree.nodeCol(0))).toBe(22223);
  });

  test('200 random valid plans', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        expect(validatePlan(plan)).toMatchObject({ ok: true });
        expectSheetsMatchCore(plan);
      }),
      { numRuns: 200 },
    );
  });
});

describe('editing an input cell recomputes every dependent target', () => {
  test('win rate and goal edits flow to the tree, the months and the budget', () => {
    const plan = defaultPlan('en');
    const names = namesFor(plan);
    const pos = positions(plan);
    const book = evaluate(layoutWorkbook(plan, names));
    const winRateRow = pos.tree.transitionRow(plan.stages.length - 2);
    book.set(names.tree, winRateRow, 2, 0.25);
    book.set(names.tree, pos.tree.goal, 2, 20_000_000);
    const edited: Plan = JSON.parse(JSON.stringify(plan));
    edited.stages[2].rate = 0.25;
    edited.goal.amount = 20_000_000;
    const n = computePlan(edited);
    plan.stages.forEach((_, s) => {
      expect(book.value(names.tree, pos.tree.targetRow, pos.tree.nodeCol(s))).toBe(n.required[s]);
      n.monthly[s].forEach((target, i) =>
        expect(book.value(names.monthly, pos.months.stageRow(s), pos.months.firstCol + i)).toBe(target),
      );
    });
    expect(book.value(names.tree, pos.tree.summary.budget, 2)).toBeCloseTo(n.budget, 6);
  });

  test('a lag edit moves the monthly targets', () => {
    const plan = defaultPlan('en');
    const names = namesFor(plan);
    const pos = positions(plan);
    const book = evaluate(layoutWorkbook(plan, names));
    book.set(names.tree, pos.tree.transitionRow(2), 3, 1); // Opportunities→Won lag 2 -> 1
    const edited: Plan = JSON.parse(JSON.stringify(plan));
    edited.stages[2].lagMonths = 1;
    const n = computePlan(edited);
    // Same columns as before (the sheet keeps its before-period months); the core plan now needs one fewer.
    const shift = pos.months.before - n.months.filter((m) => !m.inPeriod).length;
    n.monthly[0].forEach((target, i) =>
      expect(book.value(names.monthly, pos.months.stageRow(0), pos.months.firstCol + shift + i)).toBe(target),
    );
  });
});
