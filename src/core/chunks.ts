import type { Plan } from './plan';

/** Apps Script refuses property values over 9 KB; stay well under it, in UTF-8 bytes. */
export const CHUNK_BYTES = 8000;

/**
 * The most a plan may take in the document properties, as JSON in UTF-8 (Apps Script keeps about
 * 500 KB per store, for every plan of the spreadsheet and its bookkeeping). Validation refuses a
 * larger plan, so the server can refuse it before any sheet is touched.
 */
export const MAX_PLAN_BYTES = 100_000;

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Bytes a text takes in UTF-8. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (const ch of text) bytes += utf8Length(ch.codePointAt(0) as number);
  return bytes;
}

/** Splits text into pieces of at most `maxBytes` UTF-8 bytes, never inside a character. */
export function splitByBytes(text: string, maxBytes = CHUNK_BYTES): string[] {
  const pieces: string[] = [];
  let start = 0;
  let bytes = 0;
  let i = 0;
  while (i < text.length) {
    const codePoint = text.codePointAt(i) as number;
    const width = utf8Length(codePoint);
    const units = codePoint > 0xffff ? 2 : 1;
    if (bytes + width > maxBytes) {
      pieces.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += width;
    i += units;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** What a plan takes in storage: its JSON text, as the plan store writes it, in UTF-8 bytes. */
export function planStorageBytes(plan: Plan): number {
  return utf8ByteLength(JSON.stringify(plan));
}

/** Apps Script's document property store holds about 500 KB; the plans keep room for drafts and reviews. */
export const STORE_BYTES = 500 * 1024;
