/**
 * The browser side of the preview: page.ts and the google.script.run shim bundled with esbuild at
 * start-up (well under a second), page.html and page.css read from tools/preview.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PreviewAssets {
  pageHtml: string;
  pageJs: string;
  pageCss: string;
  shimJs: string;
}

/** tools/preview, whether this runs from source (tests) or from a bundle (npm start passes it). */
export function defaultSourceDir(): string {
  const here = typeof __dirname === 'string' ? __dirname : null;
  return here && existsSync(join(here, 'page.ts')) ? here : join(process.cwd(), 'tools', 'preview');
}

export async function buildAssets(sourceDir: string): Promise<PreviewAssets> {
  const result = await build({
    entryPoints: { page: join(sourceDir, 'page.ts'), shim: join(sourceDir, 'client', 'sidebar-shim.ts') },
    bundle: true,
    write: false,
    outdir: join(sourceDir, 'out'),
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const output = (name: string) => {
    const file = result.outputFiles.find((f) => f.path.endsWith(`${name}.js`));
    if (!file) throw new Error(`the preview bundle has no ${name}.js`);
    return file.text;
  };
  const shimJs = output('shim');
  if (/<\/script/i.test(shimJs)) throw new Error('the sidebar shim contains "</script"');
  return {
    pageHtml: readFileSync(join(sourceDir, 'page.html'), 'utf8'),
    pageJs: output('page'),
    pageCss: readFileSync(join(sourceDir, 'page.css'), 'utf8'),
    shimJs,
  };
}

/** The sidebar's own HTML with the google.script.run shim placed before any of its scripts. */
export function withShim(html: string, shimJs: string, config: { lang: string }): string {
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  const tag = `<script>window.__kpiPreview=${json};\n${shimJs}</script>`;
  const head =
    /<head(?:\s[^>]*)?>/i.exec(html) ?? /<html(?:\s[^>]*)?>/i.exec(html) ?? /<!doctype[^>]*>/i.exec(html);
  if (!head) return tag + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + tag + html.slice(at);
}
