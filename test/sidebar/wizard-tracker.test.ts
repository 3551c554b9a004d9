/** The CSF step edits what the KPI Tracker follows: sub-metrics, quality share, campaign end date. */
import type { Plan } from '../../src/core/plan';
import { defaultPlan } from '../../src/core/plan-defaults';
import { validatePlan } from '../../src/core/plan-validate';
import { describeInBrowser } from './support/browser';
import { fakeCalls, fakeInit, fakeScript, TODAY } from './support/fake-server';
import { retype, screenshot, scrollWidth, sidebarSuite, textOf } from './support/sidebar';

const clone = (plan: Plan): Plan => JSON.parse(JSON.stringify(plan));
const ini = (c: number, j = 0) => `#f-csfs-${c}-initiatives-${j}-kpi`;

describeInBrowser('sidebar wizard: initiative KPIs for the tracker', () => {
  const suite = sidebarSuite();

  test('English: suggested sub-metrics for the transition, a quality share, a campaign end date, then Create', async () => {
    const { page, errors } = await suite.open(fakeScript(fakeInit('en')));
    await page.click('#step-4');
    // Leads → MQL suggests the buyer-profile share first; the signals say they are signals.
    const offered = await page.$$eval(`${ini(0)}-subMetrics-add option`, (xs) =>
      xs.map((x) => x.textContent),
    );
    expect(offered.slice(1, 3)).toEqual([
      'Share of leads matching the buyer profile',
      'Leads at or above the score threshold',
    ]);
    expect(offered).toContain('Scroll depth (supporting signal)');
    await page.selectOption(`${ini(0)}-subMetrics-add`, { label: 'Scroll depth (supporting signal)' });
    expect(await page.inputValue(`${ini(0)}-subMetrics-3-name`)).toBe('Scroll depth');
    expect(await page.isChecked(`${ini(0)}-subMetrics-3-signal`)).toBe(true);
    // Five at most: the fifth disables the choice and says why.
    await page.selectOption(`${ini(0)}-subMetrics-add`, { label: 'Other (type your own)' });
    await retype(page, `${ini(0)}-subMetrics-4-name`, 'Webinar attendees');
    await retype(page, `${ini(0)}-subMetrics-4-target`, '80');
    expect(await page.isDisabled(`${ini(0)}-subMetrics-add`)).toBe(true);
    expect(await textOf(page, `#ini-ini1 .subs-group .hint`)).toBe('A KPI has at most 5 sub-metrics.');

    // A percent typed as a plain number is read as percent; 150% is refused in the user's words.
    await retype(page, `${ini(0)}-qualityShare`, '150');
    expect(await textOf(page, `${ini(0)}-qualityShare-error`)).toContain(
      'CSF 1, initiative 1: share that must meet the quality condition',
    );
    await retype(page, `${ini(0)}-qualityShare`, '25');
    expect(await page.isVisible(`${ini(0)}-qualityShare-error`)).toBe(false);

    // A one-off campaign asks for its end date; a day that does not exist is refused.
    await page.selectOption(`${ini(2)}-cadence`, 'once');
    await retype(page, `${ini(2)}-endDate`, '2027-02-30');
    expect(await textOf(page, `${ini(2)}-endDate-error`)).toBe(
      'CSF 3, initiative 1: campaign end date: "2027-02-30" is not a date. Type it as 2027-06-30.',
    );
    await retype(page, `${ini(2)}-endDate`, '2027-06-30');
    expect(await page.isVisible(`${ini(2)}-endDate-error`)).toBe(false);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(300);
    await screenshot(page, 'sidebar-en-csf-tracking');

    await page.click('#step-5');
    await page.click('#create');
    await page.waitForSelector('#apply-status.success');
    const [call] = await fakeCalls(page, 'applyPlan');
    const expected = clone(defaultPlan('en', TODAY));
    const kpi = expected.csfs[0]!.initiatives[0]!.kpi;
    kpi.subMetrics.push(
      { id: 'sub4', name: 'Scroll depth', target: 0.5, unit: 'rate', signal: true },
      { id: 'sub5', name: 'Webinar attendees', target: 80, unit: 'count', signal: false },
    );
    kpi.qualityShare = 0.25;
    Object.assign(expected.csfs[2]!.initiatives[0]!.kpi, { cadence: 'once', endDate: '2027-06-30' });
    expect(call!.args).toEqual([expected, 'new']);
    expect(validatePlan(call!.args[0]).ok).toBe(true);
    expect(errors).toEqual([]);
  });

  test('Japanese: an end date outside the plan period is refused in Japanese; an emptied share means the default', async () => {
    const { page } = await suite.open(fakeScript(fakeInit('ja')));
    await page.click('#step-4');
    await page.selectOption(`${ini(2)}-cadence`, 'once');
    await retype(page, `${ini(2)}-endDate`, '2030-01-01');
    expect(await textOf(page, `${ini(2)}-endDate-error`)).toBe(
      'CSF 3・施策 1：施策の終了日：2030-01-01 は 2027-04-01〜2028-03-31 の範囲で入力してください。',
    );
    await retype(page, `${ini(0)}-qualityShare`, '30');
    await retype(page, `${ini(0)}-qualityShare`, '');
    expect(await page.isVisible(`${ini(0)}-qualityShare-error`)).toBe(false);
    expect(await textOf(page, `${ini(0)}-qualityShare-hint`)).toContain('15.0%');
    await screenshot(page, 'sidebar-ja-csf-tracking');
  });
});
