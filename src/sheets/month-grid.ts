import { L } from '../core/catalog/sheets';
import { render, type Lang } from '../core/i18n';
import type { Plan } from '../core/plan';
import { monthColumns } from '../core/phasing';
import { a1 } from './a1';
import { COLOR, type SheetDescription } from './description';
import { COUNT, INTEGER } from './formats';
import { Grid } from './grid';
import { monthLabel, type Positions } from './positions';

/** Row keys of the month grid: they tie a row to a stage or channel across renames and re-runs. */
export const rowKey = {
  stage: (id: string) => `stage:${id}`,
  revenue: 'revenue',
  channelLeads: (id: string) => `channel:${id}:leads`,
  channelMoney: (id: string) => `channel:${id}:money`,
  moneyTotal: 'money:total',
};

/**
 * The frame Monthly Targets and Actuals share: title, the "before period" band, month headers,
 * the month-number row, and the key and label of every row. Returns the grid to fill.
 */
export function monthGridFrame(
  plan: Plan,
  pos: Positions,
  title: string,
  note: string,
  moneyLabel: typeof L.channelBudget,
  revenueLabel: typeof L.revenue,
): Grid {
  const lang: Lang = plan.lang;
  const t = (text: { en: string; ja: string }, params?: Record<string, string | number>) =>
    render(text, lang, params);
  const m = pos.months;
  const g = new Grid();
  g.text(1, m.labelCol, title, { bold: true });
  g.text(2, m.labelCol, note);
  g.text(m.headerRow, m.labelCol, t(L.node), { bold: true, background: COLOR.header });
  g.text(m.headerRow, m.totalCol, t(L.periodTotal), { bold: true, background: COLOR.header });
  g.text(m.monthNumberRow, m.labelCol, t(L.monthNumber));
  monthColumns(plan.startYear, plan.startMonth, plan.periodMonths, m.before).forEach((month, i) => {
    const col = m.firstCol + i;
    const background = month.inPeriod ? COLOR.header : COLOR.before;
    if (!month.inPeriod) g.text(m.bandRow, col, t(L.beforePeriod), { background: COLOR.before });
    const label = monthLabel(month.year, month.month);
    g.keyColumn(col, `m:${label}`);
    g.text(m.headerRow, col, label, { bold: true, background });
    g.value(m.monthNumberRow, col, month.offset + 1, { format: INTEGER });
  });
  const keyed = (row: number, key: string) => {
    g.keyRow(row, key);
    g.text(row, m.keyCol, key);
  };
  plan.stages.forEach((stage, s) => {
    keyed(m.stageRow(s), rowKey.stage(stage.id));
    g.text(m.stageRow(s), m.labelCol, stage.name, { bold: true });
  });
  keyed(m.revenueRow, rowKey.revenue);
  g.text(m.revenueRow, m.labelCol, t(revenueLabel));
  plan.channels.forEach((ch, i) => {
    keyed(m.channelLeadsRow(i), rowKey.channelLeads(ch.id));
    g.text(m.channelLeadsRow(i), m.labelCol, t(L.channelLeads, { name: ch.name }));
    keyed(m.channelMoneyRow(i), rowKey.channelMoney(ch.id));
    g.text(m.channelMoneyRow(i), m.labelCol, t(moneyLabel, { name: ch.name }));
  });
  keyed(m.moneyTotalRow, rowKey.moneyTotal);
  return g;
}

/**
 * The mirror block under the grid: the other sheet's stage rows, cell for cell, plus the status
 * thresholds in the hidden key column. Highlight rules compare against these same-sheet cells
 * (Sheets does not let conditional formats reference another sheet).
 */
export function mirrorBlock(
  g: Grid,
  plan: Plan,
  pos: Positions,
  title: string,
  totalLabel: string,
  source: string,
  dashboard: string,
  thresholds: { green: string; amber: string },
  total: (row: number) => string,
): void {
  const m = pos.months;
  g.formula(1, m.keyCol, `=${dashboard}${thresholds.green}`);
  g.formula(2, m.keyCol, `=${dashboard}${thresholds.amber}`);
  g.text(m.mirrorHeaderRow, m.labelCol, title, { bold: true, background: COLOR.section });
  g.band(m.mirrorHeaderRow, m.totalCol, m.lastCol, { background: COLOR.section });
  g.text(m.mirrorHeaderRow, m.totalCol, totalLabel, { bold: true, background: COLOR.section });
  plan.stages.forEach((stage, s) => {
    const row = m.mirrorRow(s);
    g.text(row, m.labelCol, stage.name);
    g.formula(row, m.totalCol, total(row), { format: COUNT });
    for (let col = m.firstCol; col <= m.lastCol; col++) {
      const cell = `${source}${a1(m.stageRow(s), col)}`;
      g.formula(row, col, `=IF(ISNUMBER(${cell}),${cell},"")`, { format: COUNT });
    }
  });
}

/** `=SUM(D7:R7)` over the month columns of one row. */
export function sumMonths(pos: Positions, row: number): string {
  return `=SUM(${a1(row, pos.months.firstCol)}:${a1(row, pos.months.lastCol)})`;
}

/** Absolute range of a row's month cells, on another sheet when `sheet` is given: 'Actuals'!$D$7:$R$7. */
export function monthRange(pos: Positions, row: number, sheetPrefix = ''): string {
  return `${sheetPrefix}${a1(row, pos.months.firstCol, true)}:${a1(row, pos.months.lastCol, true)}`;
}

/** Sheet settings Monthly Targets and Actuals share: frozen header and labels, hidden key column. */
export function monthGridSheet(
  key: 'monthly' | 'actuals',
  name: string,
  g: Grid,
  pos: Positions,
): SheetDescription {
  const m = pos.months;
  return {
    key,
    name,
    cells: g.cells,
    rowKeys: g.rowKeys,
    colKeys: g.colKeys,
    frozenRows: m.headerRow,
    frozenColumns: m.totalCol,
    widths: [
      { from: m.labelCol, count: 1, width: 240 },
      { from: m.totalCol, count: m.lastCol - m.totalCol + 1, width: 96 },
    ],
    hiddenColumns: [m.keyCol],
  };
}
