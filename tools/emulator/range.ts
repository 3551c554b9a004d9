import { rectA1 } from './a1';
import { unwrap } from './call-counter';
import { parseEntered, type EnteredCell } from './cell-input';
import { normalizeColor } from './colors';
import { FakeDataValidation } from './data-validation';
import { addMetadata, metadataViews } from './developer-metadata';
import { asReal } from './enums';
import { shiftFormula } from './formula-text';
import { DEFAULT_NUMBER_FORMAT, formatValue } from './number-format';
import type { CellStyle, RangeRef, SheetModel } from './sheet-model';
import type { Workbook } from './workbook';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;
type HorizontalAlignment = 'left' | 'center' | 'normal' | 'right' | null;
type VerticalAlignment = 'top' | 'middle' | 'bottom' | null;

export type RangeMethods =
  | 'activate'
  | 'addDeveloperMetadata'
  | 'clear'
  | 'clearContent'
  | 'clearDataValidations'
  | 'clearFormat'
  | 'clearNote'
  | 'getA1Notation'
  | 'getBackground'
  | 'getBackgrounds'
  | 'getCell'
  | 'getColumn'
  | 'getDataValidation'
  | 'getDeveloperMetadata'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFontSize'
  | 'getFontSizes'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'getFormula'
  | 'getFormulas'
  | 'getGridId'
  | 'getHeight'
  | 'getHorizontalAlignment'
  | 'getHorizontalAlignments'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getNote'
  | 'getNotes'
  | 'getNumColumns'
  | 'getNumRows'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getRow'
  | 'getSheet'
  | 'getValue'
  | 'getValues'
  | 'getWidth'
  | 'getWrap'
  | 'getWraps'
  | 'insertCheckboxes'
  | 'isBlank'
  | 'isChecked'
  | 'offset'
  | 'removeCheckboxes'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setBorder'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'setFontColor'
  | 'setFontColors'
  | 'setFontSize'
  | 'setFontSizes'
  | 'setFontStyle'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setFormula'
  | 'setFormulas'
  | 'setHorizontalAlignment'
  | 'setHorizontalAlignments'
  | 'setNote'
  | 'setNotes'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setValue'
  | 'setValues'
  | 'setVerticalAlignment'
  | 'setVerticalAlignments'
  | 'setWrap'
  | 'setWraps';

/** A rectangle of one sheet, with the Range methods the add-on uses. */
export class FakeRange implements Pick<Range, RangeMethods> {
  constructor(
    private readonly workbook: Workbook,
    readonly ref: RangeRef,
  ) {}

  private self(): Range {
    return asReal<Range>(this);
  }

