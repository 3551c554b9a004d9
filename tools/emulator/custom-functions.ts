import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  SimpleRangeValue,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
} from 'hyperformula';

/** Calls one custom function of the loaded script the way Sheets does: cells as values, ranges as 2D arrays. */
export type CustomFunctionCall = (name: string, args: unknown[]) => unknown;

/** Where a workbook's engine finds the script's functions; bound once the script is loaded. */
export class CustomFunctionHost {
  private call: CustomFunctionCall | null = null;

  constructor(readonly names: readonly string[]) {}

  bind(call: CustomFunctionCall): void {
    this.call = call;
  }

  run(name: string, args: unknown[]): unknown {
    if (!this.call) throw new Error('The script that defines this function is not loaded.');
    return this.call(name, args);
  }
}

const CUSTOM_FUNCTION =
  /\/\*\*((?:(?!\*\/)[\s\S])*?@customfunction(?:(?!\*\/)[\s\S])*?)\*\/\s*function\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(/g;

/** The functions a script offers to cells: top-level functions under a JSDoc with @customfunction. */
export function customFunctionNames(source: string): string[] {
  return [...source.matchAll(CUSTOM_FUNCTION)].map((match) => match[2]!);
}

type EngineValue = unknown;

/** A number the engine tags (percent, currency, date) carries its plain value in `val`. */
function plain(value: EngineValue): unknown {
  if (value === EmptyValue || value === undefined || value === null) return '';
  if (typeof value === 'object' && value !== null && 'val' in value) return (value as { val: number }).val;
  return value;
}

/** The first error among the arguments: Sheets does not call a function on an error, it passes it on. */
function firstError(args: EngineValue[]): CellError | undefined {
  for (const arg of args) {
    if (arg instanceof CellError) return arg;
    if (arg instanceof SimpleRangeValue) {
      const found = arg.data.flat().find((cell) => cell instanceof CellError);
      if (found) return found as CellError;
    }
  }
  return undefined;
}

const toScriptArg = (arg: EngineValue): unknown =>
  arg instanceof SimpleRangeValue ? arg.data.map((row) => row.map(plain)) : plain(arg);

function toEngineScalar(value: unknown): number | string | boolean | CellError {
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? value
      : new CellError(ErrorType.NUM, 'The result is not a finite number.');
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value === null || value === undefined) return '';
  if (Object.prototype.toString.call(value) === '[object Date]') return String(value);
  return String(value);
}

const isGrid = (value: unknown): value is unknown[][] =>
  Array.isArray(value) && value.length > 0 && value.every((row) => Array.isArray(row));

function errorText(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String(error.message);
  return String(error);
}

/**
 * A formula engine plugin whose functions run the script's custom functions. A table result spills
 * like an array formula; the engine fixes an array's size when the formula is entered, so the size
 * is that of the result for the inputs at that moment (a table that later grows needs re-entering).
 */
export function customFunctionPlugin(host: CustomFunctionHost): FunctionPluginDefinition {
  const implementedFunctions: ImplementedFunctions = {};

  class ScriptFunctions extends FunctionPlugin {
    static override implementedFunctions = implementedFunctions;

    /** Runs the function on already evaluated arguments; an error it throws becomes #ERROR! with its message. */
    callScript(name: string, values: EngineValue[]): unknown {
      const error = firstError(values);
      if (error) return error;
      try {
        return host.run(name, values.map(toScriptArg));
      } catch (thrown) {
        return new CellError(ErrorType.ERROR, errorText(thrown));
      }
    }

    broadcastShape(ast: { args: unknown[] }, state: unknown): ArraySize {
      const sizes = ast.args.map((arg) =>
        (this.arraySizeForAst as (a: unknown, s: unknown) => ArraySize)(arg, state),
      );
      return sizes.find((size) => size.width > 1 || size.height > 1) ?? ArraySize.scalar();
    }

    evaluateAll(ast: { args: unknown[] }, state: unknown): EngineValue[] {
      return ast.args.map((arg) => (this.evaluateAst as (a: unknown, s: unknown) => EngineValue)(arg, state));
    }
  }

  for (const name of host.names) {
    const method = `run_${name}`;
    const sizeMethod = `size_${name}`;
    implementedFunctions[name] = {
      method,
      sizeOfResultArrayMethod: sizeMethod,
      parameters: [{ argumentType: FunctionArgumentType.ANY, optionalArg: true }],
      repeatLastArgs: 1,
      vectorizationForbidden: true,
    };
    const proto = ScriptFunctions.prototype as unknown as Record<string, unknown>;
    proto[method] = function (this: ScriptFunctions, ast: { args: unknown[] }, state: unknown) {
      const result = this.callScript(name, this.evaluateAll(ast, state));
      if (result instanceof CellError) return result;
      if (!isGrid(result)) return toEngineScalar(Array.isArray(result) ? result[0] : result);
      const width = Math.max(...result.map((row) => row.length));
      const rows = result.map((row) =>
        Array.from({ length: width }, (_, j) => toEngineScalar(j < row.length ? row[j] : '')),
      );
      return rows.length === 1 && width === 1 ? rows[0]![0] : SimpleRangeValue.onlyValues(rows);
    };
    proto[sizeMethod] = function (this: ScriptFunctions, ast: { args: unknown[] }, state: unknown) {
      let result: unknown;
      try {
        result = this.callScript(name, this.evaluateAll(ast, state));
      } catch {
        // An input not computed yet: the shape of the first range argument, as broadcasting gives.
        return this.broadcastShape(ast, state);
      }
      if (!isGrid(result)) return ArraySize.scalar();
      return new ArraySize(Math.max(...result.map((row) => row.length)), result.length);
    };
  }
  return ScriptFunctions;
}
