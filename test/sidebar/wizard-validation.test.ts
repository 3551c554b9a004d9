/** Invalid input: inline errors in the user's language, the create button disabled with the reason. */
import type { Plan } from '../../src/core/plan';
import { defaultPlan } from '../../src/core/plan-defaults';
import { validatePlan } from '../../src/core/plan-validate';
import { computePlan } from '../../src/core/plan-math';
import { formatMoneyShort, formatMultiple } from '../../src/core/format';
import { describeInBrowser } from './support/browser';
import { fakeCalls, fakeInit, fakeScript, TODAY } from './support/fake-server';
import { retype, screenshot, sidebarSuite, textOf } from './support/sidebar';

const clone = (plan: Plan): Plan => JSON.parse(JSON.stringify(plan));

/** What validatePlan says about one path of a plan. */
function issueAt(plan: unknown, path: string) {
  const issue = validatePlan(plan).issues.find((i) => i.path === path);
  if (!issue) throw new Error(`no issue at ${path}`);
  return issue.message;
}

describeInBrowser('sidebar wizard: validation', () => {
  const suite = sidebarSuite();

  test('English: rate "abc" is refused next to the field, and Create says why it is disabled', async () => {
    const { page } = await suite.open(fakeScript(fakeInit('en')));
    await page.click('#step-2');
    await retype(page, '#f-stages-1-rate', 'abc');
    const bad = clone(defaultPlan('en', TODAY));
    (bad.stages[1] as { rate: unknown }).rate = 'abc';
    const message = issueAt(bad, 'stages.1.rate');
    expect(message.en).toBe(
      'Stage 2 "MQL": conversion rate to the next stage: "abc" is not a number. Type one such as 15%.',
    );
    expect(await textOf(page, '#f-stages-1-rate-error')).toBe(message.en);
    expect(await page.getAttribute('#f-stages-1-rate', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#f-stages-1-rate', 'aria-describedby')).toContain(
      'f-stages-1-rate-error',
    );
    // The preview keeps the last numbers, dimmed, and says why; step 2 is marked.
    expect(await page.isVisible('#preview-stale')).toBe(true);
    expect(await page.getAttribute('#step-2', 'aria-label')).toBe('Funnel (needs attention)');
    await screenshot(page, 'sidebar-en-invalid-rate');

    await page.click('#step-5');
    expect(await page.isDisabled('#create')).toBe(true);
    expect(await textOf(page, '#create-reason')).toBe('Not ready: fix this problem first.');
    expect(await textOf(page, '#problems li span')).toBe(message.en);
    await screenshot(page, 'sidebar-en-invalid-review');
    await page.click('#problems button.link');
    expect(await textOf(page, '#step-heading')).toBe('Funnel');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-stages-1-rate');

    await page.keyboard.press('Control+A');
    await page.keyboard.type('15');
    await page.click('#step-5');
    expect(await page.isDisabled('#create')).toBe(false);
    expect(await page.isVisible('#create-reason')).toBe(false);
  });

  test('Japanese: an empty goal is refused in Japanese', async () => {
    const { page } = await suite.open(fakeScript(fakeInit('ja')));
    await page.fill('#f-goal-amount', '');
    expect(await textOf(page, '#f-goal-amount-error')).toBe('KGI（目標） が空です。値を入力してください。');
    await page.click('#step-5');
    expect(await page.isDisabled('#create')).toBe(true);
    expect(await textOf(page, '#create-reason')).toBe('まだ作成できません。先に次の問題を直してください。');
    expect(await textOf(page, '#problems li span')).toBe('KGI（目標） が空です。値を入力してください。');
    expect(await textOf(page, '#problems button')).toBe('項目へ移動（目標）');
    await screenshot(page, 'sidebar-ja-invalid-review');
    await page.click('#create', { force: true });
    expect(await fakeCalls(page, 'applyPlan')).toEqual([]);
  });

  test.each(['en', 'ja'] as const)(
    '%s: the live preview writes money and ROMI in the one style',
    async (lang) => {
      const { page } = await suite.open(fakeScript(fakeInit(lang)));
      const plan = defaultPlan(lang, TODAY);
      const n = computePlan(plan);
      expect(await textOf(page, '#preview-budget')).toBe(formatMoneyShort(n.budget, plan.currency, lang));
      expect(await textOf(page, '#preview-romi')).toBe(formatMultiple(n.romi as number, lang));
      if (lang === 'ja') {
        expect(await textOf(page, '#preview-budget')).toMatch(/^¥[\d,.]+(万|億)$/);
        expect(await textOf(page, '#preview-romi')).toMatch(/^[\d,.]+倍$/);
      } else expect(await textOf(page, '#preview-romi')).toMatch(/^[\d,.]+x$/);
    },
  );

  test('Next with an empty goal stays on the goal step, on the field and its error', async () => {
    const { page } = await suite.open(fakeScript(fakeInit('en')));
    await page.fill('#f-goal-amount', '');
    await page.click('#next');
    expect(await textOf(page, '#step-heading')).toBe('Goal (KGI)');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-goal-amount');
    expect(await page.isVisible('#f-goal-amount-error')).toBe(true);
    expect(await textOf(page, '#f-goal-amount-error')).toBe('Goal (KGI) is empty. Enter a value.');
    await retype(page, '#f-goal-amount', '1000000');
    await page.click('#next');
    expect(await textOf(page, '#step-heading')).toBe('Funnel');
  });

  test("switching currency: sample amounts take the currency's sample figures, typed ones stay with a warning", async () => {
    const { page } = await suite.open(fakeScript(fakeInit('en')));
    const ja = defaultPlan('ja', TODAY);
    const value = async (id: string) => (await page.inputValue(id)).replace(/,/g, '');
    await page.selectOption('#f-currency', 'JPY');
    expect(await value('#f-avgDealSize')).toBe(String(ja.avgDealSize));
    expect(await value('#f-goal-amount')).toBe(String(ja.goal.amount));
    expect(await textOf(page, '#currency-notice')).toBe(
      'The goal, deal size and CPLs now use the sample figures in ¥.',
    );
    await page.click('#step-3');
    expect(await value('#f-channels-0-cpl')).toBe(String(ja.channels[0]!.cpl));
    await page.click('#step-1');
    await retype(page, '#f-avgDealSize', '4000000');
    await page.selectOption('#f-currency', 'USD');
    expect(await value('#f-avgDealSize')).toBe('4000000');
    expect(await textOf(page, '#currency-notice')).toBe(
      'Amounts are not converted: check the goal, the deal size and the CPLs in $.',
    );
  });

  test('percent fields speak percent: 150 is out of range, 0.15 is read as 0.15%', async () => {
    const { page } = await suite.open(fakeScript(fakeInit('en')));
    await retype(page, '#f-goal-marketingShare', '150');
    expect(await textOf(page, '#f-goal-marketingShare-error')).toBe(
      'Marketing share of the goal: 150% is not a valid rate. A rate must be more than 0% and at most 100%.',
    );
    await page.click('#step-2');
    await retype(page, '#f-stages-2-rate', '0.15');
    expect(await textOf(page, '#f-stages-2-rate-note')).toContain(
      'This field is in percent: 0.15 means 0.15%. For 15%, type 15.',
    );
    await retype(page, '#f-stages-2-rate', '0');
    expect(await textOf(page, '#f-stages-2-rate-error')).toBe(
      'Stage 3 "Opportunities": conversion rate to the next stage: 0% is not a valid rate. A rate must be more than 0% and at most 100%.',
    );
  });

  test('text in a year, a period or a lag asks for a whole number, not for "1,000,000"', async () => {
    const { page } = await suite.open(fakeScript(fakeInit('ja')));
    await retype(page, '#f-startYear', '来年');
    expect(await textOf(page, '#f-startYear-error')).toBe(
      '開始年：「来年」は数値ではありません。整数で入力してください。',
    );
    await page.click('#lang-en');
    await page.click('#step-2');
    await retype(page, '#f-stages-0-lagMonths', 'one');
    expect(await textOf(page, '#f-stages-0-lagMonths-error')).toBe(
      'Stage 1 "リード": lag to the next stage (months): "one" is not a number. Type a whole number.',
    );
  });

  test('a channel share over 100% is told the range a share has: 0% is a share, not a refusal', async () => {
    const { page } = await suite.open(fakeScript(fakeInit('en')));
    await page.click('#step-3');
    await retype(page, '#f-channels-0-value', '150');
    expect(await textOf(page, '#f-channels-0-value-error')).toBe(
      'Channel 1 "Paid search": share of leads: 150% is not a valid share. A share must be between 0% and 100%.',
    );
    await retype(page, '#f-channels-0-value', '0');
    expect(await page.isVisible('#f-channels-0-value-error')).toBe(false);
    await page.click('#lang-ja');
    await retype(page, '#f-channels-0-value', '150');
    expect(await textOf(page, '#f-channels-0-value-error')).toContain(
      '150% は割合として使えません。0%〜100% で入力してください。',
    );
  });

  test('a percentage typed into an amount or a year is refused, not read as a fraction', async () => {
    const { page } = await suite.open(fakeScript(fakeInit('ja')));
    await retype(page, '#f-goal-amount', '25%');
    expect(await textOf(page, '#f-goal-amount-error')).toBe(
      'KGI（目標）：25% はパーセントです。% を付けずに数値を入力してください。',
    );
    expect(await page.inputValue('#f-goal-amount')).toBe('25%');
    await retype(page, '#f-startYear', '150%');
    expect(await textOf(page, '#f-startYear-error')).toBe(
      '開始年：150% はパーセントです。% を付けずに数値を入力してください。',
    );
    await page.click('#lang-en');
    expect(await textOf(page, '#f-goal-amount-error')).toBe(
      'Goal (KGI): 25% is a percentage. Type a plain number, without %.',
    );
  });

  test('switching language re-renders every label and message', async () => {
    const { page } = await suite.open(fakeScript(fakeInit('en')));
    await retype(page, '#f-avgDealSize', 'lots');
    expect(await textOf(page, '#f-avgDealSize-error')).toMatch(/^Average deal size: "lots" is not a number/);
    await page.click('#lang-ja');
    expect(await textOf(page, 'label[for="f-avgDealSize"]')).toBe('受注単価');
    expect(await textOf(page, '#f-avgDealSize-error')).toMatch(/^受注単価：「lots」は数値ではありません/);
    expect(await page.inputValue('#f-avgDealSize')).toBe('lots');
    expect(await textOf(page, '#next')).toBe('次へ');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await page.click('#lang-en');
    expect(await textOf(page, '#step-heading')).toBe('Goal (KGI)');
  });

  test('a new untouched plan switches to the other language’s example plan', async () => {
    const { page } = await suite.open(fakeScript(fakeInit('en')));
    await page.click('#lang-ja');
    expect(await page.inputValue('#f-name')).toBe('マーケティング計画');
    expect(await page.inputValue('#f-currency')).toBe('JPY');
    await page.click('#step-5');
    await page.click('#create');
    await page.waitForSelector('#apply-status');
    expect((await fakeCalls(page, 'applyPlan'))[0].args[0]).toEqual(defaultPlan('ja', TODAY));
  });

  test('issues the server returns are shown next to their fields', async () => {
    const message = {
      en: 'Channel 1 "Paid search": CPL is above the company limit.',
      ja: 'チャネル 1「リスティング広告」：CPL が社内上限を超えています。',
    };
    const { page } = await suite.open(
      fakeScript(fakeInit('en'), {
        applyResult: {
          ok: false,
          message: 'Nothing was written.',
          issues: [{ path: 'channels.0.cpl', code: 'invalid', message }],
        },
      }),
    );
    await page.click('#step-5');
    await page.click('#create');
    await page.waitForSelector('#apply-status.failure');
    expect(await textOf(page, '#apply-status')).toBe(
      'The plan was not saved: Nothing was written. The problems are marked next to the fields.',
    );
    expect(await textOf(page, '#problems li span')).toBe(message.en);
    await page.click('#problems button.link');
    expect(await textOf(page, '#f-channels-0-cpl-error')).toBe(message.en);
    expect(await page.getAttribute('#step-3', 'aria-label')).toBe('Channels (needs attention)');
    await page.click('#lang-ja');
    expect(await textOf(page, '#f-channels-0-cpl-error')).toBe(message.ja);
    // Editing the field clears the server's complaint about it.
    await retype(page, '#f-channels-0-cpl', '140');
    expect(await page.isVisible('#f-channels-0-cpl-error')).toBe(false);
  });
});
