/**
 * Structural edits of the working plan: stages, channels, CSFs and initiatives added, removed and
 * moved. Each keeps the plan's shape rules: the last stage has no rate and no lag, and every CSF
 * points at a transition that exists.
 */
import { tidy } from '../core/format';
import { MAX_STAGES, MIN_STAGES } from '../core/funnel';
import {
  MAX_CHANNELS,
  MAX_CSFS,
  MAX_INITIATIVES,
  MAX_SUB_METRICS,
  type Plan,
  type Stage,
} from '../core/plan';
import type { SubMetricSuggestion } from '../core/catalog/sub-metrics';
import type { Lang } from '../core/i18n';
import { freshId, newKpi } from '../core/plan-defaults';

/** Runs a stage edit, then repairs the last-stage rule and re-points CSFs by their upper stage. */
function editStages(plan: Plan, edit: (stages: Stage[]) => void): void {
  const upperIds = plan.csfs.map((csf) => plan.stages[csf.transition]?.id);
  edit(plan.stages);
  const n = plan.stages.length;
  const last = plan.stages[n - 1];
  if (last) {
    // A stage that moved off the bottom takes over the rate the new last stage no longer needs.
    const freed = { rate: last.rate, lagMonths: last.lagMonths };
    last.rate = null;
    last.lagMonths = 0;
    for (const stage of plan.stages.slice(0, -1)) {
      if (stage.rate === null) {
        stage.rate = freed.rate ?? 1;
        stage.lagMonths = freed.rate === null ? 0 : freed.lagMonths;
      }
    }
  }
  plan.csfs.forEach((csf, i) => {
    const at = plan.stages.findIndex((s) => s.id === upperIds[i]);
    csf.transition = Math.max(0, Math.min(at >= 0 ? at : csf.transition, n - 2));
  });
}

export const canAddStage = (plan: Plan) => plan.stages.length < MAX_STAGES;
export const canRemoveStage = (plan: Plan) => plan.stages.length > MIN_STAGES;

/**
 * Adds an unnamed stage just above the last one. Its rate is 100%, so the numbers do not move
 * until the marketer types the real rate.
 */
export function addStage(plan: Plan): string {
  const id = freshId('stage', plan.stages);
  editStages(plan, (stages) =>
    stages.splice(stages.length - 1, 0, { id, kind: 'custom', name: '', rate: 1, lagMonths: 0 }),
  );
  return id;
}

/** Standard stages the typical ranges know, offered as one-click additions. */
export type KnownStage = 'sessions' | 'sql';

export const canAddKnownStage = (plan: Plan, kind: KnownStage) =>
  canAddStage(plan) && !plan.stages.some((s) => s.kind === kind);

/**
 * Adds Sessions on top, or SQL right below MQL (else above opportunities, else above the last
 * stage), at 100% like any new stage. Its id is its kind unless a stage already has that id.
 * Returns the new stage's id.
 */
export function addKnownStage(plan: Plan, kind: KnownStage, name: string): string {
  const kinds = plan.stages.map((s) => s.kind);
  let at = 0;
  if (kind === 'sql') {
    const mql = kinds.indexOf('mql');
    const opportunities = kinds.indexOf('opportunities');
    at = mql >= 0 && mql < kinds.length - 1 ? mql + 1 : opportunities >= 0 ? opportunities : kinds.length - 1;
  }
  const id = plan.stages.some((s) => s.id === kind) ? freshId('stage', plan.stages) : kind;
  editStages(plan, (stages) => stages.splice(at, 0, { id, kind, name, rate: 1, lagMonths: 0 }));
  return id;
}

export function removeStage(plan: Plan, index: number): void {
  if (!canRemoveStage(plan)) return;
  editStages(plan, (stages) => stages.splice(index, 1));
}

/** Swaps a stage with its neighbour above (-1) or below (+1). */
export function moveStage(plan: Plan, index: number, direction: -1 | 1): void {
  const other = index + direction;
  const stage = plan.stages[index];
  const neighbour = plan.stages[other];
  if (!stage || !neighbour) return;
  editStages(plan, (stages) => {
    stages[index] = neighbour;
    stages[other] = stage;
  });
}

export const canAddChannel = (plan: Plan) => plan.channels.length < MAX_CHANNELS;

