import fc from 'fast-check';
import { describe as describeProblem, KpiError } from '../../src/core/errors';
import { checkValue } from '../../src/core/parse';
import { defaultPlan } from '../../src/core/plan-defaults';
import { validatePlan } from '../../src/core/plan-validate';
import { render } from '../../src/core/i18n';
import { ERROR_TEXT } from '../../src/core/catalog/errors';

/** Five digits in a row: a number shown without its thousands groups. */
const RAW = /\d{5,}/;
const big = fc.oneof(fc.integer({ min: -1e15, max: -10_000 }), fc.integer({ min: 1e15 + 1, max: 9e15 }));

describe('numbers in messages read in the one style', () => {
  test('plan problems show the value typed with its thousands groups, in both languages', () => {
    fc.assert(
      fc.property(big, fc.constantFrom('goal', 'deal', 'cpl', 'year'), (n, where) => {
        const plan = defaultPlan('en');
        if (where === 'goal') plan.goal.amount = n;
        if (where === 'deal') plan.avgDealSize = n;
        if (where === 'cpl') plan.channels[0]!.cpl = n;
        if (where === 'year') plan.startYear = n;
        const check = validatePlan(plan);
        expect(check.ok).toBe(false);
        if (check.ok) return;
        for (const issue of check.issues) {
          expect(issue.message.en).not.toMatch(RAW);
          expect(issue.message.ja).not.toMatch(RAW);
        }
        expect(check.issues.map((i) => i.message.en).join(' ')).toContain(n.toLocaleString('en-US'));
      }),
    );
  });

  test('a rate or share the wizard words in percent shows its percent with thousands groups', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000, max: 1e9 }), fc.boolean(), (n, share) => {
        const plan = defaultPlan('en');
        if (share) plan.goal.marketingShare = n;
        else plan.stages[0]!.rate = n;
        const check = validatePlan(plan);
        expect(check.ok).toBe(false);
        if (check.ok) return;
        const inPercent = check.issues.map((i) => i.inPercent?.message).filter((m) => m !== undefined);
        expect(inPercent).toHaveLength(1);
        for (const message of inPercent) {
          expect(message.en).not.toMatch(RAW);
          expect(message.ja).not.toMatch(RAW);
          expect(message.en).toContain(`${(n * 100).toLocaleString('en-US')}%`);
        }
      }),
    );
  });

  test('a year out of range keeps reading as a year', () => {
    const check = validatePlan({ ...defaultPlan('ja'), startYear: 1999 });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.issues[0]?.message.ja).toContain('2000〜2100');
  });

  test('custom function errors group the number too', () => {
    try {
      checkValue(-1_000_000_000, 'revenue_target', 'amount');
      throw new Error('accepted');
    } catch (error) {
      const problem = (error as KpiError).problem;
      expect(describeProblem(problem, 'en')).toContain('-1,000,000,000 is negative');
      expect(describeProblem(problem, 'ja')).toContain('-1,000,000,000 はマイナス');
    }
  });

  test('lists join in the language style', () => {
    const params = { field: 'rates', lengths: [3, 2] };
    expect(render(ERROR_TEXT.notRectangular, 'en', params)).toContain('(3, 2 cells)');
    expect(render(ERROR_TEXT.notRectangular, 'ja', params)).toContain('（3、2 個）');
  });
});
