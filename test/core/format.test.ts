import fc from 'fast-check';
import {
  formatCount,
  formatList,
  formatMoney,
  formatMoneyShort,
  formatMultiple,
  formatNumber,
  formatPercent,
  formatWhole,
  groupThousands,
  percentAsTyped,
  percentNumber,
  tidy,
} from '../../src/core/format';
import { parseNumberText } from '../../src/core/parse';
import { moneyFormat, multipleFormat } from '../../src/sheets/formats';
import { formatValue as sheetFormat } from '../../tools/emulator/number-format';

const langs = fc.constantFrom('en' as const, 'ja' as const);
const amounts = fc.double({ min: -1e13, max: 1e13, noNaN: true });

describe('numbers as users read and type them', () => {
  test('thousands groups', () => {
    expect(groupThousands(22223)).toBe('22,223');
    expect(groupThousands(-1234.5, 1)).toBe('-1,234.5');
    expect(groupThousands(-0.2)).toBe('0');
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

  test('one style per language', () => {
    expect(formatMoney(39_342_000, 'JPY', 'ja')).toBe('¥39,342,000');
    expect(formatMoney(-1_000_000_000, 'JPY', 'en')).toBe('-¥1,000,000,000');
    expect(formatMoney(12.5, 'USD', 'en')).toBe('$12.50');
    expect(formatMoneyShort(39_342_000, 'JPY', 'ja')).toBe('¥3,934.2万');
    expect(formatMoneyShort(1_000_000_000, 'JPY', 'ja')).toBe('¥10億');
    expect(formatMoneyShort(99_999_999, 'JPY', 'ja')).toBe('¥1億');
    expect(formatMoneyShort(2_700_000, 'USD', 'en')).toBe('$2.7M');
    expect(formatMoneyShort(999_960, 'USD', 'en')).toBe('$1M');
    expect(formatMoneyShort(950, 'USD', 'en')).toBe('$950');
    expect(formatMultiple(3.84, 'en')).toBe('3.8x');
    expect(formatMultiple(3.84, 'ja')).toBe('3.8倍');
    expect(formatPercent(1 / 3)).toBe('33.33%');
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B, C');
    expect(formatList(['A', 'B', 'C'], 'ja')).toBe('A、B、C');
    expect(formatWhole(2027)).toBe('2027');
    expect(formatWhole(-1_000_000_000)).toBe('-1,000,000,000');
  });

  test('every formatted amount reads back as the number it shows', () => {
    fc.assert(
      fc.property(amounts, langs, fc.constantFrom('JPY', 'USD', 'EUR'), (n, lang, currency) => {
        expect(parseNumberText(formatCount(n, lang))).toBe(Math.round(n) || 0);
        const money = formatMoney(n, currency, lang);
        const decimals = currency === 'JPY' || Math.abs(n) >= 100 ? 0 : 2;
        expect(parseNumberText(money)).toBeCloseTo(n, decimals === 0 ? -0.3 : 1.9);
        expect(money).toMatch(/^-?[¥$€]\d{1,3}(,\d{3})*(\.\d\d)?$/);
        expect(Math.abs((parseNumberText(formatNumber(n)) as number) - n)).toBeLessThanOrEqual(
          Math.abs(n) * 1e-11 + 1e-9,
        );
      }),
    );
  });

  test('short amounts are within half a tenth of their unit, and never need more than one decimal', () => {
    fc.assert(
      fc.property(amounts, langs, (n, lang) => {
        const short = formatMoneyShort(n, 'JPY', lang);
        const read = parseNumberText(short);
        expect(read).not.toBeNull();
        const units = lang === 'ja' ? [1e4, 1e8, 1e12] : [1e3, 1e6, 1e9];
        const unit = [...units].reverse().find((u) => Math.abs(read as number) >= u * 0.99) ?? 1;
        expect(Math.abs((read as number) - n)).toBeLessThanOrEqual(unit * 0.05 + 0.5);
        expect(short).not.toMatch(/\.\d\d/);
      }),
    );
  });

  test('the sheets show money and multiples the way the sidebar writes them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        langs,
        fc.constantFrom('JPY', 'USD'),
        (n, lang, c) => {
          expect(sheetFormat(n, moneyFormat(c))).toBe(formatMoney(n, c, lang));
        },
      ),
    );
    fc.assert(
      // Hundredths plus a little: no value sits on a rounding tie, where engines may differ.
      fc.property(fc.integer({ min: 0, max: 1e7 }), langs, (k, lang) => {
        const x = k / 100 + 0.003;
        expect(sheetFormat(x, multipleFormat(lang))).toBe(formatMultiple(x, lang));
      }),
    );
  });
});
