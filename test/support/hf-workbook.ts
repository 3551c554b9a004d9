import { HyperFormula, type RawCellContent } from 'hyperformula';
import { cellContent } from '../../src/sheets/applier';
import type { Cell, WorkbookDescription } from '../../src/sheets/description';

export interface EvaluatedWorkbook {
  hf: HyperFormula;
  /** Computed value of a 1-based cell on a sheet. */
  value(sheet: string, row: number, col: number): unknown;
  set(sheet: string, row: number, col: number, content: unknown): void;
}

/**
 * What the applier passes to setValues for the cell, as Sheets takes it: '' clears the cell (where
 * HyperFormula would keep an empty string); a leading apostrophe makes text in both.
 */
function content(cell: Cell | null): RawCellContent {
  const written = cellContent(cell);
  return written === '' ? null : written;
}

/** Loads a workbook description into HyperFormula, the way the applier writes it into Sheets. */
export function evaluate(workbook: WorkbookDescription): EvaluatedWorkbook {
  // No smart rounding: Sheets and the core compute on plain doubles.
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', smartRounding: false });
  for (const sheet of workbook.sheets) hf.addSheet(sheet.name);
  hf.batch(() => {
    for (const sheet of workbook.sheets) {
      hf.setSheetContent(
        hf.getSheetId(sheet.name)!,
        sheet.cells.map((row) => row.map(content)),
      );
    }
  });
  const id = (sheet: string) => {
    const found = hf.getSheetId(sheet);
    if (found === undefined) throw new Error(`no sheet ${sheet}`);
    return found;
  };
  return {
    hf,
    value: (sheet, row, col) => hf.getCellValue({ sheet: id(sheet), row: row - 1, col: col - 1 }),
    set: (sheet, row, col, value) =>
      hf.setCellContents({ sheet: id(sheet), row: row - 1, col: col - 1 }, [[value as never]]),
  };
}
