/** Step 5: the KPI tree from the goal down to leads, budget and returns, what-ifs, and the create button. */
import { transitionLabel } from '../../core/bottleneck';
import { APP, CHANNELS, PREVIEW, REVIEW, STEP_NAMES } from '../../core/catalog/sidebar';
import type { PlanIssue } from '../../core/plan-validate';
import { append, button, el, replaceChildren, setText, show } from '../dom';
import type { Derived } from '../derive';
import { fieldId } from '../fields';
import { formatCount, formatMoney, formatMultiple, formatPercent } from '../../core/format';
import type { View } from '../view';
import { cheapestMixBox } from './cheapest-mix';
import { stageLabel } from './funnel';

/** The wizard step holding the field an issue path points at. */
export function stepOfPath(path: string): 0 | 1 | 2 | 3 {
  if (/^stages(\.|$)/.test(path)) return 1;
  if (/^channels(\.|$)/.test(path)) return 2;
  if (/^csfs(\.|$)/.test(path)) return 3;
  return 0;
}

function tree(v: View, d: Derived): HTMLElement {
  const plan = v.plan;
  const list = el('ol', { class: 'tree', id: 'kpi-tree' });
  if (!d.numbers) return el('p', { class: 'hint' }, v.t(PREVIEW.stale));
  const n = d.numbers;
  const goal =
    plan.goal.kind === 'revenue'
      ? v.t(REVIEW.goalRevenue, { amount: formatMoney(plan.goal.amount, plan.currency, v.lang) })
      : v.t(REVIEW.goalCustomers, { count: formatCount(plan.goal.amount, v.lang) });
  list.appendChild(
    el(
      'li',
      { class: 'goal' },
      el('span', { class: 'name' }, goal),
      plan.goal.marketingShare < 1
        ? el(
            'span',
            { class: 'sub' },
            v.t(REVIEW.marketingPart, { share: formatPercent(plan.goal.marketingShare, v.lang) }),
          )
        : null,
    ),
  );
  // Bottom up: won deals first, each stage one level deeper than the stage below it.
  const nodes = plan.stages.map((stage, i) => {
    const depth = plan.stages.length - i;
    const below = plan.stages[i + 1];
    const required = n.required[i];
    return el(
      'li',
      { class: `depth-${Math.min(depth, 6)}`, 'data-stage': stage.id },
      el('span', { class: 'name' }, stageLabel(v, stage)),
      el('span', { class: 'num' }, required === undefined ? '' : formatCount(required, v.lang)),
      below && stage.rate !== null
        ? el(
            'span',
            { class: 'sub' },
            v.t(REVIEW.rateBelow, { rate: formatPercent(stage.rate, v.lang), name: stageLabel(v, below) }),
          )
        : null,
    );
  });
  append(list, ...nodes.reverse());
  return list;
}

function money(v: View, d: Derived): HTMLElement {
  const n = d.numbers;
  const cur = v.plan.currency;
  const show = (x: number | null | undefined) =>
    n && d.budgetKnown && x !== null && x !== undefined ? formatMoney(x, cur, v.lang) : v.t(APP.none);
  const pair = (label: string, value: string) => el('div', {}, el('dt', {}, label), el('dd', {}, value));
  return el(
    'dl',
    { class: 'metrics', id: 'review-metrics' },
    pair(v.t(CHANNELS.budget), show(n?.budget)),
    pair(v.t(CHANNELS.blendedCpl), show(n?.blendedCpl)),
    pair(v.t(CHANNELS.cac), show(n?.cac)),
    pair(
      v.t(CHANNELS.romi),
      n && d.budgetKnown && n.romi !== null ? formatMultiple(n.romi, v.lang) : v.t(APP.none),
    ),
  );
}

