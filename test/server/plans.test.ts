import { Button } from '../../tools/emulator';
import { defaultPlan } from '../../src/core/plan-defaults';
import type { Plan } from '../../src/core/plan';
import { positions } from '../../src/sheets/positions';
import { addOn, type AddOn } from '../support/addon';

const en = defaultPlan('en');
const pos = positions(en);
const NAMES = ['EMEA', 'APAC', 'Americas', 'Japan'];
const BASES = ['KPI Tree', 'Monthly Targets', 'Actuals', 'Dashboard', 'Checklist', 'KPI Tracker'];

const tabsOf = (plan: string | null) => BASES.map((b) => (plan === null ? b : `${b} · ${plan}`));

function planNamed(name: string): Plan {
  return { ...JSON.parse(JSON.stringify(en)), name };
}

/** Everything on every sheet: values and formulas, by sheet name. */
function snapshot(app: AddOn): Map<string, { values: unknown[][]; formulas: string[][] }> {
  const out = new Map<string, { values: unknown[][]; formulas: string[][] }>();
  for (const sheet of app.env.spreadsheet.getSheets()) {
    const range = sheet.getDataRange();
    out.set(sheet.getName(), { values: range.getValues(), formulas: range.getFormulas() });
  }
  return out;
}

const activate = (app: AddOn, name: string) => app.env.spreadsheet.getSheetByName(name)!.activate();

/** The sample plan, then `extra` more plans started beside it through "New plan…". */
function workbookWithPlans(extra: number): { app: AddOn; plans: string[] } {
  const app = addOn({ locale: 'en_US' });
  app.env.ui.autoAcknowledge(true);
  app.call('createSamplePlan');
  const sample = (app.call('sidebarInit') as { plans: string[] }).plans[0]!;
  for (const name of NAMES.slice(0, extra)) {
    app.env.ui.answerNext(Button.YES); // start another plan
    app.call('openNewPlanWizard');
    expect(app.call('applyPlan', planNamed(name), 'new')).toMatchObject({ ok: true });
  }
  const plans = [sample, ...NAMES.slice(0, extra)];
  // Actuals on every plan's sheets, different for each plan.
  plans.forEach((_, p) => {
    const actuals = tabsOf(p === 0 ? null : plans[p]!)[2]!;
    const col = pos.months.firstCol + pos.months.before;
    app.env.spreadsheet.setCellValueAsUser(actuals, pos.months.stageRow(0), col, 1000 + p);
    app.env.spreadsheet.setCellValueAsUser(actuals, pos.months.stageRow(1), col + 1, 300 + p);
    app.env.spreadsheet.setCellValueAsUser(tabsOf(p === 0 ? null : plans[p]!)[4]!, 5, 4, true);
  });
  return { app, plans };
}

function expectOnlyTouched(
  before: ReturnType<typeof snapshot>,
  after: ReturnType<typeof snapshot>,
  own: string[],
): void {
  for (const [name, content] of before) {
    if (own.includes(name)) continue;
    expect({ name, ...after.get(name) }).toEqual({ name, ...content });
  }
}

describe.each([2, 5])('%i plans in one workbook', (count) => {
  test('each plan has short tabs of its own, and the first keeps the plain names', () => {
    const { app, plans } = workbookWithPlans(count - 1);
    const names = app.sheetNames();
    plans.forEach((plan, p) => {
      for (const tab of tabsOf(p === 0 ? null : plan)) expect(names).toContain(tab);
    });
    expect(names.every((n) => n.length < 100)).toBe(true);
    // Titles name the sheet and the plan once.
    expect(app.values('Checklist · EMEA')[0]![0]).toBe('Checklist — EMEA');
  });

  test('every action on a plan sheet touches only that plan, cell by cell', () => {
    const { app, plans } = workbookWithPlans(count - 1);
    plans.forEach((plan, p) => {
      const own = tabsOf(p === 0 ? null : plan);
      for (const action of ['updateSheetsFromPlan', 'reviewProgress']) {
        activate(app, own[p % 5]!);
        const before = snapshot(app);
        const dialogs = app.env.ui.dialogs().length;
        app.call(action);
        // No question which plan: the active sheet says it.
        expect(
          app.env.ui
            .dialogs()
            .slice(dialogs)
            .filter((d) => d.kind === 'prompt'),
        ).toEqual([]);
        const after = snapshot(app);
        expectOnlyTouched(before, after, own);
        // The plan's own typed actuals stay.
        expect(
          after.get(own[2]!)!.values[pos.months.stageRow(0) - 1]![
            pos.months.firstCol + pos.months.before - 1
          ],
        ).toBe(1000 + p);
      }
      // Edit plan… opens on this plan, and a change written from the wizard stays in it.
      activate(app, own[3]!);
      app.call('openEditPlanWizard');
      const init = app.call('sidebarInit') as { plan: Plan; planName: string; plans: string[] };
      expect(init.planName).toBe(plan);
      expect(init.plans).toEqual(plans);
      const edited = { ...init.plan, avgDealSize: init.plan.avgDealSize * 2 };
      const before = snapshot(app);
      expect(app.call('applyPlan', edited, 'edit')).toMatchObject({ ok: true });
      expectOnlyTouched(before, snapshot(app), own);
    });
  });
});

