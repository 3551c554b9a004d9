import { groupThousands, percentAsTyped, percentNumber, tidy } from '../../src/core/format';

describe('numbers as users read and type them', () => {
  test('thousands groups', () => {
    expect(groupThousands(22223)).toBe('22,223');
    expect(groupThousands(-1234.5, 1)).toBe('-1,234.5');
  });

  test('a fraction as typed in percent, without floating-point noise', () => {
    expect(0.07 * 100).not.toBe(7);
    expect(percentNumber(0.07)).toBe(7);
    expect(percentAsTyped(0.15)).toBe('15%');
    expect(percentAsTyped(0.0015)).toBe('0.15%');
    expect(percentAsTyped(1.5)).toBe('150%');
    expect(percentAsTyped(-0.1)).toBe('-10%');
    expect(tidy(0.15 / 100)).toBe(0.0015);
  });
});
