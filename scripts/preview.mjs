// `npm start` (after `npm run build`): bundles tools/preview/server.ts into node_modules/.cache and serves
// the preview on 127.0.0.1. Port: --port N, else PORT, else 8765. Also --locale ja, --dist DIR.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();

function option(flag) {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function fail(message) {
  console.error(`preview: ${message}`);
  process.exit(1);
}

const portText = option('--port') ?? process.env.PORT ?? '8765';
const port = Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`"${portText}" is not a port number`);
const distDir = option('--dist') ?? join(root, 'dist');
if (!existsSync(join(distDir, 'Code.js'))) fail('dist/Code.js is missing: run `npm run build` first');

const outfile = join(root, 'node_modules', '.cache', 'kpi-preview', 'server.cjs');
await build({
  entryPoints: [join(root, 'tools', 'preview', 'server.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});

const { startPreview } = createRequire(import.meta.url)(outfile);
let preview;
try {
  preview = await startPreview({
    port,
    locale: option('--locale') ?? 'en_US',
    distDir,
    sourceDir: join(root, 'tools', 'preview'),
  });
} catch (error) {
  if (error && error.code === 'EADDRINUSE') fail(`port ${port} is in use; try PORT=8766 npm start`);
  fail(error && error.message ? error.message : String(error));
}

console.log(`KPI Tree Builder preview: ${preview.url}`);
console.log(`(ready in ${Date.now() - started} ms; Ctrl-C to stop)`);

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  preview.close().then(() => process.exit(0));
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
