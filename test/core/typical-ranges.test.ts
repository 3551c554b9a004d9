import {
  TYPICAL_RANGES,
  typicalRangeFor,
  typicalRangeForTransition,
  comparePosition,
  isFarOutside,
} from '../../src/core/typical-ranges';
import { defaultPlan } from '../../src/core/plan-defaults';

describe('typical ranges', () => {
  test('the ranges of the domain brief, keyed by stage kinds', () => {
    expect(typicalRangeFor('leads', 'mql')).toMatchObject({ low: 0.1, high: 0.25 });
    expect(typicalRangeFor('mql', 'sql')).toMatchObject({ low: 0.4, high: 0.6 });
    expect(typicalRangeFor('sql', 'opportunities')).toMatchObject({ low: 0.5, high: 0.7 });
    expect(typicalRangeFor('opportunities', 'won')).toMatchObject({ low: 0.2, high: 0.3 });
    expect(typicalRangeFor('mql', 'opportunities')).toMatchObject({ low: 0.11, high: 0.2 });
    expect(typicalRangeFor('sessions', 'leads')).toMatchObject({ low: 0.01, high: 0.05 });
  });

  test('no range for unknown or reversed transitions', () => {
    expect(typicalRangeFor('mql', 'leads')).toBeNull();
    expect(typicalRangeFor('custom', 'won')).toBeNull();
  });

  test('every range is a proper interval of fractions, at most one per transition', () => {
    const keys = new Set<string>();
    for (const b of TYPICAL_RANGES) {
      expect(b.low).toBeGreaterThan(0);
      expect(b.high).toBeLessThanOrEqual(1);
      expect(b.low).toBeLessThan(b.high);
      keys.add(`${b.from}>${b.to}`);
    }
    expect(keys.size).toBe(TYPICAL_RANGES.length);
  });

  test('looked up from the stages of a plan', () => {
    const { stages } = defaultPlan('ja');
    expect(typicalRangeForTransition(stages, 0)?.to).toBe('mql');
    expect(typicalRangeForTransition(stages, 1)?.source).toBe('adsToOpportunity');
    expect(typicalRangeForTransition(stages, 2)?.from).toBe('opportunities');
    expect(typicalRangeForTransition(stages, 3)).toBeNull();
  });
});

describe('far outside', () => {
  const range = { low: 0.2, high: 0.3 };

  test('below half the low end or above double the high end', () => {
    expect(comparePosition(0.25, range)).toBe('within');
    expect(comparePosition(0.2, range)).toBe('within');
    expect(comparePosition(0.3, range)).toBe('within');
    expect(comparePosition(0.15, range)).toBe('below');
    expect(comparePosition(0.1, range)).toBe('below');
    expect(comparePosition(0.099, range)).toBe('farBelow');
    expect(comparePosition(0.45, range)).toBe('above');
    expect(comparePosition(0.6, range)).toBe('above');
    expect(comparePosition(0.61, range)).toBe('farAbove');
  });

  test('isFarOutside agrees with the position', () => {
    expect(isFarOutside(0.05, range)).toBe(true);
    expect(isFarOutside(0.9, range)).toBe(true);
    expect(isFarOutside(0.35, range)).toBe(false);
  });

  test('the default plans are never far outside', () => {
    const { stages } = defaultPlan('en');
    stages.slice(0, -1).forEach((s, i) => {
      const b = typicalRangeForTransition(stages, i);
      if (b) expect(isFarOutside(s.rate as number, b)).toBe(false);
    });
  });
});
