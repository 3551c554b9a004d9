/** Step 2: the funnel's stages, top first, with each transition's rate, lag and typical range. */
import { typicalRangeForTransition, isFarOutside } from '../../core/typical-ranges';
import { APP, RANGE_SOURCES, FUNNEL } from '../../core/catalog/sidebar';
import { formatCount, formatPercent, percentNumber } from '../../core/format';
import { MAX_STAGES } from '../../core/funnel';
import type { Text } from '../../core/i18n';
import type { Plan, Stage } from '../../core/plan';
import { append, button, el, setText } from '../dom';
import {
  addKnownStage,
  addStage,
  canAddKnownStage,
  canAddStage,
  canRemoveStage,
  moveStage,
  removeStage,
  type KnownStage,
} from '../edits';
import { fieldId, smallPercent } from '../fields';
import { fieldRow, setNote, type View } from '../view';

/** A stage's name for labels: what is typed, or "(unnamed)". */
export const stageLabel = (v: View, stage: Stage | undefined) =>
  stage && stage.name.trim() !== '' ? stage.name : v.t(APP.unnamed);

function stageCard(v: View, stage: Stage, index: number): HTMLElement {
  const plan = v.plan;
  const last = index === plan.stages.length - 1;
  const name = v.field({
    path: `stages.${index}.name`,
    kind: 'text',
    label: v.t(FUNNEL.stageName, { n: index + 1 }),
  });

  const tool = (kind: 'up' | 'down' | 'remove', enabled: boolean, act: () => void) => {
    const text = kind === 'up' ? FUNNEL.moveUp : kind === 'down' ? FUNNEL.moveDown : FUNNEL.remove;
    const b = button('', act, {
      class: `icon icon-${kind}`,
      id: `stage-${kind}-${stage.id}`,
      disabled: !enabled,
    });
    v.live(() => {
      const label = v.t(text, { name: stageLabel(v, v.plan.stages[index]) });
      b.setAttribute('aria-label', label);
      b.title = label;
    });
    return b;
  };
  const moveFocus = (dir: -1 | 1) => {
    const target = index + dir;
    const stillCan = dir < 0 ? target > 0 : target < plan.stages.length - 1;
    return `stage-${stillCan ? (dir < 0 ? 'up' : 'down') : dir < 0 ? 'down' : 'up'}-${stage.id}`;
  };
  const tools = el(
    'div',
    { class: 'tools' },
    tool('up', index > 0, () => v.host.restructure((p) => moveStage(p, index, -1), moveFocus(-1))),
    tool('down', !last, () => v.host.restructure((p) => moveStage(p, index, 1), moveFocus(1))),
    tool('remove', canRemoveStage(plan), () => v.host.restructure((p) => removeStage(p, index), 'stage-add')),
  );

  const required = el('p', { class: 'count' });
  v.live((d) => {
    const n = d.numbers?.required[index];
    setText(required, n === undefined ? '' : v.t(FUNNEL.required, { count: formatCount(n, v.lang) }));
  });

  const card = el(
    'li',
    { class: 'card stage', id: `stage-${stage.id}` },
    el('div', { class: 'head' }, name.wrap, tools),
    required,
  );
  if (last) {
    card.appendChild(el('p', { class: 'hint' }, v.t(FUNNEL.lastStage)));
    return card;
  }

  const rate = v.field({
    path: `stages.${index}.rate`,
    kind: 'percent',
    label: '',
    suffix: v.t(APP.percentUnit),
  });
  const lag = v.field({
    path: `stages.${index}.lagMonths`,
    kind: 'integer',
    label: v.t(FUNNEL.lag),
    suffix: v.t(FUNNEL.monthsUnit),
    className: 'lag',
  });
  const rateLabel = rate.wrap.querySelector('label') as HTMLLabelElement;
  v.live(() => {
    const stages = v.plan.stages;
    setText(rateLabel, v.t(FUNNEL.rate, { next: stageLabel(v, stages[index + 1]) }));
    const value = stages[index]?.rate;
    const lines: string[] = [];
    let warn = false;
    const range = typicalRangeForTransition(stages, index);
    if (range) {
      lines.push(
        v.t(FUNNEL.typical, {
          low: formatPercent(range.low, v.lang),
          high: formatPercent(range.high, v.lang),
          source: v.t(RANGE_SOURCES[range.source]),
        }),
      );
      if (typeof value === 'number' && value > 0 && value <= 1 && isFarOutside(value, range)) {
        lines.push(v.t(FUNNEL.farOutside, { value: formatPercent(value, v.lang) }));
        warn = true;
      }
    }
    const typed = smallPercent(value);
    if (typed !== null) {
      lines.push(v.t(FUNNEL.smallPercent, { value: typed, times100: percentNumber(typed) }));
      warn = true;
    }
    setNote(rate.note, lines.join('\n'), warn ? 'warn' : 'info');
  });
  append(card, ...fieldRow(rate, lag));
  return card;
}

export function funnelStep(v: View): HTMLElement {
  const plan = v.plan;
  const list = el('ol', { class: 'cards', id: 'stages' });
  plan.stages.forEach((stage, i) => list.appendChild(stageCard(v, stage, i)));
  const canAdd = canAddStage(plan);
  /** Focuses the name of the stage `id` once the funnel is re-rendered. */
  const nameOf = (id: () => string) => (p: Plan) =>
    fieldId(`stages.${p.stages.findIndex((s) => s.id === id())}.name`);
  const rateOf = (id: string) => (p: Plan) =>
    fieldId(`stages.${p.stages.findIndex((s) => s.id === id)}.rate`);
  const add = button(
    v.t(FUNNEL.add),
    () => {
      let id = '';
      v.host.restructure(
        (p) => (id = addStage(p)),
        nameOf(() => id),
      );
    },
    {
      id: 'stage-add',
      class: 'secondary',
      disabled: !canAdd,
      'aria-describedby': canAdd ? null : 'stage-add-why',
    },
  );
  // Sessions and SQL get the kinds the typical ranges are keyed by.
  const known = (kind: KnownStage, label: Text, name: Text) =>
    canAddKnownStage(plan, kind)
      ? button(
          v.t(label),
          () => {
            let id = '';
            v.host.restructure(
              (p) => (id = addKnownStage(p, kind, v.t(name))),
              (p) => rateOf(id)(p),
            );
          },
          { id: `stage-add-${kind}`, class: 'secondary' },
        )
      : null;
  return el(
    'section',
    { class: 'step', 'aria-labelledby': 'step-heading' },
    el('h2', { id: 'step-heading', tabindex: -1 }, v.t(FUNNEL.heading)),
    el('p', { class: 'intro' }, v.t(FUNNEL.intro)),
    list,
    el(
      'div',
      { class: 'actions' },
      add,
      known('sql', FUNNEL.addSql, FUNNEL.sqlName),
      known('sessions', FUNNEL.addSessions, FUNNEL.sessionsName),
    ),
    canAdd
      ? null
      : el('p', { class: 'hint', id: 'stage-add-why' }, v.t(FUNNEL.maxStages, { max: MAX_STAGES })),
  );
}
