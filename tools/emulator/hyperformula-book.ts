import { DetailedCellError, HyperFormula, type CellValue, type RawCellContent } from 'hyperformula';
import type { EnteredCell } from './cell-input';
import { clockPlugin } from './clock-functions';
import { useSheetsCriteria } from './criteria';
import { sheetsLookupPlugin } from './lookup-functions';
import { customFunctionPlugin, type CustomFunctionHost } from './custom-functions';
import { toEngineFormula } from './formula-text';
import { formatForTextFunction } from './number-format';

/** A computed cell as Apps Script sees it: errors become Sheets' error text. */
export type ComputedValue = number | string | boolean | null;

const SHEETS_ERROR_TEXT: Record<string, string> = {
  CYCLE: '#REF!', // Sheets reports a circular dependency as #REF!
  SPILL: '#REF!', // and an array that cannot expand as #REF! too
  LIC: '#ERROR!',
};

function sheetsErrorText(error: DetailedCellError): string {
  return SHEETS_ERROR_TEXT[error.type] ?? error.value;
}

export function toComputed(value: CellValue): ComputedValue {
  return value instanceof DetailedCellError ? sheetsErrorText(value) : value;
}

function toRaw(cell: EnteredCell): RawCellContent {
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'formula':
      return toEngineFormula(cell.formula);
    case 'text':
      return `'${cell.text}`; // HyperFormula keeps text after an apostrophe as text
    default:
      return cell.value;
  }
}

/**
 * The formula engine behind the fake spreadsheet: one HyperFormula sheet per Sheets tab. Writes
 * suspend evaluation and the next read resumes it, so many setValues calls cost one recalculation.
 */
export class HyperFormulaBook {
  private readonly hf: HyperFormula;
  /** Recalculations that changed a value: each batch of writes costs one, when it is next read. */
  recalculations = 0;

  /** `now`: the emulator's clock as a serial in the spreadsheet's time zone, for TODAY() and NOW(). */
  constructor(now: () => number, customFunctions?: CustomFunctionHost) {
    const names = customFunctions?.names ?? [];
    if (names.length > 0) {
      // Function names are looked up in the engine's language; the script's names stay as written.
      HyperFormula.getLanguage('enGB').extendFunctions(Object.fromEntries(names.map((n) => [n, n])));
    }
    this.hf = HyperFormula.buildEmpty({
      // An engine with plugins of its own knows only those: the built-in ones are listed too.
      functionPlugins: [
        ...HyperFormula.getAllFunctionPlugins(),
        clockPlugin(now),
        sheetsLookupPlugin(),
        ...(customFunctions && names.length > 0 ? [customFunctionPlugin(customFunctions)] : []),
      ],
      licenseKey: 'gpl-v3',
      // Sheets evaluates SUMPRODUCT(A1:A3*B1:B3) and friends element-wise without ARRAYFORMULA.
      useArrayArithmetic: true,
      // Plain doubles, like Sheets and the core: no rounding of results to 10 digits.
      smartRounding: false,
      // Sheets limits cells (10 million), not rows: HyperFormula's default of 40,000 rows is too few.
      maxRows: 1_000_000,
      maxColumns: 18_278,
      stringifyCurrency: (value: number, format: string) => formatForTextFunction(value, format),
    });
    useSheetsCriteria(this.hf);
    this.hf.on('valuesUpdated', () => this.recalculations++);
  }

  private settle(): void {
    if (this.hf.isEvaluationSuspended()) this.hf.resumeEvaluation();
  }

  private suspend(): void {
    if (!this.hf.isEvaluationSuspended()) this.hf.suspendEvaluation();
  }

  addSheet(name: string): number {
    return this.hf.getSheetId(this.hf.addSheet(name))!;
  }

  removeSheet(id: number): void {
    this.suspend();
    this.hf.removeSheet(id);
  }

  renameSheet(id: number, name: string): void {
    this.hf.renameSheet(id, name);
  }

  write(id: number, row: number, column: number, cells: EnteredCell[][]): void {
    if (cells.length === 0) return;
    this.suspend();
    // Array.from: the add-on's arrays may come from another realm (node:vm), which HyperFormula rejects.
    const raw = Array.from(cells, (line) => Array.from(line, toRaw));
    this.hf.setCellContents({ sheet: id, row, col: column }, raw);
  }

  values(id: number, row: number, column: number, numRows: number, numColumns: number): CellValue[][] {
    this.settle();
    return this.hf.getRangeValues({
      start: { sheet: id, row, col: column },
      end: { sheet: id, row: row + numRows - 1, col: column + numColumns - 1 },
    });
  }

  /** Engine formula text (with the engine's spelling), undefined where a cell holds no formula. */
  formulas(
    id: number,
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
  ): (string | undefined)[][] {
    this.settle();
    return this.hf.getRangeFormulas({
      start: { sheet: id, row, col: column },
      end: { sheet: id, row: row + numRows - 1, col: column + numColumns - 1 },
    });
  }

  /** Rows and columns up to the last non-empty cell (0 when the sheet is empty). */
  contentExtent(id: number): { rows: number; columns: number } {
    this.settle();
    const cells = this.hf.getSheetSerialized(id);
    let rows = 0;
    let columns = 0;
    cells.forEach((line, r) => {
      line.forEach((cell, c) => {
        if (cell !== null && cell !== undefined && cell !== '') {
          rows = Math.max(rows, r + 1);
          columns = Math.max(columns, c + 1);
        }
      });
    });
    return { rows, columns };
  }

  /** Evaluates a formula (already written for its target cell) in the context of a sheet. */
  evaluate(id: number, formula: string): CellValue {
    this.settle();
    const result = this.hf.calculateFormula(toEngineFormula(formula), id);
    return Array.isArray(result) ? (result[0]?.[0] ?? null) : result;
  }

  /** Row and column moves only matter where the engine holds cells; beyond that there is nothing to shift. */
  insertRows(id: number, index: number, count: number): void {
    if (index >= this.hf.getSheetDimensions(id).height) return;
    this.suspend();
    this.hf.addRows(id, [index, count]);
  }

  removeRows(id: number, index: number, count: number): void {
    const height = this.hf.getSheetDimensions(id).height;
    if (index >= height) return;
    this.suspend();
    this.hf.removeRows(id, [index, Math.min(count, height - index)]);
  }

  insertColumns(id: number, index: number, count: number): void {
    if (index >= this.hf.getSheetDimensions(id).width) return;
    this.suspend();
    this.hf.addColumns(id, [index, count]);
  }

  removeColumns(id: number, index: number, count: number): void {
    const width = this.hf.getSheetDimensions(id).width;
    if (index >= width) return;
    this.suspend();
    this.hf.removeColumns(id, [index, Math.min(count, width - index)]);
  }

  clearSheet(id: number): void {
    this.suspend();
    this.hf.clearSheet(id);
  }

  destroy(): void {
    this.hf.destroy();
  }
}
