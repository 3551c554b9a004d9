/** A picked file or pasted text, read into rows in the browser: nothing leaves it before the preview. */
import { decodeBytes, type FileEncoding } from './decode';
import { parseRows } from './parse';

export interface ImportSource {
  fileName: string;
  /** Header row first, every value a string. */
  rows: string[][];
  encoding: FileEncoding | 'pasted';
  delimiter: string;
  /** Characters that did not decode. */
  replaced: number;
  openQuoteRow: number | null;
}

export function sourceFromText(
  fileName: string,
  text: string,
  encoding: ImportSource['encoding'],
  replaced = 0,
): ImportSource {
  const { rows, delimiter, openQuoteRow } = parseRows(text);
  return { fileName, rows, encoding, delimiter, replaced, openQuoteRow };
}

export async function readFile(file: File): Promise<ImportSource> {
  const decoded = decodeBytes(new Uint8Array(await file.arrayBuffer()));
  return sourceFromText(file.name, decoded.text, decoded.encoding, decoded.replaced);
}
