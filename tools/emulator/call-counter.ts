export interface CallCounter {
  /** All counted calls, or only those on the given classes (e.g. ['Spreadsheet', 'Sheet', 'Range']). */
  total(classNames?: readonly string[]): number;
  /** e.g. { 'Range.setValues': 3, 'Sheet.getRange': 3 } */
  byMethod(): Record<string, number>;
  reset(): void;
}

export class CallLog implements CallCounter {
  private counts = new Map<string, number>();

  record(className: string, method: string): void {
    const key = `${className}.${method}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  total(classNames?: readonly string[]): number {
    let sum = 0;
    for (const [key, n] of this.counts) {
      if (!classNames || classNames.includes(key.slice(0, key.indexOf('.')))) sum += n;
    }
    return sum;
  }

  byMethod(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  reset(): void {
    this.counts.clear();
  }
}

const targets = new WeakMap<object, object>();

/** Methods that are test hooks, not Apps Script API, and so are never counted. */
const HOOKS = new Set(['constructor', 'snapshot', 'setCellValueAsUser', 'toString', 'toJSON']);

/**
 * Wraps a fake so that every method call through it is counted as `Class.method`. Methods run on
 * the unwrapped object, so a fake calling its own methods is not counted; a method returning its
 * own object (chaining) returns the wrapper again.
 */
export function counted<T extends object>(target: T, className: string, log: CallLog): T {
  const proxy: T = new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      const method = value as (...args: unknown[]) => unknown;
      const hook = HOOKS.has(property) || property.startsWith('_');
      return (...args: unknown[]) => {
        if (!hook) log.record(className, property);
        const result = method.apply(object, args);
        return result === object ? proxy : result;
      };
    },
  });
  targets.set(proxy, target);
  return proxy;
}

/** The fake behind a counted wrapper (or the value itself when it is not wrapped). */
export function unwrap<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    const target = targets.get(value);
    if (target) return target as T;
  }
  return value;
}
