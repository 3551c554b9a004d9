import { L, SHEET_NAME } from '../core/catalog/sheets';
import { SIGNAL_LABEL, SUB_METRIC_UNIT_LABEL } from '../core/catalog/sub-metrics';
import { TRACKER } from '../core/catalog/tracker';
import type { ReviewPeriod } from '../core/cadence';
import { render, type Params, type Text } from '../core/i18n';
import { stageName, type Plan } from '../core/plan';
import { qualityShareOf, trackedKpis, type TrackedKpi } from '../core/tracker';
import { a1, sheetRef } from './a1';
import { DASHBOARD_CELLS } from './dashboard-cells';
import { COLOR, type SheetDescription } from './description';
import { COUNT, INTEGER, PERCENT } from './formats';
import { Grid } from './grid';
import { monthLabel, type Positions } from './positions';
import type { SheetNames } from './names';
import { inputRule } from './validation';

/** Fixed columns of every block; review periods start at PERIOD_COL. */
export const TRACKER_COL = {
  label: 1,
  unit: 2,
  target: 3,
  latest: 4,
  attainment: 5,
  status: 6,
  share: 7,
  next: 8,
} as const;
export const PERIOD_COL = 9;
const HEADER_ROW = 4;
export const DATE = 'yyyy-mm-dd';
/** The reviewed row holds period numbers and shows a tick. */
const TICK = '"✓";;';

/** Where one KPI's block sits (1-based rows). */
export interface TrackerBlock {
  tracked: TrackedKpi;
  head: number;
  dates: number;
  actual: number;
  /** The row of results that met the quality condition, when the KPI has one. */
  qualified: number | null;
  /** By sub-metric, in plan order. */
  subs: number[];
  reviewed: number;
}

/**
 * Rows keep their values while the period series stays the same: the cadence and the month the
 * periods count from. A changed cadence or start puts the old values in the archive, not in the
 * wrong periods.
 */
export function seriesKey(plan: Plan, tracked: TrackedKpi): string {
  const kpi = tracked.initiative.kpi;
  return kpi.cadence === 'once' ? 'once' : `${kpi.cadence}:${monthLabel(plan.startYear, plan.startMonth)}`;
}

export const trackerRowKey = (plan: Plan, tracked: TrackedKpi, role: string) =>
  `kpi:${tracked.initiative.id}:${seriesKey(plan, tracked)}:${role}`;
export const periodKey = (index: number) => `p:${index + 1}`;

/** Rows of every block, in the order the sheet shows them: by CSF (a section row each), then initiative. */
export function trackerBlocks(plan: Plan): { csfRows: number[]; blocks: TrackerBlock[] } {
  let row = HEADER_ROW + 2;
  const csfRows: number[] = [];
  const blocks: TrackerBlock[] = [];
  const all = trackedKpis(plan);
  plan.csfs.forEach((csf) => {
    csfRows.push(row++);
    for (const tracked of all.filter((t) => t.csf === csf)) {
      const kpi = tracked.initiative.kpi;
      const head = row;
      const qualified = kpi.quality.trim() ? head + 3 : null;
      const firstSub = head + (qualified ? 4 : 3);
      const subs = kpi.subMetrics.map((_, k) => firstSub + k);
      const reviewed = firstSub + subs.length;
      blocks.push({ tracked, head, dates: head + 1, actual: head + 2, qualified, subs, reviewed });
      row = reviewed + 2;
    }
  });
  return { csfRows, blocks };
}

function periodLabel(plan: Plan, p: ReviewPeriod, cadence: string, t: (x: Text, params?: Params) => string) {
  if (cadence === 'once') return t(TRACKER.afterCampaign);
  if (cadence === 'weekly') return t(TRACKER.week, { date: p.start });
  const month = p.start.slice(0, 7);
  return cadence === 'quarterly' ? `${t(TRACKER.quarter, { n: p.index + 1 })} ${month}` : month;
}

