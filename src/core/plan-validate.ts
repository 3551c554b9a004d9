import { FIELD } from './catalog/plan';
import { MAX_PLAN_BYTES, planStorageBytes } from './chunks';
import { groupThousands, percentAsTyped } from './format';
import { MAX_COUNT, MAX_STAGES, MIN_STAGES, requiredCounts } from './funnel';
import {
  CADENCES,
  CURRENCIES,
  MAX_AMOUNT,
  MAX_CHANNELS,
  MAX_CSFS,
  MAX_INITIATIVES,
  MAX_LAG_MONTHS,
  MAX_SUB_METRICS,
  MAX_NAME_LENGTH,
  MAX_SEASONALITY_WEIGHT,
  MIN_CPL,
  MAX_PERIOD_MONTHS,
  MAX_TEXT_LENGTH,
  PLAN_SCHEMA_VERSION,
  STAGE_KINDS,
  SUB_METRIC_UNITS,
  type Plan,
} from './plan';
import { dayNumber, periodDays, isoDate } from './cadence';
import { Collector, isNum, isObj, nestsWithin, shown, type Obj, type PlanIssue } from './plan-checks';
import { wonDealsExact } from './plan-math';
import { upgradePlan } from './plan-upgrade';

export type { PlanIssue } from './plan-checks';

export type PlanCheck = { ok: true; plan: Plan; issues: [] } | { ok: false; issues: PlanIssue[] };

/**
 * How deep a plan nests: plan, csfs, a CSF, initiatives, an initiative, its KPI, its sub-metrics,
 * a sub-metric (and room to spare).
 */
const PLAN_DEPTH = 10;

/**
 * True when a value has the plan's structure (the right version, objects and lists where they
 * belong, nothing nested deeper than a plan), whatever its values: a draft may hold half-typed
 * values, not a different shape.
 */
export function hasPlanShape(draft: unknown): boolean {
  if (!nestsWithin(draft, PLAN_DEPTH)) return false;
  const value = upgradePlan(draft);
  if (!isObj(value) || value.schemaVersion !== PLAN_SCHEMA_VERSION) return false;
  const listOfObjects = (v: unknown) => Array.isArray(v) && v.every(isObj);
  return (
    isObj(value.goal) &&
    isObj(value.thresholds) &&
    listOfObjects(value.stages) &&
    listOfObjects(value.channels) &&
    listOfObjects(value.csfs) &&
    (value.csfs as Obj[]).every(
      (c) => listOfObjects(c.initiatives) && (c.initiatives as Obj[]).every((i) => isObj(i.kpi)),
    ) &&
    Array.isArray(value.seasonality) &&
    value.seasonality.length === 12
  );
}

/** The list at `v`, each entry an object (anything else reads as an empty object, so it is reported). */
const objects = (v: unknown[]): Obj[] => v.map((x) => (isObj(x) ? x : {}));
const nameParam = (v: Obj) => (typeof v.name === 'string' ? v.name : '');

/** Version, name, language, currency and period. */
function checkHeader(c: Collector, p: Obj): void {
  if (p.schemaVersion !== PLAN_SCHEMA_VERSION) c.add('schemaVersion', 'invalid', FIELD.schemaVersion);
  c.text(p.name, 'name', FIELD.name, {}, { required: true, max: MAX_NAME_LENGTH });
  c.oneOf(p.lang, 'lang', FIELD.lang, {}, ['en', 'ja']);
  c.oneOf(p.currency, 'currency', FIELD.currency, {}, CURRENCIES);
  c.integer(p.startYear, 'startYear', FIELD.startYear, {}, 2000, 2100);
  c.integer(p.startMonth, 'startMonth', FIELD.startMonth, {}, 1, 12);
  c.integer(p.periodMonths, 'periodMonths', FIELD.periodMonths, {}, 1, MAX_PERIOD_MONTHS);
}

