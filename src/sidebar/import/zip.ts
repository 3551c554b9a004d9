/**
 * Reads the files of a zip archive (an .xlsx is one) in the browser: the central directory for the
 * names, then each wanted entry stored or deflated, inflated with the browser's DecompressionStream.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The most an entry may unpack to: a sheet of 2.5 million cells, the import's limit, is about 100 MB. */
export const MAX_ENTRY_BYTES = 160 * 1024 * 1024;

/** Thrown when an entry unpacks to more than MAX_ENTRY_BYTES. */
export class ZipTooLargeError extends Error {
  constructor() {
    super('entry too large');
    this.name = 'ZipTooLargeError';
  }
}

export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipError';
  }
}

interface Entry {
  method: number;
  size: number;
  offset: number;
}

/** The entries of an archive by name. Throws ZipError when the bytes are no readable zip. */
export function zipEntries(bytes: Uint8Array): Map<string, Entry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError('no zip directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names = new TextDecoder();
  const entries = new Map<string, Entry>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL)
      throw new ZipError('broken zip directory');
    const nameLength = view.getUint16(at + 28, true);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, {
      method: view.getUint16(at + 10, true),
      size: view.getUint32(at + 20, true),
      offset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** The text of one entry (UTF-8), or null when the archive has no such entry. */
export async function zipText(
  bytes: Uint8Array,
  entries: Map<string, Entry>,
  name: string,
): Promise<string | null> {
  const entry = entries.get(name);
  if (!entry) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.offset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL)
    throw new ZipError(`broken entry ${name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.size);
  if (entry.method === 0) {
    if (data.length > MAX_ENTRY_BYTES) throw new ZipTooLargeError();
    return new TextDecoder().decode(data);
  }
  if (entry.method !== 8) throw new ZipError(`unsupported compression in ${name}`);
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  // Inflated piece by piece, and stopped past the limit: a small file may unpack to gigabytes.
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    total += value.length;
    if (total > MAX_ENTRY_BYTES) {
      await reader.cancel();
      throw new ZipTooLargeError();
    }
    text += decoder.decode(value, { stream: true });
  }
}
