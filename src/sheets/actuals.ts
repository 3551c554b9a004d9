import { L, SHEET_NAME } from '../core/catalog/sheets';
import { render } from '../core/i18n';
import type { Plan } from '../core/plan';
import { a1, columnLetter, exactly, ref, sheetRef } from './a1';
import { monthColumns } from '../core/phasing';
import { importedFormulas, type ImportLayout } from './imported';
import { COLOR, type SheetDescription } from './description';
import { COUNT, INTEGER, moneyFormat } from './formats';
import { mirrorBlock, monthGridFrame, monthGridSheet, monthRange, sumMonths } from './month-grid';
import { dashboardPositions } from './dashboard';
import { REVIEW } from '../core/catalog/diagnosis';
import type { SheetNames } from './names';
import type { Positions } from './positions';
import { inputRule } from './validation';

/** Actuals: the Monthly Targets grid with empty input cells for counts and spend per month. */
export function actualsSheet(
  plan: Plan,
  names: SheetNames,
  pos: Positions,
  imports?: ImportLayout,
): SheetDescription {
  const t = (text: { en: string; ja: string }) => render(text, plan.lang);
  const m = pos.months;
  const money = moneyFormat(plan.currency);
  const g = monthGridFrame(
    plan,
    pos,
    `${render(SHEET_NAME.actuals, plan.lang)} — ${plan.name}`,
    t(L.actualsNote),
    L.channelSpend,
    L.revenueActual,
  );

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
  const months = monthColumns(plan.startYear, plan.startMonth, plan.periodMonths, m.before);
  const counted = importedFormulas(plan, imports);
  /** A row typed by hand, or counted from imported records where an import drives it. */
  const inputRow = (
    row: number,
    format: string,
    fromRecords?: (year: number, month: number) => string | null,
  ) => {
    g.formula(row, m.totalCol, sumMonths(pos, row), { format, bold: true });
    months.forEach((month, i) => {
      const col = m.firstCol + i;
      const formula = fromRecords?.(month.year, month.month) ?? null;
      if (formula) g.formula(row, col, formula, { format, background: COLOR.imported });
      else g.set(row, col, { format, background: COLOR.input, input: 'actual', rule });
    });
  };
  plan.stages.forEach((_, s) => inputRow(m.stageRow(s), COUNT, (y, mo) => counted.stage(s, y, mo)));
  inputRow(m.revenueRow, money, (y, mo) => counted.revenue(y, mo));
  plan.channels.forEach((_, i) => {
    const nameCell = exactly(ref(names.tree, pos.tree.channelRow(i), 1));
    inputRow(m.channelLeadsRow(i), COUNT, (y, mo) => counted.channelLeads(nameCell, y, mo));
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
