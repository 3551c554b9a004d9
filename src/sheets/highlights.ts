import { REVIEW } from '../core/catalog/diagnosis';
import { render, type Text } from '../core/i18n';
import { stageName, type Plan } from '../core/plan';
import { a1, columnLetter } from './a1';
import { CHART_ANCHOR_COLUMN, dashboardPositions } from './dashboard';
import { COLOR, type ChartDescription, type RuleDescription, type SheetKey } from './description';
import { positions } from './positions';

/**
 * Red, amber, green rules for one block, first match wins (as in Sheets): `value` and `target`
 * are the top-left cells of the block, written relative so every cell compares with its own.
 */
function traffic(
  sheet: SheetKey,
  ranges: string[],
  known: string,
  ratio: string,
  green: string,
  amber: string,
): RuleDescription[] {
  return [
    { sheet, ranges, formula: `=AND(${known},${ratio}<${amber})`, background: COLOR.red },
    { sheet, ranges, formula: `=AND(${known},${ratio}<${green})`, background: COLOR.amber },
    { sheet, ranges, formula: `=AND(${known})`, background: COLOR.green },
  ];
}

/** The progress review's highlight rules: they reference only cells of their own sheet. */
export function highlightRules(plan: Plan): RuleDescription[] {
  const pos = positions(plan);
  const m = pos.months;
  const d = dashboardPositions(plan);
  const n = plan.stages.length;
  const first = columnLetter(m.firstCol);
  const lastCol = columnLetter(m.lastCol);
  const monthBlock = `${first}${m.stageRow(0)}:${lastCol}${m.stageRow(n - 1)}`;
  const totals = `${columnLetter(m.totalCol)}${m.stageRow(0)}:${columnLetter(m.totalCol)}${m.stageRow(n - 1)}`;
  const cell = (row: number, col: number) => a1(row, col);
  const mirror = (col: number) => cell(m.mirrorRow(0), col);
  const grid = (col: number) => cell(m.stageRow(0), col);
  const rules: RuleDescription[] = [];

  // Actuals: each month's actual against that month's target, and the to-date total against the to-date target.
  for (const col of [m.firstCol, m.totalCol]) {
    const range = col === m.firstCol ? monthBlock : totals;
    const known = `ISNUMBER(${grid(col)}),N(${mirror(col)})>0`;
    rules.push(
      ...traffic('actuals', [range], known, `${grid(col)}/${mirror(col)}`, m.greenCell, m.amberCell),
    );
  }
  // Monthly Targets: each month's target turns amber or red when its actual falls short.
  {
    const known = `ISNUMBER(${mirror(m.firstCol)}),N(${grid(m.firstCol)})>0`;
    rules.push(
      ...traffic(
        'monthly',
        [monthBlock],
        known,
        `${mirror(m.firstCol)}/${grid(m.firstCol)}`,
        m.greenCell,
        m.amberCell,
      ),
    );
  }
  // Dashboard: attainment and status per stage, actual ÷ plan per transition, the quality flag, the bottleneck.
  const att = `$E${d.stageRow(0)}`;
  rules.push(
    ...traffic(
      'dashboard',
      [`E${d.stageRow(0)}:E${d.stageRow(n - 1)}`, `H${d.stageRow(0)}:H${d.stageRow(n - 1)}`],
      `ISNUMBER(${att})`,
      att,
      d.green,
      d.amber,
    ),
  );
  const ratio = `$D${d.transitionRow(0)}`;
  rules.push(
    ...traffic(
      'dashboard',
      [`D${d.transitionRow(0)}:D${d.transitionRow(n - 2)}`],
      `ISNUMBER(${ratio})`,
      ratio,
      d.green,
      d.amber,
    ),
  );
  const flag = columnLetter(d.flagCol);
  rules.push({
    sheet: 'dashboard',
    ranges: [`${flag}${d.transitionRow(0)}:${flag}${d.transitionRow(n - 2)}`],
    formula: `=${flag}${d.transitionRow(0)}<>""`,
    background: COLOR.amber,
  });
  const ratios = `$D$${d.transitionRow(0)}:$D$${d.transitionRow(n - 2)}`;
  rules.push({
    sheet: 'dashboard',
    ranges: [`B${d.diagnosisRow}:G${d.diagnosisRow}`],
    formula: `=COUNTIF(${ratios},"<1")>0`,
    background: COLOR.red,
  });
  return rules;
}

/** The review's charts on the Dashboard, reading its own blocks. */
export function reviewCharts(plan: Plan): ChartDescription[] {
  const d = dashboardPositions(plan);
  const pos = positions(plan);
  const n = plan.stages.length;
  const t = (text: Text, params?: Record<string, string>) => render(text, plan.lang, params);
  const lastSeries = d.seriesRow(pos.months.count - 1);
  const top = d.stageRow(0) - 1;
  const anchorCol = CHART_ANCHOR_COLUMN;
  const leads = stageName(plan, pos.leadStage);
  const won = stageName(plan, n - 1);
  return [
    {
      sheet: 'dashboard',
      type: 'BAR',
      ranges: [`A${top}:A${d.stageRow(n - 1)}`, `C${top}:D${d.stageRow(n - 1)}`],
      title: t(REVIEW.chartStages),
      row: 4,
      col: anchorCol,
    },
    {
      sheet: 'dashboard',
      type: 'COLUMN',
      ranges: [`A${d.seriesHeader}:C${lastSeries}`],
      title: t(REVIEW.chartMonthly, { stage: leads }),
      row: 24,
      col: anchorCol,
    },
    {
      sheet: 'dashboard',
      type: 'COLUMN',
      ranges: [`A${d.seriesHeader}:A${lastSeries}`, `D${d.seriesHeader}:E${lastSeries}`],
      title: t(REVIEW.chartMonthly, { stage: won }),
      row: 44,
      col: anchorCol,
    },
    {
      sheet: 'dashboard',
      type: 'LINE',
      ranges: [`A${d.seriesHeader}:A${lastSeries}`, `F${d.seriesHeader}:G${lastSeries}`],
      title: t(REVIEW.chartPace, { stage: won }),
      row: 64,
      col: anchorCol,
    },
  ];
}
