/** Seasonality weights and status thresholds: optional groups on the goal step that reach the plan. */
import type { Plan } from '../../src/core/plan';
import { describeInBrowser } from './support/browser';
import { fakeInit, fakeScript, waitForCall } from './support/fake-server';
import { retype, screenshot, scrollWidth, sidebarSuite, textOf } from './support/sidebar';

describeInBrowser('sidebar wizard: seasonality and status colours', () => {
  const suite = sidebarSuite();

  test('weights are listed from the fiscal-year start and typed values reach the saved plan', async () => {
    const { page } = await suite.open(fakeScript(fakeInit('ja')));
    await page.click('details.group:nth-of-type(1) > summary');
    // The Japanese default starts in April: April's weight comes first.
    const labels = await page.$$eval('details.group:nth-of-type(1) label', (xs) =>
      xs.map((x) => x.textContent),
    );
    expect(labels.slice(0, 3)).toEqual(['4月', '5月', '6月']);
    await retype(page, '#f-seasonality-11', '1.5'); // December
    await retype(page, '#f-seasonality-0', '０．５'); // January, full-width
    await page.click('details.group:nth-of-type(2) > summary');
    await retype(page, '#f-thresholds-amber', '85');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(300);
    await screenshot(page, 'sidebar-ja-goal-timing');
    // The draft saved after the last change (amber) holds every change made before it.
    const saved = (await waitForCall(page, 'saveDraft', ['thresholds', 'amber'], 0.85)).args[0] as Plan;
    expect(saved.seasonality[11]).toBe(1.5);
    expect(saved.seasonality[0]).toBe(0.5);
    expect(saved.thresholds).toEqual({ green: 1, amber: 0.85 });
  });

  test('amber above green is refused next to the field, in the user language', async () => {
    const { page } = await suite.open(fakeScript(fakeInit('en')));
    await page.click('details.group:nth-of-type(2) > summary');
    await retype(page, '#f-thresholds-amber', '120');
    expect(await textOf(page, '#f-thresholds-amber-error')).toBe(
      'Amber threshold: 120% must be between 0% and 100%.',
    );
  });
});