/** The goal (KGI), marketing's share of it and the deal size; true when won deals can be computed. */
function checkGoal(c: Collector, p: Obj): boolean {
  const goal = isObj(p.goal) ? p.goal : {};
  if (!isObj(p.goal)) c.add('goal', 'invalid', FIELD.goalAmount);
  c.oneOf(goal.kind, 'goal.kind', FIELD.goalKind, {}, ['revenue', 'customers']);
  // A customer goal is a count of won deals; a revenue goal is money.
  const max = goal.kind === 'customers' ? MAX_COUNT : MAX_AMOUNT;
  const amountOk = c.number(goal.amount, 'goal.amount', FIELD.goalAmount, {}, 'positive', { max });
  const shareOk = c.number(goal.marketingShare, 'goal.marketingShare', FIELD.marketingShare, {}, 'rate');
  const dealOk = c.number(p.avgDealSize, 'avgDealSize', FIELD.avgDealSize, {}, 'positive', {
    max: MAX_AMOUNT,
  });
  return amountOk && shareOk && dealOk;
}

/** The funnel, top first: names, rates and lags; the last stage has neither. True when every rate is usable. */
function checkStages(c: Collector, value: unknown): boolean {
  if (!Array.isArray(value)) {
    c.add('stages', 'invalid', FIELD.stages);
    return false;
  }
  let ratesOk = true;
  if (value.length < MIN_STAGES || value.length > MAX_STAGES) {
    c.add(
      'stages',
      'stageCount',
      FIELD.stages,
      {},
      { min: MIN_STAGES, max: MAX_STAGES, value: value.length },
    );
    ratesOk = false;
  }
  const stages = objects(value);
  stages.forEach((s, i) => {
    const last = i === stages.length - 1;
    const lp = { n: i + 1, name: nameParam(s) };
    c.text(s.name, `stages.${i}.name`, FIELD.stageName, lp, { required: true, max: MAX_NAME_LENGTH });
    if (last) {
      if (s.rate !== null) c.add(`stages.${i}.rate`, 'invalid', FIELD.stageRate, lp);
      if (s.lagMonths !== 0) c.add(`stages.${i}.lagMonths`, 'invalid', FIELD.stageLag, lp);
    } else {
      ratesOk = c.number(s.rate, `stages.${i}.rate`, FIELD.stageRate, lp, 'rate') && ratesOk;
      c.integer(s.lagMonths, `stages.${i}.lagMonths`, FIELD.stageLag, lp, 0, MAX_LAG_MONTHS);
    }
  });
  c.unique(stages, 'stages', FIELD.stageId, FIELD.stageName);
  checkStageKinds(c, stages);
  return ratesOk;
}

/** Each stage has a known kind; a standard kind names one stage at most (one leads stage for the channels). */
function checkStageKinds(c: Collector, stages: Obj[]): void {
  const taken = new Set<unknown>();
  stages.forEach((s, i) => {
    const lp = { n: i + 1, name: nameParam(s) };
    if (!c.oneOf(s.kind, `stages.${i}.kind`, FIELD.stageKind, lp, STAGE_KINDS) || s.kind === 'custom') return;
    if (taken.has(s.kind))
      c.add(`stages.${i}.kind`, 'kindTaken', FIELD.stageKind, lp, { value: String(s.kind) });
    taken.add(s.kind);
  });
}

/** Twelve monthly weights, zero to MAX_SEASONALITY_WEIGHT, not all zero. */
function checkSeasonality(c: Collector, value: unknown): void {
  if (!Array.isArray(value) || value.length !== 12) {
    c.add('seasonality', 'invalid', FIELD.seasonality);
    return;
  }
  const bounds = { max: MAX_SEASONALITY_WEIGHT };
  value.forEach((w, i) =>
    c.number(w, `seasonality.${i}`, FIELD.seasonalityMonth, { n: i + 1 }, 'amount', bounds),
  );
  if (value.every((w) => isNum(w) && w >= 0) && !value.some((w) => (w as number) > 0)) {
    c.add('seasonality', 'notPositive', FIELD.seasonality, {}, { value: 0 });
  }
}

