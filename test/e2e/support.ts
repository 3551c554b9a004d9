/**
 * End-to-end tests through the local preview: the real dist/Code.js on the in-memory spreadsheet,
 * the page and the wizard in Chromium, driven by clicks and typing. One browser per test file; each
 * test gets a fresh preview (a fresh workbook) and a fresh page. Nothing may leave 127.0.0.1.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { render, type Lang } from '../../src/core/i18n';
import { SHEET_NAME } from '../../src/core/catalog/sheets';
import { MENU } from '../../src/core/catalog/ui';
import type { FakeSpreadsheet } from '../../tools/emulator';
import { startPreview, type Preview } from '../../tools/preview/server';
import { launchBrowser } from '../sidebar/support/browser';
import { NOW, yearMonth } from '../support/clock';
import { defaultPlan } from '../../src/core/plan-defaults';
import type { Plan } from '../../src/core/plan';
import { assertDistFresh } from '../support/dist';

export { describeInBrowser } from '../sidebar/support/browser';

export const ROOT = process.cwd();
export const DIST = join(ROOT, 'dist');
export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');

export type SheetKey = keyof typeof SHEET_NAME;
export const sheetName = (key: SheetKey, lang: Lang) => render(SHEET_NAME[key], lang);
export const menuCaption = (key: keyof typeof MENU, lang: Lang) => render(MENU[key], lang);

/** Digits of a displayed number ("¥1,234" -> 1234). */
export const digits = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

/** Where the page sends a request: the preview itself, or (never) anywhere else. */
const local = (url: string, base: string) => url.startsWith(base) || url.startsWith('data:');

export interface Session {
  lang: Lang;
  preview: Preview;
  page: Page;
  context: BrowserContext;
  /** Every URL the page and its frames requested. */
  requests: string[];
  /** Every request the page and its frames made that did not go to the preview (aborted). */
  offsite: string[];
  /** Uncaught errors and console errors of the page and its frames. */
  errors: string[];
  /** Native dialogs (alert, confirm, prompt) any frame opened; they are dismissed. */
  dialogs: string[];
  /** The google.script.run calls the sidebar made (/api/run), in order; replays with answers excluded. */
  runs: { name: string; args: unknown[] }[];
  /** The spreadsheet as it is now (a reset makes a new one). */
  readonly book: FakeSpreadsheet;
}