describe('which plan', () => {
  test('on a sheet of no plan, the user picks the plan from a numbered list', () => {
    const { app, plans } = workbookWithPlans(2);
    activate(app, 'Sheet1');
    app.env.ui.answerNext(Button.OK, '３'); // full-width digits are read too
    const before = snapshot(app);
    app.call('reviewProgress');
    const prompt = app.env.ui.dialogs().find((d) => d.kind === 'prompt')!;
    expect(prompt.prompt).toContain(`1. ${plans[0]}\n2. EMEA\n3. APAC`);
    expect(app.env.spreadsheet.getActiveSheet().getName()).toBe('Dashboard · APAC');
    expectOnlyTouched(before, snapshot(app), tabsOf('APAC'));

    activate(app, 'Sheet1');
    app.env.ui.answerNext(Button.OK, '7');
    const untouched = snapshot(app);
    app.call('updateSheetsFromPlan');
    expect(app.env.ui.dialogs().at(-1)!.prompt).toContain('"7" is not one of the numbers 1 to 3');
    expect(snapshot(app)).toEqual(untouched);
  });

  test('the sidebar switches plan', () => {
    const { app, plans } = workbookWithPlans(1);
    activate(app, 'KPI Tree');
    app.call('openEditPlanWizard');
    expect((app.call('sidebarInit') as { planName: string }).planName).toBe(plans[0]);
    app.call('switchPlan', 'EMEA');
    const init = app.call('sidebarInit') as { planName: string; plan: Plan; mode: string };
    expect(init).toMatchObject({ planName: 'EMEA', mode: 'edit' });
    expect(init.plan.name).toBe('EMEA');
    expect(() => app.call('switchPlan', 'nope')).toThrow();
  });
});

describe('a sidebar left open on one plan', () => {
  test.each([
    ['renamed', 'EMEA North'],
    ['under the same name', 'EMEA'],
  ])('writes only its own plan when %s, whatever sheet menu actions ran on meanwhile', (_, name) => {
    const { app, plans } = workbookWithPlans(1);
    activate(app, 'Actuals · EMEA');
    app.call('openEditPlanWizard');
    const init = app.call('sidebarInit') as { plan: Plan; planName: string };
    expect(init.planName).toBe('EMEA');
    // The user reviews the first plan while the sidebar stays open on EMEA.
    activate(app, 'Dashboard');
    app.call('reviewProgress');
    const before = snapshot(app);
    const edited = { ...init.plan, name, avgDealSize: 12345 };
    expect(app.call('applyPlan', edited, 'edit')).toMatchObject({ ok: true });
    const after = snapshot(app);
    expectOnlyTouched(before, after, [...tabsOf('EMEA'), ...tabsOf(name)]);
    expect((app.call('sidebarInit') as { plans: string[] }).plans).toEqual([plans[0], name]);
    // The first plan keeps its own inputs.
    activate(app, 'KPI Tree');
    app.call('openEditPlanWizard');
    expect((app.call('sidebarInit') as { plan: Plan }).plan).toMatchObject({
      name: plans[0],
      avgDealSize: en.avgDealSize,
    });
  });

  test("an edit's draft comes back on its own plan only", () => {
    const { app, plans } = workbookWithPlans(1);
    activate(app, 'Actuals · EMEA');
    app.call('openEditPlanWizard');
    const init = app.call('sidebarInit') as { plan: Plan };
    app.call('saveDraft', { ...init.plan, avgDealSize: 777 });
    activate(app, 'KPI Tree');
    app.call('openEditPlanWizard');
    const first = app.call('sidebarInit') as { plan: Plan; fromDraft: boolean; planName: string };
    expect(first).toMatchObject({ planName: plans[0], fromDraft: false });
    expect(first.plan.name).toBe(plans[0]);
    activate(app, 'KPI Tree · EMEA');
    app.call('openEditPlanWizard');
    expect(app.call('sidebarInit')).toMatchObject({
      planName: 'EMEA',
      fromDraft: true,
      plan: { avgDealSize: 777 },
    });
  });
});

