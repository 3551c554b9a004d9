import { checkTransitions, findBottleneck, transitionLabel } from '../../src/core/bottleneck';
import { KpiError } from '../../src/core/errors';
import { attainment, cac, conversionRate, cpl, ltv, pace, romi } from '../../src/core/metrics';

test('metrics follow the domain definitions', () => {
  expect(cpl(1_500_000, 300)).toBe(5000);
  expect(cac(30_000_000, 200)).toBe(150_000);
  expect(romi(150_000_000, 30_000_000)).toBe(5);
  expect(ltv(100_000, 0.7, 0.02)).toBeCloseTo(3_500_000, 6);
  expect(conversionRate(400, 60)).toBe(0.15);
  expect(attainment(90, 120)).toBe(0.75);
  expect(pace(450, 1000, 0.5)).toBe(0.9);
});

test('a zero divisor is an error naming that input', () => {
  const fieldOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return (e as KpiError).problem.field;
    }
    return null;
  };
  expect(fieldOf(() => cpl(100, 0))).toBe('leads');
  expect(fieldOf(() => romi(100, 0))).toBe('cost');
  expect(fieldOf(() => conversionRate(0, 5))).toBe('from_count');
  expect(fieldOf(() => pace(1, 0, 0.5))).toBe('period_target');
});

describe('bottleneck', () => {
  const planned = [0.3, 0.15, 0.2];
  test('the transition lowest relative to plan', () => {
    const worst = findBottleneck(planned, [1000, 300, 30, 6]);
    expect(worst).toMatchObject({ from: 1, actualRate: 0.1 });
    expect(worst!.ratio).toBeCloseTo(2 / 3, 12);
    expect(transitionLabel(['Leads', 'MQL', 'Opportunities', 'Won deals'], 1)).toBe('MQL → Opportunities');
  });
  test('none when every transition meets plan', () => {
    expect(findBottleneck(planned, [1000, 300, 45, 9])).toBeNull();
  });
  test('relative, not absolute: a low planned rate met is not the bottleneck', () => {
    // Leads→MQL at 25% of a 30% plan (0.83) is worse than opps→won at 18% of 20% (0.9).
    expect(findBottleneck(planned, [1000, 250, 38, 6.84])!.from).toBe(0);
  });
  test('transitions with no or zero upper count are not judged', () => {
    expect(checkTransitions(planned, [0, 0, null, null])).toEqual([]);
    expect(findBottleneck(planned, [1000, 200, null, null])!.from).toBe(0);
  });
});
