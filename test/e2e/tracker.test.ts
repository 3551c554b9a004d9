/**
 * The KPI Tracker end to end in both languages: Create sample plan from the menu, the newsletter's
 * KPI, its qualified count and sub-metrics typed into the grid, the live status and the "met in
 * number, not in quality" flag. Also writes docs/tracker-en.png and docs/tracker-ja.png for the README.
 */
import { join } from 'node:path';
import { L } from '../../src/core/catalog/sheets';
import { DUE_LIST, TRACKER } from '../../src/core/catalog/tracker';
import { dayNumber, isoDate, reviewCheck } from '../../src/core/cadence';
import { dashboardPositions } from '../../src/sheets/dashboard';
import { DUE_COL } from '../../src/sheets/due-reviews';
import { PERIOD_COL, TRACKER_COL, trackerBlocks } from '../../src/sheets/tracker';
import { updateDocsPicture } from '../support/docs-pictures';
import {
  SCREENSHOTS,
  describeInBrowser,
  e2eSuite,
  eachLanguage,
  frameRow,
  gridCell,
  idle,
  menu,
  menuCaption,
  sheetName,
  shoot,
  showSheet,
  typeRow,
  valuesOf,
} from './support';

describeInBrowser('e2e: the KPI Tracker through the preview', () => {
  const suite = e2eSuite();

  eachLanguage(suite, 'typed KPI actuals, live status and the quality flag', async (s, { lang, t, plan }) => {
    const { page } = s;
    const [newsletter, handover] = trackerBlocks(plan).blocks;
    if (!newsletter || !handover || newsletter.qualified === null) throw new Error('sample plan changed');

    await menu(page, menuCaption('createSample', lang));
    await idle(page);
    const name = sheetName('tracker', lang);
    await page.waitForSelector(`#tabs .tab:text-is("${name}")`);
    await showSheet(page, name);
    // Two months of newsletter MQLs (target 40), few of them accepted by sales in the second.
    await typeRow(page, newsletter.actual, PERIOD_COL, ['38', '46']);
    await typeRow(page, newsletter.qualified, PERIOD_COL, ['9', '4']);
    await typeRow(page, newsletter.subs[0] as number, PERIOD_COL, ['0.35', '0.22']);
    await typeRow(page, handover.actual, PERIOD_COL, ['420', '380', '510']);

    const tracker = valuesOf(s.book, name);
    expect(tracker(newsletter.actual, TRACKER_COL.latest)).toBe(46);
    expect(tracker(newsletter.actual, TRACKER_COL.attainment)).toBeCloseTo(46 / 40, 9);
    expect(tracker(newsletter.actual, TRACKER_COL.status)).toBe(t(L.statusGreen));
    expect(tracker(newsletter.qualified, TRACKER_COL.attainment)).toBeCloseTo(4 / 46, 9);
    expect(tracker(newsletter.qualified, TRACKER_COL.status)).toBe(t(TRACKER.numberNotQuality));
    expect(await gridCell(page, newsletter.qualified, TRACKER_COL.status).textContent()).toBe(
      t(TRACKER.numberNotQuality),
    );
    expect(tracker(newsletter.subs[0] as number, TRACKER_COL.status)).toBe(t(L.statusRed));
    expect(tracker(handover.actual, TRACKER_COL.status)).toBe(t(L.statusGreen));
    // The next review is the one after the latest with an actual: the fourth week.
    expect(await gridCell(page, handover.actual, TRACKER_COL.next).textContent()).toBe(
      await gridCell(page, handover.dates, PERIOD_COL + 3).textContent(),
    );

    await page.setViewportSize({ width: 1600, height: 900 });
    await gridCell(page, newsletter.qualified, TRACKER_COL.status).click();
    while ((await page.locator('.toast-close').count()) > 0)
      await page.locator('.toast-close').first().click();
    await page.mouse.move(0, 0);
    await shoot(page, `e2e-${lang}-tracker`);
    updateDocsPicture(join(SCREENSHOTS, `e2e-${lang}-tracker.png`), `tracker-${lang}.png`);

    // The Dashboard's agenda as of a day typed into its date cell (TODAY() otherwise).
    const dashboard = sheetName('dashboard', lang);
    await showSheet(page, dashboard);
    const due = dashboardPositions(plan).dueRow;
    // Nine days after the newsletter's third review (2027-04-10 in English, 2027-07-10 in Japanese).
    const day = isoDate((dayNumber(newsletter.tracked.periods[2]!.review) as number) + 9);
    await typeRow(page, due + 1, 2, [day]);
    const typed: Record<string, number[]> = {
      [newsletter.tracked.initiative.id]: [0, 1],
      [handover.tracked.initiative.id]: [0, 1, 2],
    };
    const listed = valuesOf(s.book, dashboard);
    const states = trackerBlocks(plan).blocks.map((b, i) => {
      const done = typed[b.tracked.initiative.id] ?? [];
      const check = reviewCheck(
        b.tracked.periods,
        b.tracked.periods.map((_, k) => done.includes(k)),
        b.tracked.initiative.kpi.cadence,
        day,
      );
      expect([DUE_COL.kpi, DUE_COL.state, DUE_COL.waiting].map((col) => listed(due + 4 + i, col))).toEqual([
        `${b.tracked.initiative.name} — ${b.tracked.initiative.kpi.name}`,
        t(DUE_LIST[check.state]),
        check.dueCount + check.overdueCount,
      ]);
      return check.state;
    });
    // The newsletter's April review is overdue; the weekly hand-over has missed many weeks.
    expect(states.slice(0, 2)).toEqual(['overdue', 'overdue']);
    expect(await gridCell(page, due + 4, DUE_COL.state).textContent()).toBe(t(DUE_LIST.overdue));
    expect(listed(due + 2, 2)).toBe(states.filter((x) => x === 'due' || x === 'overdue').length);
    await frameRow(page, due);
    await shoot(page, `e2e-${lang}-dashboard-due`);

    expect(s.offsite).toEqual([]);
    expect(s.errors).toEqual([]);
    expect(s.dialogs).toEqual([]);
  });
});
