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

/** A plan with many initiative KPIs: `perCsf` initiatives under each of `csfs` CSFs, each with five sub-metrics. */
export function withManyKpis(plan: Plan, csfs = 6, perCsf = 5): Plan {
  const cadences = ['weekly', 'monthly', 'quarterly', 'once'] as const;
  const copy: Plan = JSON.parse(JSON.stringify(plan));
  copy.csfs = Array.from({ length: csfs }, (_, i) => ({
    id: `csf${i + 1}`,
    transition: i % (plan.stages.length - 1),
    text: `CSF ${i + 1}`,
    initiatives: Array.from({ length: perCsf }, (_, j) => ({
      id: `ini${i + 1}-${j + 1}`,
      name: `Initiative ${i + 1}-${j + 1}`,
      kpi: {
        name: `KPI ${i + 1}-${j + 1}`,
        target: 50,
        cadence: cadences[(i + j) % cadences.length] ?? 'monthly',
        quality: j % 2 ? 'Accepted by sales' : '',
        qualityShare: null,
        endDate: null,
        countsStage: j === 0,
        subMetrics: Array.from({ length: 5 }, (_, k) => ({
          id: `sub${k + 1}`,
          name: `Sub-metric ${k + 1}`,
          target: k % 2 ? 0.5 : 100,
          unit: k % 2 ? ('rate' as const) : ('count' as const),
          signal: k === 4,
        })),
      },
    })),
  }));
  return copy;
}
