import { splitByBytes } from '../core/chunks';
import type { Plan } from '../core/plan';
import { validatePlan, type PlanIssue } from '../core/plan-validate';
import type { SheetKey } from '../sheets/description';

type Properties = GoogleAppsScript.Properties.Properties;

const PREFIX = 'kpi.';

/** Stores JSON text over several properties, so a large plan never hits the 9 KB value limit. */
export function putChunked(props: Properties, key: string, text: string): void {
  const pieces = splitByBytes(text);
  const values: Record<string, string> = { [`${PREFIX}${key}`]: JSON.stringify({ chunks: pieces.length }) };
  pieces.forEach((piece, i) => (values[`${PREFIX}${key}.${i}`] = piece));
  const old = readHeader(props, key);
  props.setProperties(values);
  for (let i = pieces.length; i < (old?.chunks ?? 0); i++) props.deleteProperty(`${PREFIX}${key}.${i}`);
}

function readHeader(props: Properties, key: string): { chunks: number } | null {
  const raw = props.getProperty(`${PREFIX}${key}`);
  if (raw === null) return null;
  try {
    const header = JSON.parse(raw);
    return Number.isInteger(header?.chunks) ? header : null;
  } catch {
    return null;
  }
}

export function getChunked(props: Properties, key: string): string | null {
  const header = readHeader(props, key);
  if (!header) return props.getProperty(`${PREFIX}${key}`) === null ? null : '';
  let text = '';
  for (let i = 0; i < header.chunks; i++) {
    const piece = props.getProperty(`${PREFIX}${key}.${i}`);
    if (piece === null) return '';
    text += piece;
  }
  return text;
}

export function deleteChunked(props: Properties, key: string): void {
  const header = readHeader(props, key);
  for (let i = 0; i < (header?.chunks ?? 0); i++) props.deleteProperty(`${PREFIX}${key}.${i}`);
  props.deleteProperty(`${PREFIX}${key}`);
}

/** A stored plan as read back: valid, absent, or broken with the reasons. */
export type StoredPlan =
  { state: 'ok'; plan: Plan } | { state: 'none' } | { state: 'broken'; issues: PlanIssue[] | null };

/** Parses JSON a property holds; anything unreadable or of the wrong kind gives `fallback`. */
export function readJson<T>(text: string | null, fallback: T, isValid: (value: unknown) => boolean): T {
  if (text === null) return fallback;
  try {
    const value: unknown = JSON.parse(text);
    return isValid(value) ? (value as T) : fallback;
  } catch {
    return fallback;
  }
}

const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Plans live in document properties, one per plan name, with the ids of the sheets written for them. */
export class PlanStore {
  constructor(private readonly props: Properties) {}

  /** The property key of a plan; only writes create a slot for a new name. */
  private slot(name: string, create = false): string | null {
    const index = this.index();
    let slot = index.indexOf(name);
    if (slot < 0) {
      if (!create) return null;
      index.push(name);
      this.props.setProperty(`${PREFIX}plans`, JSON.stringify(index));
      slot = index.length - 1;
    }
    return `plan.${slot}`;
  }

  index(): string[] {
    const list = readJson<unknown[]>(this.props.getProperty(`${PREFIX}plans`), [], Array.isArray);
    return list.filter((x): x is string => typeof x === 'string');
  }

  activeName(): string | null {
    const active = this.props.getProperty(`${PREFIX}active`);
    return active !== null && this.index().includes(active) ? active : (this.index()[0] ?? null);
  }

  load(name: string): StoredPlan {
    const slot = this.slot(name);
    if (slot === null) return { state: 'none' };
    const text = getChunked(this.props, slot);
    const data = readJson<unknown>(text || null, undefined, () => true);
    if (data === undefined) return { state: 'broken', issues: null };
    const check = validatePlan(data);
    return check.ok ? { state: 'ok', plan: check.plan } : { state: 'broken', issues: check.issues };
  }

  save(plan: Plan): void {
    putChunked(this.props, this.slot(plan.name, true) as string, JSON.stringify(plan));
    this.props.setProperty(`${PREFIX}active`, plan.name);
  }

  /** Gives a stored plan a new name; its sheets and actuals stay with it. */
  rename(from: string, to: string): void {
    const index = this.index();
    const slot = index.indexOf(from);
    if (slot < 0 || index.includes(to)) return;
    index[slot] = to;
    this.props.setProperty(`${PREFIX}plans`, JSON.stringify(index));
    if (this.props.getProperty(`${PREFIX}active`) === from) this.props.setProperty(`${PREFIX}active`, to);
  }

  sheetIds(name: string): Partial<Record<SheetKey, number>> {
    const slot = this.slot(name);
    if (slot === null) return {};
    return readJson(this.props.getProperty(`${PREFIX}${slot}.sheets`), {}, isObject);
  }

  saveSheetIds(name: string, ids: Partial<Record<SheetKey, number>>): void {
    this.props.setProperty(`${PREFIX}${this.slot(name, true)}.sheets`, JSON.stringify(ids));
  }

  /** Where the progress review keeps the signatures of its rules and the ids of its charts. */
  reviewKey(name: string): string {
    return `${PREFIX}${this.slot(name, true)}.review`;
  }
}
