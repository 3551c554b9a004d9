import { messageOf } from '../core/errors';
import type { Lang } from '../core/i18n';
import { CUSTOM_FUNCTIONS, type CustomFunction } from './registry';
import type { CellArg } from './grid';

const BY_NAME = new Map<string, CustomFunction>(CUSTOM_FUNCTIONS.map((fn) => [fn.name, fn]));

/**
 * Runs a custom function as Sheets calls it. Errors become plain Errors whose message is in the
 * user's language; the language is looked up only when there is something to say.
 */
export function runCustomFunction(name: string, args: CellArg[], lang: () => Lang): unknown {
  const fn = BY_NAME.get(name);
  if (!fn) throw new Error(`Unknown custom function ${name}`);
  try {
    return fn.run(args, lang);
  } catch (error) {
    // Sheets shows only the message, so the cause is not attached (and Error options need ES2022).
    // eslint-disable-next-line preserve-caught-error
    throw new Error(messageOf(error, lang()));
  }
}

export { CUSTOM_FUNCTIONS };
