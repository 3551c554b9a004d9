import { cumulativeLags, leadStageIndex } from '../core/plan-math';
import type { Plan } from '../core/plan';

/**
 * Where everything sits, for every sheet of a plan: layouts write there and reference each other
 * through it. All rows and columns are 1-based.
 */
export interface Positions {
  stages: number;
  tree: {
    nodeLabelRow: number;
    targetRow: number;
    rateRow: number;
    aheadRow: number;
    exactRow: number;
    /** Column of the goal node; stage s sits at nodeCol(s). */
    goalCol: number;
    nodeCol(stage: number): number;
    goal: number;
    share: number;
    deal: number;
    /** Row of the inputs of the transition from stage s to s+1 (rate in col 2, lag in col 3). */
    transitionRow(stage: number): number;
    channelHeader: number;
    channelRow(channel: number): number;
    channelTotal: number;
    summary: { revenue: number; budget: number; blendedCpl: number; cac: number; romi: number };
    csfHeader: number;
    lastRow: number;
  };
  /** Monthly Targets and Actuals share their grid: same columns, same stage and channel rows. */
  months: {
    count: number;
    before: number;
    bandRow: number;
    headerRow: number;
    monthNumberRow: number;
    /** Monthly: seasonality weights. Actuals: the "has actuals" helper row. */
    helperRow: number;
    keyCol: number;
    labelCol: number;
    totalCol: number;
    firstCol: number;
    lastCol: number;
    stageRow(stage: number): number;
    revenueRow: number;
    channelLeadsRow(channel: number): number;
    channelMoneyRow(channel: number): number;
    moneyTotalRow: number;
    /** Below the grid, each sheet mirrors the other's stage rows (targets on Actuals, actuals on Monthly). */
    mirrorHeaderRow: number;
    mirrorRow(stage: number): number;
    /** Monthly Targets only, under the mirror: the cumulative seasonality weight through each month. */
    cumulativeRow: number;
    /** Hidden key-column cells holding the status thresholds, so highlight rules stay on their sheet. */
    greenCell: string;
    amberCell: string;
    lastRow: number;
  };
  leadStage: number;
  cumulativeLag: number[];
}

export function positions(plan: Plan): Positions {
  const n = plan.stages.length;
  const c = plan.channels.length;
  const lags = cumulativeLags(plan);

  const firstTransition = 16;
  const channelHeader = firstTransition + (n - 1) + 2;
  const channelTotal = channelHeader + c + 1;
  const summaryStart = channelTotal + 2;
  // After the summary's last row (ROMI, summaryStart + 5): a blank row and the section title.
  const csfHeader = summaryStart + 8;
  const csfRows = Math.max(
    1,
    plan.csfs.reduce((sum, csf) => sum + Math.max(1, csf.initiatives.length), 0),
  );

  // The top stage is due furthest ahead of won deals.
  const before = lags[0] ?? 0;
  const count = before + plan.periodMonths;
  const firstStageRow = 7;
  const revenueRow = firstStageRow + n;
  const firstChannelRow = revenueRow + 1;
  const moneyTotalRow = firstChannelRow + 2 * c;

  return {
    stages: n,
    tree: {
      nodeLabelRow: 5,
      targetRow: 6,
      rateRow: 7,
      aheadRow: 8,
      exactRow: 9,
      goalCol: 2,
      nodeCol: (s) => 3 + (n - 1 - s),
      goal: 12,
      share: 13,
      deal: 14,
      transitionRow: (s) => firstTransition + s,
      channelHeader,
      channelRow: (i) => channelHeader + 1 + i,
      channelTotal,
      summary: {
        revenue: summaryStart + 1,
        budget: summaryStart + 2,
        blendedCpl: summaryStart + 3,
        cac: summaryStart + 4,
        romi: summaryStart + 5,
      },
      csfHeader,
      lastRow: csfHeader + csfRows,
    },
    months: {
      count,
      before,
      bandRow: 3,
      headerRow: 4,
      monthNumberRow: 5,
      helperRow: 6,
      keyCol: 1,
      labelCol: 2,
      totalCol: 3,
      firstCol: 4,
      lastCol: 3 + count,
      stageRow: (s) => firstStageRow + s,
      revenueRow,
      channelLeadsRow: (i) => firstChannelRow + i,
      channelMoneyRow: (i) => firstChannelRow + c + i,
      moneyTotalRow,
      mirrorHeaderRow: moneyTotalRow + 2,
      mirrorRow: (s) => moneyTotalRow + 3 + s,
      cumulativeRow: moneyTotalRow + 4 + n,
      greenCell: '$A$1',
      amberCell: '$A$2',
      lastRow: moneyTotalRow + 2 + n,
    },
    leadStage: leadStageIndex(plan),
    cumulativeLag: lags,
  };
}

/** "2027-04": how a month column is labelled (and keyed) on every sheet. */
export function monthLabel(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}
