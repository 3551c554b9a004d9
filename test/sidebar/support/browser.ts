/**
 * Headless Chromium for the sidebar tests: the Debian package driven by playwright-core. Without the
 * browser a suite is skipped with a warning, except on CI (CI set), where it fails.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SIDEBAR_WIDTH = 300;
export const SIDEBAR_HEIGHT = 720;

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const browserAvailable = () => existsSync(CHROMIUM_PATH);

/**
 * `describe` for suites that need Chromium: runs them when the browser exists; otherwise fails on CI
 * and skips (with a console warning) elsewhere.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (browserAvailable()) return describe(name, body);
  if (process.env.CI) {
    return describe(name, () => {
      test('Chromium is installed', () => {
        throw new Error(
          `Chromium not found at ${CHROMIUM_PATH} (set CHROMIUM_PATH); CI must run the browser tests`,
        );
      });
    });
  }
  console.warn(`[sidebar tests] skipped "${name}": no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`);
  describe.skip(name, body);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS });
}

/** A fresh context and page the size of the Sheets sidebar. */
export async function sidebarPage(
  browser: Browser,
  size = { width: SIDEBAR_WIDTH, height: SIDEBAR_HEIGHT },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1, locale: 'en-US' });
  const page = await context.newPage();
  return { context, page };
}