/** The values of a sheet of the in-memory spreadsheet (1-based accessor). */
export function valuesOf(book: FakeSpreadsheet, name: string): (row: number, col: number) => unknown {
  const sheet = book.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet named ${name}; sheets: ${book.getSheets().map((s) => s.getName())}`);
  const values = sheet.getDataRange().getValues();
  return (row, col) => values[row - 1]?.[col - 1];
}

/**
 * Call inside a describeInBrowser body: launches Chromium once for the file, and opens a fresh
 * preview and page per call of `open`, closed after each test.
 */
export function e2eSuite(): { open(locale: 'en_US' | 'ja'): Promise<Session> } {
  let browser: Browser | null = null;
  const opened: Session[] = [];
  beforeAll(async () => {
    assertDistFresh();
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchBrowser();
  });
  afterEach(async () => {
    for (const s of opened.splice(0)) {
      await s.context.close();
      await s.preview.close();
    }
  });
  afterAll(async () => {
    await browser?.close();
  });

  return {
    async open(locale) {
      if (!browser) throw new Error('e2eSuite: beforeAll did not run');
      const lang: Lang = locale === 'ja' ? 'ja' : 'en';
      const preview = await startPreview({ port: 0, locale, distDir: DIST, now: NOW });
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        deviceScaleFactor: 1,
        locale: lang === 'ja' ? 'ja-JP' : 'en-US',
      });
      const session: Session = {
        lang,
        preview,
        context,
        page: null as unknown as Page,
        requests: [],
        offsite: [],
        errors: [],
        dialogs: [],
        runs: [],
        get book() {
          return preview.env.spreadsheet;
        },
      };
      opened.push(session);
      // Belt and braces: anything not for the preview is recorded (below) and aborted.
      await context.route('**/*', (route) =>
        local(route.request().url(), preview.url) ? route.continue() : route.abort(),
      );
      const page = await context.newPage();
      session.page = page;
      page.setDefaultTimeout(10_000);
      page.on('request', (request) => {
        const url = request.url();
        session.requests.push(url);
        if (!local(url, preview.url)) session.offsite.push(url);
        if (url === `${preview.url}api/run`) {
          const body = JSON.parse(request.postData() ?? '{}') as {
            name?: string;
            args?: unknown[];
            answers?: unknown[];
          };
          if (!body.answers?.length) session.runs.push({ name: String(body.name), args: body.args ?? [] });
        }
      });
      page.on('pageerror', (error) => session.errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') session.errors.push(message.text());
      });
      page.on('dialog', (dialog) => {
        session.dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(preview.url);
      await page.waitForSelector('#grid-scroll td[data-row="1"]');
      return session;
    },
  };
}

/** What a test run in one language starts from: its language, its texts and the sample plan. */
export interface InLanguage {
  lang: Lang;
  t: (text: { en: string; ja: string }) => string;
  /** The plan "Create sample plan" writes at the tests' clock. */
  plan: Plan;
}

/**
 * One test per language (English for en_US, Japanese for ja), each on a fresh preview. Typing into
 * the preview grid cell by cell, as a user does, takes a while on a busy machine: 120 s each.
 */
export function eachLanguage(
  suite: ReturnType<typeof e2eSuite>,
  title: string,
  body: (s: Session, run: InLanguage) => Promise<void>,
): void {
  test.each([['en_US' as const], ['ja' as const]])(
    `%s: ${title}`,
    async (locale) => {
      const lang: Lang = locale === 'ja' ? 'ja' : 'en';
      const t = (text: { en: string; ja: string }) => render(text, lang);
      await body(await suite.open(locale), { lang, t, plan: defaultPlan(lang, yearMonth(NOW)) });
    },
    120_000,
  );
}

/** Waits until the page has no action running (the progress bar is hidden). */
export async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.body.classList.contains('busy'));
}

/** Extensions > KPI Tree Builder > `caption`, as a user clicks it. */
export async function menu(page: Page, caption: string): Promise<void> {
  await idle(page);
  await page.click('#extensions-menu');
  await page.getByRole('menuitem', { name: caption, exact: true }).click();
}

/** The calls of one server function the sidebar made. */
export const runsOf = (session: Session, name: string) => session.runs.filter((r) => r.name === name);

/**
 * The sidebar's frame once the wizard inside it has rendered its first step; after `previous` (the
 * src of a sidebar shown before), only a newly opened sidebar counts.
 */
export function wizardFrame(page: Page, previous: string | null = null): Promise<Frame> {
  return sidebarFrame(page, '#step-heading', previous);
}

/** The sidebar's frame once `heading` (the wizard's step heading, the import panel's) has rendered. */
export async function sidebarFrame(
  page: Page,
  heading: string,
  previous: string | null = null,
): Promise<Frame> {
  await page.waitForFunction(
    ({ before, selector }) => {
      const iframe = document.querySelector<HTMLIFrameElement>('#sidebar-frame');
      const src = iframe?.getAttribute('src');
      if (!iframe || !src || src === before) return false;
      const doc = iframe.contentDocument;
      return !!doc && doc.location.href.endsWith(src) && !!doc.querySelector(selector);
    },
    { before: previous, selector: heading },
  );
  const frame = await (await page.$('#sidebar-frame'))?.contentFrame();
  if (!frame) throw new Error('the sidebar has no frame');
  return frame;
}

/** The src of the sidebar shown now, to tell it from the next one. */
export const sidebarSrc = (page: Page) => page.getAttribute('#sidebar-frame', 'src');

/** Replaces an input's text by typing it key by key, as a user would. */
export async function retype(frame: Frame, selector: string, text: string): Promise<void> {
  const input = frame.locator(selector);
  await input.click();
  await input.press('ControlOrMeta+A');
  await input.press('Backspace');
  await input.pressSequentially(text);
}

export const textOf = async (frame: Frame | Page, selector: string) =>
  ((await frame.textContent(selector)) ?? '').trim();

/** A cell of the preview grid (1-based). */
export const gridCell = (page: Page, row: number, col: number): Locator =>
  page.locator(`#grid-scroll td[data-row="${row}"][data-col="${col}"]`);

/** Clicks a sheet tab and waits until the grid shows that sheet. */
export async function showSheet(page: Page, name: string): Promise<void> {
  await idle(page);
  await page.locator('#tabs .tab').filter({ hasText: name }).first().click();
  await page.waitForFunction((n) => document.querySelector('#tabs .tab.active')?.textContent === n, name);
  await idle(page);
}

/**
 * Types values into consecutive cells of a row of the shown sheet, as a user does: select the
 * first cell, type, Tab to the next. Waits for each edit to reach the server, like a user who
 * watches the cell update.
 */
export async function typeRow(page: Page, row: number, firstCol: number, values: string[]): Promise<void> {
  await gridCell(page, row, firstCol).click();
  for (const [i, value] of values.entries()) {
    await page.keyboard.type(value);
    await page.keyboard.press(i === values.length - 1 ? 'Enter' : 'Tab');
    await idle(page);
  }
}

/** A screenshot of the whole preview page under test-output/screenshots/<name>.png. */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/**
 * Ready for a picture: the grid scrolled so `row` is the first row under the header, toasts
 * closed, the mouse out of the way.
 */
export async function frameRow(page: Page, row: number): Promise<void> {
  await page.evaluate((r) => {
    const scroller = document.getElementById('grid-scroll');
    const tr = scroller?.querySelector<HTMLElement>(`tr[data-row="${r}"]`);
    const head = scroller?.querySelector<HTMLElement>('thead');
    if (scroller && tr && head) scroller.scrollTo(0, tr.offsetTop - head.offsetHeight);
  }, row);
  while ((await page.locator('.toast-close').count()) > 0) await page.locator('.toast-close').first().click();
  await page.mouse.move(0, 0);
}
