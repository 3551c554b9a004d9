/**
 * The progress review end to end: Create sample plan from the menu, actuals typed into the Actuals
 * grid for the first months (each stage from the month its lag makes it due), Review progress, the
 * summary dialog, then the Dashboard: statuses coloured by conditional formatting in the grid, the
 * transitions with the bottleneck, and the diagnosis. Also writes docs/dashboard.png for the README.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REVIEW as DIAGNOSIS_TEXT } from '../../src/core/catalog/diagnosis';
import { L } from '../../src/core/catalog/sheets';
import { render } from '../../src/core/i18n';
import { defaultPlan } from '../../src/core/plan-defaults';
import { computePlan } from '../../src/core/plan-math';
import { hintsFor, reviewProgress, transitionKind, type ActualGrid } from '../../src/core/review';
import { reviewSummary } from '../../src/core/review-summary';
import { conditionalBackground } from '../../tools/emulator';
import { COLOR } from '../../src/sheets/description';
import { dashboardPositions } from '../../src/sheets/dashboard';
import { monthLabel, positions } from '../../src/sheets/positions';
import { NOW, yearMonth } from '../support/clock';
import {
  ROOT,
  describeInBrowser,
  e2eSuite,
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

/** Per month: leads arrive and qualify as planned, but few MQLs become opportunities. */
const PER_MONTH = [1900, 580, 58, 12];
/** README picture; rewritten when missing or when UPDATE_DOCS is set. */
const DOCS_PICTURE = join(ROOT, 'docs', 'dashboard.png');
/** Actuals through the third month of the period. */
const PERIOD_MONTHS_DONE = 3;

const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

