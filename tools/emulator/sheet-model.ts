import type { GridRect } from './a1';
import type { ChartSpec } from './charts';
import type { RuleSpec } from './conditional-format';
import { Grid } from './grid';

/** Formatting and annotations of one cell (contents live in HyperFormula). */
export interface CellStyle {
  numberFormat?: string;
  background?: string;
  fontWeight?: 'bold' | 'normal';
  fontColor?: string;
  fontSize?: number;
  fontStyle?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrap?: boolean;
  note?: string;
  /** Data validation criteria name, e.g. 'CHECKBOX', with its arguments. */
  validation?: { criteria: string; args: unknown[]; allowInvalid?: boolean; helpText?: string | null };
}

/** Everything one tab holds besides cell contents. */
export class SheetModel {
  maxRows = 1000;
  maxColumns = 26;
  frozenRows = 0;
  frozenColumns = 0;
  columnWidths = new Map<number, number>();
  hiddenColumns = new Set<number>();
  hiddenRows = new Set<number>();
  /** Hidden from the tab bar (Sheet.hideSheet). */
  hidden = false;
  tabColor: string | null = null;
  hiddenGridlines = false;
  readonly styles = new Grid<CellStyle>();
  /** Formulas exactly as written, so getFormulas() returns them unchanged. */
  readonly formulaText = new Grid<string>();
  conditionalRules: RuleSpec[] = [];
  charts: ChartSpec[] = [];

  constructor(
    public name: string,
    readonly sheetId: number,
    readonly engineId: number,
  ) {}
}

/** A rectangle on a given sheet. */
export interface RangeRef extends GridRect {
  sheet: SheetModel;
}
