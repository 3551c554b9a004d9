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

/** Plans live in document properties, one per plan name, with the ids of the sheets written for them. */
export class PlanStore {
  constructor(private readonly props: Properties) {}

  private slot(name: string): string {
    const index = this.index();
    let slot = index.indexOf(name);
    if (slot < 0) {
      index.push(name);
      this.props.setProperty(`${PREFIX}plans`, JSON.stringify(index));
      slot = index.length - 1;
    }
    return `plan.${slot}`;
  }

  index(): string[] {
    try {
      const list = JSON.parse(this.props.getProperty(`${PREFIX}plans`) ?? '[]');
      return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
    } catch {
      return [];
    }
  }

  activeName(): string | null {
    const active = this.props.getProperty(`${PREFIX}active`);
    return active !== null && this.index().includes(active) ? active : (this.index()[0] ?? null);
  }

  load(name: string): StoredPlan {
    if (!this.index().includes(name)) return { state: 'none' };
    const text = getChunked(this.props, this.slot(name));
    if (!text) return { state: 'broken', issues: null };
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return { state: 'broken', issues: null };
    }
    const check = validatePlan(data);
    return check.ok ? { state: 'ok', plan: check.plan } : { state: 'broken', issues: check.issues };
  }

  save(plan: Plan): void {
    putChunked(this.props, this.slot(plan.name), JSON.stringify(plan));
    this.props.setProperty(`${PREFIX}active`, plan.name);
  }

  sheetIds(name: string): Partial<Record<SheetKey, number>> {
    try {
      return JSON.parse(this.props.getProperty(`${PREFIX}${this.slot(name)}.sheets`) ?? '{}');
    } catch {
      return {};
    }
  }

  saveSheetIds(name: string, ids: Partial<Record<SheetKey, number>>): void {
    this.props.setProperty(`${PREFIX}${this.slot(name)}.sheets`, JSON.stringify(ids));
  }

  /** Every sheet id any stored plan owns: such sheets are never taken for another plan's name. */
  allSheetIds(): Set<number> {
    const ids = new Set<number>();
    for (const name of this.index())
      Object.values(this.sheetIds(name)).forEach((id) => ids.add(id as number));
    return ids;
  }
}
