/** Field checks for plan validation: each reports a problem at a plan path, in both languages. */
import type { ErrorCode } from './catalog/errors';
import { describe as describeProblem } from './errors';
import { formatNumber, formatWhole, groupThousands, percentAsTyped } from './format';
import { fill, type Params, type Text } from './i18n';
import { numberExample } from './parse';

/** One problem with a plan: where it is (a path into the plan) and what to do, in both languages. */
export interface PlanIssue {
  path: string;
  code: ErrorCode;
  message: Text;
  /**
   * The same problem worded for an input typed in percent (the wizard's rate and share fields):
   * validation sees fractions, and would tell someone who typed "150" to "type 1.5%".
   */
  inPercent?: { code: ErrorCode; message: Text };
  /**
   * What the problem keeps the wizard from computing: the funnel's numbers, only the channel
   * budget (and CPL, CAC, ROMI), or nothing (names, ids, free text, CSFs, thresholds). Absent: nothing.
   */
  blocks?: Blocks;
}

export type Blocks = 'numbers' | 'budget' | 'none';

/**
 * An issue as it reads where rates show in percent (the wizard's fields, the sheets' cells): "0% is
 * not a valid rate" for a cell showing 0.0%, not the fraction validation sees.
 */
export function inPercent(issue: PlanIssue): PlanIssue {
  const { inPercent: worded, ...rest } = issue;
  return worded ? { ...rest, ...worded } : issue;
}

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** "25%" where a plain number belongs is named as a percentage, anything else as not a number. */
const notNumberCode = (v: unknown): ErrorCode =>
  typeof v === 'string' && /\d%$/.test(v.normalize('NFKC').trim()) ? 'percentNotAmount' : 'notNumber';

