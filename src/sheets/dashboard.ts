import { L, SHEET_NAME } from '../core/catalog/sheets';
import { REVIEW } from '../core/catalog/diagnosis';
import { hintsFor, transitionKind } from '../core/review';
import { render, type Text } from '../core/i18n';
import { stageName, type Plan } from '../core/plan';
import { a1, ref, sheetRef } from './a1';
import { COLOR, type SheetDescription } from './description';
import { COUNT, INTEGER, moneyFormat, multipleFormat, PERCENT } from './formats';
import { Grid } from './grid';
import { monthRange } from './month-grid';
import type { SheetNames } from './names';
import { positions, type Positions } from './positions';
import { inputRule } from './validation';
import { channelQualityBlock } from './channel-quality';
import type { ImportLayout } from './imported';
import { DASHBOARD_CELLS } from './dashboard-cells';
import { dueListBlock, dueListRows } from './due-reviews';
import { trackedKpis } from '../core/tracker';

/**
 * The review's charts sit where the Dashboard opens: a band of rows below the title, two charts
 * side by side and two below, from column B.
 */
export const CHART_BAND = {
  row: 8,
  rows: 26,
  col: 2,
  /** The widest and narrowest a chart gets, and the window width (1280 px less the row numbers) they share. */
  width: 520,
  minWidth: 360,
  view: 1220,
  height: 252,
  gap: 16,
} as const;

/** Where the Dashboard's blocks sit, for the progress review. */
export interface DashboardPositions {
  lastMonth: string;
  green: string;
  amber: string;
  stageRow(stage: number): number;
  transitionRow(stage: number): number;
  channelRow(channel: number): number;
  statusCol: number;
  attainmentCol: number;
  ratioCol: number;
  flagCol: number;
  /** Rows of the diagnosis block: bottleneck, actual vs planned rate, look at, typical fixes. */
  diagnosisRow: number;
  /** Section row of the list of initiative KPI reviews due. */
  dueRow: number;
  moneyRow: number;
  /** Header row of the monthly series block the charts read; one row per month column below it. */
  seriesHeader: number;
  seriesRow(column: number): number;
  lastRow: number;
}

export function dashboardPositions(plan: Plan): DashboardPositions {
  const n = plan.stages.length;
  const firstStage = CHART_BAND.row + CHART_BAND.rows + 2;
  const firstTransition = firstStage + n + 3;
  const diagnosisRow = firstTransition + (n - 1) + 2;
  const dueRow = diagnosisRow + 5;
  const firstChannel = dueRow + dueListRows(trackedKpis(plan).length) + 3;
  const moneyRow = firstChannel + plan.channels.length + 2;
  const seriesHeader = moneyRow + 7;
  const months = positions(plan).months.count;
  return {
    ...DASHBOARD_CELLS,
    stageRow: (s) => firstStage + s,
    transitionRow: (s) => firstTransition + s,
    channelRow: (i) => firstChannel + i,
    statusCol: 8,
    attainmentCol: 5,
    ratioCol: 4,
    flagCol: 7,
    diagnosisRow,
    dueRow,
    moneyRow,
    seriesHeader,
    seriesRow: (i) => seriesHeader + 1 + i,
    lastRow: seriesHeader + months,
  };
}

export interface DashboardContext {
  plan: Plan;
  names: SheetNames;
  pos: Positions;
  t: (text: Text, params?: Record<string, string | number>) => string;
  d: DashboardPositions;
  m: Positions['months'];
  tp: Positions['tree'];
  money: string;
  g: Grid;
  monthly: string;
  actuals: string;
  tree: (row: number, col: number) => string;
  last: string;
  /** Sum of a row's months up to the last month with actuals (minus `lag` months). */
  toDate: (prefix: string, row: number, lag?: string) => string;
  header: (row: number, labels: (Text | string)[]) => void;
  section: (row: number, label: Text, width: number) => void;
}

/** What every block of the Dashboard builds with: positions, references, and the grid. */
function dashboardContext(plan: Plan, names: SheetNames, pos: Positions): DashboardContext {
  const t = (text: Text, params?: Record<string, string | number>) => render(text, plan.lang, params);
  const d = dashboardPositions(plan);
  const m = pos.months;
  const tp = pos.tree;
  const money = moneyFormat(plan.currency);
  const g = new Grid();
  const monthly = sheetRef(names.monthly);
  const actuals = sheetRef(names.actuals);
  const tree = (row: number, col: number) => ref(names.tree, row, col);
  const last = d.lastMonth;
  /** Sum of a row's months up to the last month with actuals (minus `lag` months). */
  const toDate = (prefix: string, row: number, lag = '') =>
    `SUMIF(${monthRange(pos, m.monthNumberRow, prefix)},"<="&(${last}${lag}),${monthRange(pos, row, prefix)})`;
  const header = (row: number, labels: (Text | string)[]) =>
    labels.forEach((label, i) =>
      g.text(row, i + 1, typeof label === 'string' ? label : t(label), {
        bold: true,
        background: COLOR.header,
      }),
    );
  const section = (row: number, label: Text, width: number) => {
    g.text(row, 1, t(label), { bold: true, background: COLOR.section });
    g.band(row, 2, width, { background: COLOR.section });
  };

  return { plan, names, pos, t, d, m, tp, money, g, monthly, actuals, tree, last, toDate, header, section };
}

