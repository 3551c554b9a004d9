import type { Plan } from '../core/plan';
import { actualsSheet } from './actuals';
import { checklistSheet } from './checklist';
import { dashboardSheet } from './dashboard';
import type { WorkbookDescription } from './description';
import type { ImportLayout } from './imported';
import { framed } from './keys';
import { monthlySheet } from './monthly';
import type { SheetNames } from './names';
import { positions } from './positions';
import { trackerSheet } from './tracker';
import { treeSheet } from './tree';

/** Plan -> every sheet of the plan as a description. Pure: same plan and names, same workbook. */
export function layoutWorkbook(plan: Plan, names: SheetNames, imports?: ImportLayout): WorkbookDescription {
  const pos = positions(plan);
  return {
    sheets: [
      treeSheet(plan, names, pos),
      monthlySheet(plan, names, pos),
      actualsSheet(plan, names, pos, imports),
      dashboardSheet(plan, names, pos, imports),
      checklistSheet(plan, names),
      trackerSheet(plan, names, pos),
    ].map((sheet) => framed(sheet, plan.name)),
  };
}
