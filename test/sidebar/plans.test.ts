/** The sidebar header's plan switch, and the review step's "Cheapest mix for this goal". */
import { cheapestMix } from '../../src/core/cheapest-mix';
import { defaultPlan } from '../../src/core/plan-defaults';
import { computePlan } from '../../src/core/plan-math';
import { describeInBrowser } from './support/browser';
import { fakeCalls, fakeInit, fakeScript, TODAY } from './support/fake-server';
import { sidebarSuite, textOf } from './support/sidebar';

describeInBrowser('sidebar: several plans and the cheapest mix', () => {
  const suite = sidebarSuite();
  const plan = defaultPlan('en', TODAY);

  test('the header shows the plan being edited and switches to another', async () => {
    const init = { ...fakeInit('en', 'edit', plan), plans: [plan.name, 'EMEA'], planName: plan.name };
    const { page, errors } = await suite.open(fakeScript(init));
    expect(await page.inputValue('#plan-switch')).toBe(plan.name);
    expect(await page.$$eval('#plan-switch option', (os) => os.map((o) => o.textContent))).toEqual([
      plan.name,
      'EMEA',
    ]);
    await page.selectOption('#plan-switch', 'EMEA');
    // The sidebar starts again on the chosen plan: a second sidebarInit.
    for (let i = 0; i < 200 && (await fakeCalls(page, 'sidebarInit')).length < 2; i++)
      await page.waitForTimeout(25);
    expect(await fakeCalls(page, 'sidebarInit')).toHaveLength(2);
    expect((await fakeCalls(page, 'switchPlan')).map((c) => c.args)).toEqual([['EMEA']]);
    expect(errors).toEqual([]);
  });

  test('one plan: the header names it; a new plan shows no plan bar', async () => {
    const one = { ...fakeInit('en', 'edit', plan), plans: [plan.name], planName: plan.name };
    const { page } = await suite.open(fakeScript(one));
    expect(await textOf(page, '#plan-name')).toBe(plan.name);
    const fresh = await suite.open(fakeScript(fakeInit('en')));
    expect(await fresh.page.$('.plan-bar')).toBeNull();
  });

  test('caps per channel give the core’s cheapest mix, saved as a scenario only on request', async () => {
    const init = { ...fakeInit('en', 'edit', plan), plans: [plan.name], planName: plan.name };
    const { page } = await suite.open(fakeScript(init));
    await page.click('#step-5');
    await page.click('#cheapest-open');
    const target = computePlan(plan).leadsTarget;
    const caps = plan.channels.map((_, i) => Math.ceil(target / (i + 2)));
    for (const [i, cap] of caps.entries()) await page.fill(`#cap-${i}`, cap.toLocaleString('en-US'));
    await page.click('#cheapest-propose');
    const expected = cheapestMix(
      plan,
      Object.fromEntries(plan.channels.map((ch, i) => [ch.id, caps[i]!])),
      'Cheapest mix',
    );
    if (!expected.ok) throw new Error('expected a proposal');
    const lines = await page.$$eval('#cheapest-lines li', (li) => li.map((l) => l.textContent ?? ''));
    plan.channels.forEach((ch, i) =>
      expect(lines[i]).toContain(`${ch.name}: ${expected.leads[ch.id]!.toLocaleString('en-US')} leads`),
    );
    expect(await fakeCalls(page, 'saveMixScenario')).toHaveLength(0);
    expect(await fakeCalls(page, 'applyPlan')).toHaveLength(0);
    await page.click('#cheapest-save');
    await page.waitForSelector('#cheapest-saved .success');
    const saved = await fakeCalls(page, 'saveMixScenario');
    expect(saved.map((c) => c.args[0])).toEqual([expected.scenario]);

    // Caps that cannot reach the target say so; a negative cap names its channel.
    await page.fill('#cap-0', '1');
    for (let i = 1; i < caps.length; i++) await page.fill(`#cap-${i}`, '1');
    await page.click('#cheapest-propose');
    expect(await textOf(page, '#cheapest-result')).toContain('short of the');
    await page.fill('#cap-0', '-5');
    await page.click('#cheapest-propose');
    expect(await textOf(page, '#cheapest-result')).toContain(`"${plan.channels[0]!.name}"`);
  });
});
