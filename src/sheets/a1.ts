/** Column letters for a 1-based column number: 1 -> A, 27 -> AA. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A1 address of a 1-based cell; `abs` makes it $A$1. */
export function a1(row: number, col: number, abs = false): string {
  return abs ? `$${columnLetter(col)}$${row}` : `${columnLetter(col)}${row}`;
}

/** A sheet name as formulas must quote it: 'KPI Tree'!, with quotes doubled. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

/** A cross-sheet reference: 'Sheet'!$B$5. */
export function ref(sheet: string, row: number, col: number, abs = true): string {
  return `${sheetRef(sheet)}${a1(row, col, abs)}`;
}

/**
 * The text in `cell` as a lookup or criterion pattern that matches only itself: Sheets (and Excel)
 * read * ? ~ in VLOOKUP keys and COUNTIFS criteria as wildcards unless a ~ escapes them.
 */
export function literal(cell: string): string {
  return `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${cell},"~","~~"),"*","~*"),"?","~?")`;
}

/**
 * A COUNTIFS/SUMIFS criterion matching the text in `cell` as it is: a channel called "Paid*" or
 * "A?B" counts only its own records (its * ? ~ are no wildcards).
 */
export function exactly(cell: string): string {
  return `"="&${literal(cell)}`;
}

/**
 * A formula expression for a text whose `{name}` placeholders are live: each is the number
 * `values[name]` (a formula expression) shown grouped, the rest is the text as written.
 */
export function liveText(template: string, values: Record<string, string>): string {
  const parts = template.split(/\{(\w+)\}/);
  return parts
    .map((part, i) => {
      if (i % 2 === 0) return part === '' ? null : `"${part.replace(/"/g, '""')}"`;
      const value = values[part];
      return value === undefined ? `"{${part}}"` : `TEXT(${value},"#,##0")`;
    })
    .filter((part) => part !== null)
    .join('&');
}
