import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

/** npm scripts and jest run from the repository root. */
export const CODE_JS = join(process.cwd(), 'dist', 'Code.js');

export interface LoadedBundle {
  context: vm.Context;
  source: string;
  /** Calls a top-level function the way Apps Script does: by its global name. */
  call(name: string, ...args: unknown[]): unknown;
}

/**
 * Loads dist/Code.js in a context holding only what Apps Script has: no require, process or timers.
 * The given services are visible, but touching any of them while the file loads throws.
 */
export function loadBundle(services: Record<string, unknown> = {}): LoadedBundle {
  const source = readFileSync(CODE_JS, 'utf8');
  let loading = true;
  const sandbox: Record<string, unknown> = {};
  for (const [name, service] of Object.entries(services)) {
    Object.defineProperty(sandbox, name, {
      get() {
        if (loading) throw new Error(`${name} was touched while Code.js loaded`);
        return service;
      },
    });
  }
  const context = vm.createContext(sandbox);
  new vm.Script(source, { filename: 'Code.js' }).runInContext(context);
  loading = false;
  return {
    context,
    source,
    call(name, ...args) {
      const fn = vm.runInContext(`typeof ${name} === 'function' ? ${name} : undefined`, context);
      if (!fn) throw new Error(`${name} is not a top-level function in Code.js`);
      return fn(...args);
    },
  };
}

export function sessionWithLocale(locale: string) {
  return { getActiveUserLocale: () => locale };
}
