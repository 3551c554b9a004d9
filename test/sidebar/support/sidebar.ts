/** Opens the built sidebar in a 300 px page with a fake server, and small helpers to drive it. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, sidebarPage } from './browser';
import { buildSidebarHtml, ROOT } from './build';
import { installFakeServer, type FakeScript } from './fake-server';
import { serveFile, type Served } from './serve';

export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');

export interface OpenSidebar {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Messages of dialogs (alert, confirm) the page opened; they are dismissed. */
  dialogs: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
}

/** Opens the sidebar and waits for `waitFor` (by default the first step's heading). */
export async function openSidebar(
  browser: Browser,
  url: string,
  script: FakeScript,
  waitFor = '#step-heading',
): Promise<OpenSidebar> {
  const { context, page } = await sidebarPage(browser);
  const requests: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await installFakeServer(page, script);
  await page.goto(url);
  await page.waitForSelector(waitFor);
  return { context, page, requests, dialogs, errors };
}

/** Replaces an input's text by typing, as a user would. */
export async function retype(page: Page, selector: string, text: string): Promise<void> {
  await page.fill(selector, '');
  await page.type(selector, text);
}

export const textOf = async (page: Page, selector: string) =>
  ((await page.textContent(selector)) ?? '').trim();

/** The required count the mini preview shows for a stage id, as a number. */
export async function previewCount(page: Page, stageId: string): Promise<number> {
  const text = await textOf(page, `#preview-chain [data-stage="${stageId}"] .num`);
  return Number(text.replace(/[^\d]/g, ''));
}

/** Saves test-output/screenshots/<name>.png, tall enough to show the whole step (main scrolls inside). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const size = page.viewportSize() ?? { width: 300, height: 720 };
  const needed = await page.evaluate(() => {
    const main = document.querySelector('main');
    const chrome = document.body.scrollHeight - (main ? main.clientHeight : 0);
    return chrome + (main ? main.scrollHeight : 0);
  });
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, Math.min(needed, 4000)) });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  await page.setViewportSize(size);
}

/** Scroll width of the page: at most the viewport width when nothing scrolls sideways. */
export const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

export interface SidebarSuite {
  /** Opens the sidebar with a fake server; the page is closed after the test. */
  open(script: FakeScript, waitFor?: string): Promise<OpenSidebar>;
  readonly url: string;
  readonly bytes: number;
}

/**
 * Call inside a describeInBrowser body: builds dist/Sidebar.html, serves it, launches Chromium once
 * for the file and closes every page after each test.
 */
export function sidebarSuite(): SidebarSuite {
  let browser: Browser | null = null;
  let served: Served | null = null;
  let bytes = 0;
  const open: OpenSidebar[] = [];
  beforeAll(async () => {
    const built = buildSidebarHtml();
    bytes = built.bytes;
    served = await serveFile(built.file);
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.context.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });
  return {
    async open(script, waitFor) {
      if (!browser || !served) throw new Error('sidebarSuite: beforeAll did not run');
      const s = await openSidebar(browser, served.url, script, waitFor);
      open.push(s);
      return s;
    },
    get url() {
      return served?.url ?? '';
    },
    get bytes() {
      return bytes;
    },
  };
}
