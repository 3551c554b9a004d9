import { REVIEW } from '../core/catalog/diagnosis';
import { render, type Text } from '../core/i18n';
import { stageName, type Plan } from '../core/plan';
import { a1, columnLetter } from './a1';
import { CHART_BAND, dashboardPositions } from './dashboard';
import {
  COLOR,
  type ChartDescription,
  type RuleDescription,
  type SheetDescription,
  type SheetKey,
} from './description';
import { positions } from './positions';
import { textWidth } from './text-width';

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

/** Room for the longest label left of a bar chart's bars, in pixels. */
function labelRoom(labels: string[]): number {
  return Math.ceil(Math.max(40, ...labels.map((label) => textWidth(label, { px: 12 }))) + 16);
}

/**
 * The review's charts on the Dashboard, reading its own blocks: attainment per stage (so a stage of
 * 19 deals shows beside one of 7,408 leads), monthly leads and won deals, and the cumulative pace.
 */
export function reviewCharts(plan: Plan, dashboard?: SheetDescription): ChartDescription[] {
  const d = dashboardPositions(plan);
  const pos = positions(plan);
  const n = plan.stages.length;
  const t = (text: Text, params?: Record<string, string>) => render(text, plan.lang, params);
  const lastSeries = d.seriesRow(pos.months.count - 1);
  const top = d.stageRow(0) - 1;
  const leads = stageName(plan, pos.leadStage);
  const won = stageName(plan, n - 1);
  const { row, col, height, gap } = CHART_BAND;
  // Two side by side right of column A, within the window the Dashboard opens in.
  const left = dashboard?.widths.find((run) => run.from === 1)?.width ?? 200;
  const width = Math.max(
    CHART_BAND.minWidth,
    Math.min(CHART_BAND.width, Math.floor((CHART_BAND.view - left - 2 * gap) / 2)),
  );
  const below = row + Math.ceil((height + gap) / 21);
  const place = (i: number) => ({
    sheet: 'dashboard' as const,
    row: i < 2 ? row : below,
    col,
    offsetX: i % 2 === 0 ? 0 : width + gap,
    width,
    height,
  });
  // Month labels stay whole: slanted when they do not fit side by side.
  const months = { hAxis: { slantedText: true, slantedTextAngle: 45 } };
  return [
    {
      ...place(0),
      type: 'BAR',
      ranges: [
        `A${top}:A${d.stageRow(n - 1)}`,
        `${columnLetter(d.attainmentCol)}${top}:${columnLetter(d.attainmentCol + 1)}${d.stageRow(n - 1)}`,
      ],
      title: t(REVIEW.chartStages),
      options: {
        hAxis: { format: '0%', minValue: 0, viewWindow: { min: 0 } },
        chartArea: { left: labelRoom(plan.stages.map((_, s) => stageName(plan, s))), right: 16 },
      },
    },
    {
      ...place(1),
      type: 'COLUMN',
      ranges: [`A${d.seriesHeader}:C${lastSeries}`],
      title: t(REVIEW.chartMonthly, { stage: leads }),
      options: months,
    },
    {
      ...place(2),
      type: 'COLUMN',
      ranges: [`A${d.seriesHeader}:A${lastSeries}`, `D${d.seriesHeader}:E${lastSeries}`],
      title: t(REVIEW.chartMonthly, { stage: won }),
      options: months,
    },
    {
      ...place(3),
      type: 'LINE',
      ranges: [`A${d.seriesHeader}:A${lastSeries}`, `F${d.seriesHeader}:G${lastSeries}`],
      title: t(REVIEW.chartPace, { stage: won }),
      options: months,
    },
  ];
}
