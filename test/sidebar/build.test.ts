/** scripts/build-sidebar.mjs: one self-contained file, under budget, nothing Apps Script would misread. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSidebarHtml, ROOT } from './support/build';

/** Calls sidebarProblems() of the build script (an ES module) in a child Node process; the HTML goes in on stdin. */
function problems(html: string): string[] {
  const script = `import(${JSON.stringify(join(ROOT, 'scripts', 'build-sidebar.mjs'))}).then((m) => {
    process.stdout.write(JSON.stringify(m.sidebarProblems(require('node:fs').readFileSync(0, 'utf8'))));
  });`;
  const out = execFileSync(process.execPath, ['-e', script], { input: html });
  return JSON.parse(out.toString());
}

describe('Sidebar.html', () => {
  const { file, bytes } = buildSidebarHtml();
  const html = readFileSync(file, 'utf8');

  test('inlines the CSS and the client bundle into one small file', () => {
    expect(bytes).toBeLessThan(151 * 1024);
    expect(html).toMatch(/<style>[\s\S]*--accent[\s\S]*<\/style>/);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/i);
    // CSS loads nothing either (the script may say createObjectURL: Papa Parse's unused worker code).
    const css = /<style>([\s\S]*)<\/style>/.exec(html)?.[1] ?? '';
    expect(css).not.toMatch(/@import|url\(/i);
    expect(html).toContain('UndetectableDelimiter'); // Papa Parse is inlined, not fetched
    expect(html).not.toContain('build:');
    expect(problems(html)).toEqual([]);
  });

  test('the checks refuse network URLs, scriptlet markers and oversize files', () => {
    expect(problems('<link href="https://fonts.example/x.css">')[0]).toMatch(/network URL/);
    expect(problems('<script>if (a <?b) {}</script>')[0]).toMatch(/scriptlet/);
    expect(problems('x'.repeat(152 * 1024))[0]).toMatch(/budget/);
  });
});
