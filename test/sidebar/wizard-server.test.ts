/** Talking to the server: failures, double clicks, drafts; and what the page itself must never do. */
import { CUSTOM_FUNCTIONS } from '../../src/functions/registry';
import { defaultPlan } from '../../src/core/plan-defaults';
import { DRAFT_DELAY_MS } from '../../src/sidebar/drafts';
import { describeInBrowser } from './support/browser';
import { fakeCalls, fakeInit, fakeScript, patchFakeServer, TODAY } from './support/fake-server';
import { measureSidebar } from './support/measure';
import { retype, screenshot, scrollWidth, sidebarSuite, textOf } from './support/sidebar';

describeInBrowser('sidebar wizard: server and page', () => {
  const suite = sidebarSuite();

  test('a server failure is shown with what to do, and the input is kept', async () => {
    const { page } = await suite.open(
      fakeScript(fakeInit('en'), { fail: { applyPlan: 'Service Spreadsheets failed.' } }),
    );
    await retype(page, '#f-goal-amount', '12M');
    await page.click('#step-5');
    await page.click('#create');
    await page.waitForSelector('#apply-status.failure');
    expect(await textOf(page, '#apply-status')).toBe(
      'The sheets could not be written: Service Spreadsheets failed. Your input is kept; try again.',
    );
    expect(await page.isDisabled('#create')).toBe(false);
    await screenshot(page, 'sidebar-en-server-failure');
    await page.click('#step-1');
    expect(await page.inputValue('#f-goal-amount')).toBe('12,000,000'); // the value typed, shown in full

    await patchFakeServer(page, { fail: {} });
    await page.click('#step-5');
    await page.click('#create');
    await page.waitForSelector('#apply-status.success');
    const calls = await fakeCalls(page, 'applyPlan');
    expect(calls).toHaveLength(2);
    expect((calls[1].args[0] as { goal: { amount: number } }).goal.amount).toBe(12_000_000);
  });

  test('Create shows progress and a double click applies once', async () => {
    const { page } = await suite.open(fakeScript(fakeInit('ja'), { delayMs: 600 }));
    await page.click('#step-5');
    await page.dblclick('#create');
    expect(await textOf(page, '#create')).toBe('シートを作成しています…');
    expect(await page.isDisabled('#create')).toBe(true);
    await page.click('#create', { force: true });
    await page.waitForSelector('#apply-status.success');
    expect(await fakeCalls(page, 'applyPlan')).toHaveLength(1);
  });

  test('a draft is saved once, shortly after the last keystroke', async () => {
    const { page } = await suite.open(fakeScript(fakeInit('en')));
    // The page's timers run on a clock the test moves: however slow the typing, no time passes.
    await page.clock.install({ time: 0 });
    await page.clock.pauseAt(1000);
    await page.focus('#f-name');
    await page.keyboard.press('End');
    await page.keyboard.type(' 2027');
    await page.clock.runFor(DRAFT_DELAY_MS - 1);
    expect(await fakeCalls(page, 'saveDraft')).toHaveLength(0);
    await page.clock.runFor(1);
    expect(await fakeCalls(page, 'saveDraft')).toHaveLength(1);
    await page.clock.runFor(fakeScript(fakeInit('en')).delayMs); // the server's answer
    await page.waitForFunction(() => document.getElementById('draft-status')?.textContent === 'Draft saved');
    const drafts = await fakeCalls(page, 'saveDraft');
    expect(drafts).toHaveLength(1);
    expect((drafts[0].args[0] as { name: string }).name).toBe('Marketing plan 2027');
  });

  test('a restored draft can be discarded to start over', async () => {
    const draft = defaultPlan('en', TODAY);
    draft.name = 'Half-done plan';
    const { page } = await suite.open(fakeScript({ ...fakeInit('en', 'new', draft), fromDraft: true }));
    expect(await textOf(page, '#draft-notice span')).toBe('Your unfinished draft was restored.');
    await patchFakeServer(page, { init: fakeInit('en') });
    await page.click('#start-over');
    await page.waitForFunction(
      () => (document.getElementById('f-name') as HTMLInputElement | null)?.value === 'Marketing plan',
    );
    expect((await fakeCalls(page)).map((c) => c.name)).toEqual([
      'sidebarInit',
      'discardDraft',
      'sidebarInit',
    ]);
  });

  test('when the plan cannot be loaded, the sidebar says so and can retry', async () => {
    const script = fakeScript(fakeInit('en'), { fail: { sidebarInit: 'Authorization is required.' } });
    const { page } = await suite.open(script, '#retry');
    expect(await textOf(page, '.load-error p')).toBe(
      'The plan could not be loaded: Authorization is required.',
    );
    await patchFakeServer(page, { fail: {} });
    await page.click('#retry');
    await page.waitForSelector('#step-heading');
    expect((await fakeCalls(page)).map((c) => c.name)).toEqual(['sidebarInit', 'sidebarInit']);
  });

  test('no horizontal scrolling at 300 px on any step, in both languages, even with long names', async () => {
    for (const lang of ['en', 'ja'] as const) {
      const plan = defaultPlan(lang, TODAY);
      plan.stages[1].name = 'AVeryLongStageNameWithoutAnySpacesThatCouldPushTheLayoutSideways';
      plan.channels[0].name = 'チャネル名がとても長い場合でもレイアウトが横にはみ出さないことを確認する';
      const { page } = await suite.open(fakeScript(fakeInit(lang, 'edit', plan)));
      for (let step = 1; step <= 5; step++) {
        await page.click(`#step-${step}`);
        expect(await scrollWidth(page)).toBeLessThanOrEqual(300);
        const overflowing = await page.evaluate(() =>
          [...document.querySelectorAll('main *')]
            .filter((e) => e.getBoundingClientRect().right > 300.5)
            .map((e) => `${e.tagName}.${e.className} ${e.getBoundingClientRect().right}`),
        );
        expect(overflowing).toEqual([]);
      }
      await page.click('#functions-open');
      expect(await scrollWidth(page)).toBeLessThanOrEqual(300);
    }
  });

  test('every input has a label, everything is reachable by keyboard, focus is visible', async () => {
    const { page } = await suite.open(fakeScript(fakeInit('en')));
    for (let step = 1; step <= 5; step++) {
      await page.click(`#step-${step}`);
      const unlabelled = await page.$$eval('input, select, textarea', (xs) =>
        xs
          .filter(
            (x) =>
              !(x as HTMLInputElement).labels?.length ||
              !(x as HTMLInputElement).labels?.[0].textContent?.trim(),
          )
          .map((x) => x.id),
      );
      expect(unlabelled).toEqual([]);
      const nameless = await page.$$eval('button', (xs) =>
        xs.filter((b) => !(b.getAttribute('aria-label') || b.textContent?.trim())).map((b) => b.id),
      );
      expect(nameless).toEqual([]);
    }
    // Keyboard only: from the plan name, Tab reaches Next, Enter moves on.
    await page.click('#step-1');
    await page.focus('#f-name');
    let guard = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'next' && guard++ < 40)
      await page.keyboard.press('Tab');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await textOf(page, '#step-heading')).toBe('Funnel');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-heading');
  });

  test('the Functions panel lists every custom function with an example', async () => {
    const { page } = await suite.open(fakeScript(fakeInit('ja')));
    await page.click('#functions-open');
    const names = await page.$$eval('.function dt', (xs) => xs.map((x) => x.textContent));
    expect(names).toEqual(CUSTOM_FUNCTIONS.map((f) => f.name));
    const examples = await page.$$eval('.function code', (xs) => xs.map((x) => x.textContent));
    expect(examples).toEqual(CUSTOM_FUNCTIONS.map((f) => f.example.formula));
    expect(await textOf(page, '.function dd')).toBe(CUSTOM_FUNCTIONS[0].summary.ja);
    await screenshot(page, 'sidebar-ja-functions');
    await page.click('#functions-close');
    expect(await textOf(page, '#step-heading')).toBe('KGI（重要目標達成指標）');
  });

  test('the page requests nothing but itself, stays small, and recomputes once per keystroke', async () => {
    const { page, requests, errors } = await suite.open(fakeScript(fakeInit('en'), { delayMs: 0 }));
    for (let step = 1; step <= 5; step++) await page.click(`#step-${step}`);
    await page.click('#functions-open');
    await page.click('#functions-close');
    await page.click('#step-1');
    const figures = await measureSidebar(page);
    expect(requests).toEqual([suite.url]);
    expect(errors).toEqual([]);
    expect(suite.bytes).toBeLessThan(151 * 1024);
    // 50 keystrokes, 50 recomputes: none skipped, none repeated. How fast: npm run bench.
    expect(figures.recompute.samples).toBe(50);
  });
});
