import { render } from '../../src/core/i18n';
import { SHEET_NAME } from '../../src/core/catalog/sheets';
import type { Plan } from '../../src/core/plan';
import type { SheetNames } from '../../src/sheets/names';

/** The plan's sheet names in its language, as a first plan gets them. */
export const namesFor = (plan: Plan): SheetNames => ({
  tree: render(SHEET_NAME.tree, plan.lang),
  monthly: render(SHEET_NAME.monthly, plan.lang),
  actuals: render(SHEET_NAME.actuals, plan.lang),
  dashboard: render(SHEET_NAME.dashboard, plan.lang),
  checklist: render(SHEET_NAME.checklist, plan.lang),
  tracker: render(SHEET_NAME.tracker, plan.lang),
});

/**
 * Whether a computed cell shows the core's number: null means an empty cell; `exact` for whole
 * counts, else equal up to a relative 1e-6 (sums of money in another order).
 */
export function showsNumber(actual: unknown, expected: number | null, exact: boolean): boolean {
  if (expected === null) return actual === '' || actual === null;
  if (typeof actual !== 'number') return false;
  return exact ? actual === expected : Math.abs(actual - expected) <= 1e-6 * Math.max(1, Math.abs(expected));
}
