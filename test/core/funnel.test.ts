import fc from 'fast-check';
import { KpiError } from '../../src/core/errors';
import {
  ceilCount,
  exactDeals,
  forwardFunnel,
  MAX_COUNT,
  requiredCounts,
  requiredVolume,
  reverseFunnel,
} from '../../src/core/funnel';

describe('reverse calculation', () => {
  test('worked example of the domain brief: 10億円 goal needs 22,223 leads', () => {
    const rows = reverseFunnel(1_000_000_000, 5_000_000, [0.3, 0.15, 0.2]);
    expect(rows.map((r) => r.required)).toEqual([22223, 6667, 1000, 200]);
    expect(rows.map((r) => r.rate)).toEqual([0.3, 0.15, 0.2, null]);
  });

  test('each stage is rounded up from the exact chain, not from the rounded stage below', () => {
    // Chaining from the rounded 6,667 MQLs would give 22,224 leads.
    expect(Math.ceil(6667 / 0.3)).toBe(22224);
    expect(requiredCounts(200, [0.3, 0.15, 0.2])[0]).toBe(22223);
  });

  test('floating-point noise never adds a unit', () => {
    expect(21 / 0.35).not.toBe(60); // 60.00000000000001 in IEEE doubles
    expect(requiredVolume(21, [0.35])).toBe(60);
    expect(ceilCount(60.00000000000001)).toBe(60);
    expect(ceilCount(60.000001)).toBe(61);
    expect(ceilCount(59.5)).toBe(60);
    expect(requiredVolume(exactDeals(105_000_000, 5_000_000), [0.35])).toBe(60);
    expect(requiredVolume(0.7 * 3, [0.07])).toBe(30); // 2.0999999999999996 / 0.07
  });

  test('marketing share scales the won deals', () => {
    expect(reverseFunnel(1_000_000_000, 5_000_000, [0.5], 0.5).map((r) => r.required)).toEqual([200, 100]);
  });

  test('overflow and division by zero are errors, never Infinity', () => {
    expect(() => exactDeals(1, 0)).toThrow(KpiError);
    expect(() => requiredVolume(1e300, [1e-10, 1e-10])).toThrow(KpiError);
    expect(() => ceilCount(Infinity)).toThrow(KpiError);
  });
});

describe('rounding up near the count cap', () => {
  test('a need of a thousandth of a unit above a whole count adds a unit, for every count up to the cap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_COUNT - 1 }),
        fc.integer({ min: 1, max: 999 }),
        (n, thousandths) => {
          expect(ceilCount(n + thousandths / 1000)).toBe(n + 1);
        },
      ),
      { numRuns: 2000 },
    );
    expect(ceilCount(MAX_COUNT / 2 + 0.001)).toBe(MAX_COUNT / 2 + 1);
    expect(ceilCount(MAX_COUNT - 0.999)).toBe(MAX_COUNT);
  });

  test('whole counts stay whole up to the cap; above it the count is refused', () => {
    expect(ceilCount(MAX_COUNT)).toBe(MAX_COUNT);
    expect(ceilCount(MAX_COUNT - 1)).toBe(MAX_COUNT - 1);
    expect(() => ceilCount(MAX_COUNT + 1)).toThrow(KpiError);
    expect(() => requiredVolume(MAX_COUNT, [0.5])).toThrow(KpiError);
    expect(requiredVolume(MAX_COUNT / 2, [0.5])).toBe(MAX_COUNT);
  });
});

const rateArb = fc.double({ min: 0.01, max: 1, noNaN: true });
const ratesArb = fc.array(rateArb, { minLength: 1, maxLength: 9 });
const goalArb = fc.integer({ min: 0, max: 10_000_000_000 });
const dealArb = fc.integer({ min: 1000, max: 100_000_000 });

/** Runs a calculation; extreme inputs may only fail with a clear overflow error, never a bad number. */
function computeOrOverflow<T>(run: () => T): T | null {
  try {
    return run();
  } catch (error) {
    expect(error).toBeInstanceOf(KpiError);
    expect((error as KpiError).problem.code).toBe('overflow');
    return null;
  }
}

describe('properties', () => {
  test('every required count is finite, a whole number, and never below the stage under it', () => {
    fc.assert(
      fc.property(goalArb, dealArb, ratesArb, (goal, deal, rates) => {
        const rows = computeOrOverflow(() => reverseFunnel(goal, deal, rates));
        if (!rows) return;
        for (const row of rows) {
          expect(Number.isFinite(row.required)).toBe(true);
          expect(Number.isInteger(row.required)).toBe(true);
          expect(row.required).toBeGreaterThanOrEqual(row.exact * (1 - 1e-9));
          expect(row.required - row.exact).toBeLessThan(1);
        }
        for (let i = 0; i + 1 < rows.length; i++) {
          expect(rows[i].required).toBeGreaterThanOrEqual(rows[i + 1].required);
        }
      }),
    );
  });

  test('required counts never grow when any rate improves (monotone in every rate)', () => {
    fc.assert(
      fc.property(
        goalArb,
        dealArb,
        ratesArb,
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (goal, deal, rates, pick, t) => {
          const i = pick % rates.length;
          const better = rates.slice();
          better[i] = rates[i] + (1 - rates[i]) * t;
          const before = computeOrOverflow(() => reverseFunnel(goal, deal, rates));
          if (!before) return;
          const after = reverseFunnel(goal, deal, better);
          before.forEach((row, k) => expect(after[k].required).toBeLessThanOrEqual(row.required));
        },
      ),
    );
  });

  test('forward(reverse(goal)) reaches the goal', () => {
    fc.assert(
      fc.property(goalArb, dealArb, ratesArb, (goal, deal, rates) => {
        const rows = computeOrOverflow(() => reverseFunnel(goal, deal, rates));
        if (!rows) return;
        const top = rows[0].required;
        const forward = forwardFunnel(top, rates, deal);
        expect(forward.revenue).toBeGreaterThanOrEqual(goal * (1 - 1e-9));
        expect(forward.volumes).toHaveLength(rates.length + 1);
      }),
    );
  });
});