/** One channel: a share of the lead target or a whole lead count, and a CPL. */
function checkChannel(c: Collector, ch: Obj, i: number): void {
  const lp = { n: i + 1, name: nameParam(ch) };
  const path = `channels.${i}`;
  c.text(ch.name, `${path}.name`, FIELD.channelName, lp, { required: true, max: MAX_NAME_LENGTH });
  if (c.oneOf(ch.allocation, `${path}.allocation`, FIELD.channelAllocation, lp, ['share', 'count'])) {
    if (ch.allocation === 'share') c.number(ch.value, `${path}.value`, FIELD.channelShare, lp, 'share');
    else if (c.number(ch.value, `${path}.value`, FIELD.channelCount, lp, 'amount', { max: MAX_COUNT })) {
      if (!Number.isInteger(ch.value))
        c.add(`${path}.value`, 'notInteger', FIELD.channelCount, lp, { value: ch.value });
    }
  }
  c.number(ch.cpl, `${path}.cpl`, FIELD.channelCpl, lp, 'amount', { max: MAX_AMOUNT, minAboveZero: MIN_CPL });
}

/** The channels leads come from, at most MAX_CHANNELS, with unique ids and names. */
function checkChannels(c: Collector, value: unknown): void {
  if (!Array.isArray(value)) {
    c.add('channels', 'invalid', FIELD.channels);
    return;
  }
  if (value.length > MAX_CHANNELS) {
    c.add('channels', 'outOfRange', FIELD.channels, {}, { value: value.length, min: 0, max: MAX_CHANNELS });
  }
  const channels = objects(value);
  channels.forEach((ch, i) => checkChannel(c, ch, i));
  c.unique(channels, 'channels', FIELD.channelId, FIELD.channelName);
}

/** One initiative under a CSF, with its KPI. */
function checkInitiative(
  c: Collector,
  ini: Obj,
  i: number,
  j: number,
  period: { first: number; after: number } | null,
): void {
  const lq = { n: i + 1, m: j + 1 };
  const base = `csfs.${i}.initiatives.${j}`;
  c.text(ini.name, `${base}.name`, FIELD.initiativeName, lq, { required: true, max: MAX_NAME_LENGTH });
  if (typeof ini.id !== 'string' || ini.id === '') c.add(`${base}.id`, 'empty', FIELD.initiativeId, lq);
  const kpi = isObj(ini.kpi) ? ini.kpi : {};
  c.text(kpi.name, `${base}.kpi.name`, FIELD.kpiName, lq, { required: true, max: MAX_NAME_LENGTH });
  c.number(kpi.target, `${base}.kpi.target`, FIELD.kpiTarget, lq, 'amount', { max: MAX_AMOUNT });
  c.oneOf(kpi.cadence, `${base}.kpi.cadence`, FIELD.kpiCadence, lq, CADENCES);
  c.text(kpi.quality, `${base}.kpi.quality`, FIELD.kpiQuality, lq, { required: false, max: MAX_TEXT_LENGTH });
  if (kpi.qualityShare !== null)
    c.number(kpi.qualityShare, `${base}.kpi.qualityShare`, FIELD.kpiQualityShare, lq, 'rate');
  checkEndDate(c, kpi.endDate, `${base}.kpi.endDate`, lq, period);
  if (typeof kpi.countsStage !== 'boolean')
    c.add(`${base}.kpi.countsStage`, 'invalid', FIELD.kpiCountsStage, lq);
  checkSubMetrics(c, kpi.subMetrics, `${base}.kpi.subMetrics`, lq);
}

/** A campaign end date: none, or a calendar day within the plan period. */
function checkEndDate(
  c: Collector,
  v: unknown,
  path: string,
  lq: { n: number; m: number },
  period: { first: number; after: number } | null,
): void {
  if (v === null) return;
  const day = typeof v === 'string' ? dayNumber(v) : null;
  if (day === null) return c.add(path, 'notDate', FIELD.kpiEndDate, lq, { value: shown(v) });
  if (period && (day < period.first || day >= period.after)) {
    const params = { value: v as string, min: isoDate(period.first), max: isoDate(period.after - 1) };
    c.add(path, 'outOfRange', FIELD.kpiEndDate, lq, params);
  }
}

