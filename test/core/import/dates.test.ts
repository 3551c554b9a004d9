import fc from 'fast-check';
import { dateIn, decideDateOrder, localeDateOrder, parseDate } from '../../../src/core/import/dates';

const TOKYO = 'Asia/Tokyo';

describe('parseDate', () => {
  test.each([
    ['2026-04-01', '2026-04-01'],
    ['2026-04-01 10:00', '2026-04-01'],
    ['2026-04-01 10:00:59', '2026-04-01'],
    ['2026/04/01 10:00', '2026-04-01'],
    ['2026/4/1', '2026-04-01'],
    ['2026.04.01', '2026-04-01'],
    ['2026年4月1日', '2026-04-01'],
    ['2026年4月1日 10:00', '2026-04-01'],
    ['2026年4月1日10時30分', '2026-04-01'],
    ['2026/04/01 午後11:30', '2026-04-01'],
    ['２０２６／０４／０１', '2026-04-01'],
    ['4/1/2026 10:00 AM', '2026-04-01'],
    ['4/1/2026 11:59 PM', '2026-04-01'],
    ['2024-02-29', '2024-02-29'],
  ])('%s -> %s', (text, iso) => {
    expect(parseDate(text, 'mdy', TOKYO)).toBe(iso);
  });

  test('4/1/2026 and 1/4/2026 follow the order', () => {
    expect(parseDate('4/1/2026', 'mdy', TOKYO)).toBe('2026-04-01');
    expect(parseDate('4/1/2026', 'dmy', TOKYO)).toBe('2026-01-04');
    expect(parseDate('1/4/2026', 'mdy', TOKYO)).toBe('2026-01-04');
    expect(parseDate('1/4/2026', 'dmy', TOKYO)).toBe('2026-04-01');
    expect(parseDate('01.04.2026', 'dmy', TOKYO)).toBe('2026-04-01');
  });

  test('UTC instants give the calendar date in the time zone', () => {
    expect(parseDate('2026-04-01T01:00:00.000Z', 'mdy', TOKYO)).toBe('2026-04-01');
    expect(parseDate('2026-03-31T15:00:00.000Z', 'mdy', TOKYO)).toBe('2026-04-01');
    expect(parseDate('2026-03-31T14:59:59Z', 'mdy', TOKYO)).toBe('2026-03-31');
    expect(parseDate('2026-03-31T15:00:00.000Z', 'mdy', 'UTC')).toBe('2026-03-31');
    expect(parseDate('2026-04-01T03:00:00Z', 'mdy', 'America/New_York')).toBe('2026-03-31');
    expect(parseDate('2026-04-01T00:30:00+09:00', 'mdy', 'UTC')).toBe('2026-03-31');
    expect(parseDate('2026-04-01 00:30 +0900', 'mdy', TOKYO)).toBe('2026-04-01');
  });

  test('a time without a zone is local to the export: the date as written', () => {
    expect(parseDate('2026-04-01T23:30:00', 'mdy', 'UTC')).toBe('2026-04-01');
    expect(parseDate('2026-04-01 23:30', 'mdy', TOKYO)).toBe('2026-04-01');
  });

  test('an unknown time zone reads instants in UTC rather than failing the file', () => {
    expect(parseDate('2026-03-31T15:00:00Z', 'mdy', 'Mars/Olympus')).toBe('2026-03-31');
  });

  test.each([
    '31/31/2026',
    '2026-02-30',
    '2025-02-29',
    '2026-13-01',
    '2026-00-10',
    '0/1/2026',
    'soon',
    'next week',
    '',
    '   ',
    '2026',
    '2026-04',
    '46113',
    '4/1/26',
    '2026-04-01 25:00',
    '2026-04-01 10:61',
    '4/1/2026 13:00 PM',
    '2026-04/01',
    '2026-04-0110:00',
    '1899-12-31',
    '=DATE(2026,4,1)',
  ])('%p is no date (null, never a guess)', (text) => {
    expect(parseDate(text, 'mdy', TOKYO)).toBeNull();
    expect(parseDate(text, 'dmy', TOKYO)).toBeNull();
  });

  const dates = fc
    .record({
      year: fc.integer({ min: 1900, max: 2199 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .filter(({ year, month, day }) => new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day);
  const iso = ({ year, month, day }: { year: number; month: number; day: number }) =>
    `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const p2 = (n: number) => String(n).padStart(2, '0');

  test('any valid date written in each format reads back as itself', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (d, h, m) => {
        const { year: y, month: mo, day } = d;
        const expected = iso(d);
        const written: [string, 'mdy' | 'dmy'][] = [
          [expected, 'mdy'],
          [`${expected} ${p2(h)}:${p2(m)}`, 'dmy'],
          [`${y}/${p2(mo)}/${p2(day)} ${h}:${p2(m)}`, 'mdy'],
          [`${y}/${mo}/${day}`, 'dmy'],
          [`${y}.${p2(mo)}.${p2(day)}`, 'mdy'],
          [`${y}年${mo}月${day}日`, 'mdy'],
          [`${mo}/${day}/${y}`, 'mdy'],
          [`${day}/${mo}/${y}`, 'dmy'],
          [`${p2(mo)}/${p2(day)}/${y} ${((h + 11) % 12) + 1}:${p2(m)} ${h < 12 ? 'AM' : 'PM'}`, 'mdy'],
          [`${expected}T${p2(h)}:${p2(m)}:00.000Z`, 'mdy'],
        ];
        for (const [text, order] of written)
          expect([text, parseDate(text, order, 'UTC')]).toEqual([text, expected]);
      }),
    );
  });

  test('an instant reads as the date a clock in the zone shows', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1960, 0, 1), max: Date.UTC(2150, 0, 1) }), (ms) => {
        const instant = new Date(ms).toISOString();
        const tokyo = new Date(ms + 9 * 3600_000).toISOString().slice(0, 10); // no summer time in Japan since 1951
        expect(parseDate(instant, 'mdy', TOKYO)).toBe(tokyo);
        expect(dateIn(ms, TOKYO)).toBe(tokyo);
      }),
    );
  });

  test('day 29 to 31 in a month without it is never rolled into the next month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2199 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 29, max: 31 }),
        (y, m, d) => {
          const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
          const text = `${y}-${p2(m)}-${p2(d)}`;
          expect(parseDate(text, 'mdy', 'UTC')).toBe(real ? text : null);
        },
      ),
    );
  });

  test('text that is not a date in any format is null', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const read = parseDate(text, 'mdy', 'UTC');
        if (read !== null) expect(read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (!/\d{4}/.test(text.normalize('NFKC'))) expect(read).toBeNull();
      }),
    );
  });
});

describe('decideDateOrder', () => {
  test('a first part above 12 proves day first; a second part above 12 proves month first', () => {
    expect(decideDateOrder(['4/1/2026', '13/1/2026'])).toMatchObject({ order: 'dmy', ambiguous: false });
    expect(decideDateOrder(['4/1/2026', '1/13/2026'], 'en-GB')).toMatchObject({
      order: 'mdy',
      ambiguous: false,
    });
  });

  test('without proof the locale decides, and the user is asked', () => {
    expect(decideDateOrder(['4/1/2026', '5/2/2026'], 'en-US')).toEqual({
      order: 'mdy',
      ambiguous: true,
      ambiguousValues: 2,
      examples: ['4/1/2026', '5/2/2026'],
    });
    expect(decideDateOrder(['4/1/2026'], 'en_GB')).toMatchObject({ order: 'dmy', ambiguous: true });
    expect(decideDateOrder(['4/1/2026'], 'ja_JP')).toMatchObject({ order: 'mdy', ambiguous: true });
    expect(decideDateOrder(['4/1/2026'])).toMatchObject({ order: 'mdy', ambiguous: true });
  });

  test('dates that read the same either way, or start with the year, ask nothing', () => {
    expect(decideDateOrder(['4/4/2026', '2026-04-01', '2026/04/05 10:00', '', 'soon'], 'de-DE')).toEqual({
      order: 'dmy',
      ambiguous: false,
      ambiguousValues: 0,
      examples: [],
    });
  });

  test('values that contradict each other are ambiguous; the larger side wins', () => {
    expect(decideDateOrder(['13/1/2026', '14/1/2026', '1/13/2026'])).toMatchObject({
      order: 'dmy',
      ambiguous: true,
    });
  });

  test.each([
    ['en-US', 'mdy'],
    ['en', 'mdy'],
    ['ja', 'mdy'],
    ['en-GB', 'dmy'],
    ['de_DE', 'dmy'],
    ['fr', 'dmy'],
  ] as const)('locale %s writes %s', (locale, order) => {
    expect(localeDateOrder(locale)).toBe(order);
  });
});
