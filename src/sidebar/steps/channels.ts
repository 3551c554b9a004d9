/** Step 3: the channels leads come from, with budget, blended CPL, CAC and ROMI computed live. */
import { ALLOCATIONS, APP, CHANNELS } from '../../core/catalog/sidebar';
import { MAX_CHANNELS, type Channel, type Plan } from '../../core/plan';
import { button, el, setText, show } from '../dom';
import { addChannel, canAddChannel, removeChannel } from '../edits';
import { fieldId } from '../fields';
import { formatCount, formatMoney, formatMultiple } from '../../core/format';
import type { Derived } from '../derive';
import { fieldRow, type View } from '../view';

const channelLabel = (v: View, i: number) => {
  const name = v.plan.channels[i]?.name ?? '';
  return name.trim() !== '' ? name : v.t(APP.unnamed);
};

/** Switching share <-> count keeps the channel's leads: 40% of 22,223 becomes 8,889 leads and back. */
function switchAllocation(v: View, plan: Plan, index: number, to: 'share' | 'count'): void {
  const channel = plan.channels[index];
  if (!channel || channel.allocation === to) return;
  const d = v.host.derived;
  const leads = d.budgetKnown ? d.numbers?.channels[index]?.leads : undefined;
  const needed = d.numbers ? d.numbers.leadsTarget : 0;
  let value: unknown = '';
  if (leads !== undefined)
    value = to === 'count' ? leads : needed > 0 ? Number((leads / needed).toPrecision(4)) : '';
  channel.allocation = to;
  channel.value = value as number;
}

function channelCard(v: View, channel: Channel, index: number): HTMLElement {
  const plan = v.plan;
  const share = channel.allocation === 'share';
  const name = v.field({
    path: `channels.${index}.name`,
    kind: 'text',
    label: v.t(CHANNELS.name, { n: index + 1 }),
  });
  const remove = button('', () => v.host.restructure((p) => removeChannel(p, index), 'channel-add'), {
    class: 'icon icon-remove',
    id: `channel-remove-${channel.id}`,
  });
  const line = el('p', { class: 'count' });
  v.live((d) => {
    const label = v.t(CHANNELS.remove, { name: channelLabel(v, index) });
    remove.setAttribute('aria-label', label);
    remove.title = label;
    const n = d.budgetKnown ? d.numbers?.channels[index] : undefined;
    setText(
      line,
      n
        ? v.t(CHANNELS.line, {
            leads: formatCount(n.leads, v.lang),
            budget: formatMoney(n.budget, v.plan.currency, v.lang),
          })
        : '',
    );
  });
  return el(
    'li',
    { class: 'card channel', id: `channel-${channel.id}` },
    el('div', { class: 'head' }, name.wrap, el('div', { class: 'tools' }, remove)),
    v.select({
      path: `channels.${index}.allocation`,
      label: v.t(CHANNELS.allocation),
      options: (['share', 'count'] as const).map((a) => ({ value: a, label: v.t(ALLOCATIONS[a]) })),
      onPick: (p, picked) => switchAllocation(v, p, index, picked as 'share' | 'count'),
    }).wrap,
    ...fieldRow(
      v.field({
        path: `channels.${index}.value`,
        kind: share ? 'percent' : 'count',
        label: v.t(share ? CHANNELS.share : CHANNELS.count),
        suffix: share ? v.t(APP.percentUnit) : v.t(CHANNELS.leadsUnit),
      }),
      v.field({
        path: `channels.${index}.cpl`,
        kind: 'money',
        label: v.t(CHANNELS.cpl),
        suffix: plan.currency,
      }),
    ),
    line,
  );
}

function totals(v: View): HTMLElement {
  const cell = () => el('dd', {});
  const budget = cell();
  const cpl = cell();
  const cac = cell();
  const romi = cell();
  const warning = el('p', { class: 'warning', id: 'channel-warning', role: 'status' });
  v.live((d: Derived) => {
    const n = d.numbers;
    const money = (x: number | null | undefined) =>
      x === null || x === undefined || !d.budgetKnown
        ? v.t(APP.none)
        : formatMoney(x, v.plan.currency, v.lang);
    setText(budget, money(n?.budget));
    setText(cpl, money(n?.blendedCpl));
    setText(cac, money(n?.cac));
    setText(romi, n && n.romi !== null && d.budgetKnown ? formatMultiple(n.romi, v.lang) : v.t(APP.none));
    const w = d.channelWarning;
    setText(warning, w ? v.t(w.text, w.params) : '');
    show(warning, !!w);
  });
  const pair = (label: string, value: HTMLElement) => el('div', {}, el('dt', {}, label), value);
  return el(
    'div',
    { class: 'totals' },
    el('h3', {}, v.t(CHANNELS.totals)),
    el(
      'dl',
      { class: 'metrics', id: 'channel-totals' },
      pair(v.t(CHANNELS.budget), budget),
      pair(v.t(CHANNELS.blendedCpl), cpl),
      pair(v.t(CHANNELS.cac), cac),
      pair(v.t(CHANNELS.romi), romi),
    ),
    warning,
  );
}

export function channelsStep(v: View): HTMLElement {
  const plan = v.plan;
  const list = el('ol', { class: 'cards', id: 'channels' });
  plan.channels.forEach((channel, i) => list.appendChild(channelCard(v, channel, i)));
  const needed = el('p', { class: 'lead-target', id: 'leads-needed' });
  v.live((d) => {
    const n = d.numbers;
    setText(needed, n ? v.t(CHANNELS.leadsNeeded, { count: formatCount(n.leadsTarget, v.lang) }) : '');
  });
  const canAdd = canAddChannel(plan);
  const add = button(
    v.t(CHANNELS.add),
    () => v.host.restructure(addChannel, (p) => fieldId(`channels.${p.channels.length - 1}.name`)),
    { id: 'channel-add', class: 'secondary', disabled: !canAdd },
  );
  return el(
    'section',
    { class: 'step', 'aria-labelledby': 'step-heading' },
    el('h2', { id: 'step-heading', tabindex: -1 }, v.t(CHANNELS.heading)),
    el('p', { class: 'intro' }, v.t(CHANNELS.intro)),
    needed,
    list,
    el('div', { class: 'actions' }, add),
    canAdd ? null : el('p', { class: 'hint' }, v.t(CHANNELS.maxChannels, { max: MAX_CHANNELS })),
    totals(v),
  );
}