/** The title, the last month with actuals, and the status thresholds. */
function headBlock(c: DashboardContext): void {
  const { plan, pos, t, m, g, actuals, last } = c;
  g.text(1, 1, `${render(SHEET_NAME.dashboard, plan.lang)} — ${plan.name}`, { bold: true });
  g.text(2, 1, t(L.dashboardNote));
  const helper = monthRange(pos, m.helperRow, actuals);
  g.text(4, 1, t(L.lastMonth));
  g.formula(4, 2, `=IF(COUNT(${helper})=0,"",MAX(${helper}))`, { format: INTEGER, bold: true });
  g.formula(
    4,
    3,
    `=IF(${last}="","",INDEX(${monthRange(pos, m.headerRow, actuals)},1,MATCH(${last},${monthRange(pos, m.monthNumberRow, actuals)},0)))`,
    { bold: true },
  );
  g.text(5, 1, t(L.thresholdGreen));
  g.value(5, 2, plan.thresholds.green, {
    format: PERCENT,
    background: COLOR.input,
    input: 'thresholds.green',
    rule: inputRule.fraction(plan.lang),
  });
  g.text(CHART_BAND.row, CHART_BAND.col, t(REVIEW.chartsHere));
  g.text(6, 1, t(L.thresholdAmber));
  g.value(6, 2, plan.thresholds.amber, {
    format: PERCENT,
    background: COLOR.input,
    input: 'thresholds.amber',
    rule: inputRule.fraction(plan.lang),
  });
}

/** Per stage: period and to-date target, actual, attainment, pace and status. */
function stagesBlock(c: DashboardContext): void {
  const { plan, t, d, m, g, monthly, actuals, last, toDate, header, section } = c;
  section(d.stageRow(0) - 2, L.stagesSection, 8);
  header(d.stageRow(0) - 1, [
    L.node,
    L.periodTarget,
    L.toDateTarget,
    L.toDateActual,
    L.attainmentToDate,
    L.attainmentPeriod,
    L.pace,
    L.status,
  ]);
  plan.stages.forEach((stage, s) => {
    const row = d.stageRow(s);
    const [B, C, D, E] = [2, 3, 4, 5].map((col) => a1(row, col));
    g.text(row, 1, stage.name, { bold: true });
    g.formula(row, 2, `=${monthly}${a1(m.stageRow(s), m.totalCol, true)}`, { format: COUNT });
    g.formula(row, 3, `=IF(${last}="","",${toDate(monthly, m.stageRow(s))})`, { format: COUNT });
    g.formula(row, 4, `=IF(${last}="","",${actuals}${a1(m.stageRow(s), m.totalCol, true)})`, {
      format: COUNT,
    });
    g.formula(row, 5, `=IF(AND(ISNUMBER(${C}),N(${C})>0),${D}/${C},"")`, { format: PERCENT });
    g.formula(row, 6, `=IF(AND(ISNUMBER(${D}),${B}>0),${D}/${B},"")`, { format: PERCENT });
    g.formula(row, 7, `=IF(AND(ISNUMBER(${C}),N(${C})>0),${D}*${B}/${C},"")`, { format: COUNT });
    g.formula(
      row,
      8,
      `=IF(${E}="","",IF(${E}>=${d.green},"${t(L.statusGreen)}",IF(${E}>=${d.amber},"${t(L.statusAmber)}","${t(L.statusRed)}")))`,
    );
  });
}

