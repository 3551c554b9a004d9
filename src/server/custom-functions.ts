import { runCustomFunction } from '../functions';
import { userLang } from './locale';

/** The global Sheets calls for one custom function. */
export function customFunction(name: string): (...args: unknown[]) => unknown {
  return (...args: unknown[]) => runCustomFunction(name, args, userLang);
}
