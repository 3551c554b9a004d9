/** Step 4 (optional): per transition a critical success factor, its initiatives and their KPIs. */
import { transitionLabel } from '../../core/bottleneck';
import { CADENCE_NAMES, CSFS } from '../../core/catalog/sidebar';
import { CADENCES, MAX_CSFS, MAX_INITIATIVES, type Csf, type Initiative } from '../../core/plan';
import { button, el } from '../dom';
import { addCsf, addInitiative, canAddCsf, canAddInitiative, removeCsf, removeInitiative } from '../edits';
import { fieldId } from '../fields';
import { fieldRow, type View } from '../view';
import { stageLabel } from './funnel';
import { kpiTracking } from './sub-metrics';

function initiativeCard(v: View, csf: Csf, c: number, ini: Initiative, j: number): HTMLElement {
  const base = `csfs.${c}.initiatives.${j}`;
  const name = v.field({ path: `${base}.name`, kind: 'text', label: v.t(CSFS.initiative, { m: j + 1 }) });
  const remove = button(
    '',
    () => v.host.restructure((p) => removeInitiative(p, c, j), `csf-add-ini-${csf.id}`),
    {
      class: 'icon icon-remove',
      id: `ini-remove-${ini.id}`,
    },
  );
  v.live(() => {
    const label = v.t(CSFS.removeInitiative, { name: v.plan.csfs[c]?.initiatives[j]?.name ?? '' });
    remove.setAttribute('aria-label', label);
    remove.title = label;
  });
  return el(
    'li',
    { class: 'card initiative', id: `ini-${ini.id}` },
    el('div', { class: 'head' }, name.wrap, el('div', { class: 'tools' }, remove)),
    v.field({ path: `${base}.kpi.name`, kind: 'text', label: v.t(CSFS.kpi) }).wrap,
    ...fieldRow(
      v.field({ path: `${base}.kpi.target`, kind: 'count', label: v.t(CSFS.target), className: 'narrow' }),
      v.select({
        path: `${base}.kpi.cadence`,
        label: v.t(CSFS.cadence),
        options: CADENCES.map((k) => ({ value: k, label: v.t(CADENCE_NAMES[k]) })),
        // A one-off campaign asks for its end date.
        restructure: true,
      }),
    ),
    v.field({
      path: `${base}.kpi.quality`,
      kind: 'text',
      multiline: true,
      label: v.t(CSFS.quality),
      hint: v.t(CSFS.qualityHint),
    }).wrap,
    ...kpiTracking(v, csf, c, ini, j),
  );
}

function csfCard(v: View, csf: Csf, c: number): HTMLElement {
  const text = v.field({ path: `csfs.${c}.text`, kind: 'text', label: v.t(CSFS.csf), multiline: true });
  const remove = button('', () => v.host.restructure((p) => removeCsf(p, c), `csf-add-${csf.transition}`), {
    class: 'icon icon-remove',
    id: `csf-remove-${csf.id}`,
    'aria-label': v.t(CSFS.removeCsf),
    title: v.t(CSFS.removeCsf),
  });
  const initiatives = el('ol', { class: 'cards nested' });
  csf.initiatives.forEach((ini, j) => initiatives.appendChild(initiativeCard(v, csf, c, ini, j)));
  const canAdd = canAddInitiative(v.plan, c);
  const why = `csf-add-ini-why-${csf.id}`;
  const add = button(
    v.t(CSFS.addInitiative),
    () =>
      v.host.restructure(
        (p) => addInitiative(p, c),
        (p) => fieldId(`csfs.${c}.initiatives.${(p.csfs[c]?.initiatives.length ?? 0) - 1}.name`),
      ),
    {
      class: 'secondary small',
      id: `csf-add-ini-${csf.id}`,
      disabled: !canAdd,
      'aria-describedby': canAdd ? null : why,
    },
  );
  return el(
    'li',
    { class: 'card csf', id: `csf-${csf.id}` },
    el('div', { class: 'head' }, text.wrap, el('div', { class: 'tools' }, remove)),
    initiatives,
    el('div', { class: 'actions' }, add),
    canAdd ? null : el('p', { class: 'hint', id: why }, v.t(CSFS.maxInitiatives, { max: MAX_INITIATIVES })),
  );
}

export function csfsStep(v: View): HTMLElement {
  const plan = v.plan;
  const canAdd = canAddCsf(plan);
  const names = plan.stages.map((s) => stageLabel(v, s));
  const section = el(
    'section',
    { class: 'step', 'aria-labelledby': 'step-heading' },
    el('h2', { id: 'step-heading', tabindex: -1 }, v.t(CSFS.heading)),
    el('p', { class: 'intro' }, v.t(CSFS.intro)),
  );
  for (let t = 0; t < plan.stages.length - 1; t++) {
    const transition = transitionLabel(names, t);
    const list = el('ol', { class: 'cards' });
    plan.csfs.forEach((csf, c) => {
      if (csf.transition === t) list.appendChild(csfCard(v, csf, c));
    });
    const add = button(
      v.t(CSFS.addCsf, { transition }),
      () => {
        let id = '';
        v.host.restructure(
          (p) => (id = addCsf(p, t)),
          (p) => fieldId(`csfs.${p.csfs.findIndex((x) => x.id === id)}.text`),
        );
      },
      {
        class: 'secondary',
        id: `csf-add-${t}`,
        disabled: !canAdd,
        'aria-describedby': canAdd ? null : 'csf-add-why',
      },
    );
    section.appendChild(
      el('div', { class: 'group' }, el('h3', {}, transition), list, el('div', { class: 'actions' }, add)),
    );
  }
  if (!canAdd)
    section.appendChild(el('p', { class: 'hint', id: 'csf-add-why' }, v.t(CSFS.maxCsfs, { max: MAX_CSFS })));
  return section;
}
