import { formatValue } from '../../tools/emulator';
import { wallClockToSerial } from '../../tools/emulator/serial-date';

describe('number formats the add-on writes', () => {
  test.each([
    [1234567.891, '#,##0', '1,234,568'],
    [1234.5, '#,##0.00', '1,234.50'],
    [-1234.5, '#,##0', '-1,235'],
    [2.5, '0', '3'],
    [2.25, '0.0', '2.3'],
    [0.256, '0%', '26%'],
    [0.2567, '0.0%', '25.7%'],
    [0.15, '0.00%', '15.00%'],
    [5000000, '"¥"#,##0', '¥5,000,000'],
    [5000000, '[$¥]#,##0', '¥5,000,000'],
    [5000000, '[$¥-411]#,##0', '¥5,000,000'],
    [-1234.5, '"$"#,##0.00', '-$1,234.50'],
    [3.25, '0.0"x"', '3.3x'],
    [22223, '#,##0" 件"', '22,223 件'],
    [12, '@', '12'],
    [-5, '#,##0;(#,##0)', '(5)'],
    [0, '#,##0;(#,##0);"-"', '-'],
    [1.005, '0.00', '1.01'],
  ])('%p with %p shows %p', (value, format, shown) => {
    expect(formatValue(value, format)).toBe(shown);
  });

  test('dates from serial numbers (day 0 = 1899-12-30)', () => {
    expect(formatValue(0, 'yyyy-mm-dd')).toBe('1899-12-30');
    const april = wallClockToSerial(2025, 4, 1);
    expect(formatValue(april, 'yyyy-mm')).toBe('2025-04');
    expect(formatValue(april, 'yyyy/mm')).toBe('2025/04');
    expect(formatValue(april, 'mmm yyyy')).toBe('Apr 2025');
    expect(formatValue(april + 0.5, 'yyyy-mm-dd hh:mm')).toBe('2025-04-01 12:00');
  });

  test('general: integers as-is, decimals up to 10 significant digits, text and booleans', () => {
    expect(formatValue(22223, null)).toBe('22223');
    expect(formatValue(1 / 3, null)).toBe('0.3333333333');
    expect(formatValue(60.00000000000001, null)).toBe('60');
    expect(formatValue(1e20, null)).toBe('1E+20');
    expect(formatValue('text', '#,##0')).toBe('text');
    expect(formatValue(true, null)).toBe('TRUE');
    expect(formatValue(null, '0%')).toBe('');
    expect(formatValue('#DIV/0!', '0%')).toBe('#DIV/0!');
  });
});
