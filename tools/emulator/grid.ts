/** A sparse 0-based grid of per-cell data that follows rows and columns when they move. */
export class Grid<T> {
  private rows: (Array<T | undefined> | undefined)[] = [];

  get(row: number, column: number): T | undefined {
    return this.rows[row]?.[column];
  }

  set(row: number, column: number, value: T | undefined): void {
    if (value === undefined) {
      const line = this.rows[row];
      if (line) delete line[column];
      return;
    }
    (this.rows[row] ??= [])[column] = value;
  }

  /** Updates one cell through a function of its current value (undefined removes it). */
  update(row: number, column: number, change: (current: T | undefined) => T | undefined): void {
    this.set(row, column, change(this.get(row, column)));
  }

  insertRows(index: number, count: number): void {
    if (index < this.rows.length) this.rows.splice(index, 0, ...new Array<undefined>(count));
  }

  removeRows(index: number, count: number): void {
    this.rows.splice(index, count);
  }

  insertColumns(index: number, count: number): void {
    for (const line of this.rows) {
      if (line && index < line.length) line.splice(index, 0, ...new Array<undefined>(count));
    }
  }

  removeColumns(index: number, count: number): void {
    for (const line of this.rows) line?.splice(index, count);
  }

  clear(): void {
    this.rows = [];
  }

  /** Rows and columns up to the last cell holding data. */
  extent(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    this.rows.forEach((line, r) => {
      line?.forEach((value, c) => {
        if (value !== undefined) {
          rows = Math.max(rows, r + 1);
          columns = Math.max(columns, c + 1);
        }
      });
    });
    return { rows, columns };
  }
}
