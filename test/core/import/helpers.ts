import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Plan } from '../../../src/core/plan';
import { defaultPlan } from '../../../src/core/plan-defaults';

export const FIXTURES = join(__dirname, '../../fixtures/crm');

/**
 * The plans the fixtures are counted against: the default plan of a language, from April 2026,
 * twelve months. Default lags (0, 1, 2) put three "before period" months (Jan-Mar 2026) first.
 */
export function importPlan(lang: 'en' | 'ja' = 'en', change: (plan: Plan) => void = () => {}): Plan {
  const plan = defaultPlan(lang);
  plan.startYear = 2026;
  plan.startMonth = 4;
  change(plan);
  return plan;
}

/** A plan with an SQL stage between MQL and opportunities, and an Events channel. */
export function planWithSql(lang: 'en' | 'ja' = 'en'): Plan {
  return importPlan(lang, (plan) => {
    const [leads, mql, opportunities, won] = plan.stages;
    plan.stages = [
      leads,
      mql,
      // Object.assign keeps the stage's shape, whatever fields stages carry (a kind, later).
      Object.assign({}, mql, { id: 'sql', kind: 'sql', name: 'SQL', rate: 0.5, lagMonths: 0 }),
      { ...opportunities, rate: 0.3 },
      won,
    ];
    plan.channels.push({ id: 'ch5', name: 'Events', allocation: 'count', value: 100, cpl: 200 });
  });
}

/** Parses text as the sidebar does: Papa Parse, no header handling, delimiter guessed. */
export function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
}

/** A fixture file decoded with `encoding` (utf-8, shift_jis, utf-16le) and parsed. */
export function fixtureRows(name: string, encoding = 'utf-8'): string[][] {
  return parseCsv(new TextDecoder(encoding).decode(readFileSync(join(FIXTURES, name))));
}

let shiftJisTable: Map<string, number[]> | undefined;

/**
 * Shift_JIS bytes of a text, for writing fixtures: Node can decode Shift_JIS but not encode it,
 * so the table is built by decoding every two-byte code once (first code per character wins).
 */
export function encodeShiftJis(text: string): Uint8Array {
  if (!shiftJisTable) {
    shiftJisTable = new Map();
    const decoder = new TextDecoder('shift_jis', { fatal: true });
    const leads = [...range(0x81, 0x9f), ...range(0xe0, 0xfc)];
    const trails = [...range(0x40, 0x7e), ...range(0x80, 0xfc)];
    for (const lead of leads) {
      for (const trail of trails) {
        let char: string;
        try {
          char = decoder.decode(Uint8Array.of(lead, trail));
        } catch {
          continue;
        }
        if (!shiftJisTable.has(char)) shiftJisTable.set(char, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = shiftJisTable.get(char);
      if (!pair) throw new Error(`no Shift_JIS code for ${char}`);
      bytes.push(...pair);
    }
  }
  return Uint8Array.from(bytes);
}

/** UTF-16LE bytes with a byte-order mark, as Excel's "Unicode Text" writes. */
export function encodeUtf16le(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf16le'));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** The months with a count, as { 'YYYY-MM': n }: how the expected tables are written. */
export function nonZero(
  months: readonly string[],
  counts: readonly number[] | undefined,
): Record<string, number> {
  const out: Record<string, number> = {};
  (counts ?? []).forEach((n, i) => {
    if (n !== 0) out[months[i] ?? `#${i}`] = n;
  });
  return out;
}
