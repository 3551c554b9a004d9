import fc from 'fast-check';
import { PLAN_SCHEMA_VERSION, type Plan } from '../../src/core/plan';
import { validatePlan } from '../../src/core/plan-validate';

const rate = fc.integer({ min: 1, max: 1000 }).map((n) => n / 1000);
const name = (prefix: string) => fc.integer({ min: 0, max: 999 }).map((n) => `${prefix} ${n}`);

/** Random valid plans: 2-10 stages, 0-30 channels, 1-24 months, any start month, uneven seasonality. */
export const planArb: fc.Arbitrary<Plan> = fc
  .record({
    lang: fc.constantFrom('en' as const, 'ja' as const),
    currency: fc.constantFrom('JPY', 'USD', 'EUR', 'GBP'),
    startYear: fc.integer({ min: 2024, max: 2030 }),
    startMonth: fc.integer({ min: 1, max: 12 }),
    periodMonths: fc.integer({ min: 1, max: 24 }),
    kind: fc.constantFrom('revenue' as const, 'customers' as const),
    amount: fc.integer({ min: 1, max: 5_000_000_000 }),
    share: rate,
    deal: fc.integer({ min: 100, max: 50_000_000 }),
    stages: fc.array(fc.record({ rate, lag: fc.integer({ min: 0, max: 3 }) }), {
      minLength: 2,
      maxLength: 10,
    }),
    // Decimal weights too: they make halves that floating-point noise could tip either way.
    seasonality: fc.array(
      fc.integer({ min: 1, max: 30 }).map((n) => n / 10),
      { minLength: 12, maxLength: 12 },
    ),
    channels: fc.array(
      fc.record({
        allocation: fc.constantFrom('share' as const, 'count' as const),
        share: fc.integer({ min: 0, max: 60 }).map((n) => n / 100),
        count: fc.integer({ min: 0, max: 5000 }),
        cpl: fc.integer({ min: 0, max: 50_000 }),
      }),
      { maxLength: 30 },
    ),
  })
  .map((r) => {
    const n = r.stages.length;
    // Keep the top of the funnel computable: customer goals are counts, not money.
    const amount = r.kind === 'customers' ? Math.min(r.amount, 5000) : r.amount;
    return {
      schemaVersion: PLAN_SCHEMA_VERSION,
      name: 'Random plan',
      lang: r.lang,
      currency: r.currency,
      startYear: r.startYear,
      startMonth: r.startMonth,
      periodMonths: r.periodMonths,
      goal: { kind: r.kind, amount, marketingShare: r.share },
      avgDealSize: r.deal,
      stages: r.stages.map((s, i) => ({
        id: i === 0 ? 'leads' : `s${i}`,
        kind: i === 0 ? ('leads' as const) : ('custom' as const),
        name: `Stage ${i + 1}`,
        rate: i === n - 1 ? null : s.rate,
        lagMonths: i === n - 1 ? 0 : s.lag,
      })),
      seasonality: r.seasonality,
      channels: r.channels.map((c, i) => ({
        id: `ch${i}`,
        name: `Channel ${i + 1}`,
        allocation: c.allocation,
        value: c.allocation === 'share' ? c.share : c.count,
        cpl: c.cpl,
      })),
      csfs: [],
      thresholds: { green: 1, amber: 0.9 },
    } satisfies Plan;
  })
  // Goals whose funnel would need over a billion contacts are refused by validation; skip them.
  .filter((plan) => validatePlan(plan).ok);

export { name };
