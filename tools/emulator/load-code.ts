import vm from 'node:vm';

/** Runs Code.js in a context holding only the Apps Script services, which it may not touch while loading. */
export function loadCode(source: string, services: Record<string, unknown>): vm.Context {
  let loading = true;
  const sandbox: Record<string, unknown> = {};
  for (const [name, service] of Object.entries(services)) {
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
