// Builds dist/Sidebar.html: the sidebar client bundled with esbuild and inlined, with its CSS, into
// src/sidebar/index.html (`node scripts/build-sidebar.mjs [--out FILE]`). Apps Script serves it with createHtmlOutputFromFile, so the file must be
// self-contained (nothing from the network) and free of "<?", which a template would read as a scriptlet.
import { build, transform } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MAX_SIDEBAR_BYTES = 151 * 1024;
const CSS_SLOT = '<!-- build:css -->';
const JS_SLOT = '<!-- build:js -->';

/** Checks the finished page; returns the list of problems (empty when it is fine). */
export function sidebarProblems(html) {
  const problems = [];
  const url = /https?:\/\/[^\s"'`)<>]*/i.exec(html);
  if (url)
    problems.push(`it references a network URL (${url[0]}); the sidebar must load nothing from the network`);
  if (html.includes('<?')) problems.push('it contains "<?", which Apps Script would read as a scriptlet');
  const bytes = Buffer.byteLength(html);
  if (bytes > MAX_SIDEBAR_BYTES)
    problems.push(`it is ${bytes} bytes, over the ${MAX_SIDEBAR_BYTES}-byte budget`);
  return problems;
}

/** Bundles and inlines the sidebar into `outFile`; returns its size in bytes. Throws on any problem. */
export async function buildSidebar({ root, outFile = join(root, 'dist', 'Sidebar.html') } = {}) {
  const dir = join(root, 'src', 'sidebar');
  const result = await build({
    entryPoints: [join(dir, 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const js = result.outputFiles[0].text;
  // Minified like the script: comments and indentation are a good share of the size budget.
  const css = (
    await transform(readFileSync(join(dir, 'style.css'), 'utf8'), {
      loader: 'css',
      minify: true,
      target: 'chrome90',
      logLevel: 'silent',
    })
  ).code;
  const template = readFileSync(join(dir, 'index.html'), 'utf8');
  if (!template.includes(CSS_SLOT) || !template.includes(JS_SLOT)) {
    throw new Error(`src/sidebar/index.html must contain ${CSS_SLOT} and ${JS_SLOT}`);
  }
  if (/<\/script/i.test(js))
    throw new Error('the bundle contains "</script", which would end the inline script');
  if (/<\/style/i.test(css)) throw new Error('style.css contains "</style"');
  // Replacer functions: a "$&" or "$'" inside the bundle must stay literal.
  const html = template
    .replace(CSS_SLOT, () => `<style>\n${css.trim()}\n</style>`)
    .replace(JS_SLOT, () => `<script>\n${js.trim()}\n</script>`);
  const problems = sidebarProblems(html);
  if (problems.length) throw new Error(`Sidebar.html: ${problems.join('; ')}`);
  mkdirSync(dirname(outFile), { recursive: true });
  // Write then rename, so parallel test workers never read a half-written file.
  const temp = `${outFile}.${process.pid}.tmp`;
  writeFileSync(temp, html);
  renameSync(temp, outFile);
  return Buffer.byteLength(html);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const at = process.argv.indexOf('--out');
  const outFile = at > 0 ? resolve(process.argv[at + 1]) : join(root, 'dist', 'Sidebar.html');
  buildSidebar({ root, outFile }).then(
    (bytes) => console.log(`build: ${outFile} ${(bytes / 1024).toFixed(1)} KB`),
    (error) => {
      console.error(`build failed: ${error.message}`);
      process.exit(1);
    },
  );
}
