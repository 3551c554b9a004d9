import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { loadCode } from '../../tools/emulator/load-code';
import { assertDistFresh, ROOT } from './dist';

export const CODE_JS = join(ROOT, 'dist', 'Code.js');

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
  assertDistFresh();
  const source = readFileSync(CODE_JS, 'utf8');
  const context = loadCode(source, services);
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
