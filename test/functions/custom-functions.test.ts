/** Custom functions called through dist/Code.js as Sheets calls them: input defects and their messages. */
import { loadBundle, sessionWithLocale } from '../support/bundle';

const en = loadBundle({ Session: sessionWithLocale('en_US') });
const ja = loadBundle({ Session: sessionWithLocale('ja') });

describe('a result too large to compute names the argument to change', () => {
  test.each([
    ['REQUIRED_ORDERS', [1e300, 1e-300], 'revenue_target'],
    ['REQUIRED_OPPORTUNITIES', [1e15, 1, 1e-6], 'revenue_target'],
    ['REQUIRED_MQLS', [1e15, 1, 1e-3, 1e-3], 'revenue_target'],
    ['REQUIRED_LEADS', [1e15, 1, 1e-3, 1e-3, 1e-3], 'revenue_target'],
    ['REQUIRED_VOLUME', [1e300, 1e-6, 1e-6], 'target_count'],
    ['FUNNEL_PLAN', [1e15, 1, [['A', 'B', 'C']], [[1e-4, 1e-4]]], 'revenue_target'],
  ])('%s', (name, args, argument) => {
    expect(() => en.call(name, ...args)).toThrow(
      `${argument}: the result is too large to compute. Check the goal and the rates.`,
    );
    expect(() => ja.call(name, ...args)).toThrow(`${argument}：結果が大きすぎて計算できません。`);
  });
});

describe('BOTTLENECK', () => {
  const names = [['Leads', 'MQL', 'Opportunities', 'Won deals']];
  const planned = [[0.3, 0.15, 0.2]];

  test('is empty while no actuals are typed, as when every transition meets plan', () => {
    expect(en.call('BOTTLENECK', names, planned, [['', '', '', '']])).toBe('');
    expect(en.call('BOTTLENECK', names, planned, [[''], [''], [''], ['']])).toBe('');
    expect(en.call('BOTTLENECK', names, planned, '')).toBe('');
    expect(en.call('BOTTLENECK', names, planned, [[1000, 300, 45, 9]])).toBe('');
  });

  test('a missing argument and bad names or rates are still errors', () => {
    expect(() => en.call('BOTTLENECK', names, planned)).toThrow('actual_counts is empty');
    expect(() => en.call('BOTTLENECK', names, [[30, 0.15, 0.2]], [['', '', '', '']])).toThrow(
      'planned_rates: 30 is more than 1',
    );
  });
});

describe('ranges that do not match', () => {
  test('the message names the two shapes that differ', () => {
    expect(() => en.call('REQUIRED_ORDERS', [[1], [2]], [[1, 2]])).toThrow(
      'avg_deal_size is a 1×2 range, but the other ranges are 2×1.',
    );
    expect(() =>
      en.call(
        'REQUIRED_ORDERS',
        [
          [1, 2],
          [3, 4],
        ],
        [
          [5, 6, 7],
          [8, 9, 10],
        ],
      ),
    ).toThrow('avg_deal_size is a 2×3 range, but the other ranges are 2×2.');
  });

  test('a range whose rows differ in length says so instead of naming one shape twice', () => {
    expect(() =>
      en.call(
        'REQUIRED_ORDERS',
        [
          [1, 2],
          [3, 4],
        ],
        [[5, 6], [7]],
      ),
    ).toThrow(
      'avg_deal_size has rows of different lengths (2, 1 cells). Use a rectangular range, or a single cell.',
    );
    expect(() =>
      en.call(
        'REQUIRED_ORDERS',
        [[1, 2], [3]],
        [
          [5, 6],
          [7, 8],
        ],
      ),
    ).toThrow('revenue_target has rows of different lengths');
    expect(() =>
      ja.call(
        'REQUIRED_ORDERS',
        [
          [1, 2],
          [3, 4],
        ],
        [[5, 6], [7]],
      ),
    ).toThrow('avg_deal_size の行ごとのセル数が異なります（2、1 個）');
  });
});
