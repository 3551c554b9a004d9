import { L, SHEET_NAME } from '../core/catalog/sheets';
import { render } from '../core/i18n';
import { wholeFormula } from '../core/phasing';
import type { Plan } from '../core/plan';
import { a1, ref, sheetRef } from './a1';
import { COLOR, type SheetDescription } from './description';
import { COUNT, COUNT_OR_DASH, moneyFormat, WEIGHT } from './formats';
import { mirrorBlock, monthGridFrame, monthGridSheet, sumMonths } from './month-grid';
import { dashboardPositions } from './dashboard';
import { REVIEW } from '../core/catalog/diagnosis';
import type { SheetNames } from './names';
import type { Positions } from './positions';
import type { Grid } from './grid';
import { inputRule } from './validation';

/**
 * Monthly Targets: each stage's period target split by the seasonality weights with the
 * cumulative-rounding rule, shifted earlier by the stage's lag, all as live formulas.
 */
export function monthlySheet(plan: Plan, names: SheetNames, pos: Positions): SheetDescription {
  const t = (text: { en: string; ja: string }, params?: Record<string, string | number>) =>
    render(text, plan.lang, params);
  const m = pos.months;
  const tp = pos.tree;
  const money = moneyFormat(plan.currency);
  const g = monthGridFrame(
    plan,
    pos,
    `${render(SHEET_NAME.monthly, plan.lang)} — ${plan.name}`,
    t(L.monthlyNote),
    L.channelBudget,
    L.revenue,
  );
  const tree = (row: number, col: number) => ref(names.tree, row, col);

  const weightSum = a1(m.helperRow, m.totalCol, true);
  g.text(m.helperRow, m.labelCol, t(L.seasonality));
  g.formula(m.helperRow, m.totalCol, sumMonths(pos, m.helperRow), { format: WEIGHT });
  for (let i = 0; i < m.count; i++) {
    const offset = i - m.before;
    if (offset < 0) continue;
    const calendarMonth = (plan.startMonth - 1 + offset) % 12;
    // Months of a period over 12 months share their calendar month's weight (as in periodWeights).
    g.value(m.helperRow, m.firstCol + i, plan.seasonality[calendarMonth] ?? 0, {
      format: WEIGHT,
      background: COLOR.input,
      input: `seasonality.${calendarMonth}`,
      rule: inputRule.weight(plan.lang),
    });
  }
  cumulativeWeights(g, pos, t(L.cumulativeWeight));

  /**
   * The phased target of the row's total for one month column, due `lagCell` months ahead: the
   * cumulative weights `lag` and `lag - 1` columns to the right. Each cell reads a window of at most
   * `before + 2` cumulative cells (the furthest lag the layout has room for), never the whole row;
   * past the last month the window ends on it, which holds the whole weight.
   */
  const phased = (row: number, col: number, lagCell: string) => {
    const total = a1(row, m.totalCol, true);
    const share = (cumulative: string) => wholeFormula(`${total}*${cumulative}/${weightSum}`);
    const windowEnd = Math.min(col + m.before + 1, m.lastCol);
    const cumulative = (from: number) => `${a1(m.cumulativeRow, from)}:${a1(m.cumulativeRow, windowEnd)}`;
    const upTo = `INDEX(${cumulative(col)},1,MIN(${lagCell}+1,${windowEnd - col + 1}))`;
    const before =
      col > m.firstCol
        ? `INDEX(${cumulative(col - 1)},1,MIN(${lagCell}+1,${windowEnd - col + 2}))`
        : `IF(${lagCell}=0,0,INDEX(${cumulative(col)},1,MIN(${lagCell},${windowEnd - col + 1})))`;
    return `=${share(upTo)}-${share(before)}`;
  };
  const eachMonth = (row: number, cell: (col: number) => string, format: string) => {
    for (let col = m.firstCol; col <= m.lastCol; col++) g.formula(row, col, cell(col), { format });
  };

  plan.stages.forEach((_, s) => {
    const row = m.stageRow(s);
    g.formula(row, m.totalCol, `=${tree(tp.targetRow, tp.nodeCol(s))}`, { format: COUNT, bold: true });
    eachMonth(row, (col) => phased(row, col, tree(tp.aheadRow, tp.nodeCol(s))), COUNT_OR_DASH);
  });
  const wonRow = m.stageRow(plan.stages.length - 1);
  g.formula(m.revenueRow, m.totalCol, sumMonths(pos, m.revenueRow), { format: money });
  eachMonth(m.revenueRow, (col) => `=${a1(wonRow, col)}*${tree(tp.deal, 2)}`, money);

  const leadsLag = tree(tp.aheadRow, tp.nodeCol(pos.leadStage));
  plan.channels.forEach((_, i) => {
    const leads = m.channelLeadsRow(i);
    const budget = m.channelMoneyRow(i);
    g.formula(leads, m.totalCol, `=${tree(tp.channelRow(i), 4)}`, { format: COUNT });
    eachMonth(leads, (col) => phased(leads, col, leadsLag), COUNT_OR_DASH);
    g.formula(budget, m.totalCol, sumMonths(pos, budget), { format: money });
    eachMonth(budget, (col) => `=${a1(leads, col)}*${tree(tp.channelRow(i), 3)}`, money);
  });
  const total = m.moneyTotalRow;
  g.text(total, m.labelCol, t(L.totalBudget), { bold: true, background: COLOR.total });
  g.formula(total, m.totalCol, sumMonths(pos, total), { format: money, bold: true, background: COLOR.total });
  const firstMoney = m.channelMoneyRow(0);
  const lastMoney = m.channelMoneyRow(plan.channels.length - 1);
  eachMonth(
    total,
    (col) => (plan.channels.length ? `=SUM(${a1(firstMoney, col)}:${a1(lastMoney, col)})` : '=0'),
    money,
  );

  // Actuals under the targets, so the targets can turn amber or red as actuals are typed.
  const dashboard = dashboardPositions(plan);
  mirrorBlock(
    g,
    plan,
    pos,
    t(REVIEW.actualBlock),
    t(L.toDateActual),
    sheetRef(names.actuals),
    sheetRef(names.dashboard),
    {
      green: dashboard.green,
      amber: dashboard.amber,
    },
    (row) => sumMonths(pos, row),
  );

  return monthGridSheet('monthly', names.monthly, g, pos);
}

/** The running sum of the seasonality weights, month by month (before-period months weigh nothing). */
function cumulativeWeights(g: Grid, pos: Positions, label: string): void {
  const m = pos.months;
  g.text(m.cumulativeRow, m.labelCol, label);
  for (let col = m.firstCol; col <= m.lastCol; col++) {
    const weight = a1(m.helperRow, col);
    const sum = col === m.firstCol ? `N(${weight})` : `${a1(m.cumulativeRow, col - 1)}+N(${weight})`;
    g.formula(m.cumulativeRow, col, `=${sum}`, { format: WEIGHT });
  }
}
