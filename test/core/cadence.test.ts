import fc from 'fast-check';
import {
  dayNumber,
  GRACE_DAYS,
  isoDate,
  periodDays,
  reviewCheck,
  reviewPeriods,
} from '../../src/core/cadence';
import { CADENCES, type Cadence } from '../../src/core/plan';

const planPeriod = fc.record({
  startYear: fc.integer({ min: 2000, max: 2099 }),
  startMonth: fc.integer({ min: 1, max: 12 }),
  periodMonths: fc.integer({ min: 1, max: 36 }),
});
const ongoing = fc.constantFrom<Cadence>('weekly', 'monthly', 'quarterly');

describe('review periods', () => {
  test('worked example: an April fiscal year in quarters, and a campaign ending on 30 June', () => {
    const plan = { startYear: 2027, startMonth: 4, periodMonths: 12 };
    expect(reviewPeriods(plan, 'quarterly').map((p) => [p.start, p.end, p.review])).toEqual([
      ['2027-04-01', '2027-06-30', '2027-07-01'],
      ['2027-07-01', '2027-09-30', '2027-10-01'],
      ['2027-10-01', '2027-12-31', '2028-01-01'],
      ['2028-01-01', '2028-03-31', '2028-04-01'],
    ]);
    expect(reviewPeriods(plan, 'once', '2027-06-30')).toEqual([
      { index: 0, start: '2027-04-01', end: '2027-06-30', review: '2027-07-01' },
    ]);
    expect(reviewPeriods(plan, 'once')[0]?.review).toBe('2028-04-01');
    const weeks = reviewPeriods({ startYear: 2028, startMonth: 2, periodMonths: 1 }, 'weekly');
    // February 2028 has 29 days: four weeks and one day.
    expect(weeks.map((w) => w.end)).toEqual([
      '2028-02-07',
      '2028-02-14',
      '2028-02-21',
      '2028-02-28',
      '2028-02-29',
    ]);
  });

  test('periods tile the plan period from its fiscal start, without gap or overlap, for any start and length', () => {
    fc.assert(
      fc.property(planPeriod, ongoing, (plan, cadence) => {
        const periods = reviewPeriods(plan, cadence);
        const { first, after } = periodDays(plan);
        expect(periods[0]?.start).toBe(isoDate(first));
        expect(periods[periods.length - 1]?.review).toBe(isoDate(after));
        periods.forEach((p, i) => {
          expect(p.index).toBe(i);
          expect(dayNumber(p.review)).toBe((dayNumber(p.end) as number) + 1);
          expect(dayNumber(p.end)! >= dayNumber(p.start)!).toBe(true);
          if (i > 0) expect(p.start).toBe(periods[i - 1]?.review);
        });
        const length = (dayNumber(periods[periods.length - 1]!.review) as number) - first;
        if (cadence === 'weekly') expect(periods.length).toBe(Math.ceil(length / 7));
        if (cadence === 'monthly') expect(periods.length).toBe(plan.periodMonths);
        if (cadence === 'quarterly') expect(periods.length).toBe(Math.ceil(plan.periodMonths / 3));
        if (cadence !== 'weekly')
          for (const p of periods) expect(p.start.endsWith('-01') && p.review.endsWith('-01')).toBe(true);
      }),
    );
  });

  test('a one-off campaign is one period ending on its end date, reviewed the day after', () => {
    fc.assert(
      fc.property(planPeriod, fc.nat(), (plan, offset) => {
        const { first, after } = periodDays(plan);
        const end = isoDate(first + (offset % (after - first)));
        const [p] = reviewPeriods(plan, 'once', end);
        expect(reviewPeriods(plan, 'once', end)).toHaveLength(1);
        expect(p?.end).toBe(end);
        expect(p?.review).toBe(isoDate((dayNumber(end) as number) + 1));
      }),
    );
  });

  test('dayNumber refuses what is not a calendar day', () => {
    expect(dayNumber('2027-02-29')).toBeNull();
    expect(dayNumber('2028-02-29')).not.toBeNull();
    expect(dayNumber('2027/06/30')).toBeNull();
    expect(dayNumber('2027-13-01')).toBeNull();
  });
});

describe('due and overdue as of a given date', () => {
  const plan = { startYear: 2027, startMonth: 1, periodMonths: 12 };

  test('worked example: monthly, January typed, as of 10 March', () => {
    const periods = reviewPeriods(plan, 'monthly');
    const reviewed = periods.map((p) => p.index === 0);
    // February's review (1 March) is past its week of grace; nothing else has come.
    expect(reviewCheck(periods, reviewed, 'monthly', '2027-03-10')).toMatchObject({
      state: 'overdue',
      overdueCount: 1,
      dueCount: 0,
      next: { review: '2027-03-01' },
    });
    expect(reviewCheck(periods, reviewed, 'monthly', '2027-03-05').state).toBe('due');
    expect(reviewCheck(periods, reviewed, 'monthly', '2027-02-28').state).toBe('upcoming');
    expect(
      reviewCheck(
        periods,
        periods.map(() => true),
        'monthly',
        '2029-01-01',
      ),
    ).toMatchObject({
      state: 'done',
      next: null,
    });
  });

  test('every period whose review date has come and has no actual is due or overdue, by its grace', () => {
    fc.assert(
      fc.property(
        planPeriod,
        fc.constantFrom(...CADENCES),
        fc.array(fc.boolean(), { maxLength: 160 }),
        fc.integer({ min: -30, max: 1200 }),
        (p, cadence, typed, offset) => {
          const periods = reviewPeriods(p, cadence);
          const reviewed = periods.map((x) => typed[x.index] ?? false);
          const today = isoDate(periodDays(p).first + offset);
          const check = reviewCheck(periods, reviewed, cadence, today);
          const now = dayNumber(today) as number;
          const open = periods.filter((x) => !reviewed[x.index] && dayNumber(x.review)! <= now);
          const late = open.filter((x) => dayNumber(x.review)! + GRACE_DAYS[cadence] <= now);
          expect(check.overdueCount).toBe(late.length);
          expect(check.dueCount).toBe(open.length - late.length);
          if (late.length) expect(check.state).toBe('overdue');
          else if (open.length) expect(check.state).toBe('due');
          // Later dates never make fewer reviews late.
          const later = reviewCheck(periods, reviewed, cadence, isoDate(now + 30));
          expect(later.overdueCount).toBeGreaterThanOrEqual(check.overdueCount);
        },
      ),
    );
  });
});
