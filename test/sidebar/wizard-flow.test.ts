/**
 * The whole wizard, typed the way a marketer types it, in Japanese and in English: every number the
 * sidebar shows must be the one computePlan gives, and applyPlan must receive exactly the typed plan.
 */
import type { Page } from 'playwright-core';
import type { Plan } from '../../src/core/plan';
import { defaultPlan } from '../../src/core/plan-defaults';
import { computePlan } from '../../src/core/plan-math';
import { validatePlan } from '../../src/core/plan-validate';
import { rateImprovements } from '../../src/core/what-if';
import { describeInBrowser } from './support/browser';
import { fakeCalls, fakeInit, fakeScript, TODAY } from './support/fake-server';
import {
  previewCount,
  retype,
  screenshot,
  SCREENSHOTS,
  scrollWidth,
  sidebarSuite,
  textOf,
} from './support/sidebar';
import { updateDocsPicture } from '../support/docs-pictures';
import { join } from 'node:path';

const digits = (text: string) => Number(text.replace(/[^\d]/g, ''));
const clone = (plan: Plan): Plan => JSON.parse(JSON.stringify(plan));

/** Checks the preview and the channel totals against computePlan for `expected`. */
async function expectNumbers(page: Page, expected: Plan): Promise<void> {
  const n = computePlan(expected);
  const ids = expected.stages.map((s) => s.id);
  for (const [i, id] of ids.entries()) expect(await previewCount(page, id)).toBe(n.required[i]);
  expect(await textOf(page, '#preview-stale')).not.toBe('');
  expect(await page.isVisible('#preview-stale')).toBe(false);
}

async function expectTotals(page: Page, expected: Plan): Promise<void> {
  const n = computePlan(expected);
  const cells = await page.$$eval('#channel-totals dd', (dds) => dds.map((d) => d.textContent ?? ''));
  expect(digits(cells[0])).toBe(Math.round(n.budget));
  expect(digits(cells[2])).toBe(Math.round(n.cac as number));
  expect(cells[3]).toContain((n.romi as number).toFixed(1));
}

