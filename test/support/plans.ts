import type { Plan } from '../../src/core/plan';
import { defaultPlan } from '../../src/core/plan-defaults';

/** The large plan the batching budget is measured with: 10 stages, 30 channels, 24 months. */
export function largePlan(lang: 'en' | 'ja' = 'en'): Plan {
  const plan = defaultPlan(lang);
  const stageNames = [
    'Sessions',
    'Leads',
    'Engaged',
    'MQL',
    'SAL',
    'SQL',
    'Discovery',
    'Opportunities',
    'Proposal',
    'Won deals',
  ];
  plan.name = 'Large plan';
  plan.periodMonths = 24;
  plan.goal.amount = 3_000_000_000 * (lang === 'en' ? 0.01 : 1);
  plan.stages = stageNames.map((name, i) => ({
    id: i === 1 ? 'leads' : `stage${i}`,
    kind: i === 1 ? ('leads' as const) : ('custom' as const),
    name,
    rate: i === stageNames.length - 1 ? null : [0.05, 0.6, 0.5, 0.5, 0.7, 0.8, 0.6, 0.7, 0.4][i],
    lagMonths: i === stageNames.length - 1 ? 0 : i % 2,
  }));
  plan.channels = Array.from({ length: 30 }, (_, i) => ({
    id: `ch${i + 1}`,
    name: `Channel ${i + 1}`,
    allocation: i < 25 ? ('share' as const) : ('count' as const),
    value: i < 25 ? 0.04 : 100,
    cpl: 50 + i * 10,
  }));
  plan.seasonality = [1, 1, 1.2, 1, 0.8, 0.8, 0.6, 0.8, 1, 1.2, 1.4, 1.2];
  return plan;
}
