import type { SheetDescription, WorkbookDescription } from '../../src/sheets/description';
import type { SheetRead, SheetsRead } from '../../src/sheets/sync';

/**
 * A sheet as plain arrays, the way getValues and getFormulas return it, with the edits a user
 * makes: type into a cell, insert a row or a column anywhere. No spreadsheet engine involved.
 */
export class SheetArrays {
  values: unknown[][];
  formulas: string[][];

  constructor(
    readonly name: string,
    sheet: SheetDescription,
  ) {
    const width = Math.max(0, ...sheet.cells.map((line) => line.length));
    this.values = sheet.cells.map((line) =>
      Array.from({ length: width }, (_, c) => {
        const cell = line[c];
        if (!cell) return '';
        if (cell.formula !== undefined) return 0;
        return cell.text ?? cell.value ?? '';
      }),
    );
    this.formulas = sheet.cells.map((line) =>
      Array.from({ length: width }, (_, c) => line[c]?.formula ?? ''),
    );
  }

  private grow(row: number, col: number): void {
    while (this.values.length <= row) this.values.push([]);
    while (this.formulas.length <= row) this.formulas.push([]);
    const width = Math.max(col + 1, ...this.values.map((l) => l.length));
    for (const line of this.values) while (line.length < width) line.push('');
    for (const line of this.formulas) while (line.length < width) line.push('');
  }

  /** Types a value (0-based row and column). */
  type(row: number, col: number, value: unknown): void {
    this.grow(row, col);
    (this.values[row] as unknown[])[col] = value;
    (this.formulas[row] as string[])[col] = '';
  }

  typeFormula(row: number, col: number, formula: string, computed: unknown): void {
    this.type(row, col, computed);
    (this.formulas[row] as string[])[col] = formula;
  }

  /** Inserts empty rows before 0-based `row`. */
  insertRows(row: number, count = 1): void {
    const width = this.values[0]?.length ?? 0;
    for (let i = 0; i < count; i++) {
      this.values.splice(
        row,
        0,
        Array.from({ length: width }, () => ''),
      );
      this.formulas.splice(
        row,
        0,
        Array.from({ length: width }, () => ''),
      );
    }
  }

  /** Inserts empty columns before 0-based `col`. */
  insertColumns(col: number, count = 1): void {
    for (const line of [...this.values, ...this.formulas])
      line.splice(col, 0, ...Array.from({ length: count }, () => ''));
  }

  /** Deletes 0-based `row` (and what it held). */
  deleteRow(row: number): void {
    this.values.splice(row, 1);
    this.formulas.splice(row, 1);
  }

  read(): SheetRead {
    return { name: this.name, values: this.values, formulas: this.formulas };
  }

  /** 0-based position of the first cell holding `value`. */
  find(value: unknown): { row: number; col: number } {
    for (let r = 0; r < this.values.length; r++) {
      const c = (this.values[r] ?? []).indexOf(value);
      if (c >= 0) return { row: r, col: c };
    }
    throw new Error(`no cell holds ${String(value)}`);
  }
}

/** Every sheet of a workbook as plain arrays, as the applier would have written it. */
export function workbookArrays(workbook: WorkbookDescription): Map<string, SheetArrays> {
  return new Map(workbook.sheets.map((s) => [s.key, new SheetArrays(s.name, s)]));
}

export function readAll(sheets: Map<string, SheetArrays>): SheetsRead {
  const read: SheetsRead = {};
  for (const [key, sheet] of sheets) read[key as keyof SheetsRead] = sheet.read();
  return read;
}
