import { describe as describeProblem, KpiError } from '../../src/core/errors';
import { parseNumberText, readValue } from '../../src/core/parse';

function problemOf(read: () => unknown) {
  try {
    read();
  } catch (error) {
    if (error instanceof KpiError) return error.problem;
    throw error;
  }
  throw new Error('expected a KpiError');
}

describe('parseNumberText', () => {
  test.each([
    ['1000', 1000],
    ['1,000', 1000],
    ['¥1,000,000', 1000000],
    ['￥1,000,000', 1000000],
    ['$5,000', 5000],
    ['US$5,000', 5000],
    ['5000円', 5000],
    ['500万円', 5000000],
    ['500万', 5000000],
    ['10億', 1000000000],
    ['1億5000万', 150000000],
    ['3千', 3000],
    ['１５％', 0.15],
    ['15%', 0.15],
    ['12.5%', 0.125],
    ['０．１５', 0.15],
    ['５００万円', 5000000],
    [' 2.5 ', 2.5],
    ['5k', 5000],
    ['1.2M', 1200000],
    ['-3', -3],
    ['.5', 0.5],
    ['1e3', 1000],
    ['1,000,000', 1000000],
    ['¥1,000', 1000],
    ['１，０００', 1000],
    ['1,000.5', 1000.5],
    ['1,500万円', 15000000],
    ['$1,200k', 1200000],
  ])('%s -> %d', (text, expected) => {
    expect(parseNumberText(text)).toBeCloseTo(expected, 12);
  });

  test.each([
    '',
    'abc',
    '10 leads',
    '5000万1億',
    '1億億',
    '%',
    '¥',
    '1,000abc',
    '5千千',
    'NaN',
    'Infinity',
    // Separators that are not thousands groups.
    '1,2,3',
    '1,00',
    '1,5',
    '1,5M',
    '1,0000',
    ',100',
    '1,000,',
    '1,,000',
    '0.5,000',
    '1.000,5',
    '12,34%',
  ])('%s is not a number', (text) => {
    expect(parseNumberText(text)).toBeNull();
  });
});

describe('readValue', () => {
  test('a comma that is not a thousands separator is refused, naming the input', () => {
    expect(() => readValue('1,5', 'revenue_target', 'amount')).toThrow(
      'revenue_target: "1,5" is not a number. Type one such as 1,000,000.',
    );
    expect(
      describeProblem(
        problemOf(() => readValue('1,00', 'cpl', 'amount')),
        'ja',
      ),
    ).toBe('cpl：「1,00」は数値ではありません。1,000,000 のように入力してください。');
    expect(readValue('¥1,000', 'cpl', 'amount')).toBe(1000);
    // The example fits the input: a rate is not asked for in yen, an amount not in percent.
    expect(() => readValue('abc', 'win_rate', 'rate')).toThrow(
      'win_rate: "abc" is not a number. Type one such as 15%.',
    );
    expect(
      describeProblem(
        problemOf(() => readValue('たくさん', 'leads', 'positive')),
        'ja',
      ),
    ).toBe('leads：「たくさん」は数値ではありません。1,000,000 のように入力してください。');
  });

  test('rates accept fractions, percent text and full-width percent', () => {
    expect(readValue(0.15, 'win_rate', 'rate')).toBe(0.15);
    expect(readValue('15%', 'win_rate', 'rate')).toBeCloseTo(0.15, 12);
    expect(readValue('１５％', 'win_rate', 'rate')).toBeCloseTo(0.15, 12);
    expect(readValue(1, 'win_rate', 'rate')).toBe(1);
    expect(readValue('100%', 'win_rate', 'rate')).toBe(1);
  });

  test('a rate above 1 is refused with a message saying to type 15% or 0.15', () => {
    const problem = problemOf(() => readValue(15, 'win_rate', 'rate'));
    expect(problem.code).toBe('rateAsPercent');
    expect(describeProblem(problem, 'en')).toBe(
      'win_rate: 15 is more than 1. Rates are fractions: type 15% or 0.15.',
    );
    expect(describeProblem(problem, 'ja')).toContain('15% または 0.15');
    expect(problemOf(() => readValue('15', 'mql_rate', 'rate')).code).toBe('rateAsPercent');
  });

  test('rates of zero, below zero or above 100% are out of range', () => {
    expect(problemOf(() => readValue(0, 'win_rate', 'rate')).code).toBe('rateOutOfRange');
    expect(problemOf(() => readValue(-0.1, 'win_rate', 'rate')).code).toBe('rateOutOfRange');
    expect(problemOf(() => readValue('150%', 'win_rate', 'rate')).code).toBe('rateOutOfRange');
    expect(
      describeProblem(
        problemOf(() => readValue('150%', 'win_rate', 'rate')),
        'en',
      ),
    ).toContain('150%');
  });

  test('empty and non-numeric input names the field', () => {
    expect(
      describeProblem(
        problemOf(() => readValue('', 'mql_rate', 'rate')),
        'en',
      ),
    ).toBe('mql_rate is empty. Enter a value.');
    expect(
      describeProblem(
        problemOf(() => readValue(undefined, 'mql_rate', 'rate')),
        'ja',
      ),
    ).toBe('mql_rate が空です。値を入力してください。');
    const notNumber = problemOf(() => readValue('lots', 'avg_deal_size', 'positive'));
    expect(notNumber).toMatchObject({ code: 'notNumber', field: 'avg_deal_size', params: { value: 'lots' } });
    expect(problemOf(() => readValue(true, 'cost', 'amount')).code).toBe('notNumber');
    expect(problemOf(() => readValue(new Date('2026-11-15T00:00:00Z'), 'cost', 'amount')).code).toBe(
      'notNumber',
    );
    expect(problemOf(() => readValue(NaN, 'cost', 'amount')).code).toBe('notNumber');
    expect(problemOf(() => readValue(Infinity, 'cost', 'amount')).code).toBe('notNumber');
  });

  test('amounts must not be negative; positive values must be above zero', () => {
    expect(readValue(0, 'revenue_target', 'amount')).toBe(0);
    expect(problemOf(() => readValue(-1, 'revenue_target', 'amount')).code).toBe('negative');
    expect(problemOf(() => readValue('¥0', 'avg_deal_size', 'positive')).code).toBe('notPositive');
    expect(readValue('¥5,000,000', 'avg_deal_size', 'positive')).toBe(5000000);
  });
});
