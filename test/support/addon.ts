import { createEnvironment, type AppsScriptEnvironment, type EnvironmentOptions } from '../../tools/emulator';
import { loadBundle, type LoadedBundle } from './bundle';

export interface AddOn {
  env: AppsScriptEnvironment;
  bundle: LoadedBundle;
  call(name: string, ...args: unknown[]): unknown;
  /** Computed values of a whole sheet, as getValues returns them. */
  values(sheet: string): unknown[][];
  sheetNames(): string[];
}

/** The built add-on (dist/Code.js) running on a fresh in-memory spreadsheet. */
export function addOn(options: EnvironmentOptions = {}): AddOn {
  const env = createEnvironment(options);
  const bundle = loadBundle(env.globals as unknown as Record<string, unknown>);
  return {
    env,
    bundle,
    call: (name, ...args) => bundle.call(name, ...args),
    values: (sheet) => {
      const found = env.spreadsheet.getSheetByName(sheet);
      if (!found) throw new Error(`no sheet ${sheet}`);
      return found.getDataRange().getValues();
    },
    sheetNames: () => env.spreadsheet.getSheets().map((s) => s.getName()),
  };
}