describeInBrowser('e2e: progress review through the preview', () => {
  const suite = e2eSuite();

  test('en_US: sample plan, actuals typed in the grid, Review progress names MQL → Opportunities', async () => {
    const s = await suite.open('en_US');
    const { page } = s;
    const plan = defaultPlan('en', yearMonth(NOW));
    const n = computePlan(plan);
    const pos = positions(plan);
    const m = pos.months;
    const d = dashboardPositions(plan);
    const t = (text: { en: string; ja: string }) => render(text, 'en');

    await menu(page, menuCaption('createSample', 'en'));
    await idle(page);
    await page.waitForSelector(`#tabs .tab:text-is("${sheetName('dashboard', 'en')}")`);

    // Each stage is due from the month its cumulative lag makes it due (leads three months early).
    const last = m.before + PERIOD_MONTHS_DONE - 1;
    const grid: ActualGrid = plan.stages.map(() => n.months.map(() => null));
    await showSheet(page, sheetName('actuals', 'en'));
    for (const [stage, value] of PER_MONTH.entries()) {
      const from = m.before - pos.cumulativeLag[stage];
      const cells = Array.from({ length: last - from + 1 }, () => String(value));
      await typeRow(page, m.stageRow(stage), m.firstCol + from, cells);
      for (let i = from; i <= last; i++) grid[stage][i] = value;
    }
    const actuals = valuesOf(s.book, sheetName('actuals', 'en'));
    plan.stages.forEach((_, stage) =>
      grid[stage].forEach((v, i) => expect(actuals(m.stageRow(stage), m.firstCol + i)).toBe(v ?? '')),
    );
    await shoot(page, 'e2e-en-actuals');

    await menu(page, menuCaption('review', 'en'));
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const review = reviewProgress(plan, grid);
    const summary = reviewSummary(plan, review, 'en', sheetName('actuals', 'en'));
    expect(review.bottleneck?.from).toBe(1);
    expect(((await dialog.locator('.kpi-modal-body').textContent()) ?? '').trim()).toBe(summary);
    expect(summary).toContain('Bottleneck: MQL → Opportunities at 10.0% against 15.0% planned.');
    await shoot(page, 'e2e-en-review-summary');
    await dialog.getByRole('button', { name: 'OK', exact: true }).click();
    await idle(page);
    expect(await page.textContent('#tabs .tab.active')).toBe(sheetName('dashboard', 'en'));

    // Stages: attainment to date and status, on the sheet and coloured in the grid.
    const dashboard = valuesOf(s.book, sheetName('dashboard', 'en'));
    const sheet = s.book.getSheetByName(sheetName('dashboard', 'en'));
    if (!sheet) throw new Error('no Dashboard');
    const statusText = { green: t(L.statusGreen), amber: t(L.statusAmber), red: t(L.statusRed) };
    const expectedStatus = ['green', 'green', 'red', 'red'] as const;
    for (const [stage, r] of review.stages.entries()) {
      const row = d.stageRow(stage);
      expect(r.status).toBe(expectedStatus[stage]);
      expect(dashboard(row, 3)).toBe(r.toDateTarget);
      expect(dashboard(row, 4)).toBe(r.actual);
      expect(dashboard(row, d.attainmentCol) as number).toBeCloseTo(r.attainment as number, 9);
      expect(dashboard(row, d.statusCol)).toBe(statusText[expectedStatus[stage]]);
      const colour = COLOR[expectedStatus[stage]];
      expect(conditionalBackground(sheet, row, d.statusCol)).toBe(colour);
      const td = gridCell(page, row, d.statusCol);
      expect(await td.textContent()).toBe(statusText[expectedStatus[stage]]);
      expect(await td.evaluate((el) => el.style.backgroundColor)).toBe(rgb(colour));
    }

    // Transitions: actual ÷ planned rate, lag-aware; only MQL → Opportunities falls short.
    for (const [from, tr] of review.transitions.entries()) {
      const row = d.transitionRow(from);
      expect(dashboard(row, d.ratioCol) as number).toBeCloseTo(tr.ratio as number, 9);
      const colour = from === 1 ? COLOR.red : COLOR.green;
      expect(await gridCell(page, row, d.ratioCol).evaluate((el) => el.style.backgroundColor)).toBe(
        rgb(colour),
      );
    }
    expect(review.transitions[1].ratio as number).toBeCloseTo(0.1 / 0.15, 9);

    // The diagnosis names the bottleneck and says what to check and fix.
    const hints = hintsFor(transitionKind(plan, 1));
    const bottleneck = 'MQL → Opportunities';
    expect(dashboard(d.diagnosisRow, 1)).toBe(t(DIAGNOSIS_TEXT.bottleneck));
    expect(dashboard(d.diagnosisRow, 2)).toBe(bottleneck);
    expect(dashboard(d.diagnosisRow + 1, 2) as number).toBeCloseTo(0.1, 9);
    expect(dashboard(d.diagnosisRow + 1, 3)).toBe(0.15);
    expect(dashboard(d.diagnosisRow + 2, 2)).toBe(t(hints.lookAt));
    expect(dashboard(d.diagnosisRow + 3, 2)).toBe(t(hints.fixes));
    expect(await gridCell(page, d.diagnosisRow, 2).textContent()).toBe(bottleneck);
    expect(await gridCell(page, d.diagnosisRow + 2, 2).textContent()).toBe(t(hints.lookAt));

    // The picture for the README: wide enough for the Status column, scrolled to the funnel, the
    // bottleneck selected so the formula bar shows how it is found, no toast in the way.
    await page.setViewportSize({ width: 1600, height: 900 });
    await gridCell(page, d.diagnosisRow, 2).click();
    await frameRow(page, d.stageRow(0) - 2);
    await shoot(page, 'e2e-en-dashboard');
    if (process.env.UPDATE_DOCS || !existsSync(DOCS_PICTURE)) await page.screenshot({ path: DOCS_PICTURE });

    expect(s.offsite).toEqual([]);
    expect(s.errors).toEqual([]);
    expect(s.dialogs).toEqual([]);
  });

  // Dashboard!C4 looks the month label up in one row: INDEX(<row>, 1, MATCH(...)).
  test('en_US: the Dashboard names the last month with actuals', async () => {
    const s = await suite.open('en_US');
    const plan = defaultPlan('en', yearMonth(NOW));
    const m = positions(plan).months;
    await menu(s.page, menuCaption('createSample', 'en'));
    await showSheet(s.page, sheetName('actuals', 'en'));
    await typeRow(s.page, m.stageRow(0), m.firstCol + m.before, ['100']);
    await showSheet(s.page, sheetName('dashboard', 'en'));
    const first = computePlan(plan).months[m.before];
    expect(await gridCell(s.page, 4, 2).textContent()).toBe('1');
    expect(await gridCell(s.page, 4, 3).textContent()).toBe(monthLabel(first.year, first.month));
  });
});
