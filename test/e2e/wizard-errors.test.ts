/**
 * The wizard's unhappy paths against the real server through the preview: invalid input refused
 * next to its field in the user's language, markup in a stage name kept as text everywhere, a
 * server failure shown with the input kept, and a double click that writes one set of sheets.
 */
import type { Frame } from 'playwright-core';
import { DIALOG } from '../../src/core/catalog/ui';
import { REVIEW } from '../../src/core/catalog/sidebar';
import { render } from '../../src/core/i18n';
import type { Plan } from '../../src/core/plan';
import { defaultPlan } from '../../src/core/plan-defaults';
import { validatePlan } from '../../src/core/plan-validate';
import { positions } from '../../src/sheets/positions';
import {
  describeInBrowser,
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
  textOf,
  valuesOf,
  wizardFrame,
  type Session,
} from './support';

const HOSTILE = '<img src=x onerror=alert(1)>';
const SHEETS = ['tree', 'monthly', 'actuals', 'dashboard', 'checklist', 'tracker'] as const;

/** What validatePlan says at `path` about the default plan with `edit` applied. */
function issueAt(lang: 'en' | 'ja', path: string, edit: (plan: Record<string, unknown>) => void) {
  const plan = defaultPlan(lang) as unknown as Record<string, unknown>;
  edit(plan);
  const issue = validatePlan(plan).issues.find((i) => i.path === path);
  if (!issue) throw new Error(`no issue at ${path}`);
  return issue.message[lang];
}

/** The sheets of the workbook besides the first (blank) one. */
const planSheets = (s: Session) =>
  s.book
    .getSheets()
    .slice(1)
    .map((sheet) => sheet.getName());

async function openWizard(s: Session): Promise<Frame> {
  await menu(s.page, menuCaption('newPlan', s.lang));
  return wizardFrame(s.page);
}

/** Nothing left the machine, no page errors, no native dialog. */
function expectClean(s: Session): void {
  expect(s.offsite).toEqual([]);
  expect(s.errors).toEqual([]);
  expect(s.dialogs).toEqual([]);
}

