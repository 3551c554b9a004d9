/** Step 1: the goal (KGI) and the plan's period. */
import { APP, CURRENCY_NAMES, GOAL, GOAL_KINDS, MONTH_NAMES } from '../../core/catalog/sidebar';
import { formatCount, tidy } from '../../core/format';
import { CURRENCIES, type GoalKind, type Plan } from '../../core/plan';
import { el } from '../dom';
import { fieldRow, setNote, type View } from '../view';

/** Switching revenue <-> new customers keeps the won deals: ¥1,000,000,000 at ¥5,000,000 a deal is 200 customers. */
function switchGoalKind(plan: Plan, kind: GoalKind): void {
  const { amount } = plan.goal;
  const deal = plan.avgDealSize;
  if (plan.goal.kind !== kind && typeof amount === 'number' && typeof deal === 'number' && deal > 0) {
    plan.goal.amount = tidy(kind === 'customers' ? amount / deal : amount * deal);
  }
  plan.goal.kind = kind;
}

export function goalStep(v: View): HTMLElement {
  const plan = v.plan;
  const revenue = plan.goal.kind === 'revenue';
  const kinds: GoalKind[] = ['revenue', 'customers'];

  const amount = v.field({
    path: 'goal.amount',
    kind: revenue ? 'money' : 'count',
    label: v.t(revenue ? GOAL.amountRevenue : GOAL.amountCustomers),
    suffix: revenue ? plan.currency : v.t(GOAL.customersUnit),
    hint: revenue ? v.t(GOAL.amountHint) : undefined,
  });
  v.live((d) => {
    const won = d.numbers?.wonDeals;
    setNote(
      amount.note,
      won === undefined ? '' : v.t(GOAL.wonDealsNeeded, { count: formatCount(won, v.lang) }),
    );
  });

  return el(
    'section',
    { class: 'step', 'aria-labelledby': 'step-heading' },
    el('h2', { id: 'step-heading', tabindex: -1 }, v.t(GOAL.heading)),
    el('p', { class: 'intro' }, v.t(GOAL.intro)),
    v.field({ path: 'name', kind: 'text', label: v.t(GOAL.planName) }).wrap,
    v.select({
      path: 'goal.kind',
      label: v.t(GOAL.kind),
      options: kinds.map((k) => ({ value: k, label: v.t(GOAL_KINDS[k]) })),
      onPick: (p, kind) => switchGoalKind(p, kind as GoalKind),
    }).wrap,
    amount.wrap,
    v.field({
      path: 'goal.marketingShare',
      kind: 'percent',
      label: v.t(GOAL.marketingShare),
      suffix: v.t(APP.percentUnit),
      hint: v.t(GOAL.marketingShareHint),
      className: 'narrow',
    }).wrap,
    v.field({ path: 'avgDealSize', kind: 'money', label: v.t(GOAL.avgDealSize), suffix: plan.currency }).wrap,
    v.select({
      path: 'currency',
      label: v.t(GOAL.currency),
      options: CURRENCIES.map((c) => ({ value: c, label: v.t(CURRENCY_NAMES[c]) })),
      onSelect: (currency) => v.host.switchCurrency(String(currency)),
    }).wrap,
    ...fieldRow(
      v.select({
        path: 'startMonth',
        label: v.t(GOAL.startMonth),
        options: MONTH_NAMES.map((m, i) => ({ value: i + 1, label: v.t(m) })),
        // The seasonality fields are listed from the start month, so they are laid out again.
        restructure: true,
      }),
      v.field({ path: 'startYear', kind: 'integer', label: v.t(GOAL.startYear), className: 'narrow' }),
    ),
    v.field({
      path: 'periodMonths',
      kind: 'integer',
      label: v.t(GOAL.periodMonths),
      suffix: v.t(GOAL.monthsUnit),
      className: 'narrow',
    }).wrap,
    seasonality(v),
    thresholds(v),
  );
}

/** Twelve monthly weights, listed from the fiscal-year start, three to a row. */
function seasonality(v: View): HTMLElement {
  const start = typeof v.plan.startMonth === 'number' ? v.plan.startMonth - 1 : 0;
  const calendar = MONTH_NAMES.map((name, m) => ({ name, m }));
  const months = [...calendar.slice(start), ...calendar.slice(0, start)];
  const rows: HTMLElement[] = [];
  for (let i = 0; i < 12; i += 3) {
    const fields = months
      .slice(i, i + 3)
      .map(({ name, m }) =>
        v.field({ path: `seasonality.${m}`, kind: 'weight', label: v.t(name), className: 'narrow' }),
      );
    rows.push(...fieldRow(...fields));
  }
  return el(
    'details',
    { class: 'group' },
    el('summary', {}, v.t(GOAL.seasonality)),
    el('p', { class: 'intro' }, v.t(GOAL.seasonalityHint)),
    ...rows,
  );
}

function thresholds(v: View): HTMLElement {
  const pct = (path: string, label: string) =>
    v.field({ path, kind: 'percent', label, suffix: v.t(APP.percentUnit), className: 'narrow' });
  return el(
    'details',
    { class: 'group' },
    el('summary', {}, v.t(GOAL.thresholds)),
    el('p', { class: 'intro' }, v.t(GOAL.thresholdsHint)),
    ...fieldRow(
      pct('thresholds.green', v.t(GOAL.thresholdGreen)),
      pct('thresholds.amber', v.t(GOAL.thresholdAmber)),
    ),
  );
}
