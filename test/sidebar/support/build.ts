/** Builds dist/Sidebar.html with scripts/build-sidebar.mjs (in a child process: Jest runs CommonJS). */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';

/** npm scripts, jest and the bench all run from the repository root. */
export const ROOT = process.cwd();
export const SIDEBAR_HTML = join(ROOT, 'dist', 'Sidebar.html');

/** Builds the sidebar and returns the path and byte size of the file. */
export function buildSidebarHtml(outFile = SIDEBAR_HTML): { file: string; bytes: number } {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-sidebar.mjs'), '--out', outFile], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  return { file: outFile, bytes: statSync(outFile).size };
}