describeInBrowser('e2e: the wizard refuses, escapes and recovers', () => {
  const suite = e2eSuite();

  test('en_US: rate "abc" is refused next to the field; Create is disabled and says why', async () => {
    const s = await suite.open('en_US');
    const frame = await openWizard(s);
    await frame.click('#step-2');
    await retype(frame, '#f-stages-1-rate', 'abc');
    const message = issueAt(
      'en',
      'stages.1.rate',
      (p) => ((p.stages as Plan['stages'])[1].rate = 'abc' as never),
    );
    expect(message).toBe(
      'Stage 2 "MQL": conversion rate to the next stage: "abc" is not a number. Type one such as 15%.',
    );
    expect(await textOf(frame, '#f-stages-1-rate-error')).toBe(message);
    expect(await frame.getAttribute('#f-stages-1-rate', 'aria-invalid')).toBe('true');
    await shoot(s.page, 'e2e-en-invalid-rate');

    await frame.click('#step-5');
    expect(await frame.isDisabled('#create')).toBe(true);
    expect(await textOf(frame, '#create-reason')).toBe('Not ready: fix this problem first.');
    expect(await textOf(frame, '#problems li span')).toBe(message);
    await shoot(s.page, 'e2e-en-invalid-review');
    await frame.click('#create', { force: true });
    await idle(s.page);
    expect(runsOf(s, 'applyPlan')).toEqual([]);
    expect(planSheets(s)).toEqual([]);
    expectClean(s);
  });

  test('ja: an empty goal is refused in Japanese; Create is disabled and says why', async () => {
    const s = await suite.open('ja');
    const frame = await openWizard(s);
    await retype(frame, '#f-goal-amount', '');
    const message = issueAt('ja', 'goal.amount', (p) => ((p.goal as Plan['goal']).amount = '' as never));
    expect(message).toBe('KGI（目標） が空です。値を入力してください。');
    expect(await textOf(frame, '#f-goal-amount-error')).toBe(message);
    expect(await frame.getAttribute('#f-goal-amount', 'aria-invalid')).toBe('true');
    await frame.click('#step-5');
    expect(await frame.isDisabled('#create')).toBe(true);
    expect(await textOf(frame, '#create-reason')).toBe('まだ作成できません。先に次の問題を直してください。');
    expect(await textOf(frame, '#problems li span')).toBe(message);
    expect(await textOf(frame, '#problems button')).toBe('項目へ移動（目標）');
    await shoot(s.page, 'e2e-ja-invalid-review');
    await frame.click('#create', { force: true });
    await idle(s.page);
    expect(runsOf(s, 'applyPlan')).toEqual([]);
    // The link leads back to the field, which takes a new value.
    await frame.click('#problems button');
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe('f-goal-amount');
    await frame.locator('#f-goal-amount').pressSequentially('10億');
    expect(await frame.isVisible('#f-goal-amount-error')).toBe(false);
    expectClean(s);
  });

  test('en_US: a stage named like markup stays text in the sidebar, the sheet and the grid', async () => {
    const s = await suite.open('en_US');
    const frame = await openWizard(s);
    await frame.click('#step-2');
    await retype(frame, '#f-stages-1-name', HOSTILE);
    expect(await frame.inputValue('#f-stages-1-name')).toBe(HOSTILE);
    expect(await textOf(frame, '#preview-chain [data-stage="mql"]')).toContain(HOSTILE);
    expect(await textOf(frame, 'label[for="f-stages-0-rate"]')).toContain(HOSTILE);
    await frame.click('#step-5');
    expect(await textOf(frame, '#kpi-tree li[data-stage="mql"] .name')).toBe(HOSTILE);
    await frame.click('#create');
    await frame.waitForSelector('#apply-status.success');
    await idle(s.page);

    const plan = defaultPlan('en');
    plan.stages[1].name = HOSTILE;
    const pos = positions(plan);
    const monthly = valuesOf(s.book, sheetName('monthly', 'en'));
    expect(monthly(pos.months.stageRow(1), pos.months.labelCol)).toBe(HOSTILE);
    const treeSheet = s.book.getSheetByName(sheetName('tree', 'en'));
    const label = treeSheet?.getRange(pos.tree.nodeLabelRow, pos.tree.nodeCol(1));
    expect(label?.getValue()).toBe(HOSTILE);
    expect(label?.getFormula()).toBe('');

    await showSheet(s.page, sheetName('monthly', 'en'));
    expect(await gridCell(s.page, pos.months.stageRow(1), pos.months.labelCol).textContent()).toBe(HOSTILE);
    await shoot(s.page, 'e2e-en-markup-name');
    expect(await s.page.locator('img').count()).toBe(0);
    expect(await frame.locator('img').count()).toBe(0);
    // No image was even requested (src=x would ask the preview for /x).
    expect(s.requests.filter((url) => /\/x(\?|$)/.test(url))).toEqual([]);
    expect(s.preview.env.ui.dialogs()).toEqual([]);
    expectClean(s);
  });

  test('ja: a failing server is reported in the sidebar, the input is kept, and a retry succeeds', async () => {
    const s = await suite.open('ja');
    const frame = await openWizard(s);
    await retype(frame, '#f-goal-amount', '15億');
    await frame.click('#step-2');
    await retype(frame, '#f-stages-2-rate', '25');
    await frame.click('#step-5');

    s.preview.env.locks.holdByOther('document'); // another execution is writing the sheets
    await frame.click('#create');
    await frame.waitForSelector('#apply-status.failure');
    await idle(s.page);
    expect(await textOf(frame, '#apply-status')).toBe(
      render(REVIEW.failed, 'ja', { message: render(DIALOG.busy, 'ja') }),
    );
    expect(await textOf(frame, '#apply-status')).toContain('別の処理で計画シートを更新中です。');
    expect(await frame.isDisabled('#create')).toBe(false);
    expect(planSheets(s)).toEqual([]);
    await shoot(s.page, 'e2e-ja-server-failure');
    // Nothing typed was lost.
    await frame.click('#step-1');
    expect(await frame.inputValue('#f-goal-amount')).toBe('1,500,000,000');
    await frame.click('#step-2');
    expect(await frame.inputValue('#f-stages-2-rate')).toBe('25');

    s.preview.env.locks.releaseByOther('document');
    await frame.click('#step-5');
    await frame.click('#create');
    await frame.waitForSelector('#apply-status.success');
    await idle(s.page);
    expect(planSheets(s)).toEqual(SHEETS.map((k) => sheetName(k, 'ja')));
    const plan = defaultPlan('ja');
    expect(valuesOf(s.book, sheetName('tree', 'ja'))(positions(plan).tree.goal, 2)).toBe(1_500_000_000);
    expect(runsOf(s, 'applyPlan')).toHaveLength(2);
    expectClean(s);
  });

  test('en_US: a double click on Create calls applyPlan once and writes one set of sheets', async () => {
    const s = await suite.open('en_US');
    const frame = await openWizard(s);
    await frame.click('#step-5');
    // Count the sidebar's calls to the server as it makes them: a click starts its call at once,
    // so when dblclick returns, both clicks have had their say.
    await frame.evaluate(() => {
      const w = window as unknown as { fetch: typeof fetch; __runs: number };
      const send = w.fetch.bind(w);
      w.__runs = 0;
      w.fetch = (input, init) => {
        if (String(input).endsWith('/api/run')) w.__runs++;
        return send(input, init);
      };
    });
    await frame.dblclick('#create');
    expect(await frame.evaluate(() => (window as unknown as { __runs: number }).__runs)).toBe(1);
    await frame.waitForSelector('#apply-status.success');
    await idle(s.page);
    expect(await frame.evaluate(() => (window as unknown as { __runs: number }).__runs)).toBe(1);
    expect(runsOf(s, 'applyPlan')).toHaveLength(1);
    expect(planSheets(s)).toEqual(SHEETS.map((k) => sheetName(k, 'en')));
    expect(s.preview.env.ui.dialogs()).toEqual([]);
    expectClean(s);
  });
});
