/**
 * A workbook as plain data: what each sheet holds, cell by cell, plus sheet settings.
 * Layouts produce it from a Plan; the applier writes it with a fixed number of batched calls.
 */

/** One cell. Exactly one of value / text / formula is set, or none for an empty styled cell. */
export interface Cell {
  value?: number | boolean;
  /** Shown as text, never parsed: user text and labels (written with a leading apostrophe). */
  text?: string;
  /** A native spreadsheet formula, starting with '='. */
  formula?: string;
  format?: string;
  background?: string;
  bold?: boolean;
  /** Long text wraps onto more lines (the row grows) instead of widening its column. */
  wrap?: boolean;
  /** What may be typed here; anything else is refused with the rule's help text. */
  rule?: InputRule;
  /**
   * Marks a cell the user types into. A plan path ("stages.2.rate") means the cell edits the plan;
   * "actual" and "check" cells hold the user's own records, kept across re-runs.
   */
  input?: string;
}

export type SheetKey = 'tree' | 'monthly' | 'actuals' | 'dashboard' | 'checklist' | 'tracker';
/** Sheets an import writes besides the plan's own. */
export type RecordSheetKey = 'contacts' | 'deals' | 'mapping';

export interface SheetDescription<K extends string = SheetKey> {
  key: K;
  name: string;
  /** Row-major cells from A1; rows may be ragged, missing cells are empty. */
  cells: (Cell | null)[][];
  frozenRows: number;
  frozenColumns: number;
  /** Column widths in pixels, as runs of columns (a fixed handful per sheet). */
  widths: { from: number; count: number; width: number }[];
  /** 1-based columns to hide (e.g. key columns). */
  hiddenColumns: number[];
  /** 1-based rows to hide (the key row). */
  hiddenRows?: number[];
  /**
   * The hidden keys that find every row and column again after the user inserted, deleted or
   * moved some (see keys.ts): semantic keys by 1-based row or column; the rest get positional ones.
   */
  rowKeys?: Record<number, string>;
  colKeys?: Record<number, string>;
}

/** What a plan input cell accepts; the applier turns it into a data validation rule. */
export interface InputRule {
  /** 'number': a number from min to max; 'checkbox': a tick box. */
  kind: 'number' | 'checkbox';
  min: number;
  max: number;
  /** Help text shown when the rule refuses a value, in the plan's language. */
  help: string;
}

/** Rows and columns a sheet description covers (its rows may be ragged). */
export function sizeOf(sheet: SheetDescription<string>): { rows: number; cols: number } {
  return { rows: sheet.cells.length, cols: sheet.cells.reduce((max, line) => Math.max(max, line.length), 0) };
}

export interface WorkbookDescription {
  sheets: SheetDescription[];
}

/** Colours used across the sheets. */
export const COLOR = {
  input: '#fff2cc',
  /** Counted from imported CRM records. */
  imported: '#e6f4ea',
  header: '#e8eaed',
  section: '#d2e3fc',
  before: '#f1f3f4',
  total: '#f8f9fa',
  green: '#b7e1cd',
  amber: '#fbd38d',
  red: '#f4b6b0',
} as const;

/** A conditional format rule: whenFormulaSatisfied on ranges of one sheet, relative to the first range's top-left. */
export interface RuleDescription {
  sheet: SheetKey;
  ranges: string[];
  formula: string;
  background: string;
}

export interface ChartDescription {
  sheet: SheetKey;
  type: 'BAR' | 'COLUMN' | 'LINE';
  /** A1 ranges on the chart's sheet; the first row of each is a header. */
  ranges: string[];
  title: string;
  /** Anchor cell, and the chart's offset from it and size, in pixels. */
  row: number;
  col: number;
  offsetX: number;
  width: number;
  height: number;
  /** Further chart options (axes, chart area), as setOption takes them. */
  options: Record<string, unknown>;
}