/** At most MAX_SUB_METRICS sub-metrics, each with a name, a target in its unit and a unique id. */
function checkSubMetrics(c: Collector, v: unknown, path: string, lq: { n: number; m: number }): void {
  if (!Array.isArray(v)) return c.add(path, 'invalid', FIELD.kpiSubMetrics, lq);
  if (v.length > MAX_SUB_METRICS)
    c.add(path, 'tooMany', FIELD.kpiSubMetrics, lq, { value: v.length, max: MAX_SUB_METRICS });
  const subs = objects(v);
  subs.forEach((sub, k) => {
    const lk = { ...lq, k: k + 1 };
    const at = `${path}.${k}`;
    c.text(sub.name, `${at}.name`, FIELD.subMetricName, lk, { required: true, max: MAX_NAME_LENGTH });
    if (c.oneOf(sub.unit, `${at}.unit`, FIELD.subMetricUnit, lk, SUB_METRIC_UNITS)) {
      if (sub.unit === 'rate') c.number(sub.target, `${at}.target`, FIELD.subMetricTarget, lk, 'rate');
      else c.number(sub.target, `${at}.target`, FIELD.subMetricTarget, lk, 'amount', { max: MAX_AMOUNT });
    }
    if (typeof sub.signal !== 'boolean') c.add(`${at}.signal`, 'invalid', FIELD.subMetricSignal, lk);
  });
  c.unique(
    subs.map((x) => ({ id: x.id, name: x.name })),
    path,
    FIELD.subMetricId,
    FIELD.subMetricName,
  );
}

/** CSFs, each on a transition that exists, with their initiatives; at most MAX_CSFS of MAX_INITIATIVES each. */
function checkCsfs(
  c: Collector,
  value: unknown,
  stageCount: number,
  period: { first: number; after: number } | null,
): void {
  if (!Array.isArray(value)) {
    c.add('csfs', 'invalid', FIELD.csfs);
    return;
  }
  if (value.length > MAX_CSFS)
    c.add('csfs', 'tooMany', FIELD.csfs, {}, { value: value.length, max: MAX_CSFS });
  const csfs = objects(value);
  csfs.forEach((csf, i) => {
    const lp = { n: i + 1 };
    const lastTransition = Math.max(0, stageCount - 2);
    c.integer(csf.transition, `csfs.${i}.transition`, FIELD.csfTransition, lp, 0, lastTransition);
    c.text(csf.text, `csfs.${i}.text`, FIELD.csfText, lp, { required: true, max: MAX_TEXT_LENGTH });
    if (!Array.isArray(csf.initiatives)) return c.add(`csfs.${i}.initiatives`, 'invalid', FIELD.csfText, lp);
    if (csf.initiatives.length > MAX_INITIATIVES) {
      const params = { value: csf.initiatives.length, max: MAX_INITIATIVES };
      c.add(`csfs.${i}.initiatives`, 'tooMany', FIELD.csfInitiatives, lp, params);
    }
    objects(csf.initiatives).forEach((ini, j) => checkInitiative(c, ini, i, j, period));
  });
  c.unique(
    csfs.map((x) => ({ id: x.id, name: undefined })),
    'csfs',
    FIELD.csfId,
    FIELD.csfText,
  );
}

/** Status thresholds: green above zero and at most 200%, amber above zero and at most green. */
function checkThresholds(c: Collector, value: unknown): void {
  const t = isObj(value) ? value : {};
  const pct = { example: '90%' };
  const green = c.number(t.green, 'thresholds.green', FIELD.thresholdGreen, {}, 'positive', pct)
    ? t.green
    : null;
  const amber = c.number(t.amber, 'thresholds.amber', FIELD.thresholdAmber, {}, 'positive', pct)
    ? t.amber
    : null;
  // Thresholds are shown and typed as percents, so their messages speak in percents too.
  if (green !== null && green > 2) {
    c.add(
      'thresholds.green',
      'outOfRange',
      FIELD.thresholdGreen,
      {},
      { value: percentAsTyped(green), min: '0%', max: '200%' },
    );
  }
  if (green !== null && amber !== null && amber > green) {
    c.add(
      'thresholds.amber',
      'outOfRange',
      FIELD.thresholdAmber,
      {},
      { value: percentAsTyped(amber), min: '0%', max: percentAsTyped(green) },
    );
  }
}

