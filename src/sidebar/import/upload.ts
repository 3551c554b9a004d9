/**
 * How rows travel to the server: google.script.run carries one call's arguments in one request, so a
 * large file goes as chunks of data rows, each with the header row first, so every chunk is a whole
 * table on its own. The server replaces the previous records only when the last chunk has arrived.
 */

/** Data rows per applyImport call. */
export const CHUNK_ROWS = 2000;
/** Data rows sent to previewImport: enough to see the columns and values, quick to check. */
export const PREVIEW_ROWS = 5000;

/** The header row then the first `limit` data rows. */
export function previewRows(rows: string[][], limit = PREVIEW_ROWS): string[][] {
  return rows.slice(0, limit + 1);
}

/** Header row + at most `size` data rows per chunk; a header-only table is one chunk. */
export function uploadChunks(rows: string[][], size = CHUNK_ROWS): string[][][] {
  const [header, ...data] = rows;
  if (!header) return [];
  if (data.length === 0) return [[header]];
  const chunks: string[][][] = [];
  for (let start = 0; start < data.length; start += size)
    chunks.push([header, ...data.slice(start, start + size)]);
  return chunks;
}

/** A random id for one upload, so the server keeps the chunks of two imports apart. */
export function uploadId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
