/** Every user-visible string exists in English and Japanese, with the same placeholders. */
import * as diagnosis from '../../src/core/catalog/diagnosis';
import * as errors from '../../src/core/catalog/errors';
import * as functions from '../../src/core/catalog/functions';
import * as importTexts from '../../src/core/catalog/import';
import * as importPanel from '../../src/core/catalog/import-panel';
import * as importServer from '../../src/core/catalog/import-server';
import * as importSheets from '../../src/core/catalog/import-sheets';
import * as plan from '../../src/core/catalog/plan';
import * as plans from '../../src/core/catalog/plans';
import * as scenarios from '../../src/core/catalog/scenarios';
import * as sheets from '../../src/core/catalog/sheets';
import * as sidebar from '../../src/core/catalog/sidebar';
import * as subMetrics from '../../src/core/catalog/sub-metrics';
import * as tracker from '../../src/core/catalog/tracker';
import * as ui from '../../src/core/catalog/ui';
import { fill, type Text } from '../../src/core/i18n';

function texts(value: unknown, path: string, out: [string, Text][] = []): [string, Text][] {
  if (typeof value !== 'object' || value === null) return out;
  const v = value as Record<string, unknown>;
  if (typeof v.en === 'string' && typeof v.ja === 'string') out.push([path, v as unknown as Text]);
  else for (const [key, child] of Object.entries(v)) texts(child, `${path}.${key}`, out);
  return out;
}

const keys = (template: string) =>
  [...new Set([...template.matchAll(/\{(\w+)(?:\|[^|{}]*\|[^|{}]*)?\}/g)].map((m) => m[1]))].sort();

const all = texts(
  {
    diagnosis,
    errors,
    functions,
    importTexts,
    importPanel,
    importServer,
    importSheets,
    plan,
    plans,
    scenarios,
    sheets,
    sidebar,
    subMetrics,
    tracker,
    ui,
  },
  'catalog',
);

describe('the message catalog', () => {
  test('has entries', () => {
    expect(all.length).toBeGreaterThan(200);
  });

  test('every entry in both languages, with the same placeholders', () => {
    const wrong = all
      .filter(([, t]) => t.en.trim() === '' || t.ja.trim() === '' || keys(t.en).join() !== keys(t.ja).join())
      .map(([path, t]) => `${path}: ${keys(t.en).join()} / ${keys(t.ja).join()}`);
    expect(wrong).toEqual([]);
  });

  test('Japanese names a sheet in 「」 (or （）), as every Japanese message does: シート「実績」に, not 実績 に', () => {
    const bare = all
      .filter(([, t]) => /(?<![「（])\{sheet\}(?![」）])/.test(t.ja))
      .map(([path, t]) => `${path}: ${t.ja}`);
    expect(bare).toEqual([]);
  });
});

describe('plural forms', () => {
  test('{count|one|other} follows the count, as a number or as formatted text', () => {
    const t = '{count} {count|cell|cells}';
    expect(fill(t, { count: 1 })).toBe('1 cell');
    expect(fill(t, { count: '1' })).toBe('1 cell');
    expect(fill(t, { count: 0 })).toBe('0 cells');
    expect(fill(t, { count: 2 })).toBe('2 cells');
    expect(fill(t, { count: '1,001' })).toBe('1,001 cells');
    expect(fill(t, {})).toBe(t);
  });

  test('English messages about one thing speak of one', () => {
    expect(fill(ui.DIALOG.overwrites.en, { count: 1, cells: 'A1' })).toMatch(
      /^1 cell you typed .*replace it\?$/s,
    );
    expect(fill(ui.DIALOG.written.en, { name: 'Plan', count: 1 })).toBe('Plan "Plan" written to 1 sheet.');
    expect(fill(diagnosis.REVIEW.notNumbers.en, { count: 1, sheet: 'Actuals', cells: 'C5 "x"' })).toBe(
      '1 cell on "Actuals" holds text, not numbers, and was left out: C5 "x".',
    );
    expect(fill(diagnosis.REVIEW.notNumbers.en, { count: 2, sheet: 'Actuals', cells: 'C5, C6' })).toBe(
      '2 cells on "Actuals" hold text, not numbers, and were left out: C5, C6.',
    );
    expect(fill(plan.PLAN_WARNING.sharesNot100.en, { value: '99%', missing: '1' })).toBe(
      'Channel shares add up to 99%, not 100%: 1 lead has no channel.',
    );
    expect(fill(sidebar.GOAL.wonDealsNeeded.en, { count: '1' })).toBe('1 won deal needed.');
    expect(fill(errors.ERROR_TEXT.listLength.en, { field: 'rates', value: 1, expected: 3 })).toMatch(
      /^rates has 1 value but needs 3/,
    );
  });
});
