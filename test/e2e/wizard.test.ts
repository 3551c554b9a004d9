/**
 * The wizard end to end, in English and in Japanese: Extensions > KPI Tree Builder > New plan…,
 * typed step by step in the real sidebar against the real server, Create sheets, the numbers on the
 * sheets against computePlan; then an actual typed into the grid, Edit plan…, a changed rate,
 * Update sheets, and the sheets follow while the actual stays.
 */
import type { Frame, Page } from 'playwright-core';
import { formatList } from '../../src/core/format';
import type { Lang } from '../../src/core/i18n';
import type { Plan } from '../../src/core/plan';
import { defaultPlan } from '../../src/core/plan-defaults';
import { computePlan } from '../../src/core/plan-math';
import { positions } from '../../src/sheets/positions';
import { NOW, yearMonth } from '../support/clock';
import {
  describeInBrowser,
  digits,
  e2eSuite,
  gridCell,
  idle,
  menu,
  menuCaption,
  retype,
  runsOf,
  sheetName,
  shoot,
  showSheet,
  sidebarSrc,
  textOf,
  typeRow,
  valuesOf,
  wizardFrame,
  type Session,
} from './support';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

interface Case {
  locale: 'en_US' | 'ja';
  lang: Lang;
  headings: string[];
  /** Typed into the goal amount, and what it means. */
  goal: [string, number];
  /** Typed into the Opportunities -> Won deals rate (the win rate). */
  winRate: [string, number];
  /** The new name of stage 2 (MQL). */
  stageName: string;
  /** Typed into MQL -> Opportunities in Edit plan… */
  editRate: [string, number];
  /** How the goal amount field shows the stored plan. */
  goalShown: string;
  create: string;
  update: string;
  actual: string;
}

const CASES: Case[] = [
  {
    locale: 'en_US',
    lang: 'en',
    headings: ['Goal (KGI)', 'Funnel', 'Channels', 'CSFs and initiatives', 'Review'],
    goal: ['$20,000,000', 20_000_000],
    winRate: ['25%', 0.25],
    stageName: 'Sales-ready leads',
    editRate: ['18', 0.18],
    goalShown: '20,000,000',
    create: 'Create sheets',
    update: 'Update sheets',
    actual: '1500',
  },
  {
    locale: 'ja',
    lang: 'ja',
    headings: ['KGI（重要目標達成指標）', 'ファネル', 'チャネル', 'CSF と施策', '確認'],
    goal: ['20億', 2_000_000_000],
    winRate: ['２５％', 0.25], // full-width, as an IME types it
    stageName: 'ホットリード',
    editRate: ['１８', 0.18],
    goalShown: '2,000,000,000',
    create: 'シートを作成',
    update: 'シートを更新',
    actual: '1500',
  },
];

const STEPS = ['goal', 'funnel', 'channels', 'csfs', 'review'];

/** The numbers the sheets must hold for `plan`, checked through the emulator and the grid. */
async function expectSheets(s: Session, plan: Plan): Promise<void> {
  const n = computePlan(plan);
  const pos = positions(plan);
  const lead = pos.leadStage;
  const tree = valuesOf(s.book, sheetName('tree', s.lang));
  const t = pos.tree;
  expect(tree(t.targetRow, t.nodeCol(lead))).toBe(n.required[lead]);
  expect(tree(t.targetRow, t.nodeCol(plan.stages.length - 1))).toBe(n.required[plan.stages.length - 1]);
  expect(tree(t.channelRow(0), 4)).toBe(n.channels[0].leads);
  expect(tree(t.channelRow(0), 5) as number).toBeCloseTo(n.channels[0].budget, 6);
  expect(tree(t.summary.budget, 2) as number).toBeCloseTo(n.budget, 6);

  const monthly = valuesOf(s.book, sheetName('monthly', s.lang));
  const m = pos.months;
  const first = n.months.findIndex((month) => month.inPeriod);
  for (const stage of [lead, plan.stages.length - 1]) {
    expect(monthly(m.stageRow(stage), m.firstCol + first)).toBe(n.monthly[stage][first]);
    expect(monthly(m.stageRow(stage), m.totalCol)).toBe(n.required[stage]);
  }
  // The grid shows the same number on the KPI Tree tab.
  await showSheet(s.page, sheetName('tree', s.lang));
  expect(digits(await gridCell(s.page, t.targetRow, t.nodeCol(lead)).textContent())).toBe(n.required[lead]);
}

async function next(frame: Frame, heading: string): Promise<void> {
  await frame.click('#next');
  await frame.waitForFunction((h) => document.getElementById('step-heading')?.textContent === h, heading);
}

/** Clicks Create/Update and waits until the sidebar says the sheets were written. */
async function applyAndWait(page: Page, frame: Frame, label: string): Promise<string> {
  expect(await textOf(frame, '#create')).toBe(label);
  await frame.click('#create');
  await frame.waitForSelector('#apply-status.success');
  await idle(page);
  return textOf(frame, '#apply-status');
}

