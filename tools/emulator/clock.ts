/**
 * The emulator's clock. Time does not pass in the emulator: every reading gives the same instant,
 * so nothing that runs in it depends on the day a test runs.
 */

/** What the clock shows unless told otherwise (not the real clock). */
export const DEFAULT_NOW = '2026-11-15T09:00:00+09:00';

/** An instant as an ISO 8601 string ('2027-02-01T09:00:00+09:00') or a Date. */
export type Instant = string | Date;

/** Milliseconds since the epoch; throws on text that is not a date. */
function instantOf(now: Instant): number {
  const ms = typeof now === 'string' ? Date.parse(now) : now.getTime();
  if (!Number.isFinite(ms)) throw new Error(`now: ${String(now)} is not a date`);
  return ms;
}

/**
 * A Date constructor whose clock reads `now`: `new Date()` and `Date.now()` give that instant and
 * `Date()` its text; every other form is the ordinary Date. Its instances are ordinary Dates, and
 * it shares Date.prototype, so `instanceof Date` holds inside a vm context that has it as its Date,
 * both for Dates made there and for Dates the emulator hands over (getValues). Local-time methods
 * (getMonth) use the process's time zone, not the environment's timeZone as Apps Script would.
 */
export function clockDate(now: Instant): DateConstructor {
  const ms = instantOf(now);
  const RealDate = Date;
  function ClockDate(this: unknown, ...args: unknown[]): unknown {
    if (!new.target) return new RealDate(ms).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [ms] : args, new.target);
  }
  ClockDate.prototype = RealDate.prototype;
  Object.defineProperties(ClockDate, {
    length: { value: RealDate.length },
    name: { value: 'Date' },
    now: { value: () => ms, writable: true, configurable: true },
    parse: { value: RealDate.parse, writable: true, configurable: true },
    UTC: { value: RealDate.UTC, writable: true, configurable: true },
  });
  return ClockDate as unknown as DateConstructor;
}
