import type { Plan } from '../core/plan';
import { kpiProgress, type KpiEntries, type KpiProgress, type PeriodValues } from '../core/tracker';
import { a1 } from '../sheets/a1';
import { framed } from '../sheets/keys';
import type { SheetNames } from '../sheets/names';
import { positions } from '../sheets/positions';
import { isEmpty, locateSheet } from '../sheets/sync';
import { periodKey, trackerBlocks, trackerRowKey, trackerSheet } from '../sheets/tracker';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Every initiative KPI's typed values from one read of the KPI Tracker, found by their hidden keys,
 * and the progress the tracker's formulas show. Text in a value cell is reported, not counted.
 * `stageActuals` are the stages' actuals to date (for the KPIs that count their stage).
 */
export function readTracker(
  sheet: Sheet,
  plan: Plan,
  names: SheetNames,
  stageActuals: readonly number[],
): { entries: KpiEntries[]; progress: KpiProgress[]; notNumbers: string[] } {
  const values = sheet.getDataRange().getValues();
  const layout = framed(trackerSheet(plan, names, positions(plan)), plan.name);
  const located = locateSheet(layout, { name: sheet.getName(), values, formulas: [] });
  const notNumbers: string[] = [];
  const { blocks } = trackerBlocks(plan);
  const entries = blocks.map((block): KpiEntries => {
    const row = (role: string): PeriodValues =>
      block.tracked.periods.map((p) => {
        const r = located.rows.get(trackerRowKey(plan, block.tracked, role));
        const c = located.cols.get(periodKey(p.index));
        if (r === undefined || c === undefined) return null;
        const v = values[r]?.[c];
        if (typeof v === 'number' && Number.isFinite(v)) return v;
        if (!isEmpty(v)) notNumbers.push(`${a1(r + 1, c + 1)} "${String(v)}"`);
        return null;
      });
    const subs: Record<string, PeriodValues> = {};
    for (const sub of block.tracked.initiative.kpi.subMetrics) subs[sub.id] = row(`sub:${sub.id}`);
    return { actual: row('actual'), qualified: block.qualified === null ? [] : row('qualified'), subs };
  });
  const progress = blocks.map((block, i) =>
    kpiProgress(
      plan,
      block.tracked,
      entries[i] as KpiEntries,
      stageActuals[block.tracked.csf.transition + 1] ?? null,
    ),
  );
  return { entries, progress, notNumbers };
}
