import { FIELD } from './catalog/plan';
import type { ErrorCode } from './catalog/errors';
import { describe as describeProblem } from './errors';
import { percentAsTyped } from './format';
import { MAX_STAGES, MIN_STAGES, requiredCounts } from './funnel';
import { fill, type Params, type Text } from './i18n';
import {
  CADENCES,
  CURRENCIES,
  MAX_CHANNELS,
  MAX_NAME_LENGTH,
  MAX_PERIOD_MONTHS,
  MAX_TEXT_LENGTH,
  PLAN_SCHEMA_VERSION,
  type Plan,
} from './plan';
import { wonDealsExact } from './plan-math';

/** One problem with a plan: where it is (a path into the plan) and what to do, in both languages. */
export interface PlanIssue {
  path: string;
  code: ErrorCode;
  message: Text;
}

export type PlanCheck = { ok: true; plan: Plan; issues: [] } | { ok: false; issues: PlanIssue[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

class Collector {
  readonly issues: PlanIssue[] = [];

  add(path: string, code: ErrorCode, label: Text, labelParams: Params = {}, params: Params = {}): void {
    const message = { en: '', ja: '' };
    for (const lang of ['en', 'ja'] as const) {
      const field = fill(label[lang], labelParams);
      message[lang] = describeProblem({ code, field, params }, lang);
    }
    this.issues.push({ path, code, message });
  }

  text(
    v: unknown,
    path: string,
    label: Text,
    lp: Params,
    opts: { required: boolean; max: number },
  ): v is string {
    if (typeof v !== 'string') {
      this.add(path, opts.required && (v === undefined || v === null) ? 'empty' : 'notText', label, lp);
      return false;
    }
    if (opts.required && v.trim() === '') this.add(path, 'empty', label, lp);
    else if (v.length > opts.max) this.add(path, 'tooLong', label, lp, { max: opts.max });
    else return true;
    return false;
  }

  number(
    v: unknown,
    path: string,
    label: Text,
    lp: Params,
    rule: 'rate' | 'positive' | 'amount',
  ): v is number {
    if (v === undefined || v === null || v === '') return (this.add(path, 'empty', label, lp), false);
    if (!isNum(v)) return (this.add(path, 'notNumber', label, lp, { value: String(v) }), false);
    if (rule === 'rate' && (v <= 0 || v > 1)) {
      const code = v > 1 && v <= 100 ? 'rateAsPercent' : 'rateOutOfRange';
      return (this.add(path, code, label, lp, { value: v, fraction: v / 100 }), false);
    }
    if (v < 0) return (this.add(path, 'negative', label, lp, { value: v }), false);
    if (rule === 'positive' && v === 0)
      return (this.add(path, 'notPositive', label, lp, { value: 0 }), false);
    return true;
  }

  integer(v: unknown, path: string, label: Text, lp: Params, min: number, max: number): v is number {
    if (v === undefined || v === null || v === '') return (this.add(path, 'empty', label, lp), false);
    if (!isNum(v)) return (this.add(path, 'notNumber', label, lp, { value: String(v) }), false);
    if (!Number.isInteger(v)) return (this.add(path, 'notInteger', label, lp, { value: v }), false);
    if (v < min || v > max) return (this.add(path, 'outOfRange', label, lp, { value: v, min, max }), false);
    return true;
  }

  oneOf(v: unknown, path: string, label: Text, allowed: readonly unknown[]): boolean {
    if (allowed.includes(v)) return true;
    this.add(path, 'invalid', label);
    return false;
  }

  unique(values: Obj[], path: string, idLabel: Text, nameLabel: Text): void {
    const ids = new Set<unknown>();
    const names = new Set<string>();
    values.forEach((v, i) => {
      const lp = { n: i + 1 };
      if (typeof v.id !== 'string' || v.id === '') this.add(`${path}.${i}.id`, 'empty', idLabel, lp);
      else if (ids.has(v.id)) this.add(`${path}.${i}.id`, 'duplicate', idLabel, lp, { value: v.id });
      ids.add(v.id);
      if (typeof v.name === 'string' && v.name.trim() !== '') {
        const key = v.name.trim().toLowerCase();
        if (names.has(key)) this.add(`${path}.${i}.name`, 'duplicate', nameLabel, lp, { value: v.name });
        names.add(key);
      }
    });
  }
}

/**
 * True when a value has the plan's structure (the right version, objects and lists where they
 * belong), whatever its values: a draft may hold half-typed values, not a different shape.
 */
export function hasPlanShape(value: unknown): boolean {
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

/** Checks a plan received from anywhere (storage, the sidebar, a hand-crafted call) and reports every problem at once. */
export function validatePlan(input: unknown): PlanCheck {
  const c = new Collector();
  if (!isObj(input)) {
    c.add('', 'invalid', FIELD.plan);
    return { ok: false, issues: c.issues };
  }
  const p = input;
  if (p.schemaVersion !== PLAN_SCHEMA_VERSION) c.add('schemaVersion', 'invalid', FIELD.schemaVersion);
  c.text(p.name, 'name', FIELD.name, {}, { required: true, max: MAX_NAME_LENGTH });
  c.oneOf(p.lang, 'lang', FIELD.lang, ['en', 'ja']);
  c.oneOf(p.currency, 'currency', FIELD.currency, CURRENCIES);
  c.integer(p.startYear, 'startYear', FIELD.startYear, {}, 2000, 2100);
  c.integer(p.startMonth, 'startMonth', FIELD.startMonth, {}, 1, 12);
  c.integer(p.periodMonths, 'periodMonths', FIELD.periodMonths, {}, 1, MAX_PERIOD_MONTHS);

  const goal = isObj(p.goal) ? p.goal : {};
  if (!isObj(p.goal)) c.add('goal', 'invalid', FIELD.goalAmount);
  c.oneOf(goal.kind, 'goal.kind', FIELD.goalKind, ['revenue', 'customers']);
  const amountOk = c.number(goal.amount, 'goal.amount', FIELD.goalAmount, {}, 'positive');
  const shareOk = c.number(goal.marketingShare, 'goal.marketingShare', FIELD.marketingShare, {}, 'rate');
  const dealOk = c.number(p.avgDealSize, 'avgDealSize', FIELD.avgDealSize, {}, 'positive');

  let ratesOk = Array.isArray(p.stages);
  if (!Array.isArray(p.stages)) c.add('stages', 'invalid', FIELD.stages);
  else {
    if (p.stages.length < MIN_STAGES || p.stages.length > MAX_STAGES) {
      c.add(
        'stages',
        'stageCount',
        FIELD.stages,
        {},
        { min: MIN_STAGES, max: MAX_STAGES, value: p.stages.length },
      );
      ratesOk = false;
    }
    const stages = p.stages.map((s) => (isObj(s) ? s : {}));
    stages.forEach((s, i) => {
      const last = i === stages.length - 1;
      const lp = { n: i + 1, name: typeof s.name === 'string' ? s.name : '' };
      c.text(s.name, `stages.${i}.name`, FIELD.stageName, lp, { required: true, max: MAX_NAME_LENGTH });
      if (last) {
        if (s.rate !== null) c.add(`stages.${i}.rate`, 'invalid', FIELD.stageRate, lp);
        if (s.lagMonths !== 0) c.add(`stages.${i}.lagMonths`, 'invalid', FIELD.stageLag, lp);
      } else {
        ratesOk = c.number(s.rate, `stages.${i}.rate`, FIELD.stageRate, lp, 'rate') && ratesOk;
        c.integer(s.lagMonths, `stages.${i}.lagMonths`, FIELD.stageLag, lp, 0, 12);
      }
    });
    c.unique(stages, 'stages', FIELD.stageId, FIELD.stageName);
  }

  if (!Array.isArray(p.seasonality) || p.seasonality.length !== 12)
    c.add('seasonality', 'invalid', FIELD.seasonality);
  else {
    p.seasonality.forEach((w, i) =>
      c.number(w, `seasonality.${i}`, FIELD.seasonalityMonth, { n: i + 1 }, 'amount'),
    );
    if (p.seasonality.every((w) => isNum(w) && w >= 0) && !p.seasonality.some((w) => (w as number) > 0)) {
      c.add('seasonality', 'notPositive', FIELD.seasonality, {}, { value: 0 });
    }
  }

  if (!Array.isArray(p.channels)) c.add('channels', 'invalid', FIELD.channels);
  else {
    if (p.channels.length > MAX_CHANNELS) {
      c.add(
        'channels',
        'outOfRange',
        FIELD.channels,
        {},
        { value: p.channels.length, min: 0, max: MAX_CHANNELS },
      );
    }
    const channels = p.channels.map((ch) => (isObj(ch) ? ch : {}));
    channels.forEach((ch, i) => {
      const lp = { n: i + 1, name: typeof ch.name === 'string' ? ch.name : '' };
      c.text(ch.name, `channels.${i}.name`, FIELD.channelName, lp, { required: true, max: MAX_NAME_LENGTH });
      if (c.oneOf(ch.allocation, `channels.${i}.allocation`, FIELD.channelAllocation, ['share', 'count'])) {
        if (ch.allocation === 'share') {
          if (
            c.number(ch.value, `channels.${i}.value`, FIELD.channelShare, lp, 'amount') &&
            (ch.value as number) > 1
          ) {
            c.add(`channels.${i}.value`, 'rateAsPercent', FIELD.channelShare, lp, {
              value: ch.value as number,
              fraction: (ch.value as number) / 100,
            });
          }
        } else if (c.number(ch.value, `channels.${i}.value`, FIELD.channelCount, lp, 'amount')) {
          if (!Number.isInteger(ch.value))
            c.add(`channels.${i}.value`, 'notInteger', FIELD.channelCount, lp, { value: ch.value as number });
        }
      }
      c.number(ch.cpl, `channels.${i}.cpl`, FIELD.channelCpl, lp, 'amount');
    });
    c.unique(channels, 'channels', FIELD.channelId, FIELD.channelName);
  }

  const stageCount = Array.isArray(p.stages) ? p.stages.length : 0;
  if (!Array.isArray(p.csfs)) c.add('csfs', 'invalid', FIELD.csfs);
  else {
    const csfs = p.csfs.map((x) => (isObj(x) ? x : {}));
    csfs.forEach((csf, i) => {
      const lp = { n: i + 1 };
      c.integer(
        csf.transition,
        `csfs.${i}.transition`,
        FIELD.csfTransition,
        lp,
        0,
        Math.max(0, stageCount - 2),
      );
      c.text(csf.text, `csfs.${i}.text`, FIELD.csfText, lp, { required: true, max: MAX_TEXT_LENGTH });
      if (!Array.isArray(csf.initiatives))
        return c.add(`csfs.${i}.initiatives`, 'invalid', FIELD.csfText, lp);
      const initiatives = csf.initiatives.map((x) => (isObj(x) ? x : {}));
      initiatives.forEach((ini, j) => {
        const lq = { n: i + 1, m: j + 1 };
        const base = `csfs.${i}.initiatives.${j}`;
        c.text(ini.name, `${base}.name`, FIELD.initiativeName, lq, { required: true, max: MAX_NAME_LENGTH });
        if (typeof ini.id !== 'string' || ini.id === '') c.add(`${base}.id`, 'empty', FIELD.initiativeId, lq);
        const kpi = isObj(ini.kpi) ? ini.kpi : {};
        c.text(kpi.name, `${base}.kpi.name`, FIELD.kpiName, lq, { required: true, max: MAX_NAME_LENGTH });
        c.number(kpi.target, `${base}.kpi.target`, FIELD.kpiTarget, lq, 'amount');
        c.oneOf(kpi.cadence, `${base}.kpi.cadence`, FIELD.kpiCadence, CADENCES);
        c.text(kpi.quality, `${base}.kpi.quality`, FIELD.kpiQuality, lq, {
          required: false,
          max: MAX_TEXT_LENGTH,
        });
      });
    });
    c.unique(
      csfs.map((x) => ({ id: x.id, name: undefined })),
      'csfs',
      FIELD.csfId,
      FIELD.csfText,
    );
  }

  const t = isObj(p.thresholds) ? p.thresholds : {};
  const greenOk = c.number(t.green, 'thresholds.green', FIELD.thresholdGreen, {}, 'positive');
  const amberOk = c.number(t.amber, 'thresholds.amber', FIELD.thresholdAmber, {}, 'positive');
  // Thresholds are shown and typed as percents, so their messages speak in percents too.
  const pct = percentAsTyped;
  if (greenOk && (t.green as number) > 2) {
    c.add(
      'thresholds.green',
      'outOfRange',
      FIELD.thresholdGreen,
      {},
      { value: pct(t.green as number), min: '0%', max: '200%' },
    );
  }
  if (greenOk && amberOk && (t.amber as number) > (t.green as number)) {
    c.add(
      'thresholds.amber',
      'outOfRange',
      FIELD.thresholdAmber,
      {},
      {
        value: pct(t.amber as number),
        min: '0%',
        max: pct(t.green as number),
      },
    );
  }

  // The numbers must be computable: no overflow anywhere in the funnel.
  if (amountOk && shareOk && dealOk && ratesOk && c.issues.length === 0) {
    const plan = input as unknown as Plan;
    const rates = plan.stages.slice(0, -1).map((s) => s.rate as number);
    try {
      requiredCounts(wonDealsExact(plan), rates, 'goal');
    } catch {
      c.add('goal.amount', 'overflow', FIELD.goalAmount);
    }
  }
  return c.issues.length
    ? { ok: false, issues: c.issues }
    : { ok: true, plan: input as unknown as Plan, issues: [] };
}
