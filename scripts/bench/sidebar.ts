import { statSync } from 'node:fs';
import { join } from 'node:path';
import { browserAvailable, launchBrowser } from '../../test/sidebar/support/browser';
import { fakeInit, fakeScript } from '../../test/sidebar/support/fake-server';
import { measureSidebar } from '../../test/sidebar/support/measure';
import { serveFile } from '../../test/sidebar/support/serve';
import { openSidebar } from '../../test/sidebar/support/sidebar';

/** Sidebar size, first render and recompute per keystroke, measured in headless Chromium at 300 px. */
export async function benchSidebar(): Promise<void> {
  const file = join(process.cwd(), 'dist', 'Sidebar.html');
  const bytes = statSync(file).size;
  if (!browserAvailable()) {
    console.log(
      `bench: sidebar bytes=${bytes} first-render=n/a recompute=n/a (no Chromium: apt-get install -y chromium)`,
    );
    return;
  }
  const served = await serveFile(file);
  const browser = await launchBrowser();
  try {
    const { page } = await openSidebar(browser, served.url, fakeScript(fakeInit('en')));
    const figures = await measureSidebar(page);
    console.log(
      `bench: sidebar bytes=${bytes} first-render=${figures.firstRenderMs.toFixed(0)} ms recompute=${figures.recompute.meanMs.toFixed(2)} ms` +
        ` (p95 ${figures.recompute.p95Ms.toFixed(2)} ms over ${figures.recompute.samples} keystrokes)` +
        ` input-to-layout=${figures.inputToLayout.meanMs.toFixed(2)} ms`,
    );
  } finally {
    await browser.close();
    await served.close();
  }
}