/** Per transition: planned and actual (lag-aware) rates, their ratio, and hints. */
function transitionsBlock(c: DashboardContext): void {
  const { plan, t, d, m, tp, g, actuals, tree, last, toDate, header, section } = c;
  section(d.transitionRow(0) - 2, L.transitionsSection, 7);
  header(d.transitionRow(0) - 1, [
    L.transition,
    L.plannedRate,
    L.actualRate,
    L.vsPlan,
    REVIEW.lookAt,
    REVIEW.fixes,
    REVIEW.flag,
  ]);
  for (let s = 0; s < plan.stages.length - 1; s++) {
    const row = d.transitionRow(s);
    const lag = tree(tp.transitionRow(s), 3);
    const upper = `IF(${last}="","",${toDate(actuals, m.stageRow(s), `-${lag}`)})`;
    const lower = a1(d.stageRow(s + 1), 4);
    g.text(row, 1, `${stageName(plan, s)} → ${stageName(plan, s + 1)}`);
    g.formula(row, 2, `=${tree(tp.transitionRow(s), 2)}`, { format: PERCENT });
    g.formula(row, 3, `=IFERROR(IF(N(${upper})>0,${lower}/${upper},""),"")`, { format: PERCENT });
    g.formula(row, 4, `=IF(ISNUMBER(${a1(row, 3)}),${a1(row, 3)}/${a1(row, 2)},"")`, { format: PERCENT });
    const upperAttainment = a1(d.stageRow(s), 5);
    g.formula(
      row,
      d.flagCol,
      `=IF(AND(ISNUMBER(${a1(row, 4)}),ISNUMBER(${upperAttainment})),IF(AND(${a1(row, 4)}<${d.green},${upperAttainment}>=${d.green}),"${t(REVIEW.volumeMet)}",""),"")`,
    );
    const hints = hintsFor(transitionKind(plan, s));
    // The hints wrap, so the funnel's attainment, pace and status above stay on the first screen.
    g.text(row, 5, t(hints.lookAt), { wrap: true });
    g.text(row, 6, t(hints.fixes), { wrap: true });
  }
}

/** The bottleneck, as BOTTLENECK() names it, with what to look at and what to do. */
function diagnosisBlock(c: DashboardContext): void {
  const { plan, t, d, g, section } = c;
  // Diagnosis: the transition lowest against plan, as BOTTLENECK() names it, with what to do.
  const first = d.transitionRow(0);
  const lastT = d.transitionRow(plan.stages.length - 2);
  const ratios = `$D$${first}:$D$${lastT}`;
  const pick = (col: string) => `INDEX($${col}$${first}:$${col}$${lastT},MATCH(MIN(${ratios}),${ratios},0))`;
  const found = `AND(COUNT(${ratios})>0,MIN(${ratios})<1)`;
  const r0 = d.diagnosisRow;
  section(r0 - 1, REVIEW.diagnosisSection, 7);
  g.text(r0, 1, t(REVIEW.bottleneck), { bold: true });
  g.formula(r0, 2, `=IF(COUNT(${ratios})=0,"",IF(${found},${pick('A')},"${t(REVIEW.none)}"))`, {
    bold: true,
  });
  g.text(r0 + 1, 1, t(REVIEW.rates));
  g.formula(r0 + 1, 2, `=IF(${found},${pick('C')},"")`, { format: PERCENT });
  g.formula(r0 + 1, 3, `=IF(${found},${pick('B')},"")`, { format: PERCENT });
  g.text(r0 + 2, 1, t(REVIEW.lookAt));
  g.formula(r0 + 2, 2, `=IF(${found},${pick('E')},"")`);
  g.text(r0 + 3, 1, t(REVIEW.fixes));
  g.formula(r0 + 3, 2, `=IF(${found},${pick('F')},"")`);
}

/** Per channel: leads and spend to date, actual and planned CPL. */
function channelsBlock(c: DashboardContext): void {
  const { plan, d, m, tp, money, g, monthly, actuals, tree, last, toDate, header, section } = c;
  section(d.channelRow(0) - 2, L.channelsKpiSection, 6);
  header(d.channelRow(0) - 1, [
    L.channel,
    L.leadsToDate,
    L.spendToDate,
    L.actualCpl,
    L.plannedCpl,
    L.toDateTarget,
  ]);
  plan.channels.forEach((ch, i) => {
    const row = d.channelRow(i);
    const [B, C] = [2, 3].map((col) => a1(row, col));
    g.text(row, 1, ch.name);
    g.formula(row, 2, `=${actuals}${a1(m.channelLeadsRow(i), m.totalCol, true)}`, { format: COUNT });
    g.formula(row, 3, `=${actuals}${a1(m.channelMoneyRow(i), m.totalCol, true)}`, { format: money });
    g.formula(row, 4, `=IF(${B}>0,${C}/${B},"")`, { format: money });
    g.formula(row, 5, `=${tree(tp.channelRow(i), 3)}`, { format: money });
    g.formula(row, 6, `=IF(${last}="","",${toDate(monthly, m.channelLeadsRow(i))})`, { format: COUNT });
  });
}

