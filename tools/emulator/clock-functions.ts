import { FunctionPlugin, type FunctionPluginDefinition, type ImplementedFunctions } from 'hyperformula';

type Run = (args: unknown[], state: unknown, metadata: unknown, fn: () => number) => unknown;

/**
 * TODAY() and NOW() on the emulator's clock, not the machine's: `now` gives the current instant as
 * a serial in the spreadsheet's time zone (read on every evaluation, so a changed zone counts).
 * Listed after the built-in plugins, these replace the engine's own.
 */
export function clockPlugin(now: () => number): FunctionPluginDefinition {
  class ClockFunctions extends FunctionPlugin {
    static override implementedFunctions: ImplementedFunctions = {
      TODAY: { method: 'today', parameters: [], isVolatile: true },
      NOW: { method: 'now', parameters: [], isVolatile: true },
    };

    private run(name: string, ast: { args: unknown[] }, state: unknown, fn: () => number): unknown {
      return (this.runFunction as unknown as Run).call(this, ast.args, state, this.metadata(name), fn);
    }

    today(ast: { args: unknown[] }, state: unknown): unknown {
      return this.run('TODAY', ast, state, () => Math.floor(now()));
    }

    now(ast: { args: unknown[] }, state: unknown): unknown {
      return this.run('NOW', ast, state, now);
    }
  }
  return ClockFunctions;
}
