/**
 * One way to compare what files write: full-width and half-width alike (NFKC), case-blind, and
 * blind to spaces, underscores, hyphens and middle dots, so "Create Date", "createdate",
 * "Ｃｒｅａｔｅ Ｄａｔｅ" and "create_date" are one header.
 */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-・･]/g, '');
}

/** A cell as text: what a CSV parser gives, or '' where a short row has no cell. */
export function cellAt(row: readonly string[], index: number | undefined): string {
  if (index === undefined || index < 0) return '';
  const value = row[index];
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

/** Distinct trimmed values, most frequent first (first seen first among equals), at most `limit`. */
export function distinctValues(values: Iterable<string>, limit = 200): string[] {
  const counts = new Map<string, number>();
  for (const raw of values) {
    const value = raw.trim();
    if (value !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const order = [...counts.keys()];
  const rank = new Map(order.map((v, i) => [v, i]));
  return order
    .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (rank.get(a) ?? 0) - (rank.get(b) ?? 0))
    .slice(0, limit);
}

/** A map entry set for `key` itself (not one inherited, such as "constructor"), else undefined. */
export function own<T>(map: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}
