/**
 * Text of an export -> rows of strings, with Papa Parse: RFC 4180 quoting (line breaks inside quoted
 * fields), the delimiter guessed among comma, tab and semicolon, and every value kept as the text it
 * was ("+1", "=HYPERLINK(...)" and "0012" stay strings; core and the server decide what they mean).
 */
import Papa from 'papaparse';

export const DELIMITERS = [',', '\t', ';'] as const;

export interface ParsedRows {
  rows: string[][];
  delimiter: string;
  /** 1-based row where a quote opened and never closed (the rest of the file is then one cell), or null. */
  openQuoteRow: number | null;
}

// Excel's first-line hint "sep=;" names the delimiter; it is no row of the export.
const SEP_LINE = /^\uFEFF?sep=(.)\r?\n/i;

export function parseRows(text: string): ParsedRows {
  const sep = SEP_LINE.exec(text);
  const body = sep ? text.slice(sep[0].length) : text;
  const result = Papa.parse<string[]>(body, {
    header: false,
    dynamicTyping: false,
    delimiter: sep?.[1] ?? '', // else guessed
    delimitersToGuess: [...DELIMITERS],
    // Lines with nothing at all are dropped; a line of empty cells stays, for core to count.
    skipEmptyLines: true,
  });
  const quote = result.errors.find((e) => e.code === 'MissingQuotes');
  return {
    rows: result.data,
    delimiter: result.meta.delimiter,
    openQuoteRow: quote && typeof quote.row === 'number' ? quote.row + (sep ? 2 : 1) : null,
  };
}
