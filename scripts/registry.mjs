// Loads src/functions/registry.ts in Node: the single source the build (stubs, JSDoc) and the
// README function reference are generated from.
import { build } from 'esbuild';
import { join } from 'node:path';

export async function loadRegistry(root) {
  const result = await build({
    entryPoints: [join(root, 'src/functions/registry.ts')],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    logLevel: 'silent',
  });
  const module = { exports: {} };
  new Function('module', 'exports', result.outputFiles[0].text)(module, module.exports);
  return module.exports.CUSTOM_FUNCTIONS;
}
