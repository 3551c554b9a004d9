import vm from 'node:vm';

/** Language built-ins the environment replaces (Date, for its clock): usable while loading. */
const BUILT_INS = new Set(['Date']);

/** Runs Code.js in a context holding only the Apps Script services, which it may not touch while loading. */
export function loadCode(source: string, services: Record<string, unknown>): vm.Context {
  let loading = true;
  const sandbox: Record<string, unknown> = {};
  for (const [name, service] of Object.entries(services)) {
    if (BUILT_INS.has(name)) {
      sandbox[name] = service;
      continue;
    }
    Object.defineProperty(sandbox, name, {
      enumerable: true,
      get() {
        if (loading) throw new Error(`Code.js touched ${name} while loading; Apps Script forbids that.`);
        return service;
      },
    });
  }
  const context = vm.createContext(sandbox);
  new vm.Script(source, { filename: 'Code.js' }).runInContext(context);
  loading = false;
  return context;
}

/** Lets the workbook's cells call the loaded script's custom functions, as top-level functions by name. */
export function connectCustomFunctions(
  context: vm.Context,
  env: { bindCustomFunctions(call: (name: string, args: unknown[]) => unknown): void },
): void {
  env.bindCustomFunctions((name, args) => {
    const fn: unknown = context[name];
    if (typeof fn !== 'function') throw new Error(`Unknown function: ${name}`);
    return (fn as (...a: unknown[]) => unknown)(...args);
  });
}
