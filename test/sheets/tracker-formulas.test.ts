import fc from 'fast-check';
import { L, SHEET_NAME } from '../../src/core/catalog/sheets';
import { DUE_LIST, TRACKER } from '../../src/core/catalog/tracker';
import { dayNumber, isoDate, reviewCheck } from '../../src/core/cadence';
import { render, type Text } from '../../src/core/i18n';
import { CADENCES, type Csf, type Plan, type SubMetric } from '../../src/core/plan';
import { defaultPlan, newKpi } from '../../src/core/plan-defaults';
import { validatePlan } from '../../src/core/plan-validate';
import { kpiProgress, type KpiEntries, type QualityFlag } from '../../src/core/tracker';
import type { Status } from '../../src/core/review';
import { SHEET_KEYS, type SheetNames } from '../../src/sheets/names';
import { monthLabel, positions } from '../../src/sheets/positions';
import { dashboardPositions } from '../../src/sheets/dashboard';
import { DUE_COL } from '../../src/sheets/due-reviews';
import { PERIOD_COL, TRACKER_COL, trackerBlocks, type TrackerBlock } from '../../src/sheets/tracker';
import { layoutWorkbook } from '../../src/sheets/workbook';
import { planArb } from '../support/arbitraries';
import { evaluate, type EvaluatedWorkbook } from '../support/hf-workbook';

const namesFor = (plan: Plan) =>
  Object.fromEntries(SHEET_KEYS.map((k) => [k, render(SHEET_NAME[k], plan.lang)])) as SheetNames;

const STATUS: Record<Status, Text> = { green: L.statusGreen, amber: L.statusAmber, red: L.statusRed };
const FLAG: Record<QualityFlag, Text> = {
  met: TRACKER.qualityMet,
  short: TRACKER.qualityShort,
  numberNotQuality: TRACKER.numberNotQuality,
};

/** Sheet serial of an ISO date (days since 1899-12-30). */
const serial = (iso: string) => (dayNumber(iso) as number) + 25_569;

const subArb: fc.Arbitrary<Omit<SubMetric, 'id'>> = fc.record({
  name: fc.constantFrom('Sessions', 'CTA click rate', 'Follow-up time', 'Dwell time'),
  unit: fc.constantFrom('count' as const, 'rate' as const, 'hours' as const, 'seconds' as const),
  target: fc.integer({ min: 1, max: 100 }),
  signal: fc.boolean(),
});

