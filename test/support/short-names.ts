import type { SheetKey } from '../../src/sheets/description';

/** One-letter sheet names: layouts whose formulas only need to name each sheet of a plan. */
export const SHORT_NAMES: Record<SheetKey, string> = {
  tree: 'T',
  monthly: 'M',
  actuals: 'A',
  dashboard: 'D',
  checklist: 'C',
  tracker: 'K',
};
