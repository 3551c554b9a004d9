/** The CSF step's tracking fields of one initiative KPI: quality share, end date, stage count, sub-metrics. */
import { CSFS } from '../../core/catalog/sidebar';
import {
  SUB_METRIC_SUGGESTIONS,
  SUB_METRIC_UNIT_LABEL,
  SUPPORTING_SIGNALS,
} from '../../core/catalog/sub-metrics';
import { percent } from '../../core/format';
import { MAX_SUB_METRICS, SUB_METRIC_UNITS, type Csf, type Initiative } from '../../core/plan';
import { transitionKind } from '../../core/review';
import { button, el } from '../dom';
import { addSubMetric, removeSubMetric } from '../edits';
import { fieldId } from '../fields';
import { fieldRow, type View } from '../view';

/** A tick box that writes a boolean at `path`. */
function tick(v: View, path: string, label: string, checked: boolean): HTMLElement {
  const id = fieldId(path);
  const input = el('input', { id, type: 'checkbox', checked });
  input.addEventListener('change', () => v.host.change(path, input.checked));
  return el('div', { class: 'field tick' }, input, el('label', { for: id }, label));
}

function subRow(v: View, c: number, j: number, k: number): HTMLElement {
  const base = `csfs.${c}.initiatives.${j}.kpi.subMetrics.${k}`;
  const sub = v.plan.csfs[c]?.initiatives[j]?.kpi.subMetrics[k];
  const name = v.field({ path: `${base}.name`, kind: 'text', label: v.t(CSFS.subName, { k: k + 1 }) });
  const label = v.t(CSFS.removeSub, { name: sub?.name ?? '' });
  const remove = button('', () => v.host.restructure((p) => removeSubMetric(p, c, j, k)), {
    class: 'icon icon-remove',
    id: `${fieldId(base)}-remove`,
    'aria-label': label,
    title: label,
  });
  return el(
    'li',
    { class: 'sub' },
    el('div', { class: 'head' }, name.wrap, el('div', { class: 'tools' }, remove)),
    ...fieldRow(
      v.field({
        path: `${base}.target`,
        kind: sub?.unit === 'rate' ? 'percent' : 'count',
        label: v.t(CSFS.subTarget),
        suffix: sub?.unit === 'rate' ? '%' : undefined,
        className: 'narrow',
      }),
      v.select({
        path: `${base}.unit`,
        label: v.t(CSFS.subUnit),
        options: SUB_METRIC_UNITS.map((u) => ({ value: u, label: v.t(SUB_METRIC_UNIT_LABEL[u]) })),
        restructure: true,
      }),
    ),
    tick(v, `${base}.signal`, v.t(CSFS.subSignal), sub?.signal ?? false),
  );
}

/** Sub-metrics of one KPI, with the ones that fit its transition offered first. */
function subMetrics(v: View, csf: Csf, c: number, ini: Initiative, j: number): HTMLElement {
  const list = el('ol', { class: 'subs' });
  ini.kpi.subMetrics.forEach((_, k) => list.appendChild(subRow(v, c, j, k)));
  const offered = [...SUB_METRIC_SUGGESTIONS[transitionKind(v.plan, csf.transition)], ...SUPPORTING_SIGNALS];
  const id = `${fieldId(`csfs.${c}.initiatives.${j}.kpi.subMetrics`)}-add`;
  const add = el('select', {
    id,
    disabled: ini.kpi.subMetrics.length >= MAX_SUB_METRICS,
  });
  add.appendChild(el('option', { value: '' }, v.t(CSFS.addSub)));
  offered.forEach((s, i) =>
    add.appendChild(
      el('option', { value: i }, s.signal ? v.t(CSFS.signalOption, { name: v.t(s.name) }) : v.t(s.name)),
    ),
  );
  add.appendChild(el('option', { value: 'other' }, v.t(CSFS.otherSub)));
  add.addEventListener('change', () => {
    const picked = add.value;
    if (picked === '') return;
    const suggestion = picked === 'other' ? null : (offered[Number(picked)] ?? null);
    v.host.restructure((p) => addSubMetric(p, c, j, suggestion, v.lang), id);
  });
  return el(
    'div',
    { class: 'group subs-group' },
    el('h4', {}, v.t(CSFS.subMetrics)),
    list,
    el('div', { class: 'actions' }, el('label', { for: id, class: 'sub-add-label' }, v.t(CSFS.addSub)), add),
    ini.kpi.subMetrics.length >= MAX_SUB_METRICS
      ? el('p', { class: 'hint' }, v.t(CSFS.maxSubs, { max: MAX_SUB_METRICS }))
      : null,
  );
}

/** What the KPI Tracker needs beyond the KPI itself. */
export function kpiTracking(v: View, csf: Csf, c: number, ini: Initiative, j: number): HTMLElement[] {
  const base = `csfs.${c}.initiatives.${j}.kpi`;
  const plan = v.plan;
  const rate = plan.stages[csf.transition + 1]?.rate ?? plan.stages[csf.transition]?.rate ?? 1;
  const fed = plan.stages[csf.transition + 1]?.name ?? '';
  return [
    v.field({
      path: `${base}.qualityShare`,
      kind: 'percent',
      label: v.t(CSFS.qualityShare),
      suffix: '%',
      hint: v.t(CSFS.qualityShareHint, { rate: percent(rate) }),
      className: 'narrow',
      blank: null,
    }).wrap,
    ini.kpi.cadence === 'once'
      ? v.field({
          path: `${base}.endDate`,
          kind: 'text',
          label: v.t(CSFS.endDate),
          hint: v.t(CSFS.endDateHint),
          className: 'narrow',
          blank: null,
        }).wrap
      : null,
    tick(v, `${base}.countsStage`, v.t(CSFS.countsStage, { stage: fed }), ini.kpi.countsStage),
    subMetrics(v, csf, c, ini, j),
  ].filter((x): x is HTMLElement => x !== null);
}
