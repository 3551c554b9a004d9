/**
 * Nothing cut off, in either language: the sample plan with actuals and a review, then every sheet
 * shown in the preview, where each cell's rendered text is measured against its column. Text that
 * may run on into an empty neighbour is left out, as Sheets lets it overflow. Every sheet is also
 * photographed into test-output/screenshots.
 */
import { L } from '../../src/core/catalog/sheets';
import { render, type Lang } from '../../src/core/i18n';
import { defaultPlan } from '../../src/core/plan-defaults';
import { positions } from '../../src/sheets/positions';
import { NOW, yearMonth } from '../support/clock';
import {
  describeInBrowser,
  e2eSuite,
  idle,
  menu,
  menuCaption,
  sheetName,
  shoot,
  showSheet,
  typeRow,
} from './support';

/** Per month: leads, MQL, opportunities, won deals. */
const PER_MONTH = [7408, 2100, 27, 19];

interface Measured {
  text: string;
  cell: string;
  /** Rendered width of the text and the room its cell gives it, in pixels. */
  needs: number;
  has: number;
}

/** Every cell of the shown sheet whose text must fit its column: its text's width and the cell's room. */
function measureCells(): Measured[] {
  const out: Measured[] = [];
  for (const td of Array.from(document.querySelectorAll<HTMLTableCellElement>('#grid-scroll td[data-row]'))) {
    if (td.classList.contains('spill') || td.classList.contains('wrap')) continue;
    const div = td.querySelector<HTMLElement>('.cell-text');
    if (!div?.textContent) continue;
    const range = document.createRange();
    range.selectNodeContents(div);
    const style = getComputedStyle(td);
    const room = td.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    out.push({
      text: div.textContent,
      cell: `${td.dataset.col}:${td.dataset.row}`,
      needs: range.getBoundingClientRect().width,
      has: room,
    });
  }
  return out;
}

/**
 * Where the charts on the shown sheet draw text badly: a legend entry overlapping another text, or
 * a label reaching outside its chart.
 */
function chartTextProblems(): string[] {
  const problems: string[] = [];
  const overlap = (a: DOMRect, b: DOMRect) =>
    a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  for (const chart of Array.from(document.querySelectorAll<SVGSVGElement>('#grid-scroll svg.chart'))) {
    const box = chart.getBoundingClientRect();
    const texts = Array.from(chart.querySelectorAll<SVGTextElement>('text'));
    const legends = texts.filter((t) => t.classList.contains('chart-legend'));
    for (const text of texts) {
      const r = text.getBoundingClientRect();
      if (
        r.left < box.left - 1 ||
        r.right > box.right + 1 ||
        r.top < box.top - 1 ||
        r.bottom > box.bottom + 1
      ) {
        problems.push(`"${text.textContent}" reaches outside "${chart.getAttribute('aria-label')}"`);
      }
    }
    for (const legend of legends) {
      for (const other of texts) {
        if (other !== legend && overlap(legend.getBoundingClientRect(), other.getBoundingClientRect())) {
          problems.push(`legend "${legend.textContent}" overlaps "${other.textContent}"`);
        }
      }
    }
  }
  return problems;
}

/** Labels and values the issue found cut off; each must be measured whole somewhere. */
const MUST_FIT: Record<Lang, RegExp[]> = {
  en: [/^Pace \(projected/, /^Critical success factor/],
  ja: [/^ペース（期末見込/, /^¥1,000,000,000$/],
};

describeInBrowser('e2e: every sheet fits its text, in both languages', () => {
  const suite = e2eSuite();

  test.each(['en_US', 'ja'] as const)('%s', async (locale) => {
    const s = await suite.open(locale);
    const { page, lang } = s;
    const plan = defaultPlan(lang, yearMonth(NOW));
    const m = positions(plan).months;

    await menu(page, menuCaption('createSample', lang));
    await idle(page);
    await page.waitForSelector(`#tabs .tab:text-is("${sheetName('dashboard', lang)}")`);
    await showSheet(page, sheetName('actuals', lang));
    for (const [stage, value] of PER_MONTH.entries()) {
      await typeRow(page, m.stageRow(stage), m.firstCol + m.before, [String(value), String(value)]);
    }
    await menu(page, menuCaption('review', lang));
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button').first().click();
    await idle(page);
    while ((await page.locator('.toast-close').count()) > 0)
      await page.locator('.toast-close').first().click();

    const tabs = await page.locator('#tabs .tab').allTextContents();
    expect(tabs).toEqual(expect.arrayContaining([sheetName('tree', lang), sheetName('checklist', lang)]));
    const measured: Measured[] = [];
    for (const [i, tab] of tabs.entries()) {
      await showSheet(page, tab);
      await page.mouse.move(0, 0);
      const cells = await page.evaluate(measureCells);
      const cut = cells.filter((c) => c.needs > c.has + 0.5);
      expect({ sheet: tab, cut }).toEqual({ sheet: tab, cut: [] });
      measured.push(...cells);
      const charts = await page.locator('#grid-scroll svg.chart').count();
      if (charts > 0) {
        expect(charts).toBe(4);
        expect(await page.evaluate(chartTextProblems)).toEqual([]);
      }
      await shoot(page, `sheet-${lang}-${i + 1}-${tab.replace(/[^\p{L}\p{N}]+/gu, '-')}`);
    }
    // The labels and values that were cut before are among the cells measured whole.
    for (const pattern of MUST_FIT[lang]) {
      expect(measured.map((c) => c.text).filter((text) => pattern.test(text))).not.toEqual([]);
    }
    expect(measured.length).toBeGreaterThan(200);
    expect(render(L.pace, lang)).toMatch(lang === 'en' ? MUST_FIT.en[0]! : MUST_FIT.ja[0]!);
    expect(s.offsite).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