  /** Every setXxxs(values[][]) checks the shape with Sheets' own wording. */
  private checkShape(data: unknown, method: string): asserts data is unknown[][] {
    if (!Array.isArray(data) || !data.every((line) => Array.isArray(line))) {
      throw new Error(
        `The parameters (${typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    if (data.length !== this.ref.numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.ref.numRows}.`,
      );
    }
    for (const line of data as unknown[][]) {
      if (line.length !== this.ref.numColumns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this.ref.numColumns}.`,
        );
      }
    }
  }

  private fill<T>(value: T): T[][] {
    return Array.from({ length: this.ref.numRows }, () =>
      Array.from({ length: this.ref.numColumns }, () => value),
    );
  }

  private styles<T>(read: (style: CellStyle) => T): T[][] {
    return Array.from({ length: this.ref.numRows }, (_, i) =>
      Array.from({ length: this.ref.numColumns }, (_, j) =>
        read(this.workbook.style(this.ref.sheet, this.ref.row + i, this.ref.column + j) ?? {}),
      ),
    );
  }

  private restyle(change: (style: CellStyle, i: number, j: number) => CellStyle): Range {
    this.workbook.restyle(this.ref.sheet, this.ref, change);
    return this.self();
  }

  private setStyles<T>(
    data: unknown,
    method: string,
    apply: (style: CellStyle, value: T) => CellStyle,
  ): Range {
    this.checkShape(data, method);
    const values = data as T[][];
    return this.restyle((style, i, j) => apply(style, values[i][j]));
  }

  // ---- geometry ------------------------------------------------------------------------------

  activate(): Range {
    this.workbook.active = this.ref.sheet;
    return this.self();
  }
  getA1Notation(): string {
    return rectA1(this.ref);
  }
  getRow(): number {
    return this.ref.row;
  }
  getColumn(): number {
    return this.ref.column;
  }
  getNumRows(): number {
    return this.ref.numRows;
  }
  getNumColumns(): number {
    return this.ref.numColumns;
  }
  getHeight(): number {
    return this.ref.numRows;
  }
  getWidth(): number {
    return this.ref.numColumns;
  }
  getLastRow(): number {
    return this.ref.row + this.ref.numRows - 1;
  }
  getLastColumn(): number {
    return this.ref.column + this.ref.numColumns - 1;
  }
  getGridId(): number {
    return this.ref.sheet.sheetId;
  }
  getSheet(): Sheet {
    return this.workbook.sheetView(this.ref.sheet);
  }
  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this.ref.numRows || column > this.ref.numColumns) {
      throw new Error('Cell reference out of range');
    }
    return this.workbook.rangeView({
      ...this.ref,
      row: this.ref.row + row - 1,
      column: this.ref.column + column - 1,
      numRows: 1,
      numColumns: 1,
    });
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const ref = rangeRefAt(
      this.ref.sheet,
      this.ref.row + rowOffset,
      this.ref.column + columnOffset,
      numRows ?? this.ref.numRows,
      numColumns ?? this.ref.numColumns,
    );
    return this.workbook.rangeView(ref);
  }

  // ---- values and formulas -------------------------------------------------------------------

  getValues(): unknown[][] {
    return this.workbook.scriptValues(this.ref.sheet, this.ref);
  }
  getValue(): unknown {
    return this.workbook.scriptValues(this.ref.sheet, { ...this.ref, numRows: 1, numColumns: 1 })[0][0];
  }
  getDisplayValues(): string[][] {
    const computed = this.workbook.computedValues(this.ref.sheet, this.ref);
    const formats = this.styles((s) => s.numberFormat ?? null);
    return computed.map((line, i) => line.map((value, j) => formatValue(value, formats[i][j])));
  }
  getDisplayValue(): string {
    return this.getDisplayValues()[0][0];
  }
  isBlank(): boolean {
    return this.workbook
      .computedValues(this.ref.sheet, this.ref)
      .every((line) => line.every((v) => v === null));
  }
  setValues(values: unknown[][]): Range {
    this.checkShape(values, 'setValues');
    this.workbook.writeValues(this.ref.sheet, this.ref, values);
    return this.self();
  }
  /** One value for every cell; a formula shifts its relative references per cell, as Sheets does. */
  setValue(value: unknown): Range {
    return this.fillWith(value, true);
  }
  getFormulas(): string[][] {
    return this.workbook.formulas(this.ref.sheet, this.ref);
  }
  getFormula(): string {
    return this.workbook.formulas(this.ref.sheet, { ...this.ref, numRows: 1, numColumns: 1 })[0][0];
  }
  setFormulas(formulas: string[][]): Range {
    this.checkShape(formulas, 'setFormulas');
    this.workbook.writeCells(
      this.ref.sheet,
      this.ref,
      formulas.map((line) => line.map((f) => parseEntered(f, this.workbook.locale, this.workbook.timeZone))),
    );
    return this.self();
  }
  setFormula(formula: string): Range {
    return this.fillWith(formula, false);
  }
  /** setValue respects plain-text ('@') cells, which keep any string as text; setFormula does not. */
  private fillWith(value: unknown, respectPlainText: boolean): Range {
    const { sheet, row, column } = this.ref;
    const cells = Array.from({ length: this.ref.numRows }, (_, i) =>
      Array.from({ length: this.ref.numColumns }, (_, j): EnteredCell => {
        const plainText =
          respectPlainText && this.workbook.style(sheet, row + i, column + j)?.numberFormat === '@';
        const entered = parseEntered(value, this.workbook.locale, this.workbook.timeZone, plainText);
        return entered.kind === 'formula'
          ? { kind: 'formula', formula: shiftFormula(entered.formula, i, j) }
          : entered;
      }),
    );
    this.workbook.writeCells(sheet, this.ref, cells);
    return this.self();
  }

  // ---- formats -------------------------------------------------------------------------------

  getNumberFormats(): string[][] {
    return this.styles((s) => s.numberFormat ?? DEFAULT_NUMBER_FORMAT);
  }
  getNumberFormat(): string {
    return this.getNumberFormats()[0][0];
  }
  setNumberFormats(numberFormats: string[][]): Range {
    return this.setStyles<string>(numberFormats, 'setNumberFormats', (s, v) => ({
      ...s,
      numberFormat: v || undefined,
    }));
  }
  setNumberFormat(numberFormat: string): Range {
    return this.restyle((s) => ({ ...s, numberFormat: numberFormat || undefined }));
  }
  getBackgrounds(): string[][] {
    return this.styles((s) => s.background ?? '#ffffff');
  }
  getBackground(): string {
    return this.getBackgrounds()[0][0];
  }
  setBackgrounds(color: Array<Array<string | null>>): Range {
    return this.setStyles<string | null>(color, 'setBackgrounds', (s, v) => ({
      ...s,
      background: normalizeColor(v),
    }));
  }
  setBackground(color: string | null): Range {
    return this.restyle((s) => ({ ...s, background: normalizeColor(color) }));
  }
  getFontWeights(): FontWeight[][] {
    return this.styles((s) => s.fontWeight ?? 'normal');
  }
  getFontWeight(): FontWeight {
    return this.getFontWeights()[0][0];
  }
  setFontWeights(fontWeights: Array<Array<FontWeight | null>>): Range {
    return this.setStyles<FontWeight | null>(fontWeights, 'setFontWeights', (s, v) => ({
      ...s,
      fontWeight: v === 'bold' ? 'bold' : undefined,
    }));
  }
  setFontWeight(fontWeight: FontWeight | null): Range {
    return this.restyle((s) => ({ ...s, fontWeight: fontWeight === 'bold' ? 'bold' : undefined }));
  }
  setFontColors(colors: unknown[][]): Range {
    return this.setStyles<string | null>(colors, 'setFontColors', (s, v) => ({
      ...s,
      fontColor: normalizeColor(v),
    }));
  }
  setFontColor(color: string | null): Range {
    return this.restyle((s) => ({ ...s, fontColor: normalizeColor(color) }));
  }
  getFontSizes(): number[][] {
    return this.styles((s) => s.fontSize ?? 10);
  }
  getFontSize(): number {
    return this.getFontSizes()[0][0];
  }
  setFontSizes(sizes: number[][]): Range {
    return this.setStyles<number>(sizes, 'setFontSizes', (s, v) => ({ ...s, fontSize: v }));
  }
  setFontSize(size: number): Range {
    return this.restyle((s) => ({ ...s, fontSize: size }));
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): Range {
    return this.restyle((s) => ({ ...s, fontStyle: fontStyle ?? undefined }));
  }
  getHorizontalAlignments(): string[][] {
    return this.styles((s) => s.horizontalAlignment ?? 'general');
  }
  getHorizontalAlignment(): string {
    return this.getHorizontalAlignments()[0][0];
  }
  setHorizontalAlignments(alignments: Array<Array<HorizontalAlignment>>): Range {
    return this.setStyles<HorizontalAlignment>(alignments, 'setHorizontalAlignments', (s, v) => ({
      ...s,
      horizontalAlignment: v ?? undefined,
    }));
  }
  setHorizontalAlignment(alignment: HorizontalAlignment): Range {
    return this.restyle((s) => ({ ...s, horizontalAlignment: alignment ?? undefined }));
  }
  setVerticalAlignments(alignments: Array<Array<VerticalAlignment>>): Range {
    return this.setStyles<VerticalAlignment>(alignments, 'setVerticalAlignments', (s, v) => ({
      ...s,
      verticalAlignment: v ?? undefined,
    }));
  }
  setVerticalAlignment(alignment: VerticalAlignment): Range {
    return this.restyle((s) => ({ ...s, verticalAlignment: alignment ?? undefined }));
  }
  getWraps(): boolean[][] {
    return this.styles((s) => s.wrap ?? false);
  }
  getWrap(): boolean {
    return this.getWraps()[0][0];
  }
  setWraps(isWrapEnabled: boolean[][]): Range {
    return this.setStyles<boolean>(isWrapEnabled, 'setWraps', (s, v) => ({
      ...s,
      wrap: v ? true : undefined,
    }));
  }
  setWrap(isWrapEnabled: boolean): Range {
    return this.restyle((s) => ({ ...s, wrap: isWrapEnabled ? true : undefined }));
  }
  /** Borders are not rendered by the emulator; the call is accepted (and counted). */
  setBorder(..._args: unknown[]): Range {
    return this.self();
  }

  // ---- notes, validation, clearing -----------------------------------------------------------

  getNotes(): string[][] {
    return this.styles((s) => s.note ?? '');
  }
  getNote(): string {
    return this.getNotes()[0][0];
  }
  setNotes(notes: Array<Array<string | null>>): Range {
    return this.setStyles<string | null>(notes, 'setNotes', (s, v) => ({
      ...s,
      note: v ? String(v) : undefined,
    }));
  }
  setNote(note: string | null): Range {
    return this.restyle((s) => ({ ...s, note: note ? String(note) : undefined }));
  }
  clearNote(): Range {
    return this.restyle((s) => ({ ...s, note: undefined }));
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range {
    const validation = validationOf(rule);
    return this.restyle((s) => ({ ...s, validation }));
  }
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): Range {
    this.checkShape(rules, 'setDataValidations');
    const specs = rules.map((line) => line.map(validationOf));
    return this.restyle((s, i, j) => ({ ...s, validation: specs[i]?.[j] }));
  }
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const validation = this.workbook.style(this.ref.sheet, this.ref.row, this.ref.column)?.validation;
    if (!validation) return null;
    return asReal(
      new FakeDataValidation(
        {
          ...validation,
          allowInvalid: validation.allowInvalid ?? true,
          helpText: validation.helpText ?? null,
        },
        this.workbook.calls,
      ),
    );
  }
  clearDataValidations(): Range {
    return this.restyle((s) => ({ ...s, validation: undefined }));
  }
  /** Checkboxes are data validation; inserting them sets every cell to false (unchecked). */
  insertCheckboxes(..._values: unknown[]): Range {
    this.restyle((s) => ({ ...s, validation: { criteria: 'CHECKBOX', args: [] } }));
    this.workbook.writeValues(this.ref.sheet, this.ref, this.fill(false));
    return this.self();
  }
  removeCheckboxes(): Range {
    return this.restyle((s) => ({
      ...s,
      validation: s.validation?.criteria === 'CHECKBOX' ? undefined : s.validation,
    }));
  }
  isChecked(): boolean | null {
    const values = this.workbook.computedValues(this.ref.sheet, this.ref).flat();
    if (
      !this.styles((s) => s.validation?.criteria === 'CHECKBOX')
        .flat()
        .every(Boolean)
    )
      return null;
    if (values.every((v) => v === true)) return true;
    if (values.every((v) => v !== true)) return false;
    return null;
  }
  clearContent(): Range {
    this.workbook.clearContents(this.ref.sheet, this.ref);
    return this.self();
  }
  /** Formatting goes; notes and data validation (checkboxes) stay, as in Sheets. */
  clearFormat(): Range {
    return this.restyle((s) => ({ note: s.note, validation: s.validation }));
  }
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    commentsOnly?: boolean;
  }): Range {
    const only =
      options &&
      (options.contentsOnly || options.formatOnly || options.validationsOnly || options.commentsOnly);
    if (!only || options?.contentsOnly) this.clearContent();
    if (!only || options?.formatOnly) this.clearFormat();
    if (options?.validationsOnly) this.clearDataValidations();
    return this.self();
  }

  // ---- developer metadata --------------------------------------------------------------------

  /** Sheets only accepts metadata on whole rows or whole columns (or a sheet, or the spreadsheet). */
  addDeveloperMetadata(...args: [string, ...unknown[]]): Range {
    const { sheet, row, column, numRows, numColumns } = this.ref;
    const wholeRows = column === 1 && numColumns === sheet.maxColumns;
    const wholeColumns = row === 1 && numRows === sheet.maxRows;
    if (!wholeRows && !wholeColumns) {
      throw new Error(
        'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
      );
    }
    const location = wholeRows
      ? { type: 'ROW' as const, sheet, start: row, count: numRows }
      : { type: 'COLUMN' as const, sheet, start: column, count: numColumns };
    addMetadata(this.workbook, location, args);
    return this.self();
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    const { sheet, row, column, numRows, numColumns } = this.ref;
    return metadataViews(this.workbook, (location) => {
      if (location.sheet !== sheet || location.start === undefined || location.count === undefined)
        return false;
      const [from, count] = location.type === 'ROW' ? [row, numRows] : [column, numColumns];
      return location.start === from && location.count === count;
    });
  }
}

/** A rectangle of a sheet, checked against the sheet's size with Sheets' wording. */
export function rangeRefAt(
  sheet: SheetModel,
  row: number,
  column: number,
  numRows = 1,
  numColumns = 1,
): RangeRef {
  if (!Number.isInteger(row) || row < 1) throw new Error('The starting row of the range is too small.');
  if (!Number.isInteger(column) || column < 1)
    throw new Error('The starting column of the range is too small.');
  if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
  if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
  if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns) {
    throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return { sheet, row, column, numRows, numColumns };
}

/** The rectangle behind a Range the add-on passes back to us (for rules, charts). */
export function rangeRefOf(range: Range): RangeRef {
  const raw = unwrap(range) as unknown;
  if (!(raw instanceof FakeRange)) throw new Error('Expected a Range from this spreadsheet.');
  return raw.ref;
}

function validationOf(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): CellStyle['validation'] {
  const raw = unwrap(rule) as unknown;
  if (!(raw instanceof FakeDataValidation)) return undefined;
  const spec = raw.spec;
  return {
    criteria: spec.criteria,
    args: [...spec.args],
    allowInvalid: spec.allowInvalid,
    helpText: spec.helpText,
  };
}
