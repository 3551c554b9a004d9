/**
 * Whether dist/ is current: tests that load dist/Code.js or dist/Sidebar.html must not run an old
 * build. jest's global setup builds when it is not (test/support/global-setup.ts); the loaders only
 * check, so parallel workers never build at the same time.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** npm scripts, jest and the bench run from the repository root. */
export const ROOT = process.cwd();

/** What scripts/build.mjs writes, and everything it reads. */
const OUTPUTS = ['dist/Code.js', 'dist/Sidebar.html', 'dist/appsscript.json'];
const INPUTS = [
  'src',
  'appsscript.json',
  'scripts/build.mjs',
  'scripts/build-sidebar.mjs',
  'scripts/registry.mjs',
];

function newestFile(path: string): { path: string; mtimeMs: number } | null {
  if (!existsSync(path)) return null;
  const stat = statSync(path);
  if (!stat.isDirectory()) return { path, mtimeMs: stat.mtimeMs };
  let newest: { path: string; mtimeMs: number } | null = null;
  for (const entry of readdirSync(path)) {
    const found = newestFile(join(path, entry));
    if (found && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
  }
  return newest;
}

/** Why dist/ under `root` is not current (an output missing, an input changed since), or null. */
export function distStaleness(root = ROOT): string | null {
  const missing = OUTPUTS.find((file) => !existsSync(join(root, file)));
  if (missing) return `${missing} is missing`;
  const built = Math.min(...OUTPUTS.map((file) => statSync(join(root, file)).mtimeMs));
  for (const input of INPUTS) {
    const newest = newestFile(join(root, input));
    if (newest && newest.mtimeMs > built)
      return `${relative(root, newest.path)} changed after dist/ was built`;
  }
  return null;
}

const fresh = new Set<string>();

/** Throws unless dist/ is current; checked once per process and root (the check walks src/). */
export function assertDistFresh(root = ROOT): void {
  if (fresh.has(root)) return;
  const why = distStaleness(root);
  if (why) throw new Error(`dist/ is out of date: ${why}. Run npm run build.`);
  fresh.add(root);
}
