/** The Dashboard's fixed cells other sheets read: the last month with actuals and the status thresholds. */
export const DASHBOARD_CELLS = {
  lastMonth: '$B$4',
  green: '$B$5',
  amber: '$B$6',
} as const;