describeInBrowser('e2e: the wizard through the preview', () => {
  const suite = e2eSuite();

  test.each(CASES)('$locale: new plan typed in the wizard, sheets created, then edited', async (c) => {
    const s = await suite.open(c.locale);
    const { page, lang } = s;
    const expected = clone(defaultPlan(lang, yearMonth(NOW)));

    // New plan…
    await menu(page, menuCaption('newPlan', lang));
    const frame = await wizardFrame(page);
    expect(await textOf(frame, '#step-heading')).toBe(c.headings[0]);
    expect(await page.textContent('#sidebar-title')).toBe('KPI Tree Builder');

    await retype(frame, '#f-goal-amount', c.goal[0]);
    expected.goal.amount = c.goal[1];
    const won = computePlan(expected).wonDeals;
    await frame.waitForFunction(
      (w) => document.getElementById('f-goal-amount-note')?.textContent?.includes(w),
      won.toLocaleString('en-US'),
    );
    await shoot(page, `e2e-${lang}-${STEPS[0]}`);

    await next(frame, c.headings[1]);
    await retype(frame, '#f-stages-1-name', c.stageName);
    expected.stages[1].name = c.stageName;
    await retype(frame, '#f-stages-2-rate', c.winRate[0]);
    expected.stages[2].rate = c.winRate[1];
    const typed = computePlan(expected);
    expect(digits(await textOf(frame, '#preview-chain [data-stage="leads"] .num'))).toBe(typed.required[0]);
    // The renamed stage labels the rate above it.
    expect(await textOf(frame, 'label[for="f-stages-0-rate"]')).toContain(c.stageName);
    await shoot(page, `e2e-${lang}-${STEPS[1]}`);

    await next(frame, c.headings[2]);
    await shoot(page, `e2e-${lang}-${STEPS[2]}`);
    await next(frame, c.headings[3]);
    await shoot(page, `e2e-${lang}-${STEPS[3]}`);
    await next(frame, c.headings[4]);
    const tree = await frame.$$eval('#kpi-tree li[data-stage] .num', (xs) => xs.map((x) => x.textContent));
    expect(tree.map(digits)).toEqual([...typed.required].reverse());
    await shoot(page, `e2e-${lang}-${STEPS[4]}`);

    const done = await applyAndWait(page, frame, c.create);
    const names = (['tree', 'monthly', 'actuals', 'dashboard', 'checklist', 'tracker'] as const).map((k) =>
      sheetName(k, lang),
    );
    expect(done).toContain(formatList(names, lang));
    await shoot(page, `e2e-${lang}-created`);
    // The server received exactly the plan that was typed, once.
    const applied = runsOf(s, 'applyPlan');
    expect(applied).toHaveLength(1);
    expect(applied[0].args).toEqual([expected, 'new']);
    await expectSheets(s, expected);
    const stageLabel = valuesOf(s.book, sheetName('monthly', lang));
    expect(stageLabel(positions(expected).months.stageRow(1), positions(expected).months.labelCol)).toBe(
      c.stageName,
    );

    // An actual typed into the Actuals grid, first month of the period, leads row.
    const pos = positions(expected);
    const firstMonth = pos.months.firstCol + pos.months.before;
    const leadsRow = pos.months.stageRow(pos.leadStage);
    await showSheet(page, sheetName('actuals', lang));
    await typeRow(page, leadsRow, firstMonth, [c.actual]);
    expect(valuesOf(s.book, sheetName('actuals', lang))(leadsRow, firstMonth)).toBe(1500);
    expect(await gridCell(page, leadsRow, firstMonth).textContent()).toBe('1,500');

    // Edit plan…: the wizard opens on the stored plan.
    const before = await sidebarSrc(page);
    await menu(page, menuCaption('editPlan', lang));
    const edit = await wizardFrame(page, before);
    expect(await edit.inputValue('#f-goal-amount')).toBe(c.goalShown);
    await edit.click('#step-2');
    expect(await edit.inputValue('#f-stages-1-name')).toBe(c.stageName);
    expect(await edit.inputValue('#f-stages-2-rate')).toBe('25');
    await retype(edit, '#f-stages-1-rate', c.editRate[0]);
    const edited = clone(expected);
    edited.stages[1].rate = c.editRate[1];
    await edit.click('#step-5');
    await shoot(page, `e2e-${lang}-edit-review`);
    await applyAndWait(page, edit, c.update);
    const updates = runsOf(s, 'applyPlan');
    expect(updates).toHaveLength(2);
    expect(updates[1].args).toEqual([edited, 'edit']);
    expect(computePlan(edited).required[0]).not.toBe(typed.required[0]);
    await expectSheets(s, edited);

    // The actual is still there, on the sheet and in the grid.
    expect(valuesOf(s.book, sheetName('actuals', lang))(leadsRow, firstMonth)).toBe(1500);
    await showSheet(page, sheetName('actuals', lang));
    expect(await gridCell(page, leadsRow, firstMonth).textContent()).toBe('1,500');
    await shoot(page, `e2e-${lang}-updated`);

    // One set of sheets, nothing asked, nothing left the machine, no errors.
    expect(
      s.book
        .getSheets()
        .map((sheet) => sheet.getName())
        .filter((name) => name !== s.book.getSheets()[0].getName()),
    ).toEqual(names);
    expect(s.preview.env.ui.dialogs()).toEqual([]);
    expect(s.dialogs).toEqual([]);
    expect(s.offsite).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
