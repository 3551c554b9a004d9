/**
 * The preview page in headless Chromium (Debian package, playwright-core): the menu, the grid, cell
 * edits, the question modal, the sidebar bridge and the language switch. Nothing leaves 127.0.0.1.
 * Without Chromium the suite is skipped with a warning, except on CI, where it fails.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser } from '../sidebar/support/browser';
import { startPreview, type Preview } from '../../tools/preview/server';
import { NOW } from '../support/clock';
import { INPUT_HELP } from '../../src/core/catalog/sheets';
import { updateDocsPicture } from '../support/docs-pictures';
import { ROOT, buildPrivateDist } from './helpers';

const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');

describeInBrowser('preview page in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let preview: Preview;
  const offsite: string[] = [];
  const pageErrors: string[] = [];

  const cell = (row: number, col: number) =>
    page.locator(`#grid-scroll td[data-row="${row}"][data-col="${col}"]`);
  const leads = () => cell(6, 6);
  const shoot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `preview-${name}.png`) });

  async function menu(caption: string): Promise<void> {
    await page.click('#extensions-menu');
    await page.getByRole('menuitem', { name: caption, exact: true }).click();
  }

  async function sidebarFrame(): Promise<Frame> {
    const handle = await page.waitForSelector('#sidebar-frame[src]');
    const frame = await handle.contentFrame();
    if (!frame) throw new Error('the sidebar has no frame');
    return frame;
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    preview = await startPreview({ port: 0, distDir: buildPrivateDist(), now: NOW });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(preview.url) || url.startsWith('data:')) return route.continue();
      offsite.push(url);
      return route.abort();
    });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(preview.url);
    await page.waitForSelector('#grid-scroll td[data-row="1"]');
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  test('Extensions > KPI Tree Builder > Create sample plan fills the workbook', async () => {
    await menu('Create sample plan');
    // The new plan opens on its KPI Tree, where it starts.
    await page.waitForSelector('.tab.active:text-is("KPI Tree")');
    await expect(leads().textContent()).resolves.toBe('22,223');
    await expect(page.locator('.toast-message').last().textContent()).resolves.toContain('6 sheets');
    const tabs = await page.locator('.tab').allTextContents();
    expect(tabs).toEqual(
      expect.arrayContaining(['KPI Tree', 'Monthly Targets', 'Actuals', 'Dashboard', 'Checklist']),
    );
    await leads().click();
    await expect(page.inputValue('#formula-input')).resolves.toBe('=ROUNDUP(F9*0.9999999999999,0)');
    await expect(page.inputValue('#name-box')).resolves.toBe('F6');
    await shoot('kpi-tree');
    updateDocsPicture(join(SCREENSHOTS, 'preview-kpi-tree.png'), 'preview.png');
  });

  test('typing 25% into the win rate moves every target', async () => {
    await cell(18, 2).click();
    await expect(page.inputValue('#formula-input')).resolves.toBe('20%');
    await cell(18, 2).dblclick();
    await expect(page.inputValue('.cell-editor')).resolves.toBe('20%');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('25%');
    await page.keyboard.press('Enter');
    await expect(
      page.waitForFunction(() => {
        const td = document.querySelector('#grid-scroll td[data-row="6"][data-col="6"]');
        return td?.textContent === '17,778';
      }),
    ).resolves.toBeTruthy();
    await expect(cell(18, 2).textContent()).resolves.toBe('25.0%');
    await expect(page.inputValue('#name-box')).resolves.toBe('B19');
    await shoot('win-rate-edited');
  });

  test('a value the cell refuses is named in a box, and the cell keeps what it had', async () => {
    await cell(18, 2).click();
    await page.keyboard.type('30');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog');
    await expect(dialog.locator('.kpi-modal-body').textContent()).resolves.toBe(INPUT_HELP.rate.en);
    await shoot('input-refused');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(cell(18, 2).textContent()).resolves.toBe('25.0%');
    await expect(leads().textContent()).resolves.toBe('17,778');
  });

  test('a Yes/No question is asked in a modal and the action replayed with the answer', async () => {
    await menu('Update sheets from plan');
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('.kpi-modal-body').textContent()).resolves.toContain(
      'differ from the stored plan',
    );
    await expect(dialog.locator('.kpi-modal-buttons button').allTextContents()).resolves.toEqual([
      'Yes',
      'No',
      'Cancel',
    ]);
    await shoot('question');
    await dialog.getByRole('button', { name: 'No', exact: true }).click();
    await page.waitForFunction(() => {
      const td = document.querySelector('#grid-scroll td[data-row="6"][data-col="6"]');
      return td?.textContent === '22,223';
    });
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
  });

  test('the sidebar runs in a 300 px panel; google.script.run reaches Code.js, questions come to the page', async () => {
    await menu('New plan…');
    // A plan is there: start another, or replace it. Replace (No) keeps its name and actuals.
    const choice = await page.waitForSelector('[role="dialog"]');
    await expect(choice.$eval('.kpi-modal-body', (x) => x.textContent)).resolves.toContain(
      'start another plan',
    );
    await (await choice.$('button:text-is("No")'))!.click();
    await choice.waitForElementState('hidden');
    const frame = await sidebarFrame();
    await frame.waitForSelector('#status:text-matches("^init:")');
    await expect(frame.textContent('#status')).resolves.toBe('init:en:Marketing plan');
    await expect(
      page.locator('#sidebar-frame').evaluate((f) => f.getBoundingClientRect().width),
    ).resolves.toBe(300);
    await expect(page.textContent('#sidebar-title')).resolves.toBe('KPI Tree Builder');

    await frame.click('#fail');
    await frame.waitForSelector('#result:text-matches("^true:")');
    await expect(frame.textContent('#result')).resolves.toBe('true:Unknown wizard mode.');

    // Type over a formula so that applying the plan must ask before replacing it.
    await cell(6, 6).click();
    await page.keyboard.type('99');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const td = document.querySelector('#grid-scroll td[data-row="6"][data-col="6"]');
      return td?.textContent === '99';
    });
    await frame.click('#apply');
    // Answer Yes to every question the add-on asks (in the page's modal) until the call returns.
    const asked: string[] = [];
    for (;;) {
      // Wait for either: the call has returned in the sidebar, or a question is open in the page.
      await page.waitForFunction(() => {
        const sidebar = document.querySelector<HTMLIFrameElement>('#sidebar-frame')?.contentDocument;
        const result = sidebar?.querySelector('#result')?.textContent ?? '';
        return /^applied:/.test(result) || document.querySelector('[role="dialog"]') !== null;
      });
      if (/^applied:/.test((await frame.textContent('#result')) ?? '')) break;
      const dialog = await page.waitForSelector('[role="dialog"]');
      asked.push((await dialog.$eval('.kpi-modal-body', (x) => x.textContent)) ?? '');
      if (asked.length === 1) await shoot('sidebar-question');
      await (await dialog.$('button:text-is("Yes")'))!.click();
      await dialog.waitForElementState('hidden'); // gone (or detached) before the next question
    }
    expect(asked.join('\n')).toContain('KPI Tree!F6: 99');
    await expect(frame.textContent('#result')).resolves.toMatch(/^applied:true:/);
    await page.waitForFunction(() => {
      const td = document.querySelector('#grid-scroll td[data-row="6"][data-col="6"]');
      return td?.textContent === '22,223';
    });
    await shoot('sidebar');

    await frame.click('#close');
    await page.waitForSelector('#sidebar-panel', { state: 'hidden' });
  });

  test('日本語 relabels the menu and the page, and keeps the workbook', async () => {
    await page.getByRole('button', { name: '日本語' }).click();
    await page.waitForSelector('#reset:text-is("ブックをリセット")');
    await page.click('#extensions-menu');
    const captions = await page.locator('.submenu .menu-entry').allTextContents();
    expect(captions).toEqual(expect.arrayContaining(['サンプル計画を作成', '計画からシートを更新']));
    await expect(page.textContent('#extensions-menu')).resolves.toBe('拡張機能');
    await expect(leads().textContent()).resolves.toBe('22,223');
    await shoot('ja');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'EN' }).click();
    await page.waitForSelector('#reset:text-is("Reset workbook")');
  });

  test('sheet text is shown as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    // Reset asks first: No keeps every sheet, Yes wipes them.
    const sheets = await page.locator('.tab').count();
    await page.click('#reset');
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('.kpi-modal-body').textContent()).resolves.toContain('is deleted');
    await dialog.getByRole('button', { name: 'No', exact: true }).click();
    await expect(page.locator('.tab').count()).resolves.toBe(sheets);
    expect(sheets).toBeGreaterThan(1);
    await page.click('#reset');
    await page.getByRole('dialog').getByRole('button', { name: 'Yes', exact: true }).click();
    await page.waitForFunction(() => document.querySelectorAll('.tab').length === 1);
    preview.env.spreadsheet.getSheets()[0].setName(hostile);
    preview.env.spreadsheet.setCellValueAsUser(hostile, 1, 1, hostile);
    await page.getByRole('button', { name: '日本語' }).click(); // any action re-renders the workbook
    await page.waitForSelector('#reset:text-is("ブックをリセット")');
    await expect(page.locator('.tab').first().textContent()).resolves.toBe(hostile);
    await expect(cell(1, 1).textContent()).resolves.toBe(hostile);
    await expect(
      page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).resolves.toBeUndefined();
    await expect(page.locator('#grid-scroll img').count()).resolves.toBe(0);
  });

  test('nothing was requested from outside 127.0.0.1 and the page raised no errors', () => {
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