/** The KPI Tracker: one block per initiative KPI, grouped by CSF, a column per review period. */
export function trackerSheet(plan: Plan, names: SheetNames, pos: Positions): SheetDescription {
  const t = (text: Text, params?: Params) => render(text, plan.lang, params);
  const g = new Grid();
  g.text(1, 1, `${render(SHEET_NAME.tracker, plan.lang)} — ${plan.name}`, { bold: true });
  g.text(2, 1, t(TRACKER.note));
  const headers: [number, Text][] = [
    [TRACKER_COL.label, TRACKER.label],
    [TRACKER_COL.unit, TRACKER.unit],
    [TRACKER_COL.target, TRACKER.target],
    [TRACKER_COL.latest, TRACKER.latest],
    [TRACKER_COL.attainment, TRACKER.attainment],
    [TRACKER_COL.status, TRACKER.status],
    [TRACKER_COL.share, TRACKER.stageShare],
    [TRACKER_COL.next, TRACKER.nextReview],
    [PERIOD_COL, TRACKER.periods],
  ];
  for (const [col, label] of headers)
    g.text(HEADER_ROW, col, t(label), { bold: true, background: COLOR.header });
  for (const [key, col] of Object.entries(TRACKER_COL)) g.keyColumn(col, key);
  const { csfRows, blocks } = trackerBlocks(plan);
  const width = Math.max(1, ...blocks.map((b) => b.tracked.periods.length));
  for (let i = 0; i < width; i++) g.keyColumn(PERIOD_COL + i, periodKey(i));
  if (!blocks.length) g.text(HEADER_ROW + 2, 1, t(TRACKER.none));
  plan.csfs.forEach((csf, i) => {
    const row = csfRows[i] as number;
    g.keyRow(row, `csf:${csf.id}`);
    const transition = `${stageName(plan, csf.transition)} → ${stageName(plan, csf.transition + 1)}`;
    g.text(row, 1, t(L.pair, { what: transition, detail: csf.text }), {
      bold: true,
      background: COLOR.section,
    });
    g.band(row, 2, PERIOD_COL + width - 1, { background: COLOR.section });
  });
  const thresholds = {
    green: `${sheetRef(names.dashboard)}${DASHBOARD_CELLS.green}`,
    amber: `${sheetRef(names.dashboard)}${DASHBOARD_CELLS.amber}`,
  };
  for (const block of blocks) writeBlock(g, plan, names, pos, block, thresholds, t);
  return {
    key: 'tracker',
    name: names.tracker,
    cells: g.cells,
    rowKeys: g.rowKeys,
    colKeys: g.colKeys,
    frozenRows: HEADER_ROW,
    frozenColumns: 1,
    widths: [
      { from: 1, count: 1, width: 320 },
      { from: 2, count: PERIOD_COL - 2 + width, width: 96 },
    ],
    hiddenColumns: [],
  };
}

type T = (text: Text, params?: Params) => string;

/** `=IF(…)` giving the status label of an attainment cell, with the plan's thresholds. */
function statusFormula(attainment: string, th: { green: string; amber: string }, t: T): string {
  const q = (text: Text) => `"${t(text).replace(/"/g, '""')}"`;
  return `=IF(${attainment}="","",IF(${attainment}>=${th.green},${q(L.statusGreen)},IF(${attainment}>=${th.amber},${q(L.statusAmber)},${q(L.statusRed)})))`;
}