/** The numbers must be computable: no overflow anywhere in the funnel. */
function checkComputable(c: Collector, plan: Plan): void {
  const rates = plan.stages.slice(0, -1).map((s) => s.rate as number);
  try {
    requiredCounts(wonDealsExact(plan), rates, 'goal');
  } catch {
    // A revenue goal is divided by the deal size first: a tiny one is as likely the cause.
    c.add('goal.amount', plan.goal.kind === 'revenue' ? 'overflowDeal' : 'overflow', FIELD.goalAmount);
  }
}

/** The plan must fit the document properties; CSFs and initiatives are where the bytes are. */
function checkStorage(c: Collector, plan: Plan): void {
  const bytes = planStorageBytes(plan);
  if (bytes <= MAX_PLAN_BYTES) return;
  const params = { value: groupThousands(bytes), max: groupThousands(MAX_PLAN_BYTES) };
  c.add('csfs', 'planTooLarge', FIELD.plan, {}, params);
}

/**
 * A valid plan holding only the keys a plan is made of, at every depth: whatever else came with it
 * (a stray field, a huge string) never reaches storage or the sheets. Call it on a checked plan only.
 */
function cleanPlan(p: Obj): Plan {
  const plan = p as unknown as Plan;
  const { goal, thresholds } = plan;
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    name: plan.name,
    lang: plan.lang,
    currency: plan.currency,
    startYear: plan.startYear,
    startMonth: plan.startMonth,
    periodMonths: plan.periodMonths,
    goal: { kind: goal.kind, amount: goal.amount, marketingShare: goal.marketingShare },
    avgDealSize: plan.avgDealSize,
    stages: plan.stages.map(({ id, kind, name, rate, lagMonths }) => ({ id, kind, name, rate, lagMonths })),
    seasonality: [...plan.seasonality],
    channels: plan.channels.map(({ id, name, allocation, value, cpl }) => ({
      id,
      name,
      allocation,
      value,
      cpl,
    })),
    csfs: plan.csfs.map(({ id, transition, text, initiatives }) => ({
      id,
      transition,
      text,
      initiatives: initiatives.map(({ id, name, kpi }) => ({
        id,
        name,
        kpi: {
          name: kpi.name,
          target: kpi.target,
          cadence: kpi.cadence,
          quality: kpi.quality,
          qualityShare: kpi.qualityShare,
          endDate: kpi.endDate,
          countsStage: kpi.countsStage,
          subMetrics: kpi.subMetrics.map(({ id, name, target, unit, signal }) => ({
            id,
            name,
            target,
            unit,
            signal,
          })),
        },
      })),
    })),
    thresholds: { green: thresholds.green, amber: thresholds.amber },
  };
}

/** The plan period as days, when its start and length are valid (end dates are checked against it). */
function knownPeriod(p: Obj): { first: number; after: number } | null {
  const ok = (v: unknown, min: number, max: number) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
  if (!ok(p.startYear, 2000, 2100) || !ok(p.startMonth, 1, 12) || !ok(p.periodMonths, 1, MAX_PERIOD_MONTHS))
    return null;
  return periodDays(p as unknown as Plan);
}

/** Checks a plan received from anywhere (storage, the sidebar, a hand-crafted call) and reports every problem at once. */
export function validatePlan(value: unknown): PlanCheck {
  const c = new Collector();
  const input = upgradePlan(value);
  if (!isObj(input)) {
    c.add('', 'invalid', FIELD.plan);
    return { ok: false, issues: c.issues };
  }
  checkHeader(c, input);
  const goalOk = checkGoal(c, input);
  const ratesOk = checkStages(c, input.stages);
  checkSeasonality(c, input.seasonality);
  c.section('budget', () => checkChannels(c, input.channels));
  const stageCount = Array.isArray(input.stages) ? input.stages.length : 0;
  c.section('none', () => checkCsfs(c, input.csfs, stageCount, knownPeriod(input)));
  c.section('none', () => checkThresholds(c, input.thresholds));
  if (!goalOk || !ratesOk || c.issues.length > 0) return { ok: false, issues: c.issues };
  const plan = cleanPlan(input);
  checkComputable(c, plan);
  c.section('none', () => checkStorage(c, plan));
  return c.issues.length ? { ok: false, issues: c.issues } : { ok: true, plan, issues: [] };
}