/** Adds an unnamed channel holding whatever share of leads no channel has yet; its CPL is left to type. */
export function addChannel(plan: Plan): string {
  const id = freshId('ch', plan.channels);
  const shares = plan.channels
    .filter((c) => c.allocation === 'share' && typeof c.value === 'number')
    .reduce((a, c) => a + c.value, 0);
  const rest = Math.max(0, tidy(1 - shares));
  plan.channels.push({ id, name: '', allocation: 'share', value: rest, cpl: '' as unknown as number });
  return id;
}

export function removeChannel(plan: Plan, index: number): void {
  plan.channels.splice(index, 1);
}

const initiativeIds = (plan: Plan) => plan.csfs.flatMap((c) => c.initiatives);

export const canAddCsf = (plan: Plan) => plan.csfs.length < MAX_CSFS;
export const canAddInitiative = (plan: Plan, csfIndex: number) =>
  (plan.csfs[csfIndex]?.initiatives.length ?? MAX_INITIATIVES) < MAX_INITIATIVES;

export function addCsf(plan: Plan, transition: number): string {
  const id = freshId('csf', plan.csfs);
  plan.csfs.push({ id, transition, text: '', initiatives: [] });
  plan.csfs.sort((a, b) => a.transition - b.transition);
  return id;
}

export function removeCsf(plan: Plan, index: number): void {
  plan.csfs.splice(index, 1);
}

export function addInitiative(plan: Plan, csfIndex: number): string {
  const id = freshId('ini', initiativeIds(plan));
  plan.csfs[csfIndex]?.initiatives.push({
    id,
    name: '',
    kpi: { ...newKpi(), target: '' as unknown as number },
  });
  return id;
}

export function removeInitiative(plan: Plan, csfIndex: number, index: number): void {
  plan.csfs[csfIndex]?.initiatives.splice(index, 1);
}

/** Adds a sub-metric to an initiative's KPI: a suggestion in the plan's language, or an empty one. */
export function addSubMetric(
  plan: Plan,
  csfIndex: number,
  index: number,
  suggestion: SubMetricSuggestion | null,
  lang: Lang,
): void {
  const kpi = plan.csfs[csfIndex]?.initiatives[index]?.kpi;
  if (!kpi || kpi.subMetrics.length >= MAX_SUB_METRICS) return;
  kpi.subMetrics.push({
    id: freshId('sub', kpi.subMetrics),
    name: suggestion ? suggestion.name[lang] : '',
    target: suggestion ? suggestion.target : ('' as unknown as number),
    unit: suggestion ? suggestion.unit : 'count',
    signal: suggestion ? suggestion.signal : false,
  });
}

export function removeSubMetric(plan: Plan, csfIndex: number, index: number, sub: number): void {
  plan.csfs[csfIndex]?.initiatives[index]?.kpi.subMetrics.splice(sub, 1);
}

/** The money figures a currency sizes: the revenue goal, the deal size and each channel's CPL. */
function moneyFigures(plan: Plan): unknown[] {
  return [
    plan.goal.kind === 'revenue' ? plan.goal.amount : null,
    plan.avgDealSize,
    ...plan.channels.map((c) => c.cpl),
  ];
}

/**
 * Switches the plan's currency. Amounts are never converted by a guessed rate: where they are
 * still the sample's figures for the old currency and a sample exists in the new one, they become
 * that sample's figures ('resized'); otherwise they stay as typed ('kept', for the wizard to warn).
 */
export function switchCurrency(
  plan: Plan,
  currency: string,
  samples: readonly Plan[],
): 'resized' | 'kept' | 'same' {
  if (plan.currency === currency) return 'same';
  const before = samples.find((s) => s.currency === plan.currency);
  const after = samples.find((s) => s.currency === currency);
  plan.currency = currency;
  const untouched =
    before !== undefined &&
    plan.channels.length === before.channels.length &&
    JSON.stringify(moneyFigures(plan)) === JSON.stringify(moneyFigures(before));
  if (!untouched || !after || after.channels.length !== plan.channels.length) return 'kept';
  if (plan.goal.kind === 'revenue') plan.goal.amount = after.goal.amount;
  plan.avgDealSize = after.avgDealSize;
  plan.channels.forEach((c, i) => (c.cpl = after.channels[i]?.cpl ?? c.cpl));
  return 'resized';
}