/** A value as a message quotes it: short, and never by walking into a list or an object. */
export function shown(v: unknown): string {
  if (Array.isArray(v)) return '[…]';
  if (typeof v === 'object' && v !== null) return '{…}';
  const text = String(v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * True when lists and objects nest at most `maxDepth` levels deep, checked without recursion:
 * a value nested thousands deep would overflow the stack of any code that walks it.
 */
export function nestsWithin(value: unknown, maxDepth: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (typeof v !== 'object' || v === null) continue;
    if (depth > maxDepth) return false;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return true;
}

function message(code: ErrorCode, label: Text, labelParams: Params, params: Params): Text {
  const text = { en: '', ja: '' };
  for (const lang of ['en', 'ja'] as const) {
    text[lang] = describeProblem({ code, field: fill(label[lang], labelParams), params }, lang);
  }
  return text;
}

export class Collector {
  readonly issues: PlanIssue[] = [];
  /** What the issues of the section being checked block; names, ids and texts block nothing. */
  private scope: Blocks = 'numbers';

  /** Runs the checks of one section of the plan, whose problems block `blocks`. */
  section<T>(blocks: Blocks, check: () => T): T {
    this.scope = blocks;
    try {
      return check();
    } finally {
      this.scope = 'numbers';
    }
  }

  add(path: string, code: ErrorCode, label: Text, labelParams: Params = {}, params: Params = {}): void {
    this.push(path, code, label, labelParams, params, this.scope);
  }

  private push(path: string, code: ErrorCode, label: Text, lp: Params, params: Params, blocks: Blocks): void {
    this.issues.push({ path, code, message: message(code, label, lp, params), blocks });
  }

  text(
    v: unknown,
    path: string,
    label: Text,
    lp: Params,
    opts: { required: boolean; max: number },
  ): v is string {
    if (typeof v !== 'string') {
      const code = opts.required && (v === undefined || v === null) ? 'empty' : 'notText';
      this.push(path, code, label, lp, {}, 'none');
      return false;
    }
    if (opts.required && v.trim() === '') this.push(path, 'empty', label, lp, {}, 'none');
    else if (v.length > opts.max) this.push(path, 'tooLong', label, lp, { max: opts.max }, 'none');
    else return true;
    return false;
  }

  /**
   * A number by its rule: `rate` in (0, 1]; `share` in [0, 1]; `positive` above zero; `amount` zero
   * or more; at most `bounds.max`, and when above zero at least `bounds.minAboveZero`. A rate or
   * share the wizard shows in percent also gets its problem worded in percent.
   */
  number(
    v: unknown,
    path: string,
    label: Text,
    lp: Params,
    rule: 'rate' | 'share' | 'positive' | 'amount',
    bounds: { max?: number; minAboveZero?: number; example?: string } = {},
  ): v is number {
    if (v === undefined || v === null || v === '') return (this.add(path, 'empty', label, lp), false);
    if (!isNum(v)) {
      const example = bounds.example ?? numberExample(rule === 'rate' || rule === 'share');
      return (this.add(path, notNumberCode(v), label, lp, { value: shown(v), example }), false);
    }
    let code: ErrorCode | null = null;
    const value = formatNumber(v);
    let params: Params = { value };
    if (rule === 'rate' && (v <= 0 || v > 1)) {
      code = v > 1 && v <= 100 ? 'rateAsPercent' : 'rateOutOfRange';
      params = { value, fraction: formatNumber(v / 100) };
    } else if (v < 0) code = 'negative';
    else if (rule === 'share' && v > 1) {
      code = 'rateAsPercent';
      params = { value, fraction: formatNumber(v / 100) };
    } else if (rule === 'positive' && v === 0) code = 'notPositive';
    else if (bounds.max !== undefined && v > bounds.max) {
      code = 'tooLarge';
      params = { value, max: groupThousands(bounds.max) };
    } else if (bounds.minAboveZero !== undefined && v > 0 && v < bounds.minAboveZero) {
      code = 'tooSmall';
      params = { value, min: formatNumber(bounds.minAboveZero) };
    }
    if (code === null) return true;
    this.add(path, code, label, lp, params);
    if (rule === 'rate' || rule === 'share') {
      const outOfRange = rule === 'share' ? 'shareOutOfRange' : 'rateOutOfRange';
      const percentCode = code === 'negative' ? 'negative' : outOfRange;
      const inPercent = { value: percentAsTyped(v) };
      (this.issues[this.issues.length - 1] as PlanIssue).inPercent = {
        code: percentCode,
        message: message(percentCode, label, lp, inPercent),
      };
    }
    return false;
  }

  integer(v: unknown, path: string, label: Text, lp: Params, min: number, max: number): v is number {
    if (v === undefined || v === null || v === '') return (this.add(path, 'empty', label, lp), false);
    if (!isNum(v)) {
      // A year or a month count hinted with "1,000,000" would mislead: it asks for a whole number.
      const code = notNumberCode(v);
      return (
        this.add(path, code === 'notNumber' ? 'notWholeNumber' : code, label, lp, { value: shown(v) }),
        false
      );
    }
    const value = formatWhole(v);
    if (!Number.isInteger(v)) return (this.add(path, 'notInteger', label, lp, { value }), false);
    if (v < min || v > max) {
      const range = { value, min: formatWhole(min), max: formatWhole(max) };
      return (this.add(path, 'outOfRange', label, lp, range), false);
    }
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
      const id = `${path}.${i}.id`;
      if (typeof v.id !== 'string' || v.id === '') this.push(id, 'empty', idLabel, lp, {}, 'none');
      else if (ids.has(v.id)) this.push(id, 'duplicate', idLabel, lp, { value: v.id }, 'none');
      ids.add(v.id);
      if (typeof v.name === 'string' && v.name.trim() !== '') {
        const key = v.name.trim().toLowerCase();
        const name = `${path}.${i}.name`;
        if (names.has(key)) this.push(name, 'duplicate', nameLabel, lp, { value: v.name }, 'none');
        names.add(key);
      }
    });
  }
}