/** Spend, CAC, revenue, ROMI and pipeline to date. */
function moneyBlock(c: DashboardContext): void {
  const { plan, t, d, m, tp, money, g, actuals, tree } = c;
  const r = d.moneyRow;
  const n = plan.stages.length;
  const wonActual = a1(d.stageRow(n - 1), 4);
  const spend = a1(r, 2);
  const revenueActual = `${actuals}${a1(m.revenueRow, m.totalCol, true)}`;
  const deal = tree(tp.deal, 2);
  g.text(r, 1, t(L.spendToDate));
  g.formula(r, 2, `=${actuals}${a1(m.moneyTotalRow, m.totalCol, true)}`, { format: money, bold: true });
  g.text(r + 1, 1, t(L.actualCac));
  g.formula(r + 1, 2, `=IF(N(${wonActual})>0,${spend}/${wonActual},"")`, { format: money });
  g.text(r + 2, 1, t(L.marketingRevenue));
  g.formula(r + 2, 2, `=IF(${revenueActual}>0,${revenueActual},N(${wonActual})*${deal})`, { format: money });
  g.text(r + 3, 1, t(L.actualRomi));
  g.formula(r + 3, 2, `=IF(${spend}>0,${a1(r + 2, 2)}/${spend},"")`, {
    format: multipleFormat(plan.lang),
    bold: true,
  });
  const pipelineStage = Math.max(0, n - 2);
  g.text(r + 4, 1, t(L.pipeline, { stage: stageName(plan, pipelineStage) }));
  g.formula(r + 4, 2, `=N(${a1(d.stageRow(pipelineStage), 4)})*${deal}`, { format: money });
}

/** The monthly series the charts read. */
function seriesBlock(c: DashboardContext): void {
  const { plan, pos, t, d, m, g, monthly, actuals, last, header, section } = c;
  // Monthly series for the charts: leads and won deals, target vs actual, and the cumulative pace.
  const leadsStage = pos.leadStage;
  const wonStage = plan.stages.length - 1;
  const sh = d.seriesHeader;
  const leads = { stage: stageName(plan, leadsStage) };
  const won = { stage: stageName(plan, wonStage) };
  header(sh, [
    t(REVIEW.month),
    t(REVIEW.target, leads),
    t(REVIEW.actual, leads),
    t(REVIEW.target, won),
    t(REVIEW.actual, won),
    t(REVIEW.cumulativeTarget, won),
    t(REVIEW.cumulativeActual, won),
  ]);
  section(sh - 1, REVIEW.seriesSection, 7);
  for (let i = 0; i < m.count; i++) {
    const row = d.seriesRow(i);
    const col = m.firstCol + i;
    const actualCell = (stage: number) => `${actuals}${a1(m.stageRow(stage), col)}`;
    const actualOf = (stage: number) => `=IF(ISNUMBER(${actualCell(stage)}),${actualCell(stage)},"")`;
    g.formula(row, 1, `=${actuals}${a1(m.headerRow, col)}`);
    g.formula(row, 2, `=${monthly}${a1(m.stageRow(leadsStage), col)}`, { format: COUNT });
    g.formula(row, 3, actualOf(leadsStage), { format: COUNT });
    g.formula(row, 4, `=${monthly}${a1(m.stageRow(wonStage), col)}`, { format: COUNT });
    g.formula(row, 5, actualOf(wonStage), { format: COUNT });
    g.formula(row, 6, `=SUM($D$${d.seriesRow(0)}:D${row})`, { format: COUNT });
    g.formula(
      row,
      7,
      `=IF(AND(${last}<>"",${actuals}${a1(m.monthNumberRow, col)}<=${last}),SUM($E$${d.seriesRow(0)}:E${row}),"")`,
      { format: COUNT },
    );
  }
}

/** Dashboard: per stage target vs actual to date, attainment, pace and status; rates; channels; money. */
export function dashboardSheet(
  plan: Plan,
  names: SheetNames,
  pos: Positions,
  imports?: ImportLayout,
): SheetDescription {
  const c = dashboardContext(plan, names, pos);
  const { g, d } = c;
  headBlock(c);
  stagesBlock(c);
  transitionsBlock(c);
  diagnosisBlock(c);
  dueListBlock(c, d.dueRow);
  channelsBlock(c);
  moneyBlock(c);
  seriesBlock(c);
  channelQualityBlock(g, plan, names, pos, imports, d.lastRow + 3);

  return {
    key: 'dashboard',
    name: names.dashboard,
    cells: g.cells,
    frozenRows: 0,
    frozenColumns: 1,
    // Three runs of widths, fitted to the cells (see widths.ts).
    widths: [
      { from: 1, count: 1, width: 200 },
      { from: 2, count: 3, width: 130 },
      { from: 5, count: 2, width: 230 },
    ],
    hiddenColumns: [],
  };
}