describe('new plan beside a plan', () => {
  test('"replace" puts the new plan in place of the current one and keeps its actuals by key', () => {
    const { app, plans } = workbookWithPlans(1);
    activate(app, 'Actuals · EMEA');
    app.env.ui.answerNext(Button.NO); // replace
    app.call('openNewPlanWizard');
    const init = app.call('sidebarInit') as { planName: string; mode: string };
    expect(init).toMatchObject({ planName: 'EMEA', mode: 'new' });
    const before = snapshot(app);
    expect(app.call('applyPlan', planNamed('EMEA 2028'), 'new')).toMatchObject({ ok: true });
    const after = snapshot(app);
    expect(after.has('Actuals · EMEA')).toBe(false);
    const actuals = after.get('Actuals · EMEA 2028')!.values;
    expect(actuals[pos.months.stageRow(0) - 1]![pos.months.firstCol + pos.months.before - 1]).toBe(1001);
    expectOnlyTouched(before, after, [...tabsOf('EMEA'), ...tabsOf('EMEA 2028')]);
    expect((app.call('sidebarInit') as { plans: string[] }).plans).toEqual([plans[0], 'EMEA 2028']);
  });

  test('"start another" suggests a name no plan has; cancel opens nothing', () => {
    const { app, plans } = workbookWithPlans(0);
    app.env.ui.answerNext(Button.CANCEL);
    app.call('openNewPlanWizard');
    expect(app.env.ui.shown()).toHaveLength(0);
    app.env.ui.answerNext(Button.YES);
    app.call('openNewPlanWizard');
    const init = app.call('sidebarInit') as { plan: Plan; planName: string | null };
    expect(init.planName).toBeNull();
    expect(init.plan.name).toBe(`${plans[0]} (2)`);
  });
});

describe('names', () => {
  test('a plan named with 100 characters gets tabs under 100; the emulator refuses longer names', () => {
    const { app } = workbookWithPlans(0);
    const long = 'Ｘ'.repeat(100);
    app.env.ui.answerNext(Button.YES);
    app.call('openNewPlanWizard');
    expect(app.call('applyPlan', planNamed(long), 'new')).toMatchObject({ ok: true });
    const names = app.sheetNames();
    expect(names).toHaveLength(13);
    expect(names.every((n) => [...n].length < 100)).toBe(true);
    expect(() => app.env.spreadsheet.insertSheet('y'.repeat(101))).toThrow(/100 characters/);
    expect(() => app.env.spreadsheet.getSheetByName('Sheet1')!.setName('y'.repeat(101))).toThrow(/100/);
  });

  test('renaming a plan renames its tabs and keeps everything on them', () => {
    const { app } = workbookWithPlans(1);
    activate(app, 'Actuals · EMEA');
    app.call('openEditPlanWizard');
    const before = snapshot(app);
    expect(app.call('applyPlan', planNamed('EMEA North'), 'edit')).toMatchObject({ ok: true });
    const after = snapshot(app);
    for (const [from, to] of tabsOf('EMEA').map((t, i) => [t, tabsOf('EMEA North')[i]!])) {
      expect(after.has(from!)).toBe(false);
      const old = before.get(from!)!.values;
      const now = after.get(to)!.values;
      // Same cells but the titles and marks that carry the plan's name.
      const differing: string[] = [];
      old.forEach((line, r) =>
        line.forEach((v, c) => {
          const same = v instanceof Date ? String(now[r]?.[c]) === String(v) : now[r]?.[c] === v;
          if (!same) differing.push(`${String(v)} -> ${String(now[r]?.[c])}`);
        }),
      );
      expect({ to, differing: differing.filter((d) => !d.includes('EMEA North')) }).toEqual({
        to,
        differing: [],
      });
    }
    expectOnlyTouched(before, after, [...tabsOf('EMEA'), ...tabsOf('EMEA North')]);
  });
});