describeInBrowser('sidebar wizard: the whole flow', () => {
  const suite = sidebarSuite();

  test('Japanese: type the goal, the win rate and a CPL, skip CSFs, create the sheets', async () => {
    const { page, errors } = await suite.open(fakeScript(fakeInit('ja')));
    const expected = clone(defaultPlan('ja', TODAY));
    expect(await textOf(page, '#step-heading')).toBe('KGI（重要目標達成指標）');
    expect(await previewCount(page, 'leads')).toBe(22223); // the worked example of the domain brief

    await retype(page, '#f-goal-amount', '15億');
    await retype(page, '#f-avgDealSize', '５００万円'); // full-width digits, as an IME types them
    expected.goal.amount = 1_500_000_000;
    expected.avgDealSize = 5_000_000;
    await expectNumbers(page, expected);
    expect(await textOf(page, '#f-goal-amount-note')).toBe('必要な受注件数は 300 件です。');
    await screenshot(page, 'sidebar-ja-goal');

    await page.click('#next');
    expect(await textOf(page, '#step-heading')).toBe('ファネル');
    const before = await previewCount(page, 'leads');
    await retype(page, '#f-stages-2-rate', '２５％');
    expected.stages[2].rate = 0.25;
    await expectNumbers(page, expected);
    expect(await previewCount(page, 'leads')).toBeLessThan(before);
    expect(await textOf(page, '#stage-opportunities .count')).toBe('必要数 1,200');
    await screenshot(page, 'sidebar-ja-funnel');
    updateDocsPicture(join(SCREENSHOTS, 'sidebar-ja-funnel.png'), 'wizard-funnel-ja.png');

    await page.click('#next');
    await expectTotals(page, expected);
    await retype(page, '#f-channels-0-cpl', '2万');
    expected.channels[0].cpl = 20_000;
    await expectTotals(page, expected);
    const n = computePlan(expected);
    expect(digits(await textOf(page, '#channel-ch1 .count'))).toBe(
      Number(`${n.channels[0].leads}${n.channels[0].budget}`),
    );
    expect(await page.isVisible('#channel-warning')).toBe(false);
    await screenshot(page, 'sidebar-ja-channels');

    await page.click('#next');
    expect(await textOf(page, '#step-heading')).toBe('CSF と施策');
    await screenshot(page, 'sidebar-ja-csfs');
    await page.click('#skip');
    expect(await textOf(page, '#step-heading')).toBe('確認');

    const tree = await page.$$eval('#kpi-tree li[data-stage] .num', (xs) =>
      xs.map((x) => x.textContent ?? ''),
    );
    expect(tree.map(digits)).toEqual([...n.required].reverse());
    const best = rateImprovements(expected)[0];
    expect(await textOf(page, '#what-if li:first-child .name')).toMatch(/^MQL → 商談：15% → 16%/);
    expect(digits(await textOf(page, '#what-if li:first-child .sub'))).toBe(
      Number(`${best.leadsCut}${Math.round(best.budgetCut)}`),
    );
    expect(await textOf(page, '#create')).toBe('シートを作成');
    await screenshot(page, 'sidebar-ja-review');

    await page.click('#create');
    await page.waitForSelector('#apply-status.success');
    const [call] = await fakeCalls(page, 'applyPlan');
    expect(call.args).toEqual([expected, 'new']);
    expect(validatePlan(call.args[0]).ok).toBe(true);
    expect(await textOf(page, '#apply-status')).toContain('KPI Plan、Monthly targets');
    expect(await textOf(page, '#create')).toBe('シートを更新'); // the sheets exist now
    expect(await scrollWidth(page)).toBeLessThanOrEqual(300);
    expect(errors).toEqual([]);
  });

  test('English: revenue, marketing share, rates and channel shares, then create', async () => {
    const { page, errors } = await suite.open(fakeScript(fakeInit('en')));
    const expected = clone(defaultPlan('en', TODAY));
    expect(await textOf(page, '#step-heading')).toBe('Goal (KGI)');

    await retype(page, '#f-goal-amount', '$20,000,000');
    await retype(page, '#f-goal-marketingShare', '80%');
    await retype(page, '#f-avgDealSize', '40k');
    expected.goal.amount = 20_000_000;
    expected.goal.marketingShare = 0.8;
    expected.avgDealSize = 40_000;
    await expectNumbers(page, expected);
    expect(await textOf(page, '#f-goal-amount-note')).toBe('400 won deals needed.');
    await screenshot(page, 'sidebar-en-goal');

    await page.click('#next');
    await retype(page, '#f-stages-2-rate', '25');
    await retype(page, '#f-stages-1-lagMonths', '2');
    expected.stages[2].rate = 0.25;
    expected.stages[1].lagMonths = 2;
    await expectNumbers(page, expected);
    expect(await textOf(page, '#f-stages-2-rate-note')).toBe('Typical 20%–30% (demand waterfall)');
    await screenshot(page, 'sidebar-en-funnel');

    await page.click('#next');
    await retype(page, '#f-channels-0-value', '30');
    expected.channels[0].value = 0.3;
    const missing = computePlan(expected);
    expect(await textOf(page, '#channel-warning')).toBe(
      `Channel shares add up to 90%, not 100%: ${(missing.required[0] - missing.channelLeads).toLocaleString('en-US')} leads have no channel.`,
    );
    await retype(page, '#f-channels-1-value', '30');
    expected.channels[1].value = 0.3;
    expect(await page.isVisible('#channel-warning')).toBe(false);
    await expectTotals(page, expected);
    await screenshot(page, 'sidebar-en-channels');

    await page.click('#next');
    await retype(page, '#f-csfs-0-initiatives-0-kpi-target', '60');
    expected.csfs[0].initiatives[0].kpi.target = 60;
    await page.selectOption('#f-csfs-0-initiatives-0-kpi-cadence', 'weekly');
    expected.csfs[0].initiatives[0].kpi.cadence = 'weekly';
    await screenshot(page, 'sidebar-en-csfs');

    await page.click('#next');
    expect(await textOf(page, '#step-heading')).toBe('Review');
    await screenshot(page, 'sidebar-en-review');
    updateDocsPicture(join(SCREENSHOTS, 'sidebar-en-review.png'), 'wizard-review.png');
    await page.click('#create');
    await page.waitForSelector('#apply-status.success');
    const [call] = await fakeCalls(page, 'applyPlan');
    expect(call.args).toEqual([expected, 'new']);
    expect(errors).toEqual([]);
  });

  test('switching the goal to new customers keeps the won deals', async () => {
    const { page } = await suite.open(fakeScript(fakeInit('ja')));
    await page.selectOption('#f-goal-kind', 'customers');
    expect(await textOf(page, 'label[for="f-goal-amount"]')).toBe('新規顧客数の目標');
    expect(await page.inputValue('#f-goal-amount')).toBe('200');
    expect(await previewCount(page, 'won')).toBe(200);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-goal-kind');
    await retype(page, '#f-goal-amount', '250');
    expect(await previewCount(page, 'leads')).toBe(
      computePlan({
        ...defaultPlan('ja', TODAY),
        goal: { kind: 'customers', amount: 250, marketingShare: 1 },
      }).required[0],
    );
  });

  test('edit mode opens the stored plan and offers "Update sheets"', async () => {
    const stored = clone(defaultPlan('en', TODAY));
    stored.name = 'FY27 plan';
    const { page } = await suite.open(fakeScript(fakeInit('en', 'edit', stored)));
    expect(await page.inputValue('#f-name')).toBe('FY27 plan');
    await page.click('#step-5');
    expect(await textOf(page, '#create')).toBe('Update sheets');
    await page.click('#create');
    await page.waitForSelector('#apply-status');
    expect((await fakeCalls(page, 'applyPlan'))[0].args[1]).toBe('edit');
  });
});
