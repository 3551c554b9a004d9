import { CHECKLIST, L, SHEET_NAME } from '../core/catalog/sheets';
import { render } from '../core/i18n';
import type { Plan } from '../core/plan';
import { leadStageIndex } from '../core/plan-math';
import { COLOR, type SheetDescription } from './description';
import { Grid } from './grid';
import type { SheetNames } from './names';
import { inputRule } from './validation';

export const CHECKLIST_FIRST_ROW = 5;
export const CHECKLIST_NOTES_COL = 3;
export const CHECKLIST_DONE_COL = 4;

/**
 * The hand-over the MQL→SQL check is about, in the plan's stage names: from the MQL stage (else the
 * lead stage) to the stage after it.
 */
export function handOver(plan: Plan): string {
  const mql = plan.stages.findIndex((s) => s.kind === 'mql');
  const from = mql >= 0 ? mql : leadStageIndex(plan);
  const to = Math.min(from + 1, plan.stages.length - 1);
  return `${plan.stages[from]?.name ?? ''}→${plan.stages[to]?.name ?? ''}`;
}

/** The 18 planning checks with a checkbox and a notes cell each. */
export function checklistSheet(plan: Plan, names: SheetNames): SheetDescription {
  const t = (text: { en: string; ja: string }) => render(text, plan.lang, { transition: handOver(plan) });
  const g = new Grid();
  g.text(1, 1, `${render(SHEET_NAME.checklist, plan.lang)} — ${plan.name}`, { bold: true });
  g.text(2, 1, t(L.checklistNote));
  [L.number, L.check, L.notes, L.done].forEach((label, i) =>
    g.text(CHECKLIST_FIRST_ROW - 1, i + 1, t(label), { bold: true, background: COLOR.header }),
  );
  CHECKLIST.forEach((item, i) => {
    const row = CHECKLIST_FIRST_ROW + i;
    // Ticks and notes follow the item, wherever the user moves its row.
    g.keyRow(row, `check:${i + 1}`);
    g.value(row, 1, i + 1);
    g.text(row, 2, t(item));
    g.value(row, CHECKLIST_DONE_COL, false, { input: 'check', rule: inputRule.checkbox() });
    g.set(row, CHECKLIST_NOTES_COL, { background: COLOR.input, input: 'check' });
  });
  g.keyColumn(CHECKLIST_NOTES_COL, 'notes');
  g.keyColumn(CHECKLIST_DONE_COL, 'done');
  return {
    key: 'checklist',
    name: names.checklist,
    cells: g.cells,
    rowKeys: g.rowKeys,
    colKeys: g.colKeys,
    frozenRows: CHECKLIST_FIRST_ROW - 1,
    frozenColumns: 0,
    // Check and notes share one width; the checkbox column keeps the default.
    widths: [
      { from: 1, count: 1, width: 40 },
      { from: 2, count: 2, width: 440 },
    ],
    hiddenColumns: [],
  };
}
