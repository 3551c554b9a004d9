import fc from 'fast-check';
import type { Plan } from '../../src/core/plan';
import type { SheetNames } from '../../src/sheets/names';

/** The English sheet names, for layouts built in tests. */
export const ENGLISH_NAMES: SheetNames = {
  tree: 'KPI Tree',
  monthly: 'Monthly Targets',
  actuals: 'Actuals',
  dashboard: 'Dashboard',
  checklist: 'Checklist',
  tracker: 'KPI Tracker',
};

/** Edits a marketer makes to a plan between two runs, for property tests of the re-run. */
export type PlanEdit =
  'rename' | 'addTop' | 'removeMiddle' | 'addChannel' | 'removeChannel' | 'shift' | 'longer';

export const planEditsArb = fc.array(
  fc.constantFrom<PlanEdit>(
    'rename',
    'addTop',
    'removeMiddle',
    'addChannel',
    'removeChannel',
    'shift',
    'longer',
  ),
  { maxLength: 4 },
);

/** A copy of the plan with the edits made, kept valid: at most 8 stages, at least 3, CSFs on existing transitions. */
export function editedPlan(plan: Plan, edits: readonly PlanEdit[]): Plan {
  const next: Plan = JSON.parse(JSON.stringify(plan));
  for (const edit of edits) {
    if (edit === 'rename') next.name = `${next.name} (EMEA)`;
    if (edit === 'addTop' && next.stages.length < 8)
      next.stages.unshift({
        id: `top${next.stages.length}`,
        kind: 'custom',
        name: 'Sessions',
        rate: 0.05,
        lagMonths: 0,
      });
    if (edit === 'removeMiddle' && next.stages.length > 3) next.stages.splice(2, 1);
    if (edit === 'addChannel')
      next.channels.push({
        id: `new${next.channels.length}`,
        name: 'Events',
        allocation: 'count',
        value: 10,
        cpl: 100,
      });
    if (edit === 'removeChannel') next.channels.shift();
    if (edit === 'shift') next.startMonth = (next.startMonth % 12) + 1;
    if (edit === 'longer') next.periodMonths = Math.min(24, next.periodMonths + 6);
  }
  next.csfs = next.csfs.filter((csf) => csf.transition < next.stages.length - 1);
  return next;
}
