import { cohortCounts, importMonths, periodCounts, UNASSIGNED } from '../../../src/core/import/count';
import type { ContactRecord, DealRecord } from '../../../src/core/import/types';
import { importPlan, nonZero } from './helpers';

const plan = importPlan('en'); // leads, mql, opportunities, won; lags 0, 1, 2: Jan-Mar 2026 before the period

const contact = (
  key: string,
  dates: string[],
  source = '',
  inferred = dates.map(() => false),
): ContactRecord => ({
  key,
  email: key,
  source,
  status: '',
  dates,
  inferred,
  fallback: '',
  byStatus: dates.map(() => false),
});
const deal = (
  key: string,
  outcome: DealRecord['outcome'],
  amount: number | null,
  created: string,
  closed: string,
  source = '',
): DealRecord => ({
  key,
  name: key,
  stage: '',
  outcome,
  amount,
  created,
  closed,
  source,
});

describe('importMonths', () => {
  test('the month columns of the Actuals sheet: the months before the period, then the period', () => {
    const months = importMonths(plan);
    expect(months).toHaveLength(15);
    expect(months[0]).toMatchObject({ year: 2026, month: 1, inPeriod: false });
    expect(months[3]).toMatchObject({ year: 2026, month: 4, inPeriod: true });
    expect(months[14]).toMatchObject({ year: 2027, month: 3 });
  });
});

