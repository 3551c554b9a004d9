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

/** Sheets refuses tab names longer than this. */
export const MAX_SHEET_NAME = 100;
/** How much of a plan's name a tab name carries ("KPI Tree · EMEA"). */
const PLAN_PART = 32;
const SEPARATOR = ' · ';

const shortened = (text: string, max: number): string => {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
};

/**
 * `stem` + `suffix`, numbered " 2", " 3"… until no name in `taken` (compared as Sheets does,
 * ignoring case) has it, with the stem shortened so the whole stays under MAX_SHEET_NAME.
 */
export function freeSheetName(stem: string, suffix: string, taken: Set<string>): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  for (let n = 1; ; n++) {
    const number = n === 1 ? '' : ` ${n}`;
    const room = MAX_SHEET_NAME - 1 - [...suffix].length - number.length;
    const name = `${shortened(stem, room)}${suffix}${number}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** The tab name of a plan's sheet: the sheet's own name, then the plan's (shortened) for any plan but the first. */
export function planTabName(base: string, plan: string | null, taken: Set<string>): string {
  return freeSheetName(base, plan === null ? '' : `${SEPARATOR}${shortened(plan, PLAN_PART)}`, taken);
}

/** Whether a tab still carries the name we gave it for this plan (so renaming the plan renames it). */
export function isPlanTabName(name: string, base: string, plan: string): boolean {
  const stem = `${base}${SEPARATOR}${shortened(plan, PLAN_PART)}`;
  return name === stem || (name.startsWith(`${stem} `) && /^ \d+$/.test(name.slice(stem.length)));
}
