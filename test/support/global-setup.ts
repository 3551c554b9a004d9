/** Before any test file: builds dist/ when it is missing or older than its sources, once. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { distStaleness, ROOT } from './dist';

export default function globalSetup(): void {
  const why = distStaleness();
  if (!why) return;
  console.log(`\njest: building dist/ (${why})`);
  try {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  } catch {
    throw new Error('jest: the build failed (see above); fix it, or run npm run build, before testing');
  }
  const still = distStaleness();
  if (still) throw new Error(`jest: dist/ is still out of date after building: ${still}`);
}