const csfsArb = (stages: number) =>
  fc.array(
    fc.record({
      transition: fc.integer({ min: 0, max: stages - 2 }),
      initiatives: fc.array(
        fc.record({
          cadence: fc.constantFrom(...CADENCES),
          target: fc.integer({ min: 0, max: 200 }),
          quality: fc.boolean(),
          share: fc.option(fc.integer({ min: 1, max: 100 }).map((n) => n / 100)),
          countsStage: fc.boolean(),
          endOffset: fc.option(fc.nat()),
          subs: fc.array(subArb, { maxLength: 5 }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
    { minLength: 1, maxLength: 3 },
  );

/** A random plan with random CSFs and KPIs, and random values typed on the tracker and Actuals. */
const trackedArb = planArb
  .filter((p) => p.periodMonths <= 12)
  .chain((plan) =>
    fc.tuple(
      fc.constant(plan),
      csfsArb(plan.stages.length),
      fc.array(fc.option(fc.integer({ min: 0, max: 300 })), { minLength: 300, maxLength: 300 }),
      // The day the Dashboard's due list is read, from before the plan starts to after it ends.
      fc.integer({ min: -20, max: 400 }),
    ),
  )
  .map(([base, csfs, typed, day]) => {
    const plan: Plan = { ...base, csfs: [] };
    const days = positions(plan).months.count * 28;
    plan.csfs = csfs.map((c, i): Csf => ({
      id: `csf${i}`,
      transition: c.transition,
      text: `CSF ${i}`,
      initiatives: c.initiatives.map((ini, j) => {
        const start = new Date(
          Date.UTC(plan.startYear, plan.startMonth - 1, 1 + ((ini.endOffset ?? 0) % days)),
        );
        return {
          id: `ini${i}-${j}`,
          name: `Initiative ${i}-${j}`,
          kpi: {
            ...newKpi(ini.cadence),
            name: `KPI ${i}-${j}`,
            target: ini.target,
            quality: ini.quality ? 'Accepted by sales' : '',
            qualityShare: ini.share,
            countsStage: ini.countsStage,
            endDate:
              ini.cadence === 'once' && ini.endOffset !== null ? start.toISOString().slice(0, 10) : null,
            subMetrics: ini.subs.map((s, k) => ({
              ...s,
              id: `s${k}`,
              name: `${s.name} ${k}`,
              target: s.unit === 'rate' ? s.target / 100 : s.target,
            })),
          },
        };
      }),
    }));
    const today = isoDate((dayNumber(`${monthLabel(plan.startYear, plan.startMonth)}-01`) as number) + day);
    return { plan, typed, today };
  })
  .filter(({ plan }) => validatePlan(plan).ok);

/** Types values into a block (some periods left empty) and returns them as the core reads them. */
function typeInto(
  book: EvaluatedWorkbook,
  sheet: string,
  block: TrackerBlock,
  typed: (number | null)[],
  seed: number,
) {
  let k = seed;
  const next = () => typed[k++ % typed.length] ?? null;
  const row = (r: number | null, scale = 1) =>
    block.tracked.periods.map((_, i) => {
      if (r === null) return null;
      const v = next();
      const value = v === null ? null : v / scale;
      if (value !== null) book.set(sheet, r, PERIOD_COL + i, value);
      return value;
    });
  const entries: KpiEntries = { actual: row(block.actual), qualified: row(block.qualified), subs: {} };
  block.tracked.initiative.kpi.subMetrics.forEach((sub, i) => {
    entries.subs[sub.id] = row(block.subs[i] as number, sub.unit === 'rate' ? 300 : 1);
  });
  return entries;
}

function expectTrackerMatchesCore(plan: Plan, typed: (number | null)[], today: string) {
  const names = namesFor(plan);
  const book = evaluate(layoutWorkbook(plan, names));
  const pos = positions(plan);
  const t = (x: Text) => render(x, plan.lang);
  // Stage actuals on the Actuals sheet, for the share of stage.
  const stageTotals = plan.stages.map((_, s) => {
    const v = typed[s] ?? null;
    if (v !== null)
      book.set(names.actuals, pos.months.stageRow(s), pos.months.firstCol + pos.months.before, v);
    return v ?? 0;
  });
  const { blocks } = trackerBlocks(plan);
  const entries = blocks.map((b, i) => typeInto(book, names.tracker, b, typed, 17 * (i + 1)));
  // The Dashboard's due list reads its day from one cell (TODAY() on the sheet).
  const due = dashboardPositions(plan).dueRow;
  book.set(names.dashboard, due + 1, 2, serial(today));
  const mismatches: string[] = [];
  const v = (row: number, col: number) => book.value(names.tracker, row, col);
  const same = (what: string, sheet: unknown, core: number | string | null) => {
    const ok =
      core === null
        ? sheet === '' || sheet === null
        : typeof core === 'number'
          ? typeof sheet === 'number' && Math.abs(sheet - core) <= 1e-9 * Math.max(1, Math.abs(core))
          : sheet === core;
    if (!ok) mismatches.push(`${what}: sheet ${JSON.stringify(sheet)} core ${JSON.stringify(core)}`);
  };
  blocks.forEach((block, i) => {
    const p = kpiProgress(
      plan,
      block.tracked,
      entries[i] as KpiEntries,
      stageTotals[block.tracked.csf.transition + 1] ?? 0,
    );
    const id = block.tracked.initiative.id;
    same(
      `${id} latest period`,
      v(block.reviewed, TRACKER_COL.latest),
      p.latestIndex === null ? 0 : p.latestIndex + 1,
    );
    same(`${id} latest`, v(block.actual, TRACKER_COL.latest), p.latest);
    same(`${id} attainment`, v(block.actual, TRACKER_COL.attainment), p.attainment);
    same(`${id} status`, v(block.actual, TRACKER_COL.status), p.status ? t(STATUS[p.status]) : null);
    same(`${id} next review`, v(block.actual, TRACKER_COL.next), p.next ? serial(p.next.review) : null);
    same(`${id} share of stage`, v(block.actual, TRACKER_COL.share), p.stageShare);
    if (block.qualified !== null) {
      same(`${id} quality share`, v(block.qualified, TRACKER_COL.target), p.qualityShare);
      same(`${id} qualified share`, v(block.qualified, TRACKER_COL.attainment), p.qualifiedShare);
      same(
        `${id} quality flag`,
        v(block.qualified, TRACKER_COL.status),
        p.quality ? t(FLAG[p.quality]) : null,
      );
    }
    p.subs.forEach((s, k) => {
      const row = block.subs[k] as number;
      same(`${id} sub ${k} latest`, v(row, TRACKER_COL.latest), s.latest);
      same(`${id} sub ${k} attainment`, v(row, TRACKER_COL.attainment), s.attainment);
      same(`${id} sub ${k} status`, v(row, TRACKER_COL.status), s.status ? t(STATUS[s.status]) : null);
    });
    block.tracked.periods.forEach((period, k) =>
      same(`${id} review date ${k}`, v(block.dates, PERIOD_COL + k), serial(period.review)),
    );
    const check = reviewCheck(
      block.tracked.periods,
      (entries[i] as KpiEntries).actual.map((a) => a !== null),
      block.tracked.initiative.kpi.cadence,
      today,
    );
    const listed = (col: number) => book.value(names.dashboard, due + 4 + i, col);
    same(`${id} due on ${today}`, listed(DUE_COL.state), t(DUE_LIST[check.state]));
    same(`${id} periods waiting on ${today}`, listed(DUE_COL.waiting), check.dueCount + check.overdueCount);
    same(`${id} due list status`, listed(DUE_COL.status), p.status ? t(STATUS[p.status]) : null);
    same(`${id} due list next review`, listed(DUE_COL.next), p.next ? serial(p.next.review) : null);
  });
  expect(mismatches).toEqual([]);
}

describe('KPI Tracker formulas', () => {
  test('every figure of the tracker equals the core for random plans and typed values', () => {
    fc.assert(
      fc.property(trackedArb, ({ plan, typed, today }) => expectTrackerMatchesCore(plan, typed, today)),
      {
        numRuns: 25,
      },
    );
  });

  test('met in number, not in quality: 45 newsletter MQLs of a target of 40, 3 accepted by sales', () => {
    const plan = defaultPlan('en');
    const names = namesFor(plan);
    const book = evaluate(layoutWorkbook(plan, names));
    const block = trackerBlocks(plan).blocks[0] as TrackerBlock;
    expect(block.tracked.initiative.kpi.name).toBe('Newsletter-driven MQLs');
    book.set(names.tracker, block.actual, PERIOD_COL, 30);
    book.set(names.tracker, block.actual, PERIOD_COL + 1, 45);
    book.set(names.tracker, block.qualified as number, PERIOD_COL + 1, 3);
    // The default quality share is the plan's MQL → Opportunities rate, 15%: 3 of 45 is 6.7%.
    expect(book.value(names.tracker, block.qualified as number, TRACKER_COL.target)).toBe(0.15);
    expect(book.value(names.tracker, block.actual, TRACKER_COL.status)).toBe('On track');
    expect(book.value(names.tracker, block.qualified as number, TRACKER_COL.status)).toBe(
      'Met in number, not in quality',
    );
    const entries: KpiEntries = { actual: [30, 45], qualified: [null, 3], subs: {} };
    expect(kpiProgress(plan, block.tracked, entries, null).quality).toBe('numberNotQuality');
    // Seven accepted meet the share: the flag goes.
    book.set(names.tracker, block.qualified as number, PERIOD_COL + 1, 7);
    expect(book.value(names.tracker, block.qualified as number, TRACKER_COL.status)).toBe('Quality met');
  });

  test('the Japanese tracker names its flag in Japanese', () => {
    const plan = defaultPlan('ja');
    const names = namesFor(plan);
    expect(names.tracker).toBe('KPIトラッカー');
    const book = evaluate(layoutWorkbook(plan, names));
    const block = trackerBlocks(plan).blocks[0] as TrackerBlock;
    book.set(names.tracker, block.actual, PERIOD_COL, 50);
    book.set(names.tracker, block.qualified as number, PERIOD_COL, 1);
    expect(book.value(names.tracker, block.qualified as number, TRACKER_COL.status)).toBe(
      '数は達成、品質は未達',
    );
  });

  test.each([
    // The monthly newsletter's first review is 2027-02-01, due for 7 days, then overdue.
    ['2027-01-31', [], 'Upcoming', 0],
    ['2027-02-01', [], 'Due', 1],
    ['2027-02-07', [], 'Due', 1],
    ['2027-02-08', [], 'Overdue', 1],
    ['2027-03-02', [], 'Overdue', 2],
    ['2027-03-02', [0], 'Due', 1],
    ['2027-03-02', [0, 1], 'Upcoming', 0],
    ['2028-02-20', Array.from({ length: 12 }, (_, i) => i), 'All reviewed', 0],
  ])(
    'the Dashboard lists the newsletter KPI on %s with actuals in periods %j as %s',
    (today, typed, state, waiting) => {
      const plan = defaultPlan('en');
      const names = namesFor(plan);
      const book = evaluate(layoutWorkbook(plan, names));
      const block = trackerBlocks(plan).blocks[0] as TrackerBlock;
      expect(block.tracked.initiative.name).toBe('Monthly newsletter');
      for (const i of typed) book.set(names.tracker, block.actual, PERIOD_COL + i, 40);
      const due = dashboardPositions(plan).dueRow;
      book.set(names.dashboard, due + 1, 2, serial(today));
      const row = due + 4;
      expect(book.value(names.dashboard, row, DUE_COL.kpi)).toBe(
        'Monthly newsletter — Newsletter-driven MQLs',
      );
      expect([
        book.value(names.dashboard, row, DUE_COL.state),
        book.value(names.dashboard, row, DUE_COL.waiting),
      ]).toEqual([state, waiting]);
      const reviewed = block.tracked.periods.map((_, i) => (typed as number[]).includes(i));
      const check = reviewCheck(block.tracked.periods, reviewed, 'monthly', today);
      expect(render(DUE_LIST[check.state], 'en')).toBe(state);
      // The counts above the list: every KPI of the plan as core sees it (only the newsletter has actuals).
      const states = trackerBlocks(plan).blocks.map(
        (b, k) =>
          reviewCheck(
            b.tracked.periods,
            b.tracked.periods.map((_, i) => k === 0 && reviewed[i] === true),
            b.tracked.initiative.kpi.cadence,
            today,
          ).state,
      );
      expect([book.value(names.dashboard, due + 2, 2), book.value(names.dashboard, due + 2, 4)]).toEqual([
        states.filter((x) => x === 'due' || x === 'overdue').length,
        states.filter((x) => x === 'overdue').length,
      ]);
    },
  );
});
