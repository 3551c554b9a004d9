/** A rectangle of cells, 1-based like Apps Script. */
export interface GridRect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function columnToLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function lettersToColumn(letters: string): number {
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column;
}

function cellA1(row: number, column: number): string {
  return `${columnToLetters(column)}${row}`;
}

/** 'B2' for one cell, 'B2:D5' otherwise, as Range.getA1Notation() gives it. */
export function rectA1(rect: GridRect): string {
  const start = cellA1(rect.row, rect.column);
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  return `${start}:${cellA1(rect.row + rect.numRows - 1, rect.column + rect.numColumns - 1)}`;
}

/** A sheet name as a formula needs it: quoted unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

interface Corner {
  row: number | null;
  column: number | null;
}

function parseCorner(text: string): Corner | null {
  const match = /^\$?([A-Za-z]{0,3})\$?([0-9]*)$/.exec(text.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  return {
    column: match[1] ? lettersToColumn(match[1]) : null,
    row: match[2] ? Number(match[2]) : null,
  };
}

export interface ParsedA1 {
  sheetName: string | null;
  rect: GridRect;
}

/**
 * Parses 'A1', 'B2:D5', 'A:C', '2:4', 'A2:A' and an optional sheet prefix ("'My sheet'!A1").
 * Open ends reach the sheet's maximum rows or columns. Returns null for text that is not A1.
 */
export function parseA1(a1: string, maxRows: number, maxColumns: number): ParsedA1 | null {
  let sheetName: string | null = null;
  let rest = a1.trim();
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    const prefix = rest.slice(0, bang);
    sheetName = /^'.*'$/.test(prefix) ? prefix.slice(1, -1).replace(/''/g, "'") : prefix;
    rest = rest.slice(bang + 1);
  }
  const parts = rest.split(':');
  if (parts.length > 2) return null;
  const start = parseCorner(parts[0]);
  const end = parts.length === 2 ? parseCorner(parts[1]) : start;
  if (!start || !end) return null;
  if (parts.length === 1 && (start.row === null || start.column === null)) return null;
  const row = start.row ?? 1;
  const column = start.column ?? 1;
  const endRow = end.row ?? (start.row === null || parts.length === 2 ? maxRows : row);
  const endColumn = end.column ?? maxColumns;
  const top = Math.min(row, endRow);
  const left = Math.min(column, endColumn);
  return {
    sheetName,
    rect: {
      row: top,
      column: left,
      numRows: Math.max(row, endRow) - top + 1,
      numColumns: Math.max(column, endColumn) - left + 1,
    },
  };
}
