import { L } from '../core/catalog/sheets';
import { render } from '../core/i18n';
import type { Plan } from '../core/plan';
import { a1, columnLetter, sheetRef } from './a1';
import { COLOR, type SheetDescription } from './description';
import { COUNT, INTEGER, moneyFormat } from './formats';
import { mirrorBlock, monthGridFrame, monthGridSheet, monthRange, sumMonths } from './month-grid';
import { dashboardPositions } from './dashboard';
import { REVIEW } from '../core/catalog/diagnosis';
import type { SheetNames } from './names';
import type { Positions } from './positions';
import { inputRule } from './validation';

/** Actuals: the Monthly Targets grid with empty input cells for counts and spend per month. */
export function actualsSheet(plan: Plan, names: SheetNames, pos: Positions): SheetDescription {
  const t = (text: { en: string; ja: string }) => render(text, plan.lang);
  const m = pos.months;
  const money = moneyFormat(plan.currency);
  const g = monthGridFrame(plan, pos, `${names.actuals} — ${plan.name}`, t(L.actualsNote), L.channelSpend);

  // Which months have any actual: the Dashboard reads "to date" from this row.
  // Stage counts decide it (spend typed ahead of time does not move "to date"); the review agrees.
  const firstInput = m.stageRow(0);
  const lastInput = m.stageRow(plan.stages.length - 1);
  g.text(m.helperRow, m.labelCol, t(L.hasActuals));
  for (let col = m.firstCol; col <= m.lastCol; col++) {
    const letter = columnLetter(col);
    g.formula(
      m.helperRow,
      col,
      `=IF(COUNT(${letter}${firstInput}:${letter}${lastInput})>0,${letter}$${m.monthNumberRow},"")`,
      {
        format: INTEGER,
      },
    );
  }

  const rule = inputRule.amount(plan.lang);
  const inputRow = (row: number, format: string) => {
    g.formula(row, m.totalCol, sumMonths(pos, row), { format, bold: true });
    for (let col = m.firstCol; col <= m.lastCol; col++)
      g.set(row, col, { format, background: COLOR.input, input: 'actual', rule });
  };
  plan.stages.forEach((_, s) => inputRow(m.stageRow(s), COUNT));
  inputRow(m.revenueRow, money);
  plan.channels.forEach((_, i) => {
    inputRow(m.channelLeadsRow(i), COUNT);
    inputRow(m.channelMoneyRow(i), money);
  });
  const total = m.moneyTotalRow;
  g.text(total, m.labelCol, t(L.totalSpend), { bold: true, background: COLOR.total });
  g.formula(total, m.totalCol, sumMonths(pos, total), { format: money, bold: true, background: COLOR.total });
  for (let col = m.firstCol; col <= m.lastCol; col++) {
    const sum = plan.channels.length
      ? `=SUM(${a1(m.channelMoneyRow(0), col)}:${a1(m.channelMoneyRow(plan.channels.length - 1), col)})`
      : '=0';
    g.formula(total, col, sum, { format: money, background: COLOR.total });
  }

  // Targets under the actuals: see target beside actual, and let highlight rules compare on this sheet.
  const last = `MAX(${monthRange(pos, m.helperRow)})`;
  const dashboard = dashboardPositions(plan);
  mirrorBlock(
    g,
    plan,
    pos,
    t(REVIEW.targetBlock),
    t(L.toDateTarget),
    sheetRef(names.monthly),
    sheetRef(names.dashboard),
    {
      green: dashboard.green,
      amber: dashboard.amber,
    },
    (row) =>
      `=IF(COUNT(${monthRange(pos, m.helperRow)})=0,0,SUMIF(${monthRange(pos, m.monthNumberRow)},"<="&${last},${monthRange(pos, row)}))`,
  );

  return monthGridSheet('actuals', names.actuals, g, pos);
}