describe('periodCounts', () => {
  test('a stage counts in the month of its own date, whatever month the record was created in', () => {
    const counts = periodCounts(
      [
        contact('a', ['2026-03-30', '2026-04-02', '', '']),
        contact('b', ['2026-04-10', '2026-04-30', '2026-06-01', '']),
        contact('c', ['2026-04-11', '', '', '']),
      ],
      [],
      plan,
    );
    expect(nonZero(counts.months, counts.stages[0])).toEqual({ '2026-03': 1, '2026-04': 2 });
    expect(nonZero(counts.months, counts.stages[1])).toEqual({ '2026-04': 2 });
    expect(nonZero(counts.months, counts.stages[2])).toEqual({ '2026-06': 1 });
    expect(counts.countedFrom).toEqual(['contacts', 'contacts', 'contacts', 'contacts']);
    expect(counts.wonRevenue).toBeNull();
    expect(counts.openPipeline).toBeNull();
  });

  test('dates outside the month columns are not counted', () => {
    const counts = periodCounts([contact('a', ['2025-12-31', '2027-04-01', '', ''])], [], plan);
    expect(counts.stages.flat().reduce((a, b) => a + b, 0)).toBe(0);
  });

  test("with deals, won deals and revenue count by close month and replace the contacts' customer dates", () => {
    const counts = periodCounts(
      [contact('a', ['2026-04-01', '2026-04-02', '2026-04-03', '2026-04-04'])],
      [
        deal('d1', 'won', 1000, '2026-04-01', '2026-05-10'),
        deal('d2', 'won', null, '2026-04-01', '2026-05-11'),
        deal('d3', 'lost', 500, '2026-04-01', '2026-05-12'),
        deal('d4', 'open', 700, '2026-04-01', '2026-09-30'),
        deal('d5', 'open', null, '2026-04-01', ''),
        deal('d6', 'won', 300, '2026-04-01', ''),
      ],
      plan,
    );
    expect(counts.countedFrom).toEqual(['contacts', 'contacts', 'contacts', 'deals']);
    expect(nonZero(counts.months, counts.stages[3])).toEqual({ '2026-05': 2 });
    expect(nonZero(counts.months, counts.wonRevenue ?? [])).toEqual({ '2026-05': 1000 });
    expect(counts.openPipeline).toEqual({ deals: 2, amount: 700 });
    // The contact carries its own opportunity date, so opportunities still come from contacts.
    expect(nonZero(counts.months, counts.stages[2])).toEqual({ '2026-04': 1 });
  });

  test('opportunities come from deals by create date when no contact has an opportunity date of its own', () => {
    const inferredOnly = contact('a', ['2026-04-01', '2026-05-01', '2026-05-01', '2026-05-01'], '', [
      false,
      true,
      true,
      false,
    ]);
    const deals = [
      deal('d1', 'won', 1, '2026-04-20', '2026-05-01'),
      deal('d2', 'lost', 1, '2026-05-03', '2026-06-01'),
    ];
    const counts = periodCounts([inferredOnly], deals, plan);
    expect(counts.countedFrom[2]).toBe('deals');
    expect(nonZero(counts.months, counts.stages[2])).toEqual({ '2026-04': 1, '2026-05': 1 });
    const withoutDeals = periodCounts([inferredOnly], [], plan);
    expect(nonZero(withoutDeals.months, withoutDeals.stages[2])).toEqual({ '2026-05': 1 });
  });

  test('channels: by the source map, else by name; unmapped and unknown ids are unassigned', () => {
    const counts = periodCounts(
      [
        contact('a', ['2026-04-01', '2026-04-05', '', ''], 'Google Ads'),
        contact('b', ['2026-04-02', '', '', ''], 'Paid Search'),
        contact('c', ['2026-04-03', '', '', ''], 'Trade show'),
        contact('d', ['2026-05-03', '', '', ''], 'Gone'),
        contact('e', ['2026-05-04', '', '', ''], ''),
      ],
      [deal('d1', 'won', 900, '2026-04-01', '2026-06-01', 'Google Ads')],
      plan,
      { 'Google Ads': 'ch1', Gone: 'ch99' },
    );
    const byId = Object.fromEntries(counts.channels.map((c) => [c.id, c]));
    expect(counts.channels.map((c) => c.id)).toEqual(['ch1', 'ch2', 'ch3', 'ch4', UNASSIGNED]);
    expect(byId[UNASSIGNED]?.name).toBe('(unassigned)');
    expect(nonZero(counts.months, byId.ch1?.leads)).toEqual({ '2026-04': 2 });
    expect(nonZero(counts.months, byId.ch1?.stages[1])).toEqual({ '2026-04': 1 });
    expect(nonZero(counts.months, byId.ch1?.wonDeals)).toEqual({ '2026-06': 1 });
    expect(nonZero(counts.months, byId.ch1?.wonRevenue)).toEqual({ '2026-06': 900 });
    expect(nonZero(counts.months, byId[UNASSIGNED]?.leads)).toEqual({ '2026-04': 1, '2026-05': 2 });
  });

  test("the unassigned channel is named in the plan's language", () => {
    const counts = periodCounts([], [], importPlan('ja'));
    expect(counts.channels[counts.channels.length - 1]).toMatchObject({
      id: UNASSIGNED,
      name: '（未割り当て）',
    });
  });

  test('50,000 contacts and deals are counted in one pass each', () => {
    const contacts = Array.from({ length: 50_000 }, (_, i) =>
      contact(
        `c${i}`,
        [`2026-${String((i % 12) + 1).padStart(2, '0')}-01`, '', '', ''],
        i % 2 ? 'Paid Search' : 'x',
      ),
    );
    const deals = Array.from({ length: 50_000 }, (_, i) =>
      deal(`d${i}`, i % 2 ? 'won' : 'open', 10, '2026-04-01', '2026-05-01'),
    );
    const counts = periodCounts(contacts, deals, plan);
    expect(counts.stages[0]?.reduce((a, b) => a + b, 0)).toBe(50_000);
    expect(nonZero(counts.months, counts.stages[3])).toEqual({ '2026-05': 25_000 });
    expect(counts.openPipeline).toEqual({ deals: 25_000, amount: 250_000 });
  });
});

describe('cohortCounts', () => {
  test('for each lead-created month: how many reached each stage, and in which month', () => {
    const { months, cohorts } = cohortCounts(
      [
        contact('a', ['2026-04-01', '2026-04-20', '2026-06-01', '2026-08-01']),
        contact('b', ['2026-04-15', '2026-05-02', '', '']),
        contact('c', ['2026-05-01', '2026-05-02', '', '']),
        contact('d', ['2026-04-30', '', '', '2028-01-01']), // won after the last month column
        contact('e', ['', '2026-04-01', '', '']), // no lead date: in no cohort
      ],
      plan,
    );
    const april = cohorts.find((c) => c.month === '2026-04');
    expect(april).toMatchObject({ leads: 3, reached: [3, 2, 1, 2] });
    expect(nonZero(months, april?.byMonth[1])).toEqual({ '2026-04': 1, '2026-05': 1 });
    expect(nonZero(months, april?.byMonth[3])).toEqual({ '2026-08': 1 });
    expect(cohorts.find((c) => c.month === '2026-05')).toMatchObject({ leads: 1, reached: [1, 1, 0, 0] });
    expect(cohorts.reduce((n, c) => n + c.leads, 0)).toBe(4);
  });
});
