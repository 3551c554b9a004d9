/** A picked file or pasted text, read into rows in the browser: nothing leaves it before the preview. */
import {
  decodeBytes,
  isEncryptedWorkbook,
  isMarkup,
  notText,
  NotTextError,
  type FileEncoding,
} from './decode';
import { parseRows } from './parse';
import { xlsxRows, XlsxTooLargeError } from './xlsx';
import { ZipTooLargeError } from './zip';

export interface ImportSource {
  fileName: string;
  /** Header row first, every value a string. */
  rows: string[][];
  encoding: FileEncoding | 'pasted' | 'sheet' | 'xlsx';
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

/** The rows of a sheet of this spreadsheet, as the server read them (text cells, header first). */
export function sourceFromSheet(sheet: string, rows: string[][]): ImportSource {
  return { fileName: sheet, rows, encoding: 'sheet', delimiter: '', replaced: 0, openQuoteRow: null };
}

/** The first sheet of an .xlsx; any zip that is none (or is broken) is refused. */
async function workbookRows(bytes: Uint8Array): Promise<string[][]> {
  try {
    return await xlsxRows(bytes);
  } catch (error) {
    const big = error instanceof ZipTooLargeError || error instanceof XlsxTooLargeError;
    throw new NotTextError(big ? 'bigXlsx' : 'badXlsx');
  }
}

export async function readFile(file: File): Promise<ImportSource> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = notText(bytes);
  if (kind === 'zip') return { ...sourceFromSheet(file.name, await workbookRows(bytes)), encoding: 'xlsx' };
  if (kind === 'xls' && isEncryptedWorkbook(bytes)) throw new NotTextError('locked');
  if (kind) throw new NotTextError(kind);
  const decoded = decodeBytes(bytes);
  if (isMarkup(decoded.text)) throw new NotTextError('markup');
  return sourceFromText(file.name, decoded.text, decoded.encoding, decoded.replaced);
}
