/** The review step's "Cheapest mix for this goal": caps per channel, a proposal, saved as a scenario. */
import { MIX } from '../../core/catalog/scenarios';
import { cheapestMix, type ChannelCaps } from '../../core/cheapest-mix';
import { parseNumberText } from '../../core/parse';
import { computePlan } from '../../core/plan-math';
import { call } from '../bridge';
import { button, el, replaceChildren, show } from '../dom';
import { formatCount, formatMoney, formatPercent } from '../../core/format';
import type { View } from '../view';

export function cheapestMixBox(v: View): HTMLElement {
  const panel = el('div', { class: 'cheapest', id: 'cheapest-panel' });
  const result = el('div', { id: 'cheapest-result', role: 'status' });
  show(panel, false);
  const open = button(
    v.t(MIX.cheapest),
    () => {
      show(panel, panel.hidden !== false);
      if (!panel.hidden) fill();
    },
    { id: 'cheapest-open', class: 'secondary small' },
  );

  const fill = () => {
    const plan = v.plan;
    let planned: number[] = [];
    try {
      planned = computePlan(plan).channels.map((c) => c.leads);
    } catch {
      planned = [];
    }
    const inputs = plan.channels.map((ch, i) =>
      el('input', {
        id: `cap-${i}`,
        inputmode: 'numeric',
        placeholder: planned[i] === undefined ? '' : formatCount(planned[i]!, v.lang),
        'aria-label': v.t(MIX.cheapestCap, { name: ch.name }),
      }),
    );
    const rows = plan.channels.map((ch, i) =>
      el('label', { class: 'cap', for: `cap-${i}` }, el('span', {}, ch.name), inputs[i]!),
    );
    const propose = button(v.t(MIX.cheapestPropose), () => proposeWith(inputs), {
      id: 'cheapest-propose',
      class: 'primary small',
    });
    replaceChildren(panel, el('p', { class: 'hint' }, v.t(MIX.cheapestHint)), ...rows, propose, result);
  };

  const proposeWith = (inputs: HTMLInputElement[]) => {
    const plan = JSON.parse(JSON.stringify(v.plan)) as typeof v.plan;
    const caps: ChannelCaps = {};
    for (const [i, ch] of plan.channels.entries()) {
      const text = inputs[i]!.value.trim();
      if (!text) continue;
      const cap = parseNumberText(text);
      if (cap === null || cap < 0) {
        replaceChildren(result, el('p', { class: 'failure' }, v.t(MIX.cheapestBadCap, { name: ch.name })));
        return;
      }
      caps[ch.id] = cap;
    }
    const proposal = cheapestMix(plan, caps, v.t(MIX.cheapestName));
    if (!proposal.ok) {
      const counts = {
        capacity: formatCount(proposal.capacity, v.lang),
        target: formatCount(proposal.leadsTarget, v.lang),
      };
      replaceChildren(result, el('p', { class: 'failure' }, v.t(MIX.cheapestShort, counts)));
      return;
    }
    const target = Object.values(proposal.leads).reduce((a, b) => a + b, 0);
    const lines = plan.channels.map((ch) =>
      el(
        'li',
        {},
        v.t(MIX.cheapestLine, {
          name: ch.name,
          leads: formatCount(proposal.leads[ch.id] ?? 0, v.lang),
          share: formatPercent(target ? (proposal.leads[ch.id] ?? 0) / target : 0, v.lang),
        }),
      ),
    );
    const budget = v.t(MIX.cheapestBudget, {
      budget: formatMoney(proposal.budget, plan.currency, v.lang),
      planBudget: formatMoney(computePlan(plan).budget, plan.currency, v.lang),
    });
    const saved = el('p', { id: 'cheapest-saved', role: 'status' });
    const save =
      v.host.mode === 'edit'
        ? button(
            v.t(MIX.cheapestSave),
            () => {
              save!.disabled = true;
              call('saveMixScenario', proposal.scenario)
                .then((r) =>
                  replaceChildren(saved, el('span', { class: r.ok ? 'success' : 'failure' }, r.message)),
                )
                .catch((e: Error) => replaceChildren(saved, el('span', { class: 'failure' }, e.message)))
                .finally(() => (save!.disabled = false));
            },
            { id: 'cheapest-save', class: 'secondary small' },
          )
        : null;
    replaceChildren(
      result,
      el('ul', { id: 'cheapest-lines' }, ...lines),
      el('p', { id: 'cheapest-budget' }, budget),
      save ?? el('p', { class: 'hint' }, v.t(MIX.cheapestNotStored)),
      saved,
    );
  };

  return el('div', {}, open, panel);
}