describe('Delete plan…', () => {
  test.each([
    ['keeps', Button.YES],
    ['archives', Button.NO],
  ])('%s the sheets and touches no other plan', (_, choice) => {
    const { app, plans } = workbookWithPlans(2);
    activate(app, 'Dashboard · EMEA');
    const before = snapshot(app);
    app.env.ui.answerNext(Button.YES);
    app.env.ui.answerNext(choice);
    app.call('deletePlan');
    const after = snapshot(app);
    expect((app.call('sidebarInit') as { plans: string[] }).plans).toEqual([plans[0], 'APAC']);
    expectOnlyTouched(before, after, tabsOf('EMEA'));
    // Every value on the deleted plan's sheets is still there, under the old or archived name; only
    // the hidden mark says the sheet belongs to no plan now.
    tabsOf('EMEA').forEach((tab) => {
      const kept = choice === Button.YES ? tab : `${tab} (archived)`;
      const released = (values: unknown[][]) =>
        values.map((line) => line.map((v) => (typeof v === 'string' ? v.replace(':deleted:', ':') : v)));
      expect(released(after.get(kept)!.values)).toEqual(before.get(tab)!.values);
      expect(app.env.spreadsheet.getSheetByName(kept)!.isSheetHidden()).toBe(choice !== Button.YES);
    });
    // The other plans still work, each on its own sheets.
    activate(app, 'Sheet1');
    app.env.ui.answerNext(Button.OK, '2');
    const beforeUpdate = snapshot(app);
    app.call('updateSheetsFromPlan');
    expectOnlyTouched(beforeUpdate, snapshot(app), tabsOf('APAC'));
  });

  test.each([
    ['kept', Button.YES],
    ['archived', Button.NO],
  ])("a new plan of the same name starts its own sheets, never the deleted one's %s ones", (_, choice) => {
    const { app } = workbookWithPlans(1);
    const col = pos.months.firstCol + pos.months.before;
    activate(app, 'Actuals · EMEA');
    app.env.ui.answerNext(Button.YES);
    app.env.ui.answerNext(choice);
    app.call('deletePlan');
    const left = snapshot(app);
    app.env.ui.answerNext(Button.YES); // start another plan
    app.call('openNewPlanWizard');
    expect(app.call('applyPlan', planNamed('EMEA'), 'new')).toMatchObject({ ok: true });
    const fresh = tabsOf('EMEA').map((t) => (choice === Button.YES ? `${t} 2` : t));
    for (const tab of fresh) expect(app.sheetNames()).toContain(tab);
    // The new plan's Actuals start empty; the old ones keep 1001, untouched.
    expect(app.values(fresh[2]!)[pos.months.stageRow(0) - 1]![col - 1]).toBe('');
    expectOnlyTouched(left, snapshot(app), fresh);
    // A tab of the new plan deleted and Update sheets: made anew, not taken from the old plan.
    app.env.spreadsheet.deleteSheet(app.env.spreadsheet.getSheetByName(fresh[2]!)!);
    activate(app, fresh[3]!);
    const beforeUpdate = snapshot(app);
    app.call('updateSheetsFromPlan');
    expectOnlyTouched(beforeUpdate, snapshot(app), fresh);
    expect(app.sheetNames()).toContain(fresh[2]);
    // Actions on the old sheets ask which plan: they belong to none.
    const old = choice === Button.YES ? 'Dashboard · EMEA' : 'Dashboard · EMEA (archived)';
    app.env.spreadsheet.getSheetByName(old)!.activate();
    app.env.ui.answerNext(Button.CANCEL);
    const dialogs = app.env.ui.dialogs().length;
    app.call('reviewProgress');
    expect(
      app.env.ui
        .dialogs()
        .slice(dialogs)
        .some((d) => d.kind === 'prompt'),
    ).toBe(true);
  });

  test('answering no changes nothing', () => {
    const { app } = workbookWithPlans(1);
    activate(app, 'KPI Tree · EMEA');
    const before = snapshot(app);
    app.env.ui.answerNext(Button.NO);
    app.call('deletePlan');
    expect(snapshot(app)).toEqual(before);
    expect((app.call('sidebarInit') as { plans: string[] }).plans).toHaveLength(2);
  });
});
