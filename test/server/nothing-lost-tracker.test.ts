/** Values typed on the KPI Tracker are kept by key on every re-run, or archived: never lost. */
import { Button } from '../../tools/emulator';
import type { Plan } from '../../src/core/plan';
import { typeOnTracker as typeAt, valueOnTracker as valueOf } from '../support/tracker-cells';
import { addOn, type AddOn } from '../support/addon';
import { NOW } from '../support/clock';

const storedPlan = (app: AddOn): Plan => {
  app.call('openEditPlanWizard');
  return JSON.parse(JSON.stringify((app.call('sidebarInit') as { plan: Plan }).plan));
};

describe.each([
  ['en_US', 'KPI Tracker'],
  ['ja', 'KPIトラッカー'],
])('the KPI Tracker keeps what was typed (%s)', (locale, tracker) => {
  // The sample plan starts in January 2027 (en) or April 2027 (ja): the row keys name the series.
  const series = locale === 'ja' ? '2027-04' : '2027-01';
  const newsletter = (role: string) => `kpi:ini1:monthly:${series}:${role}`;
  const handover = (role: string) => `kpi:ini2:weekly:${series}:${role}`;
  const typed: [string, string, number][] = [
    [newsletter('actual'), 'p:1', 38],
    [newsletter('actual'), 'p:3', 52],
    [newsletter('qualified'), 'p:3', 9],
    [newsletter('sub:sub2'), 'p:1', 120],
    [handover('actual'), 'p:5', 410],
    [handover('sub:sub1'), 'p:5', 30],
  ];

  test('Update, and Edit plan with initiatives and sub-metrics added before them, keep every value by key', () => {
    const app = addOn({ locale, now: NOW });
    app.env.ui.autoAcknowledge();
    app.call('createSamplePlan');
    for (const [row, col, value] of typed) typeAt(app, tracker, row, col, value);
    app.call('updateSheetsFromPlan');
    for (const [row, col, value] of typed) expect(valueOf(app, tracker, row, col)).toBe(value);

    const plan = storedPlan(app);
    const first = plan.csfs[0]!;
    // Blocks below move down: a new initiative first under the first CSF, a sub-metric before the others.
    first.initiatives.unshift({
      ...JSON.parse(JSON.stringify(first.initiatives[0])),
      id: 'ini9',
      name: 'Webinar series',
    });
    first.initiatives[1]!.kpi.subMetrics.unshift({
      id: 'sub9',
      name: 'Sessions',
      target: 5000,
      unit: 'count',
      signal: false,
    });
    first.initiatives[1]!.name = 'Renamed newsletter';
    expect(app.call('applyPlan', plan, 'edit')).toMatchObject({ ok: true });
    for (const [row, col, value] of typed) expect(valueOf(app, tracker, row, col)).toBe(value);
    expect(app.sheetNames().some((n) => n.includes('archive') || n.includes('アーカイブ'))).toBe(false);
  });

  test('a changed cadence puts the typed values on the archive sheet, after asking', () => {
    const app = addOn({ locale, now: NOW });
    app.env.ui.autoAcknowledge();
    app.call('createSamplePlan');
    typeAt(app, tracker, newsletter('actual'), 'p:3', 52);
    const plan = storedPlan(app);
    plan.csfs[0]!.initiatives[0]!.kpi.cadence = 'quarterly';
    app.env.ui.setDefaultAnswer(Button.YES);
    expect(app.call('applyPlan', plan, 'edit')).toMatchObject({ ok: true });
    const archive = app
      .sheetNames()
      .find(
        (n) =>
          n !== tracker &&
          !['Sheet1', 'シート1'].includes(n) &&
          app.values(n).flat().includes(newsletter('actual')),
      );
    expect(archive).toBeDefined();
    expect(app.values(archive!).flat()).toEqual(expect.arrayContaining([newsletter('actual'), 52]));
    // The quarterly block starts empty: no value lands in the wrong period.
    expect(valueOf(app, tracker, `kpi:ini1:quarterly:${series}:actual`, 'p:3')).toBe('');
  });
});
