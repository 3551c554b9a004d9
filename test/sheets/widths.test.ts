/** Column widths fitted to what the cells show, in either language, within the calls the layouts allow. */
import fc from 'fast-check';
import { render } from '../../src/core/i18n';
import { SHEET_NAME } from '../../src/core/catalog/sheets';
import { defaultPlan } from '../../src/core/plan-defaults';
import type { Plan } from '../../src/core/plan';
import type { SheetDescription } from '../../src/sheets/description';
import type { SheetNames } from '../../src/sheets/names';
import { textWidth } from '../../src/sheets/text-width';
import { fitWidths, formatSample, neededWidths } from '../../src/sheets/widths';
import { layoutWorkbook } from '../../src/sheets/workbook';
import { planArb } from '../support/arbitraries';

const namesFor = (plan: Plan): SheetNames =>
  Object.fromEntries(Object.entries(SHEET_NAME).map(([k, v]) => [k, render(v, plan.lang)])) as SheetNames;

const sheet = (cells: SheetDescription['cells'], widths = 2): SheetDescription => ({
  key: 'tree',
  name: 'S',
  cells,
  frozenRows: 0,
  frozenColumns: 0,
  widths: Array.from({ length: widths }, (_, i) => ({ from: i + 1, count: 1, width: 100 })),
  hiddenColumns: [],
});

const widthOf = (runs: { from: number; count: number; width: number }[], col: number) =>
  runs.find((r) => col >= r.from && col < r.from + r.count)?.width;

describe('formatSample', () => {
  test.each([
    ['#,##0', 99999, '99,999'],
    ['"¥"#,##0', 9999999999, '¥9,999,999,999'],
    ['0.0%', 1.5, '150.0%'],
    ['0.0"x"', 381.04, '381.0x'],
    ['#,##0;-#,##0;"–"', 1234, '1,234'],
    ['General', 12, '12'],
  ])('%s of %d is %s', (format, value, shown) => {
    expect(formatSample(value, format)).toBe(shown);
  });
});

describe('neededWidths', () => {
  const bounds = { money: 1_000_000_000, count: 22_223 };

  test('a label with a neighbour asks for its width; one free to overflow asks nothing', () => {
    const label = 'Critical success factor';
    const [blocked] = neededWidths([sheet([[{ text: label }, { text: 'x' }]])], bounds);
    const [free] = neededWidths([sheet([[{ text: label }, null]])], bounds);
    expect(blocked).toBeGreaterThanOrEqual(textWidth(label));
    expect(free).toBe(0);
  });

  test('the widest of every language variant wins', () => {
    const en = sheet([[{ text: 'Pace (projected)' }, { text: 'x' }]]);
    const ja = sheet([[{ text: 'ペース（期末見込み）' }, { text: 'x' }]]);
    const [both] = neededWidths([en, ja], bounds);
    expect(both).toBeGreaterThanOrEqual(textWidth('Pace (projected)'));
    expect(both).toBeGreaterThanOrEqual(textWidth('ペース（期末見込み）'));
  });

  test('a formula is sized for a number of the plan size in its format, or its longest text', () => {
    const [money] = neededWidths([sheet([[{ formula: '=A1*2', format: '"¥"#,##0' }]])], bounds);
    expect(money).toBeGreaterThanOrEqual(textWidth('¥9,999,999,999'));
    const [status] = neededWidths(
      [sheet([[{ formula: '=IF(A1>1,"Behind plan","Ok")' }, { text: 'x' }]])],
      bounds,
    );
    expect(status).toBeGreaterThanOrEqual(textWidth('Behind plan'));
  });
});

describe('fitWidths', () => {
  test('runs never narrow a column below its need and stay within the budget', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 600 }), { minLength: 1, maxLength: 12 }), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.integer({ min: 5, max: 12 }),
        (sheets, budget) => {
          const descriptions = sheets.map((needs) =>
            sheet([
              needs
                .map((n) => (n === 0 ? null : { text: 'W'.repeat(Math.ceil(n / 12)) }))
                .concat({ text: 'x' }),
            ]),
          );
          const runs = fitWidths(
            descriptions.map((d) => [d]),
            { money: 1, count: 1 },
            Math.max(budget, sheets.length),
          );
          expect(runs.reduce((sum, r) => sum + r.length, 0)).toBeLessThanOrEqual(
            Math.max(budget, sheets.length),
          );
          descriptions.forEach((d, i) => {
            const needed = neededWidths([d], { money: 1, count: 1 });
            needed.forEach((w, c) => expect(widthOf(runs[i]!, c + 1)).toBeGreaterThanOrEqual(w));
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('the workbook', () => {
  test('every plan: each column fits what it shows in either language, in no more runs than before', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const workbook = layoutWorkbook(plan, namesFor(plan));
        const twin = layoutWorkbook({ ...plan, lang: plan.lang === 'en' ? 'ja' : 'en' }, namesFor(plan));
        // The layouts ask for 13 runs in all (the KPI Tracker two): one setColumnWidths call each.
        expect(workbook.sheets.reduce((sum, s) => sum + s.widths.length, 0)).toBeLessThanOrEqual(13);
        workbook.sheets.forEach((s, i) => {
          // Framed: the hidden key row and column are left out as the sheet shows them.
          const needed = neededWidths([s, twin.sheets[i]!], { money: 0, count: 0 });
          needed.slice(0, -1).forEach((w, c) => {
            if (!s.hiddenColumns.includes(c + 1))
              expect(widthOf(s.widths, c + 1)).toBeGreaterThanOrEqual(Math.min(w, 600));
          });
        });
      }),
      { numRuns: 15 },
    );
  });

  test('the sample plan in Japanese sizes the revenue total for ¥1,000,000,000', () => {
    const plan = defaultPlan('ja');
    const monthly = layoutWorkbook(plan, namesFor(plan)).sheets.find((s) => s.key === 'monthly')!;
    const widths = monthly.widths.map((r) => r.width);
    expect(Math.max(...widths)).toBeGreaterThanOrEqual(textWidth('¥1,000,000,000'));
  });
});
