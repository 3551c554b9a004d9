/** Field checks for plan validation: each reports a problem at a plan path, in both languages. */
import type { ErrorCode } from './catalog/errors';
import { describe as describeProblem } from './errors';
import { fill, type Params, type Text } from './i18n';

/** One problem with a plan: where it is (a path into the plan) and what to do, in both languages. */
export interface PlanIssue {
  path: string;
  code: ErrorCode;
  message: Text;
}

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export class Collector {
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

  oneOf(v: unknown, path: string, label: Text, lp: Params, allowed: readonly unknown[]): boolean {
    if (allowed.includes(v)) return true;
    this.add(path, 'invalid', label, lp);
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
