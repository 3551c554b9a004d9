import type { SheetKey } from './description';

/** The sheet name chosen for each sheet of a plan; formulas reference these. */
export type SheetNames = Record<SheetKey, string>;

export const SHEET_KEYS: readonly SheetKey[] = [
  'tree',
  'monthly',
  'actuals',
  'dashboard',
  'checklist',
  'tracker',
];
