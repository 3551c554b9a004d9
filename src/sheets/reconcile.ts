import { a1 } from './a1';
import type { Cell, SheetDescription, SheetKey, WorkbookDescription } from './description';
import { rowKey } from './month-grid';
import type { Positions } from './positions';

/** What one of our sheets holds now, read with one getValues and one getFormulas. */
export interface SheetContent {
  name: string;
  values: unknown[][];
  formulas: string[][];
}

export type ExistingContent = Partial<Record<SheetKey, SheetContent>>;

export interface InputEdit {
  /** Plan path the cell edits, e.g. "stages.2.rate". */
  path: string;
  sheet: string;
  cell: string;
  planned: number | boolean | string | null;
  onSheet: unknown;
}

export interface Overwrite {
  sheet: string;
  cell: string;
  value: unknown;
}

export interface OrphanActual {
  key: string;
  label: string;
  month: string;
  value: unknown;
}

/** Differences between our sheets as they are now and as we last wrote them. */
export interface Reconciliation {
  inputEdits: InputEdit[];
  overwrites: Overwrite[];
  orphans: OrphanActual[];
}

const isEmpty = (v: unknown) => v === '' || v === null || v === undefined;
const cellAt = (sheet: SheetDescription | undefined, row: number, col: number): Cell | null =>
  sheet?.cells[row]?.[col] ?? null;
const literalOf = (cell: Cell | null): unknown => (cell ? (cell.text ?? cell.value ?? null) : null);

/** Two cell values that mean the same: both empty, equal numbers up to float noise, or the same text. */
export function sameLiteral(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
  return String(a) === String(b);
}

function toCellContent(value: unknown): Cell {
  if (typeof value === 'number' || typeof value === 'boolean') return { value };
  if (typeof value === 'string' && value.startsWith('=')) return { formula: value };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  return { text: String(value) };
}

/**
 * Compares what the sheets hold with what we wrote last time (`previous`) and what we are about
 * to write (`next`): the user's edits to plan inputs, literal values the user typed that would be
 * overwritten, and actuals that no longer have a place.
 */
export function reconcile(
  previous: WorkbookDescription,
  next: WorkbookDescription,
  existing: ExistingContent,
  actualsMap: Map<string, { label: string; month: string; value: unknown }>,
  placedActuals: Set<string>,
): Reconciliation {
  const result: Reconciliation = { inputEdits: [], overwrites: [], orphans: [] };
  for (const [key, content] of Object.entries(existing) as [SheetKey, SheetContent][]) {
    const old = previous.sheets.find((s) => s.key === key);
    const fresh = next.sheets.find((s) => s.key === key);
    content.values.forEach((line, r) =>
      line.forEach((value, c) => {
        const was = cellAt(old, r, c);
        const cell = a1(r + 1, c + 1);
        if (was?.input && was.input !== 'actual' && was.input !== 'check') {
          if (!sameLiteral(value, was.value ?? null)) {
            result.inputEdits.push({
              path: was.input,
              sheet: content.name,
              cell,
              planned: was.value ?? null,
              onSheet: value,
            });
          }
          return;
        }
        const formula = content.formulas[r]?.[c] ?? '';
        if (was?.input) return;
        const will = cellAt(fresh, r, c);
        if (will?.input === 'actual' || will?.input === 'check') return;
        if (formula) {
          // Our own formulas may differ from an older layout; a formula where we wrote none is the user's.
          if (was?.formula || will?.formula === formula) return;
          result.overwrites.push({ sheet: content.name, cell, value: formula });
          return;
        }
        if (isEmpty(value) || sameLiteral(value, literalOf(was))) return;
        if (!will?.formula && sameLiteral(value, literalOf(will))) return;
        result.overwrites.push({ sheet: content.name, cell, value });
      }),
    );
  }
  for (const [id, entry] of actualsMap) {
    if (!placedActuals.has(id)) result.orphans.push({ key: id.split('|')[0], ...entry });
  }
  return result;
}

/**
 * Actual values on the existing Actuals sheet, keyed by row key and month label, so they land in
 * the same stage (or channel) and month whatever the new layout looks like.
 */
export function readActuals(
  content: SheetContent | undefined,
  pos: Positions,
): Map<string, { label: string; month: string; value: unknown }> {
  const map = new Map<string, { label: string; month: string; value: unknown }>();
  if (!content) return map;
  const m = pos.months;
  const headers = content.values[m.headerRow - 1] ?? [];
  content.values.forEach((line, r) => {
    const key = line[m.keyCol - 1];
    if (typeof key !== 'string' || !key.includes(':') || key === rowKey.moneyTotal) return;
    line.forEach((value, c) => {
      const month = headers[c];
      const formula = content.formulas[r]?.[c] ?? '';
      if (c < m.firstCol - 1 || typeof month !== 'string' || (isEmpty(value) && !formula)) return;
      // A formula the user typed (=1000+800, ='CRM'!B4) is kept as a formula.
      map.set(`${key}|${month}`, {
        label: String(line[m.labelCol - 1] ?? key),
        month,
        value: formula || value,
      });
    });
  });
  return map;
}

/** Puts kept actuals and checklist entries into the new description; returns which actuals found a place. */
export function carryOver(
  next: WorkbookDescription,
  pos: Positions,
  actuals: Map<string, { value: unknown }>,
  checklist: SheetContent | undefined,
): Set<string> {
  const placed = new Set<string>();
  const sheet = next.sheets.find((s) => s.key === 'actuals');
  if (sheet) {
    const m = pos.months;
    const headers = sheet.cells[m.headerRow - 1] ?? [];
    sheet.cells.forEach((line) => {
      const key = line[m.keyCol - 1]?.text;
      if (!key) return;
      line.forEach((cell, c) => {
        const month = headers[c]?.text;
        const id = `${key}|${month}`;
        const kept = month ? actuals.get(id) : undefined;
        if (cell?.input === 'actual' && kept) {
          line[c] = { ...cell, ...toCellContent(kept.value) };
          placed.add(id);
        }
      });
    });
  }
  const list = next.sheets.find((s) => s.key === 'checklist');
  if (list && checklist) {
    list.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        const value = checklist.formulas[r]?.[c] || checklist.values[r]?.[c];
        if (cell?.input === 'check' && !isEmpty(value)) {
          line[c] = { ...cell, value: undefined, text: undefined, ...toCellContent(value) };
        }
      }),
    );
  }
  return placed;
}
