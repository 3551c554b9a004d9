import type { CellValue } from 'hyperformula';
import type { GridRect } from './a1';
import { CallLog, counted } from './call-counter';
import type { CustomFunctionHost } from './custom-functions';
import { parseEntered, type EnteredCell } from './cell-input';
import type { MetadataEntry } from './developer-metadata';
import { asReal } from './enums';
import { fromEngineFormula } from './formula-text';
import { HyperFormulaBook, toComputed, type ComputedValue } from './hyperformula-book';
import { isDateFormat } from './number-format';
import { FakeRange } from './range';
import { dateToSerial, serialToDate } from './serial-date';
import { FakeSheet } from './sheet';
import { SheetModel, type CellStyle, type RangeRef } from './sheet-model';
import type { FakeUi } from './ui';

/** The most characters Sheets lets one cell hold. */
const MAX_CELL_CHARS = 50000;

export interface WorkbookOptions {
  spreadsheetLocale: string;
  timeZone: string;
  calls: CallLog;
  ui: FakeUi;
  customFunctions?: CustomFunctionHost;
  /** The emulator's clock, which TODAY() and NOW() read. */
  now: () => Date;
}

/**
 * The state of one spreadsheet: its tabs, the formula engine, developer metadata. The Fake*
 * classes are thin views over it; this is also what the snapshot reads.
 */
export class Workbook {
  readonly book: HyperFormulaBook;
  readonly sheets: SheetModel[] = [];
  readonly metadata: MetadataEntry[] = [];
  readonly calls: CallLog;
  readonly ui: FakeUi;
  readonly id = 'fake-spreadsheet-0001';
  locale: string;
  timeZone: string;
  name: string;
  active: SheetModel;
  private nextSheetId = 0;
  private nextObjectId = 1;
  private readonly sheetViews = new WeakMap<SheetModel, GoogleAppsScript.Spreadsheet.Sheet>();

  constructor(options: WorkbookOptions) {
    this.book = new HyperFormulaBook(
      () => dateToSerial(options.now(), this.timeZone),
      options.customFunctions,
    );
    this.locale = options.spreadsheetLocale;
    this.timeZone = options.timeZone;
    this.calls = options.calls;
    this.ui = options.ui;
    this.name = this.isJapanese() ? '無題のスプレッドシート' : 'Untitled spreadsheet';
    this.active = this.insertSheet(this.defaultSheetName(), 0);
  }

  private isJapanese(): boolean {
    return this.locale.toLowerCase().startsWith('ja');
  }

  /** "Sheet1", "Sheet2"... ("シート1" in a Japanese spreadsheet): the first unused one. */
  defaultSheetName(): string {
    const stem = this.isJapanese() ? 'シート' : 'Sheet';
    let n = 1;
    while (this.findSheet(`${stem}${n}`)) n++;
    return `${stem}${n}`;
  }

  findSheet(name: string): SheetModel | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  private assertNameFree(name: string, except?: SheetModel): void {
    // Sheets refuses tab names over 100 characters.
    if ([...name].length > 100) {
      throw new Error(`The sheet name "${name}" is longer than 100 characters. Please enter a shorter name.`);
    }
    const taken = this.findSheet(name);
    if (taken && taken !== except) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  insertSheet(name: string, index: number): SheetModel {
    this.assertNameFree(name);
    const model = new SheetModel(name, this.nextSheetId, this.book.addSheet(name));
    this.nextSheetId = this.nextSheetId === 0 ? 1_000_001 : this.nextSheetId + 7919;
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, model);
    return model;
  }

  deleteSheet(model: SheetModel): void {
    const index = this.sheets.indexOf(model);
    if (index < 0) throw new Error('Sheet not found');
    if (this.sheets.length === 1) {
      throw new Error('This operation is not allowed. A spreadsheet must contain at least one sheet.');
    }
    this.sheets.splice(index, 1);
    this.book.removeSheet(model.engineId);
    this.formulasMoved();
    if (this.active === model) this.active = this.sheets[Math.max(0, index - 1)];
  }

  renameSheet(model: SheetModel, name: string): void {
    if (name.trim() === '') throw new Error('Sheet name cannot be empty.');
    this.assertNameFree(name, model);
    this.book.renameSheet(model.engineId, name);
    model.name = name;
    this.formulasMoved();
  }

  /** After rows, columns or sheet names change, only the engine knows every formula's new text. */
  formulasMoved(): void {
    for (const sheet of this.sheets) sheet.formulaText.clear();
  }

  newObjectId(): number {
    return this.nextObjectId++;
  }

  // ---- cells -------------------------------------------------------------------------------

