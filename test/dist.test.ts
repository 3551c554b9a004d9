import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { assertDistFresh, distStaleness } from './support/dist';

/** A repository-shaped folder whose files all carry the time `at` (seconds). */
function tree(files: string[], at: number): string {
  const root = mkdtempSync(join(tmpdir(), 'kpi-dist-'));
  for (const file of files) touch(root, file, at);
  return root;
}

function touch(root: string, file: string, at: number): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), '');
  utimesSync(join(root, file), at, at);
}

const SOURCES = ['src/server/main.ts', 'src/sidebar/style.css', 'appsscript.json', 'scripts/build.mjs'];
const BUILT = ['dist/Code.js', 'dist/Sidebar.html', 'dist/appsscript.json'];

describe('tests run the current build of dist/', () => {
  test('dist/ built after every source is current', () => {
    const root = tree(SOURCES, 1000);
    for (const file of BUILT) touch(root, file, 2000);
    expect(distStaleness(root)).toBeNull();
    expect(() => assertDistFresh(root)).not.toThrow();
  });

  test('a source changed after the build, or a build script, makes it stale, naming the file', () => {
    const root = tree(SOURCES, 1000);
    for (const file of BUILT) touch(root, file, 2000);
    touch(root, 'src/core/deep/new-file.ts', 3000);
    expect(distStaleness(root)).toBe('src/core/deep/new-file.ts changed after dist/ was built');
    expect(() => assertDistFresh(root)).toThrow(
      'dist/ is out of date: src/core/deep/new-file.ts changed after dist/ was built. Run npm run build.',
    );

    const script = tree(SOURCES, 1000);
    for (const file of BUILT) touch(script, file, 2000);
    touch(script, 'scripts/build.mjs', 2500);
    expect(distStaleness(script)).toBe('scripts/build.mjs changed after dist/ was built');
  });

  test('the oldest output counts, and a missing one is named', () => {
    const root = tree(SOURCES, 1000);
    touch(root, 'dist/Code.js', 900);
    touch(root, 'dist/Sidebar.html', 2000);
    touch(root, 'dist/appsscript.json', 2000);
    expect(distStaleness(root)).toMatch(/changed after dist\/ was built$/);
    const missing = tree(SOURCES, 1000);
    touch(missing, 'dist/Code.js', 2000);
    expect(distStaleness(missing)).toBe('dist/Sidebar.html is missing');
  });

  test('this repository: npm test and jest run on a current dist/', () => {
    expect(distStaleness()).toBeNull();
  });
});
