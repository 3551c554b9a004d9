import type { Cell } from './description';

/** Builds a sheet's cells by 1-based row and column, the way one thinks of a sheet. */
export class Grid {
  readonly cells: (Cell | null)[][] = [];
  readonly rowKeys: Record<number, string> = {};
  readonly colKeys: Record<number, string> = {};

  /** Names a row or column for good: values typed there follow the key, not the position. */
  keyRow(row: number, key: string): void {
    this.rowKeys[row] = key;
  }

  keyColumn(col: number, key: string): void {
    this.colKeys[col] = key;
  }

  set(row: number, col: number, cell: Cell): void {
    while (this.cells.length < row) this.cells.push([]);
    const line = this.cells[row - 1];
    if (!line) throw new RangeError(`Row ${row}: rows count from 1`);
    while (line.length < col) line.push(null);
    line[col - 1] = { ...(line[col - 1] ?? {}), ...cell };
  }

  text(row: number, col: number, text: string, style: Omit<Cell, 'text'> = {}): void {
    this.set(row, col, { text, ...style });
  }

  formula(row: number, col: number, formula: string, style: Omit<Cell, 'formula'> = {}): void {
    this.set(row, col, { formula, ...style });
  }

  value(row: number, col: number, value: number | boolean, style: Omit<Cell, 'value'> = {}): void {
    this.set(row, col, { value, ...style });
  }

  /** Styles every cell of a row from `fromCol` to `toCol` (e.g. a header band). */
  band(row: number, fromCol: number, toCol: number, style: Omit<Cell, 'text' | 'formula' | 'value'>): void {
    for (let col = fromCol; col <= toCol; col++) this.set(row, col, style);
  }
}
