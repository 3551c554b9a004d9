import { HyperFormula, type FunctionPluginDefinition } from 'hyperformula';

/** The parts of HyperFormula's lookup plugin used here (its own code, not typed publicly). */
interface LookupCode {
  match(ast: unknown, state: unknown): unknown;
  vlookup(ast: unknown, state: unknown): unknown;
  doMatch(key: unknown, range: RangeShape, type: number): unknown;
  searchInRange: Search;
  columnSearch: unknown;
  rowSearch: unknown;
}
interface RangeShape {
  width(): number;
  height(): number;
}
type Search = (
  key: unknown,
  range: unknown,
  wildcards: boolean,
  options: SearchOptions,
  strategy: unknown,
) => number;
interface SearchOptions {
  ordering?: string;
  ifNoMatch?: string;
  returnOccurrence?: string;
}

/**
 * A pattern with ~ escapes and no * or ? ("Paid~~Search" for "Paid~Search"), as the text it
 * stands for: HyperFormula resolves ~ only in patterns that hold * or ? (those it reads itself),
 * and compares the rest literally, ~ and all.
 */
export function withoutLoneEscapes(pattern: string): string {
  if (!pattern.includes('~') || /[*?]/.test(pattern)) return pattern;
  return pattern.replace(/~(.)/g, '$1');
}

/**
 * MATCH and VLOOKUP as Sheets (and Excel) evaluate them. With an exact match, * ? in a text key
 * are wildcards and ~ escapes them: HyperFormula's MATCH compares the text literally, which would
 * hide a formula that matches "Paid*" against "Paid search". And the first matching row wins:
 * HyperFormula's wildcard search returns the last. Listed after the built-in plugins, these
 * replace the engine's two functions; everything else is the engine's own code.
 */
export function sheetsLookupPlugin(): FunctionPluginDefinition {
  const Lookup = HyperFormula.getFunctionPlugin('MATCH') as unknown as FunctionPluginDefinition & {
    implementedFunctions: Record<string, unknown>;
  };
  const base = Lookup.prototype as unknown as LookupCode;
  class SheetsLookup extends (Lookup as unknown as new (...args: unknown[]) => object) {
    static implementedFunctions = {
      MATCH: Lookup.implementedFunctions.MATCH,
      VLOOKUP: Lookup.implementedFunctions.VLOOKUP,
    };

    // (The engine looks each method up on the plugin's own prototype.)
    match(ast: unknown, state: unknown): unknown {
      return base.match.call(this, ast, state);
    }

    vlookup(ast: unknown, state: unknown): unknown {
      return base.vlookup.call(this, ast, state);
    }

    searchInRange(...[key, range, wildcards, options, strategy]: Parameters<Search>): number {
      return base.searchInRange.call(
        this,
        wildcards && typeof key === 'string' ? withoutLoneEscapes(key) : key,
        range,
        wildcards,
        { returnOccurrence: 'first', ...options },
        strategy,
      );
    }

    doMatch(key: unknown, range: RangeShape, type: number): unknown {
      if (type !== 0 || typeof key !== 'string' || (range.width() > 1 && range.height() > 1))
        return base.doMatch.call(this, key, range, type);
      const self = this as unknown as LookupCode;
      const strategy = range.width() === 1 ? self.columnSearch : self.rowSearch;
      const index = self.searchInRange(
        key,
        range,
        true,
        { ordering: 'none', ifNoMatch: 'returnNotFound' },
        strategy,
      );
      // Nothing matches: the engine's own MATCH gives its #N/A.
      return index === -1 ? base.doMatch.call(this, key, range, type) : index + 1;
    }
  }
  return SheetsLookup as unknown as FunctionPluginDefinition;
}
