/**
 * Scenarios end to end through the preview, in both languages: Create sample plan, "Save as
 * scenario…" answered in the page's modal, the Scenarios sheet beside the plan, a win rate typed
 * into the scenario's column recomputing it live against the core. Writes docs/scenarios.png.
 */
import { SCENARIOS } from '../../src/core/catalog/scenarios';
import { computePlan } from '../../src/core/plan-math';
import { scenarioRows } from '../../src/sheets/scenarios';
import { updateDocsPicture } from '../support/docs-pictures';
import {
  SCREENSHOTS,
  describeInBrowser,
  e2eSuite,
  eachLanguage,
  frameRow,
  gridCell,
  idle,
  menu,
  menuCaption,
  showSheet,
  shoot,
  typeRow,
  valuesOf,
} from './support';
import { join } from 'node:path';

describeInBrowser('e2e: scenarios through the preview', () => {
  const suite = e2eSuite();

  eachLanguage(
    suite,
    'save a scenario, change its win rate on the Scenarios sheet, see it beside the plan',
    async (s, { lang, t, plan }) => {
      const { page } = s;
      const n = plan.stages.length;
      const rows = scenarioRows(plan);
      const name = lang === 'ja' ? '受注率18%' : 'Win rate 18%';

      await menu(page, menuCaption('createSample', lang));
      await idle(page);
      await menu(page, t(SCENARIOS.saveScenario));
      const ask = page.getByRole('dialog');
      await ask.waitFor();
      expect(await ask.locator('.kpi-modal-body').textContent()).toContain(
        t(SCENARIOS.nameAsk).split('{plan}')[0]!.trim(),
      );
      await ask.locator('.kpi-modal-input').fill(name);
      await ask.locator('.kpi-modal-buttons button.primary').click();
      const saved = page.getByRole('dialog');
      await saved.locator('.kpi-modal-body').filter({ hasText: name }).waitFor();
      await saved.getByRole('button', { name: 'OK', exact: true }).click();
      await idle(page);

      const sheet = t(SCENARIOS.sheet);
      await page.waitForSelector(`#tabs .tab:text-is("${sheet}")`);
      await showSheet(page, sheet);
      let values = valuesOf(s.book, sheet);
      expect([values(rows.header, 2), values(rows.header, 3)]).toEqual([t(SCENARIOS.base), name]);
      const base = computePlan(plan);
      for (let st = 0; st < n; st++) {
        expect([values(rows.count(st), 2), values(rows.count(st), 3)]).toEqual([
          base.required[st],
          base.required[st],
        ]);
      }

      // What if the win rate (the last transition) is 18% instead of 20%: more of every stage above it.
      await typeRow(page, rows.rate(n - 2), 3, ['18%']);
      values = valuesOf(s.book, sheet);
      const stages = plan.stages.map((st, i) => (i === n - 2 ? { ...st, rate: 0.18 } : st));
      const scenario = computePlan({ ...plan, stages });
      for (let st = 0; st < n; st++) {
        expect([values(rows.count(st), 2), values(rows.count(st), 3)]).toEqual([
          base.required[st],
          scenario.required[st],
        ]);
      }
      expect(scenario.required[0]).toBeGreaterThan(base.required[0]!);
      expect(values(rows.diff.budget, 3) as number).toBeGreaterThan(0);
      expect(values(rows.diff.won, 3)).toBe(0);
      // The grid shows it too, in the plan's number style.
      expect(await gridCell(page, rows.count(0), 3).textContent()).toBe(
        scenario.required[0]!.toLocaleString('en-US'),
      );

      await page.setViewportSize({ width: 1280, height: 900 });
      await frameRow(page, 1);
      await shoot(page, `e2e-${lang}-scenarios`);
      if (lang === 'en') updateDocsPicture(join(SCREENSHOTS, 'e2e-en-scenarios.png'), 'scenarios.png');
      expect(s.offsite).toEqual([]);
      expect(s.errors).toEqual([]);
      expect(s.dialogs).toEqual([]);
    },
  );
});
