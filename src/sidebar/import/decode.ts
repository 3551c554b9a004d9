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