function writeBlock(
  g: Grid,
  plan: Plan,
  names: SheetNames,
  pos: Positions,
  block: TrackerBlock,
  th: { green: string; amber: string },
  t: T,
): void {
  const { tracked } = block;
  const kpi = tracked.initiative.kpi;
  const n = tracked.periods.length;
  const last = PERIOD_COL + n - 1;
  const range = (row: number) => `${a1(row, PERIOD_COL, true)}:${a1(row, last, true)}`;
  const key = (row: number, role: string) => g.keyRow(row, trackerRowKey(plan, tracked, role));
  const idx = a1(block.reviewed, TRACKER_COL.latest, true);
  const cell = (row: number, col: number) => a1(row, col);

  key(block.head, 'head');
  g.text(block.head, TRACKER_COL.label, t(L.pair, { what: tracked.initiative.name, detail: kpi.name }), {
    bold: true,
    background: COLOR.header,
  });
  g.text(block.head, TRACKER_COL.unit, t(L[kpi.cadence]), { background: COLOR.header });
  g.band(block.head, TRACKER_COL.target, TRACKER_COL.next, { background: COLOR.header });
  key(block.dates, 'dates');
  g.text(block.dates, TRACKER_COL.label, t(TRACKER.reviewDate));
  tracked.periods.forEach((p, i) => {
    g.text(block.head, PERIOD_COL + i, periodLabel(plan, p, kpi.cadence, t), {
      bold: true,
      background: COLOR.header,
    });
    // A formula, not a number: it reads back as ours whatever type the sheet gives a date.
    const [y, m, d] = p.review.split('-').map(Number);
    g.formula(block.dates, PERIOD_COL + i, `=DATE(${y},${m},${d})`, { format: DATE });
  });

  /** The value of a row in the KPI's latest period with an actual, or "". */
  const latest = (row: number) =>
    `=IF(${idx}=0,"",IF(ISNUMBER(INDEX(${range(row)},1,${idx})),INDEX(${range(row)},1,${idx}),""))`;
  const inputs = (row: number, format: string, rule = inputRule.amount(plan.lang)) => {
    for (let i = 0; i < n; i++)
      g.set(row, PERIOD_COL + i, { format, background: COLOR.input, input: 'actual', rule });
  };
  const measured = (row: number, format: string, target: number, lowerIsBetter: boolean, signal: boolean) => {
    g.value(row, TRACKER_COL.target, target, { format });
    g.formula(row, TRACKER_COL.latest, latest(row), { format });
    const d = cell(row, TRACKER_COL.latest);
    const c = cell(row, TRACKER_COL.target);
    const attainment = lowerIsBetter
      ? `=IF(OR(${d}="",${d}=0),"",${c}/${d})`
      : `=IF(OR(${d}="",${c}=0),"",${d}/${c})`;
    g.formula(row, TRACKER_COL.attainment, attainment, { format: PERCENT });
    if (!signal) g.formula(row, TRACKER_COL.status, statusFormula(cell(row, TRACKER_COL.attainment), th, t));
  };

  // The KPI itself.
  key(block.actual, 'actual');
  g.text(block.actual, TRACKER_COL.label, kpi.name, { bold: true });
  g.text(block.actual, TRACKER_COL.unit, t(SUB_METRIC_UNIT_LABEL.count));
  inputs(block.actual, COUNT);
  measured(block.actual, COUNT, kpi.target, false, false);
  g.formula(block.actual, TRACKER_COL.next, `=IF(${idx}>=${n},"",INDEX(${range(block.dates)},1,${idx}+1))`, {
    format: DATE,
  });
  if (kpi.countsStage) {
    const stage = `${sheetRef(names.actuals)}${a1(pos.months.stageRow(tracked.csf.transition + 1), pos.months.totalCol, true)}`;
    g.formula(
      block.actual,
      TRACKER_COL.share,
      `=IF(OR(COUNT(${range(block.actual)})=0,N(${stage})=0),"",SUM(${range(block.actual)})/${stage})`,
      { format: PERCENT },
    );
  }

  // Results that met the quality condition, and the flag when the count is met but the share is not.
  if (block.qualified !== null) {
    const row = block.qualified;
    key(row, 'qualified');
    g.text(row, TRACKER_COL.label, t(TRACKER.qualified, { quality: kpi.quality }));
    g.text(row, TRACKER_COL.unit, t(TRACKER.qualityUnit));
    inputs(row, COUNT);
    g.value(row, TRACKER_COL.target, qualityShareOf(plan, tracked.csf, kpi), { format: PERCENT });
    g.formula(row, TRACKER_COL.latest, latest(row), { format: COUNT });
    const dq = cell(row, TRACKER_COL.latest);
    const dk = cell(block.actual, TRACKER_COL.latest);
    const share = cell(row, TRACKER_COL.attainment);
    const met = cell(block.actual, TRACKER_COL.attainment);
    g.formula(row, TRACKER_COL.attainment, `=IF(OR(${dq}="",${dk}="",${dk}=0),"",${dq}/${dk})`, {
      format: PERCENT,
    });
    const q = (text: Text) => `"${t(text).replace(/"/g, '""')}"`;
    g.formula(
      row,
      TRACKER_COL.status,
      `=IF(${share}="","",IF(${share}>=${cell(row, TRACKER_COL.target)},${q(TRACKER.qualityMet)},IF(AND(ISNUMBER(${met}),${met}>=${th.green}),${q(TRACKER.numberNotQuality)},${q(TRACKER.qualityShort)})))`,
    );
  }

  kpi.subMetrics.forEach((sub, k) => {
    const row = block.subs[k] as number;
    key(row, `sub:${sub.id}`);
    g.text(row, TRACKER_COL.label, sub.name);
    const unit = t(SUB_METRIC_UNIT_LABEL[sub.unit]);
    g.text(row, TRACKER_COL.unit, sub.signal ? `${unit} · ${t(SIGNAL_LABEL)}` : unit);
    const format = sub.unit === 'rate' ? PERCENT : COUNT;
    inputs(row, format, sub.unit === 'rate' ? inputRule.fraction(plan.lang) : inputRule.amount(plan.lang));
    measured(row, format, sub.target, sub.unit === 'hours', sub.signal);
  });

  key(block.reviewed, 'reviewed');
  g.text(block.reviewed, TRACKER_COL.label, t(TRACKER.reviewed));
  g.formula(block.reviewed, TRACKER_COL.latest, `=MAX(${range(block.reviewed)})`, { format: INTEGER });
  for (let i = 0; i < n; i++) {
    const actual = cell(block.actual, PERIOD_COL + i);
    g.formula(block.reviewed, PERIOD_COL + i, `=IF(ISNUMBER(${actual}),${i + 1},"")`, { format: TICK });
  }
}
