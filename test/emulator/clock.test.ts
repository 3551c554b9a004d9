import vm from 'node:vm';
import { createEnvironment, loadCode } from '../../tools/emulator';

const run = (context: vm.Context, code: string) => vm.runInContext(code, context) as unknown;

describe('the clock of the emulated environment', () => {
  test('new Date() and Date.now() read the given instant, as text or as a Date', () => {
    for (const now of ['2031-02-03T04:05:06Z', new Date(Date.UTC(2031, 1, 3, 4, 5, 6))]) {
      const context = vm.createContext({ ...createEnvironment({ now }).globals });
      expect(run(context, 'new Date().toISOString()')).toBe('2031-02-03T04:05:06.000Z');
      expect(run(context, 'Date.now()')).toBe(Date.UTC(2031, 1, 3, 4, 5, 6));
      expect(run(context, 'Date()')).toBe(new Date(Date.UTC(2031, 1, 3, 4, 5, 6)).toString());
    }
  });

  test.each([
    ['Asia/Tokyo', 46419],
    ['America/New_York', 46418],
  ])('TODAY() and NOW() in cells read the same clock, in the spreadsheet time zone (%s)', (timeZone, day) => {
    // 2027-02-01 00:30 in Tokyo is still 2027-01-31 in New York; serial 46419 is 2027-02-01.
    const env = createEnvironment({ now: '2027-02-01T00:30:00+09:00', timeZone });
    const sheet = env.spreadsheet.getSheets()[0]!;
    sheet.getRange('A1:C1').setFormulas([['=TODAY()', '=NOW()', '=YEAR(TODAY())']]);
    const [today, now, year] = sheet.getRange('A1:C1').getValues()[0] as number[];
    expect(today).toBe(day);
    expect(now).toBeGreaterThan(day);
    expect(now).toBeLessThan(day + 1);
    expect(year).toBe(2027);
  });

  test('the default is a fixed instant, not the real clock', () => {
    const a = createEnvironment().globals.Date;
    const b = createEnvironment().globals.Date;
    expect(new a().toISOString()).toBe('2026-11-15T00:00:00.000Z');
    expect(b.now()).toBe(Date.parse('2026-11-15T09:00:00+09:00'));
  });

  test('time does not pass: every reading gives the same instant', () => {
    // The host's clock moves on between the two readings; the script's does not.
    const hostClockMoves = () => {
      const start = Date.now();
      while (Date.now() < start + 2);
    };
    const context = vm.createContext({
      ...createEnvironment({ now: '2030-01-01T00:00:00Z' }).globals,
      hostClockMoves,
    });
    expect(run(context, 'var t = Date.now(); hostClockMoves(); [Date.now() - t, new Date() - t]')).toEqual([
      0, 0,
    ]);
  });

  test('every other form of Date is the ordinary one', () => {
    const context = vm.createContext({ ...createEnvironment({ now: '2030-01-01T00:00:00Z' }).globals });
    expect(run(context, 'new Date(0).toISOString()')).toBe('1970-01-01T00:00:00.000Z');
    expect(run(context, 'new Date("2024-02-29T12:00:00Z").getTime()')).toBe(Date.UTC(2024, 1, 29, 12));
    expect(run(context, 'new Date(2024, 1, 29).getDate()')).toBe(29);
    expect(run(context, 'new Date(new Date(5)).getTime()')).toBe(5);
    expect(run(context, 'Date.UTC(2024, 0, 1)')).toBe(Date.UTC(2024, 0, 1));
    expect(run(context, 'Date.parse("2024-01-01T00:00:00Z")')).toBe(Date.UTC(2024, 0, 1));
    expect(run(context, 'Date.length')).toBe(7);
  });

  test('instanceof Date holds for Dates made in the script and for Dates getValues returns', () => {
    const env = createEnvironment({ now: '2030-01-01T00:00:00Z' });
    env.spreadsheet
      .getActiveSheet()
      .getRange('A1')
      .setValue(new Date(Date.UTC(2027, 3, 1)));
    const context = loadCode(
      `function kinds() {
         var cell = SpreadsheetApp.getActiveSheet().getRange('A1').getValue();
         return [new Date() instanceof Date, new Date(0) instanceof Date, cell instanceof Date,
                 Object.prototype.toString.call(new Date()), ({}) instanceof Date];
       }`,
      env.globals as unknown as Record<string, unknown>,
    );
    expect(Array.from(run(context, 'kinds()') as unknown[])).toEqual([
      true,
      true,
      true,
      '[object Date]',
      false,
    ]);
  });

  test('a script may use Date while it loads (only services are off limits then)', () => {
    const env = createEnvironment({ now: '2030-01-01T00:00:00Z' });
    const context = loadCode(
      'var LOADED_AT = new Date().getTime();',
      env.globals as unknown as Record<string, unknown>,
    );
    expect(run(context, 'LOADED_AT')).toBe(Date.UTC(2030, 0, 1));
  });

  test('text that is not a date is refused', () => {
    expect(() => createEnvironment({ now: 'next Tuesday' })).toThrow('now: next Tuesday is not a date');
  });
});
