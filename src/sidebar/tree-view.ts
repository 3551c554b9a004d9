/** The wizard's live KPI tree: the mini tree that stays visible above every step and follows every keystroke. */
import { APP, PREVIEW } from '../core/catalog/sidebar';
import { render, type Lang } from '../core/i18n';
import type { Plan } from '../core/plan';
import type { PlanNumbers } from '../core/plan-math';
import type { Derived } from './derive';
import { el, replaceChildren, setText, show } from './dom';
import { formatCount, formatMoneyShort, formatMultiple } from '../core/format';

/** The numbers last shown, with the stages and currency they belong to. */
export interface Shown {
  numbers: PlanNumbers;
  budgetKnown: boolean;
  stages: { id: string; name: string }[];
  currency: string;
}

/** What to show now: the fresh numbers, or (while the input is invalid) the last ones, dimmed. */
export function nextShown(previous: Shown | null, d: Derived, plan: Plan): Shown | null {
  if (!d.numbers) return previous;
  return {
    numbers: d.numbers,
    budgetKnown: d.budgetKnown,
    stages: plan.stages.map((s) => ({ id: s.id, name: s.name })),
    currency: plan.currency,
  };
}

export interface TreeView {
  root: HTMLElement;
  update(shown: Shown | null, stale: boolean): void;
}

export function createTreeView(lang: Lang): TreeView {
  const chain = el('ol', { class: 'chain', id: 'preview-chain' });
  const value = (id: string) => el('dd', { id });
  const budget = value('preview-budget');
  const cac = value('preview-cac');
  const romi = value('preview-romi');
  const pair = (label: string, dd: HTMLElement) => el('div', {}, el('dt', {}, label), dd);
  const stale = el('p', { class: 'stale-note', id: 'preview-stale' }, render(PREVIEW.stale, lang));
  const root = el(
    'div',
    { class: 'preview', id: 'preview', role: 'group', 'aria-label': render(PREVIEW.heading, lang) },
    chain,
    el(
      'dl',
      { class: 'mini' },
      pair(render(PREVIEW.budget, lang), budget),
      pair(render(PREVIEW.cac, lang), cac),
      pair(render(PREVIEW.romi, lang), romi),
    ),
    stale,
  );

  return {
    root,
    update(shown, isStale) {
      root.classList.toggle('stale', isStale);
      show(stale, isStale);
      const none = render(APP.none, lang);
      if (!shown) {
        replaceChildren(chain);
        [budget, cac, romi].forEach((dd) => setText(dd, none));
        return;
      }
      const n = shown.numbers;
      replaceChildren(
        chain,
        ...shown.stages.map((s, i) => {
          const required = n.required[i];
          return el(
            'li',
            { 'data-stage': s.id },
            el('span', { class: 'name' }, s.name.trim() || render(APP.unnamed, lang)),
            el('span', { class: 'num' }, required === undefined ? '' : formatCount(required, lang)),
          );
        }),
      );
      const known = shown.budgetKnown;
      setText(budget, known ? formatMoneyShort(n.budget, shown.currency, lang) : none);
      setText(cac, known && n.cac !== null ? formatMoneyShort(n.cac, shown.currency, lang) : none);
      setText(romi, known && n.romi !== null ? formatMultiple(n.romi, lang) : none);
    },
  };
}
