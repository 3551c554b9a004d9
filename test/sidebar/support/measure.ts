/**
 * Sidebar timing figures, for the browser tests and `npm run bench`. The wizard records them through
 * the Performance API: a mark when the first render is done and a measure per recompute (input event
 * to updated DOM). Call with a page that has the sidebar loaded on step 1.
 */
import type { Page } from 'playwright-core';

export interface SidebarFigures {
  /** From navigation start to the first complete render (bundle parse + sidebarInit answer + render). */
  firstRenderMs: number;
  /** Recompute per real keystroke: validate, compute the plan, update every live number. */
  recompute: { samples: number; meanMs: number; p95Ms: number; maxMs: number };
  /** Synthetic input events followed by a forced style and layout pass: the part of lag the page owns. */
  inputToLayout: { samples: number; meanMs: number; maxMs: number };
}

const stats = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mean = xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  return {
    samples: xs.length,
    meanMs: mean,
    p95Ms: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0,
    maxMs: sorted[sorted.length - 1] ?? 0,
  };
};

export async function measureSidebar(
  page: Page,
  { keystrokes = 50, field = '#f-goal-amount' }: { keystrokes?: number; field?: string } = {},
): Promise<SidebarFigures> {
  const firstRenderMs = await page.evaluate(
    () => performance.getEntriesByName('kpi:first-render')[0]?.startTime ?? NaN,
  );

  // Real keystrokes at the end of the goal field: "0" then Backspace, so every value stays computable.
  await page.evaluate(() => performance.clearMeasures('kpi:recompute'));
  await page.focus(field);
  await page.press(field, 'End');
  for (let i = 0; i < keystrokes; i++) await page.keyboard.press(i % 2 === 0 ? '0' : 'Backspace');
  const durations = await page.evaluate(() =>
    performance.getEntriesByName('kpi:recompute').map((e) => e.duration),
  );
  const { samples, meanMs, p95Ms, maxMs } = stats(durations);

  const layout = await page.evaluate(
    ({ selector, n }) => {
      const input = document.querySelector(selector) as HTMLInputElement;
      const base = input.value;
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const start = performance.now();
        input.value = i % 2 === 0 ? `${base}0` : base;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        void document.body.offsetHeight; // forces style and layout now
        times.push(performance.now() - start);
      }
      input.value = base;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return times;
    },
    { selector: field, n: keystrokes },
  );
  const l = stats(layout);
  return {
    firstRenderMs,
    recompute: { samples, meanMs, p95Ms, maxMs },
    inputToLayout: { samples: l.samples, meanMs: l.meanMs, maxMs: l.maxMs },
  };
}
