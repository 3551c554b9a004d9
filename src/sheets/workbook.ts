import { computePlan } from '../core/plan-math';
import type { Plan } from '../core/plan';
import { actualsSheet } from './actuals';
import { checklistSheet } from './checklist';
import { dashboardSheet } from './dashboard';
import type { SheetDescription, WorkbookDescription } from './description';
import type { ImportLayout } from './imported';
import { framed } from './keys';
import { monthlySheet } from './monthly';
import type { SheetNames } from './names';
import { positions } from './positions';
import { trackerSheet } from './tracker';
import { treeSheet } from './tree';
import { fitWidths, type WidthBounds } from './widths';

function layoutSheets(plan: Plan, names: SheetNames, imports?: ImportLayout): SheetDescription[] {
  const pos = positions(plan);
  return [
    treeSheet(plan, names, pos),
    monthlySheet(plan, names, pos),
    actualsSheet(plan, names, pos, imports),
    dashboardSheet(plan, names, pos, imports),
    checklistSheet(plan, names),
    trackerSheet(plan, names, pos),
  ];
}

/** The plan's largest amount and count: every computed cell is sized for numbers of that many digits. */
function widthBounds(plan: Plan): WidthBounds {
  const numbers = computePlan(plan);
  return {
    money: Math.max(numbers.revenue, numbers.budget, ...numbers.channels.map((c) => c.budget)),
    count: Math.max(...numbers.required, numbers.channelLeads),
  };
}

/**
 * Plan -> every sheet of the plan as a description. Pure: same plan and names, same workbook.
 * Column widths fit what the cells show in either language, so switching language cuts nothing off.
 */
export function layoutWorkbook(plan: Plan, names: SheetNames, imports?: ImportLayout): WorkbookDescription {
  const sheets = layoutSheets(plan, names, imports);
  const other = layoutSheets({ ...plan, lang: plan.lang === 'ja' ? 'en' : 'ja' }, names, imports);
  const variants = sheets.map((sheet) => [sheet, ...other.filter((s) => s.key === sheet.key)]);
  const widths = fitWidths(variants, widthBounds(plan));
  return {
    sheets: sheets.map((sheet, i) => framed({ ...sheet, widths: widths[i] ?? [] }, plan.name)),
  };
}
