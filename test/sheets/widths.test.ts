/** Column widths fitted to what the cells show, in either language, and not much wider. */
import fc from 'fast-check';
import { render } from '../../src/core/i18n';
import { SHEET_NAME } from '../../src/core/catalog/sheets';
import { defaultPlan } from '../../src/core/plan-defaults';
import type { Plan } from '../../src/core/plan';
import type { SheetDescription } from '../../src/sheets/description';
import type { SheetNames } from '../../src/sheets/names';
import { textWidth } from '../../src/sheets/text-width';
import { fitWidths, formatSample, neededWidths, widthRuns } from '../../src/sheets/widths';
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

/** Within a run of one width, is every column that asks room within need and need + slack? */
const fits = (needs: number[]) => {
  const asked = needs.filter((n) => n > 0);
  if (asked.length === 0) return true;
  const width = Math.max(...asked);
  return asked.every((n) => width <= n + Math.max(60, n * 0.4));
};

/** The fewest runs any split into fitting runs needs, by trying every split (small inputs only). */
function fewestRuns(needs: number[]): number {
  const best = new Array<number>(needs.length + 1).fill(Infinity);
  best[0] = 0;
  for (let i = 1; i <= needs.length; i++)
    for (let j = 0; j < i; j++) if (fits(needs.slice(j, i))) best[i] = Math.min(best[i]!, best[j]! + 1);
  return best[needs.length]!;
}

describe('widthRuns', () => {
  test('every column fits, none is much wider than it needs, in the fewest runs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 48, max: 600 })), {
          minLength: 1,
          maxLength: 14,
        }),
        (needs) => {
          const runs = widthRuns(needs);
          // Contiguous, from column 1 to the last.
          expect(runs[0]!.from).toBe(1);
          runs.forEach((r, i) => i > 0 && expect(r.from).toBe(runs[i - 1]!.from + runs[i - 1]!.count));
          expect(runs.reduce((sum, r) => sum + r.count, 0)).toBe(needs.length);
          needs.forEach((n, c) => {
            const width = widthOf(runs, c + 1)!;
            if (n === 0) return;
            expect(width).toBeGreaterThanOrEqual(n);
            expect(width).toBeLessThanOrEqual(n + Math.max(60, n * 0.4));
          });
          expect(runs.length).toBe(fewestRuns(needs));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('a worked example: a wide label column, a medium one, then narrow numbers', () => {
    expect(widthRuns([0, 520, 200, 140, 110, 90, 90, 130, 160, 160, 0])).toEqual([
      { from: 1, count: 2, width: 520 },
      // 140 may share 200 (60 px more); 110 may not.
      { from: 3, count: 2, width: 200 },
      { from: 5, count: 4, width: 130 },
      { from: 9, count: 3, width: 160 },
    ]);
  });
});

describe('fitWidths', () => {
  test('a sheet whose columns would need many runs gets at most four, never narrowing a column', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 600 }), { minLength: 1, maxLength: 12 }), (needs) => {
        const description = sheet([
          needs.map((n) => (n === 0 ? null : { text: 'W'.repeat(Math.ceil(n / 12)) })).concat({ text: 'x' }),
        ]);
        const [runs] = fitWidths([[description]], { money: 1, count: 1 });
        const needed = neededWidths([description], { money: 1, count: 1 });
        expect(runs!.length).toBeLessThanOrEqual(4);
        expect(runs!.length).toBe(Math.min(4, widthRuns(needed).length));
        needed.forEach((w, c) => expect(widthOf(runs!, c + 1)).toBeGreaterThanOrEqual(w));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the workbook', () => {
  test('every plan: each column fits what it shows in either language, and is not much wider', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const workbook = layoutWorkbook(plan, namesFor(plan));
        const twin = layoutWorkbook({ ...plan, lang: plan.lang === 'en' ? 'ja' : 'en' }, namesFor(plan));
        workbook.sheets.forEach((s, i) => {
          // One setColumnWidths call a run: a handful per sheet, whatever the plan.
          expect(s.widths.length).toBeLessThanOrEqual(4);
          // Framed: the hidden key row and column are left out as the sheet shows them.
          const needed = neededWidths([s, twin.sheets[i]!], { money: 0, count: 0 });
          needed.slice(0, -1).forEach((w, c) => {
            if (s.hiddenColumns.includes(c + 1) || w === 0) return;
            const width = widthOf(s.widths, c + 1)!;
            expect(width).toBeGreaterThanOrEqual(Math.min(w, 600));
          });
        });
      }),
      { numRuns: 15 },
    );
  });

  test.each(['en', 'ja'] as const)(
    '%s: the KPI Tree shows the whole funnel and the Checklist every column on a laptop screen',
    (lang) => {
      const plan = defaultPlan(lang);
      const sheets = layoutWorkbook(plan, namesFor(plan)).sheets;
      const upTo = (key: string, lastCol: number) => {
        const s = sheets.find((x) => x.key === key)!;
        let sum = 0;
        for (let c = 1; c <= lastCol; c++) if (!s.hiddenColumns.includes(c)) sum += widthOf(s.widths, c)!;
        return sum;
      };
      // A 1280-pixel window shows about 1,230 pixels of columns beside the row numbers.
      const screen = 1230;
      // The tree: the label column, the goal, then every stage back to the top of the funnel.
      expect(upTo('tree', 2 + plan.stages.length)).toBeLessThanOrEqual(screen);
      expect(upTo('checklist', 4)).toBeLessThanOrEqual(screen);
    },
  );

  test('the CSF table wraps its long words instead of widening the funnel columns', () => {
    const plan = defaultPlan('en');
    const tree = layoutWorkbook(plan, namesFor(plan)).sheets.find((s) => s.key === 'tree')!;
    const csf = tree.cells.flat().find((cell) => cell?.text === plan.csfs[0]!.text)!;
    expect(csf.wrap).toBe(true);
    expect(textWidth(csf.text!)).toBeGreaterThan(widthOf(tree.widths, 2)!);
  });

  test('the sample plan in Japanese sizes the revenue total for ¥1,000,000,000', () => {
    const plan = defaultPlan('ja');
    const monthly = layoutWorkbook(plan, namesFor(plan)).sheets.find((s) => s.key === 'monthly')!;
    const widths = monthly.widths.map((r) => r.width);
    expect(Math.max(...widths)).toBeGreaterThanOrEqual(textWidth('¥1,000,000,000'));
  });
});
