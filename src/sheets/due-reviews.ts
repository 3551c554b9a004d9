import { L } from '../core/catalog/sheets';
import { DUE_LIST, TRACKER } from '../core/catalog/tracker';
import { GRACE_DAYS } from '../core/cadence';
import type { Text } from '../core/i18n';
import { a1, sheetRef } from './a1';
import type { DashboardContext } from './dashboard';
import { COUNT, PERCENT } from './formats';
import { DATE, PERIOD_COL, TRACKER_COL, trackerBlocks } from './tracker';

/**
 * Columns of the due list. The KPI's name shares the wide column of the Dashboard's hints, so
 * column A stays as narrow as the charts beside it need.
 */
export const DUE_COL = {
  state: 1,
  status: 2,
  attainment: 3,
  next: 4,
  kpi: 5,
  cadence: 6,
  waiting: 7,
} as const;

/** Rows of the due list on the Dashboard, from its section row. */
export function dueListRows(kpis: number): number {
  return 4 + Math.max(1, kpis);
}

/**
 * The initiative KPIs whose review is due, live as of TODAY() in the spreadsheet's time zone: a
 * period whose review date has come and that has no actual is due for its cadence's grace days,
 * then overdue (as reviewCheck in core counts them).
 */
export function dueListBlock(c: DashboardContext, first: number): void {
  const { plan, names, t, g, header, section } = c;
  const { blocks } = trackerBlocks(plan);
  const tracker = sheetRef(names.tracker);
  const asOf = a1(first + 1, 2, true);
  const kpiRow = (i: number) => first + 4 + i;
  const states = `${a1(kpiRow(0), DUE_COL.state, true)}:${a1(kpiRow(Math.max(0, blocks.length - 1)), DUE_COL.state, true)}`;
  const q = (text: Text) => `"${t(text).replace(/"/g, '""')}"`;

  section(first, DUE_LIST.section, 7);
  g.text(first + 1, 1, t(DUE_LIST.asOf));
  g.formula(first + 1, 2, '=TODAY()', { format: DATE, bold: true });
  g.text(first + 2, 1, t(DUE_LIST.dueCount));
  g.formula(
    first + 2,
    2,
    `=COUNTIF(${states},${q(DUE_LIST.due)})+COUNTIF(${states},${q(DUE_LIST.overdue)})`,
    {
      format: COUNT,
      bold: true,
    },
  );
  g.text(first + 2, 3, t(DUE_LIST.overdueCount));
  g.formula(first + 2, 4, `=COUNTIF(${states},${q(DUE_LIST.overdue)})`, { format: COUNT, bold: true });
  header(first + 3, [
    DUE_LIST.review,
    L.status,
    TRACKER.attainment,
    TRACKER.nextReview,
    DUE_LIST.kpi,
    DUE_LIST.cadence,
    DUE_LIST.waiting,
  ]);
  if (!blocks.length) g.text(kpiRow(0), 1, t(DUE_LIST.none));

  blocks.forEach((block, i) => {
    const row = kpiRow(i);
    const kpi = block.tracked.initiative.kpi;
    const last = PERIOD_COL + block.tracked.periods.length - 1;
    const span = (r: number) => `${tracker}${a1(r, PERIOD_COL, true)}:${a1(r, last, true)}`;
    const dates = span(block.dates);
    const reviewed = span(block.reviewed);
    const at = (col: number) => `${tracker}${a1(block.actual, col, true)}`;
    /** Periods whose review date is on or before `day` and that have no actual. */
    const open = (day: string) =>
      `(COUNTIF(${dates},"<="&${day})-COUNTIFS(${dates},"<="&${day},${reviewed},">0"))`;
    const waiting = a1(row, DUE_COL.waiting);
    const next = at(TRACKER_COL.next);
    // The user's names wrap, however long, so the Dashboard's columns stay as its numbers need.
    g.text(row, DUE_COL.kpi, `${block.tracked.initiative.name} — ${kpi.name}`, { wrap: true });
    g.text(row, DUE_COL.cadence, t(L[kpi.cadence]));
    g.formula(
      row,
      DUE_COL.state,
      `=IF(NOT(ISNUMBER(${asOf})),"",IF(${open(`(${asOf}-${GRACE_DAYS[kpi.cadence]})`)}>0,${q(DUE_LIST.overdue)},IF(${waiting}>0,${q(DUE_LIST.due)},IF(${next}="",${q(DUE_LIST.done)},${q(DUE_LIST.upcoming)}))))`,
    );
    const status = at(TRACKER_COL.status);
    const attainment = at(TRACKER_COL.attainment);
    g.formula(row, DUE_COL.status, `=IF(${status}="","",${status})`);
    g.formula(row, DUE_COL.attainment, `=IF(ISNUMBER(${attainment}),${attainment},"")`, { format: PERCENT });
    g.formula(row, DUE_COL.next, `=IF(ISNUMBER(${next}),${next},"")`, { format: DATE });
    g.formula(row, DUE_COL.waiting, `=IF(NOT(ISNUMBER(${asOf})),"",${open(asOf)})`, { format: COUNT });
  });
}