function whatIf(v: View, d: Derived): HTMLElement {
  const names = v.plan.stages.map((s) => stageLabel(v, s));
  if (!d.numbers || !d.budgetKnown) return el('p', { class: 'hint' }, v.t(PREVIEW.stale));
  if (!d.improvements.length) return el('p', { class: 'hint' }, v.t(REVIEW.whatIfNone));
  const list = el(
    'ol',
    { class: 'whatif', id: 'what-if' },
    ...d.improvements.map((x) =>
      el(
        'li',
        {},
        el(
          'span',
          { class: 'name' },
          v.t(REVIEW.whatIfName, {
            transition: transitionLabel(names, x.from),
            rate: formatPercent(x.rate, v.lang),
            improved: formatPercent(x.improvedRate, v.lang),
          }),
        ),
        el(
          'span',
          { class: 'sub' },
          v.t(REVIEW.whatIfLine, {
            leads: formatCount(x.leadsCut, v.lang),
            budget: formatMoney(x.budgetCut, v.plan.currency, v.lang),
          }),
        ),
      ),
    ),
  );
  return el('div', {}, el('p', { class: 'hint' }, v.t(REVIEW.whatIfIntro)), list);
}

function problems(v: View, issues: PlanIssue[]): HTMLElement {
  return el(
    'ul',
    { class: 'problems' },
    ...issues.map((issue) => {
      const step = stepOfPath(issue.path);
      return el(
        'li',
        {},
        el('span', {}, issue.message[v.lang]),
        button(
          v.t(REVIEW.goToField, { step: v.t(STEP_NAMES[step]) }),
          () => v.host.goTo(step, fieldId(issue.path)),
          {
            class: 'link',
          },
        ),
      );
    }),
  );
}

export function reviewStep(v: View): HTMLElement {
  const edit = v.host.mode === 'edit';
  const state = v.host.applyState;
  const busy = state.status === 'busy';
  const treeBox = el('div', {});
  const moneyBox = el('div', {});
  const whatIfBox = el('div', {});
  // Why Create is disabled sits with the button (sticky at the bottom), so it is always in view.
  const reason = el('p', { class: 'reason', id: 'create-reason' });
  const problemsBox = el('div', { class: 'problem-box', id: 'problems' });
  const create = button(
    v.t(busy ? (edit ? REVIEW.updating : REVIEW.creating) : edit ? REVIEW.update : REVIEW.create),
    () => {
      create.disabled = true; // before anything else: a second click must not start a second run
      void v.host.apply(); // apply shows a failed run in this step itself
    },
    {
      class: 'primary',
      id: 'create',
      'aria-describedby': 'create-reason problems',
      'aria-busy': busy ? 'true' : null,
    },
  );
  let status: HTMLElement | null = null;
  if (state.status === 'done')
    status = el(
      'p',
      { class: 'success', role: 'status', id: 'apply-status' },
      state.message,
      el('br'),
      v.t(REVIEW.done, { sheets: state.sheets }),
    );
  if (state.status === 'issues')
    status = el(
      'p',
      { class: 'failure', role: 'alert', id: 'apply-status' },
      v.t(REVIEW.serverIssues, { message: state.message }),
    );
  if (state.status === 'failed')
    status = el(
      'p',
      { class: 'failure', role: 'alert', id: 'apply-status' },
      v.t(REVIEW.failed, { message: state.message }),
    );

  v.live((d) => {
    replaceChildren(treeBox, tree(v, d));
    replaceChildren(moneyBox, money(v, d));
    replaceChildren(whatIfBox, whatIf(v, d));
    create.disabled = busy || !d.ok;
    const count = d.issues.length;
    setText(reason, d.ok ? '' : v.t(count === 1 ? REVIEW.notReadyOne : REVIEW.notReadyMany, { count }));
    show(reason, !d.ok);
    show(problemsBox, !d.ok);
    replaceChildren(problemsBox, d.ok ? null : problems(v, d.issues));
  });

  return el(
    'section',
    { class: 'step', 'aria-labelledby': 'step-heading' },
    el('h2', { id: 'step-heading', tabindex: -1 }, v.t(REVIEW.heading)),
    el('h3', {}, v.t(REVIEW.tree)),
    treeBox,
    el('h3', {}, v.t(REVIEW.money)),
    moneyBox,
    el('h3', {}, v.t(REVIEW.whatIf)),
    whatIfBox,
    cheapestMixBox(v),
    el('div', { class: 'create' }, create, reason, problemsBox, status),
  );
}
