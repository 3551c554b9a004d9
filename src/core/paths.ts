/** Dotted paths into a plan ("stages.1.rate"): how validation issues, sheet inputs and the wizard's fields name a value. */

type Container = Record<string, unknown> | unknown[];

/** Reads a value at a dotted path ("stages.1.rate") of a plan. */
export function getAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Writes a value at a dotted path; every step but the last must exist. */
export function setAt(root: unknown, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  const parent = getAt(root, keys.join('.') || '') as Container | undefined;
  const target = keys.length ? parent : (root as Container);
  if (target === null || typeof target !== 'object') throw new Error(`no field at ${path}`);
  (target as Record<string, unknown>)[last] = value;
}
