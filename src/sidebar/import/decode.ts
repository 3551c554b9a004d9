/**
 * Bytes of an export -> text, the way the tools marketers use write files: UTF-8 (with or without a
 * BOM), Excel's "Unicode text" (UTF-16 with a BOM) or, from Japanese tools and Excel, Shift_JIS.
 */
export type FileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis';

export interface Decoded {
  text: string;
  encoding: FileEncoding;
  /** Characters that did not decode and became U+FFFD (only Shift_JIS is read leniently). */
  replaced: number;
}

const REPLACEMENT = /\uFFFD/g;

function lenient(encoding: FileEncoding, bytes: Uint8Array): Decoded {
  // The decoder drops a leading BOM itself (ignoreBOM is false by default).
  const text = new TextDecoder(encoding).decode(bytes);
  return { text, encoding, replaced: (text.match(REPLACEMENT) ?? []).length };
}

/**
 * What bytes are when they are no text export: a zip (an .xlsx workbook is one), an Excel 97-2003
 * workbook (.xls, an OLE file), or something else binary.
 */
export type NotText = 'zip' | 'xls' | 'binary';

/** Thrown for a file that cannot be imported: an .xls, a zip that is no .xlsx, or a binary file. */
export class NotTextError extends Error {
  constructor(readonly kind: 'xls' | 'locked' | 'badXlsx' | 'bigXlsx' | 'markup' | 'binary') {
    super(kind);
    this.name = 'NotTextError';
  }
}

const starts = (bytes: Uint8Array, head: number[]) => head.every((b, i) => bytes[i] === b);

/** What kind of binary file the bytes are, or null for text. */
export function notText(bytes: Uint8Array): NotText | null {
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'xls';
  if (starts(bytes, [0xff, 0xfe]) || starts(bytes, [0xfe, 0xff])) return null;
  // Text never holds a NUL byte in UTF-8 or Shift_JIS; images, PDFs and archives do early on.
  return bytes.subarray(0, 4096).includes(0) ? 'binary' : null;
}

/** "EncryptedPackage" in UTF-16: the stream a password-protected .xlsx keeps inside its OLE file. */
const ENCRYPTED = [...'EncryptedPackage'].flatMap((ch) => [ch.charCodeAt(0), 0]);

/** Whether an OLE file is a password-protected workbook rather than an Excel 97-2003 one. */
export function isEncryptedWorkbook(bytes: Uint8Array): boolean {
  const head = ENCRYPTED[0] as number;
  for (let i = bytes.indexOf(head); i >= 0; i = bytes.indexOf(head, i + 1))
    if (ENCRYPTED.every((b, j) => bytes[i + j] === b)) return true;
  return false;
}

/** Text that is a web page or XML, not rows: what some tools save under an .xls name. */
export const isMarkup = (text: string) => /^\s*<(!doctype\s+html|html|table|\?xml)\b/i.test(text);

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return lenient('utf-16le', bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return lenient('utf-16be', bytes);
  try {
    // Strict: one invalid sequence means the file is not UTF-8 at all, most likely Shift_JIS.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'utf-8', replaced: 0 };
  } catch {
    return lenient('shift_jis', bytes);
  }
}