  /** Writes values as Sheets' "user entered" input; formats a cell nobody formatted if implied. */
  writeValues(sheet: SheetModel, rect: GridRect, values: unknown[][]): void {
    // Sheets refuses the whole write when one cell would hold more than its limit.
    for (const line of values)
      for (const value of line)
        if (typeof value === 'string' && value.length > MAX_CELL_CHARS)
          throw new Error(
            `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
          );
    const cells = values.map((line, i) =>
      line.map((value, j) => {
        const plainText = this.style(sheet, rect.row + i, rect.column + j)?.numberFormat === '@';
        return parseEntered(value, this.locale, this.timeZone, plainText);
      }),
    );
    this.writeCells(sheet, rect, cells);
  }

  writeCells(sheet: SheetModel, rect: GridRect, cells: EnteredCell[][]): void {
    this.book.write(sheet.engineId, rect.row - 1, rect.column - 1, cells);
    cells.forEach((line, i) =>
      line.forEach((cell, j) => {
        const row = rect.row - 1 + i;
        const column = rect.column - 1 + j;
        sheet.formulaText.set(row, column, cell.kind === 'formula' ? cell.formula : undefined);
        if (cell.kind === 'number' && cell.impliedFormat) {
          const format = cell.impliedFormat;
          sheet.styles.update(row, column, (style) =>
            style?.numberFormat ? style : { ...style, numberFormat: format },
          );
        }
      }),
    );
  }

  /** What a rectangle holds, as cells that writeCells puts back unchanged. */
  rawCells(sheet: SheetModel, rect: GridRect): EnteredCell[][] {
    const formulas = this.formulas(sheet, rect);
    return this.engineValues(sheet, rect).map((line, i) =>
      line.map((value, j): EnteredCell => {
        const formula = formulas[i]?.[j];
        if (formula) return { kind: 'formula', formula };
        if (typeof value === 'number') return { kind: 'number', value };
        if (typeof value === 'boolean') return { kind: 'boolean', value };
        if (typeof value === 'string') return { kind: 'text', text: value };
        return { kind: 'empty' };
      }),
    );
  }

  engineValues(sheet: SheetModel, rect: GridRect): CellValue[][] {
    return this.book.values(sheet.engineId, rect.row - 1, rect.column - 1, rect.numRows, rect.numColumns);
  }

  computedValues(sheet: SheetModel, rect: GridRect): ComputedValue[][] {
    return this.engineValues(sheet, rect).map((line) => line.map(toComputed));
  }

  /** getValues(): '' for empty cells, error text for errors, Dates for date-formatted numbers. */
  scriptValues(sheet: SheetModel, rect: GridRect): unknown[][] {
    return this.computedValues(sheet, rect).map((line, i) =>
      line.map((value, j) => {
        if (value === null) return '';
        if (typeof value === 'number') {
          const format = this.style(sheet, rect.row + i, rect.column + j)?.numberFormat ?? null;
          if (isDateFormat(format)) return serialToDate(value, this.timeZone);
        }
        return value;
      }),
    );
  }

  formulas(sheet: SheetModel, rect: GridRect): string[][] {
    const engine = this.book.formulas(
      sheet.engineId,
      rect.row - 1,
      rect.column - 1,
      rect.numRows,
      rect.numColumns,
    );
    return engine.map((line, i) =>
      line.map((formula, j) => {
        if (formula === undefined) return '';
        return sheet.formulaText.get(rect.row - 1 + i, rect.column - 1 + j) ?? fromEngineFormula(formula);
      }),
    );
  }

  /** The style of a cell, 1-based. */
  style(sheet: SheetModel, row: number, column: number): CellStyle | undefined {
    return sheet.styles.get(row - 1, column - 1);
  }

  /** Applies a change to the style of every cell of a rectangle, given its 0-based offsets. */
  restyle(
    sheet: SheetModel,
    rect: GridRect,
    change: (style: CellStyle, i: number, j: number) => CellStyle,
  ): void {
    for (let i = 0; i < rect.numRows; i++) {
      for (let j = 0; j < rect.numColumns; j++) {
        sheet.styles.update(rect.row - 1 + i, rect.column - 1 + j, (style) => {
          const next = change({ ...style }, i, j);
          return Object.values(next).some((v) => v !== undefined) ? next : undefined;
        });
      }
    }
  }

  clearContents(sheet: SheetModel, rect: GridRect): void {
    const empty: EnteredCell[][] = Array.from({ length: rect.numRows }, () =>
      Array.from({ length: rect.numColumns }, () => ({ kind: 'empty' as const })),
    );
    this.writeCells(sheet, rect, empty);
  }

  /** Rows and columns up to the last cell with contents (what getLastRow/getLastColumn report). */
  contentExtent(sheet: SheetModel): { rows: number; columns: number } {
    return this.book.contentExtent(sheet.engineId);
  }

  evaluate(sheet: SheetModel, formula: string): CellValue {
    return this.book.evaluate(sheet.engineId, formula);
  }

  // ---- views handed to the add-on ------------------------------------------------------------

  sheetView(model: SheetModel): GoogleAppsScript.Spreadsheet.Sheet {
    let view = this.sheetViews.get(model);
    if (!view) {
      view = asReal<GoogleAppsScript.Spreadsheet.Sheet>(
        counted(new FakeSheet(this, model), 'Sheet', this.calls),
      );
      this.sheetViews.set(model, view);
    }
    return view;
  }

  rangeView(ref: RangeRef): GoogleAppsScript.Spreadsheet.Range {
    return asReal<GoogleAppsScript.Spreadsheet.Range>(counted(new FakeRange(this, ref), 'Range', this.calls));
  }

  spreadsheetView!: GoogleAppsScript.Spreadsheet.Spreadsheet;
}
