import { planStorageBytes, splitByBytes, STORE_BYTES, utf8ByteLength } from '../core/chunks';
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

/** As getChunked, but a value stored whole (before it was chunked) is read as it is. */
export function getChunkedOrWhole(props: Properties, key: string): string | null {
  return readHeader(props, key) ? getChunked(props, key) : props.getProperty(`${PREFIX}${key}`);
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

const STORE_RESERVE = 20 * 1024;

/** Plans live in document properties, one per plan name, with the ids of the sheets written for them. */
export class PlanStore {
  constructor(private readonly props: Properties) {}

  /**
   * Plan names by slot. A missing or damaged index is rebuilt from the stored plans themselves,
   * so a plan is never lost to its bookkeeping.
   */
  private slots(): (string | null)[] {
    const raw = this.props.getProperty(`${PREFIX}plans`);
    const list = readJson<unknown[] | null>(raw, null, Array.isArray);
    if (list) return list.map((x) => (typeof x === 'string' ? x : null));
    return this.rebuiltSlots();
  }

  private rebuiltSlots(): (string | null)[] {
    const slots: (string | null)[] = [];
    for (const key of this.props.getKeys()) {
      const match = /^kpi\.plan\.(\d+)$/.exec(key);
      if (!match) continue;
      const slot = Number(match[1]);
      const data = readJson<unknown>(getChunked(this.props, `plan.${slot}`) || null, null, isObject);
      const name = (data as { name?: unknown } | null)?.name;
      if (typeof name !== 'string' || slots.includes(name)) continue;
      while (slots.length <= slot) slots.push(null);
      slots[slot] = name;
    }
    return slots;
  }

  /** The property key of a plan, or null when no plan has that name. */
  private slot(name: string): string | null {
    const slot = this.slots().indexOf(name);
    return slot < 0 ? null : `plan.${slot}`;
  }

  index(): string[] {
    return this.slots().filter((x): x is string => x !== null);
  }

  activeName(): string | null {
    const active = this.props.getProperty(`${PREFIX}active`);
    const index = this.index();
    return active !== null && index.includes(active) ? active : (index[0] ?? null);
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

  /**
   * Whether the plan fits the store once saved (replacing `replacing`, its stored version):
   * the bytes it needs and the bytes there are.
   */
  room(plan: Plan, replacing: string): { needed: number; available: number } {
    const slot = this.slot(replacing);
    const own = slot === null ? '' : `${PREFIX}${slot}`;
    let used = 0;
    for (const [key, value] of Object.entries(this.props.getProperties())) {
      if (own && (key === own || key.startsWith(`${own}.`))) continue;
      used += utf8ByteLength(key) + utf8ByteLength(value);
    }
    const needed = planStorageBytes(plan) + 2048;
    return { needed, available: STORE_BYTES - STORE_RESERVE - used };
  }

  /** Bytes the store can still take, keeping the reserve. */
  freeBytes(): number {
    let used = 0;
    for (const [key, value] of Object.entries(this.props.getProperties()))
      used += utf8ByteLength(key) + utf8ByteLength(value);
    return STORE_BYTES - STORE_RESERVE - used;
  }

  /**
   * Saves a plan (under a new name when it was `storedName`), the ids of its sheets and makes it
   * the active plan, in one write: index, plan and ids never disagree.
   */
  commit(plan: Plan, storedName: string, ids: Partial<Record<SheetKey, number>>): void {
    const slots = this.slots();
    let slot = slots.indexOf(storedName);
    if (slot < 0) slot = slots.indexOf(plan.name);
    if (slot < 0) {
      slots.push(plan.name);
      slot = slots.length - 1;
    }
    slots[slot] = plan.name;
    const key = `plan.${slot}`;
    const pieces = splitByBytes(JSON.stringify(plan));
    const old = readHeader(this.props, key);
    const values: Record<string, string> = {
      [`${PREFIX}plans`]: JSON.stringify(slots),
      [`${PREFIX}active`]: plan.name,
      [`${PREFIX}${key}`]: JSON.stringify({ chunks: pieces.length }),
      [`${PREFIX}${key}.sheets`]: JSON.stringify(ids),
    };
    pieces.forEach((piece, i) => (values[`${PREFIX}${key}.${i}`] = piece));
    this.props.setProperties(values);
    for (let i = pieces.length; i < (old?.chunks ?? 0); i++)
      this.props.deleteProperty(`${PREFIX}${key}.${i}`);
  }

  /** Makes a stored plan the one the sidebar and the next actions work on. */
  setActive(name: string): void {
    if (this.index().includes(name)) this.props.setProperty(`${PREFIX}active`, name);
  }

  /**
   * Removes a plan from the bookkeeping: its slot, plan, sheet ids, imports, review and scenarios.
   * Other plans keep their slots (and so every key they own).
   */
  remove(name: string): void {
    const slots = this.slots();
    const slot = slots.indexOf(name);
    if (slot < 0) return;
    slots[slot] = null;
    this.props.setProperty(`${PREFIX}plans`, JSON.stringify(slots));
    const key = `plan.${slot}`;
    deleteChunked(this.props, `${key}.scenarios`);
    deleteChunked(this.props, `${key}.import`);
    deleteChunked(this.props, key);
    for (const suffix of ['sheets', 'review']) this.props.deleteProperty(`${PREFIX}${key}.${suffix}`);
    const next = this.index()[0];
    if (this.props.getProperty(`${PREFIX}active`) === name) {
      if (next === undefined) this.props.deleteProperty(`${PREFIX}active`);
      else this.props.setProperty(`${PREFIX}active`, next);
    }
  }

  /** The plans whose stored sheet ids include this sheet. */
  plansOfSheet(sheetId: number): string[] {
    return this.index().filter((name) => Object.values(this.sheetIds(name)).includes(sheetId));
  }

  sheetIds(name: string): Partial<Record<SheetKey, number>> {
    const slot = this.slot(name);
    if (slot === null) return {};
    return readJson(this.props.getProperty(`${PREFIX}${slot}.sheets`), {}, isObject);
  }

  /** Where a plan's imports (records sheets, what drives which rows, value maps) are kept (chunked). */
  importKey(name: string): string | null {
    const slot = this.slot(name);
    return slot === null ? null : `${slot}.import`;
  }

  /** Where a plan's scenarios and the id of its Scenarios sheet are kept (chunked). */
  scenariosKey(name: string): string | null {
    const slot = this.slot(name);
    return slot === null ? null : `${slot}.scenarios`;
  }

  /** Where the progress review keeps the signatures of its rules and the ids of its charts. */
  reviewKey(name: string): string | null {
    const slot = this.slot(name);
    return slot === null ? null : `${PREFIX}${slot}.review`;
  }
}
