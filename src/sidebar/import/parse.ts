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

export function parseRows(text: string): ParsedRows {
  const result = Papa.parse<string[]>(text, {
    header: false,
    dynamicTyping: false,
    delimiter: '', // guess
    delimitersToGuess: [...DELIMITERS],
    // Lines with nothing at all are dropped; a line of empty cells stays, for core to count.
    skipEmptyLines: true,
  });
  const quote = result.errors.find((e) => e.code === 'MissingQuotes');
  return {
    rows: result.data,
    delimiter: result.meta.delimiter,
    openQuoteRow: quote && typeof quote.row === 'number' ? quote.row + 1 : null,
  };
}
