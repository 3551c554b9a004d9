import { Button } from '../../tools/emulator';
import { defaultPlan } from '../../src/core/plan-defaults';
import { computePlan } from '../../src/core/plan-math';
import type { Plan } from '../../src/core/plan';
import { positions } from '../../src/sheets/positions';
import { addOn, type AddOn } from '../support/addon';
import { NOW, yearMonth } from '../support/clock';
import { largePlan } from '../support/plans';

const en = defaultPlan('en');
const pos = positions(en);

function typeActuals(app: AddOn) {
  const row = pos.months.stageRow(0);
  const col = pos.months.firstCol + pos.months.before; // first month of the period
  app.env.spreadsheet.setCellValueAsUser('Actuals', row, col, 1800);
  app.env.spreadsheet.setCellValueAsUser('Actuals', row + 1, col, '540');
  app.env.spreadsheet.setCellValueAsUser('Actuals', pos.months.channelMoneyRow(0), col + 1, 120000);
  app.env.spreadsheet.setCellValueAsUser('Checklist', 5, 4, true);
  app.env.spreadsheet.setCellValueAsUser('Checklist', 6, 3, 'Agreed in the Q1 offsite');
}

describe('Update sheets from plan', () => {
  test('keeps actuals, ticks, the user own sheets and a sheet named like ours, cell for cell', () => {
    const app = addOn({ locale: 'en_US' });
    const own = app.env.spreadsheet.insertSheet('Dashboard');
    own.getRange(1, 1, 2, 2).setValues([
      ['My notes', 42],
      ['=B1*2', 'keep me'],
    ]);
    app.call('createSamplePlan');
    expect(app.sheetNames()).toEqual([
      'Sheet1',
      'Dashboard',
      'KPI Tree',
      'Monthly Targets',
      'Actuals',
      'Dashboard 2',
      'Checklist',
      'KPI Tracker',
    ]);
    typeActuals(app);
    const before = {
      actuals: app.values('Actuals'),
      checklist: app.values('Checklist'),
      own: app.values('Dashboard'),
    };
    const ownFormulas = own.getDataRange().getFormulas();

    app.call('updateSheetsFromPlan');

    expect(app.values('Actuals')).toEqual(before.actuals);
    expect(app.values('Checklist')).toEqual(before.checklist);
    expect(app.values('Dashboard')).toEqual(before.own);
    expect(own.getDataRange().getFormulas()).toEqual(ownFormulas);
    expect(app.sheetNames()).toHaveLength(8);
    expect(
      app.values('Actuals')[pos.months.stageRow(0) - 1][pos.months.firstCol + pos.months.before - 1],
    ).toBe(1800);
  });

  test('actuals follow their stage and month when the plan changes shape', () => {
    const app = addOn({ locale: 'en_US', now: NOW });
    app.call('createSamplePlan');
    typeActuals(app);
    const plan: Plan = JSON.parse(JSON.stringify(en));
    plan.startYear = defaultPlan('en', yearMonth(NOW)).startYear; // the sample plan's year
    // A new top stage shifts every row down; actuals must move with their stages.
    plan.stages.unshift({ id: 'sessions', kind: 'sessions', name: 'Sessions', rate: 0.02, lagMonths: 0 });
    const result = app.call('applyPlan', plan, 'edit') as { ok: boolean };
    expect(result.ok).toBe(true);
    const newPos = positions(plan);
    const actuals = app.values('Actuals');
    const leadsRow = newPos.months.stageRow(1) - 1;
    const header = actuals[newPos.months.headerRow - 1];
    const firstMonth = header.indexOf(`${plan.startYear}-01`);
    expect(actuals[leadsRow][1]).toBe('Leads');
    expect(actuals[leadsRow][firstMonth]).toBe(1800);
    expect(actuals[leadsRow + 1][firstMonth]).toBe(540);
  });

  test('actuals with no place left are archived, not lost', () => {
    const app = addOn({ locale: 'en_US', now: NOW });
    app.call('createSamplePlan');
    typeActuals(app);
    const plan: Plan = JSON.parse(JSON.stringify(en));
    plan.startYear = defaultPlan('en', yearMonth(NOW)).startYear; // the sample plan's year
    plan.channels = plan.channels.slice(1); // the channel with spend typed is gone
    app.call('applyPlan', plan, 'edit');
    const archive = app.sheetNames().find((n) => n.startsWith('Actuals archive'));
    expect(archive).toBeDefined();
    expect(app.values(archive!).flat()).toEqual(expect.arrayContaining(['channel:ch1:money', 120000]));
  });

  test('inputs edited on the sheet: the user chooses to keep them or put the plan back', () => {
    const app = addOn({ locale: 'en_US' });
    app.call('createSamplePlan');
    const winRateRow = pos.tree.transitionRow(2);
    app.env.spreadsheet.setCellValueAsUser('KPI Tree', winRateRow, 2, '25%');
    const leadsCell = () => app.values('KPI Tree')[pos.tree.targetRow - 1][pos.tree.nodeCol(0) - 1];
    const edited: Plan = JSON.parse(JSON.stringify(en));
    edited.stages[2].rate = 0.25;
    expect(leadsCell()).toBe(computePlan(edited).required[0]);

    app.env.ui.answerNext(Button.CANCEL);
    app.env.ui.answerNext(Button.OK);
    app.call('updateSheetsFromPlan');
    // As the sheet shows it: 20% and 25%, not the fractions 0.2 and 0.25.
    expect(app.env.ui.dialogs().at(-2)?.prompt).toContain(
      'Opportunities → Won deals (KPI Tree!B18): 20% → 25%',
    );
    expect(app.env.ui.dialogs().at(-1)?.prompt).toBe('Nothing was changed.');
    expect(leadsCell()).toBe(computePlan(edited).required[0]);

    app.env.ui.answerNext(Button.YES);
    app.call('updateSheetsFromPlan');
    expect(leadsCell()).toBe(computePlan(edited).required[0]);
    // Kept in the stored plan too: a second update asks nothing.
    const asked = app.env.ui.dialogs().length;
    app.call('updateSheetsFromPlan');
    expect(app.env.ui.dialogs().length).toBe(asked);

    app.env.spreadsheet.setCellValueAsUser('KPI Tree', winRateRow, 2, '30%');
    app.env.spreadsheet.setCellValueAsUser('KPI Tree', pos.tree.goal, 2, 12_000_000);
    app.env.ui.answerNext(Button.NO);
    app.call('updateSheetsFromPlan');
    expect(app.env.ui.dialogs().at(-1)?.prompt).toContain('25% → 30%');
    expect(app.env.ui.dialogs().at(-1)?.prompt).toContain('$10,000,000 → $12,000,000');
    expect(leadsCell()).toBe(computePlan(edited).required[0]);
  });

  test('a formula typed into a plan input stays a formula when the user keeps its value', () => {
    const app = addOn({ locale: 'en_US' });
    app.call('createSamplePlan');
    const tree = app.env.spreadsheet.getSheetByName('KPI Tree')!;
    const deal = () => tree.getRange(pos.tree.deal, 2);
    expect(app.env.spreadsheet.setCellValueAsUser('KPI Tree', pos.tree.deal, 2, '=20000*3')).toBeNull();
    app.env.ui.answerNext(Button.YES);
    app.call('updateSheetsFromPlan');
    expect(app.env.ui.dialogs().at(-1)?.prompt).toContain('$50,000 → $60,000');
    // The plan took the value; the cell kept the user's formula.
    expect(deal().getFormula()).toBe('=20000*3');
    expect(deal().getValue()).toBe(60_000);
    const edited: Plan = { ...JSON.parse(JSON.stringify(en)), avgDealSize: 60_000 };
    expect(app.values('KPI Tree')[pos.tree.targetRow - 1][pos.tree.nodeCol(0) - 1]).toBe(
      computePlan(edited).required[0],
    );
    // While it computes what the plan says, later updates ask nothing and keep it.
    const asked = app.env.ui.dialogs().length;
    app.call('updateSheetsFromPlan');
    expect(app.env.ui.dialogs().length).toBe(asked);
    expect(deal().getFormula()).toBe('=20000*3');

    // Put the plan back instead: the user was asked, and the plan's value replaces the formula.
    app.env.spreadsheet.setCellValueAsUser('KPI Tree', pos.tree.deal, 2, '=20000*4');
    app.env.ui.answerNext(Button.NO);
    app.call('updateSheetsFromPlan');
    expect(app.env.ui.dialogs().at(-1)?.prompt).toContain('$60,000 → $80,000');
    expect(deal().getFormula()).toBe('');
    expect(deal().getValue()).toBe(60_000);
  });

  test('a rate typed as 0% on the sheet is refused as the cell shows it, in percent', () => {
    const app = addOn({ locale: 'en_US' });
    app.call('createSamplePlan');
    // The cell's rule refuses 0%; with the rule removed (Data > Data validation) it is typed.
    app.env.spreadsheet
      .getSheetByName('KPI Tree')!
      .getRange(pos.tree.transitionRow(2), 2)
      .setDataValidation(null);
    app.env.spreadsheet.setCellValueAsUser('KPI Tree', pos.tree.transitionRow(2), 2, '0%');
    app.env.ui.answerNext(Button.YES);
    app.env.ui.answerNext(Button.OK);
    app.call('updateSheetsFromPlan');
    expect(app.env.ui.dialogs().at(-2)?.prompt).toContain('(KPI Tree!B18): 20% → 0%');
    expect(app.env.ui.dialogs().at(-1)?.prompt).toContain(
      '• Stage 3 "Opportunities": conversion rate to the next stage: 0% is not a valid rate.',
    );
  });

  test('asks before replacing a value the user typed over a formula', () => {
    const app = addOn({ locale: 'en_US' });
    app.call('createSamplePlan');
    const cell = { row: pos.months.stageRow(0), col: pos.months.firstCol + 4 };
    app.env.spreadsheet.setCellValueAsUser('Monthly Targets', cell.row, cell.col, 9999);
    app.env.ui.answerNext(Button.NO);
    app.env.ui.answerNext(Button.OK);
    app.call('updateSheetsFromPlan');
    expect(app.env.ui.dialogs().at(-2)?.prompt).toContain('9999');
    expect(app.values('Monthly Targets')[cell.row - 1][cell.col - 1]).toBe(9999);
    app.env.ui.answerNext(Button.YES);
    app.env.ui.answerNext(Button.OK);
    app.call('updateSheetsFromPlan');
    expect(app.values('Monthly Targets')[cell.row - 1][cell.col - 1]).toBe(computePlan(en).monthly[0][4]);
    // Replaced, not lost: the typed value is on the archive sheet with where it was.
    expect(app.env.ui.dialogs().at(-1)?.prompt).toContain('"Actuals archive"');
    const archived = app.values('Actuals archive').find((line) => line.includes(9999));
    expect(archived).toEqual(expect.arrayContaining(['Monthly Targets', `H${cell.row}`, 9999]));
  });
});

describe('New plan with the name of a stored plan', () => {
  test('asks before updating that plan, and No changes nothing', () => {
    const app = addOn({ locale: 'en_US' });
    app.call('createSamplePlan');
    const before = app.values('KPI Tree');
    const plan: Plan = JSON.parse(JSON.stringify(app.call('sidebarInit'))).defaults.en;
    // The wizard suggests a name no plan has; the user types the stored plan's name anyway.
    expect(plan.name).toBe('Marketing plan (2)');
    plan.name = 'Marketing plan';
    plan.goal.amount = 99_000_000;
    app.env.ui.answerNext(Button.NO);
    const result = app.call('applyPlan', plan, 'new') as { ok: boolean; message: string };
    expect(result).toMatchObject({ ok: false, message: 'Nothing was changed.' });
    expect(app.env.ui.dialogs().at(-1)?.prompt).toContain('A plan named "Marketing plan" already exists');
    expect(app.values('KPI Tree')).toEqual(before);
    app.env.ui.answerNext(Button.YES);
    expect((app.call('applyPlan', plan, 'new') as { ok: boolean }).ok).toBe(true);
    expect(app.values('KPI Tree')[pos.tree.goal - 1][1]).toBe(99_000_000);
  });
});

describe('user text is text', () => {
  test('a stage named like a formula lands as text', () => {
    const app = addOn({ locale: 'en_US' });
    const plan: Plan = JSON.parse(JSON.stringify(en));
    plan.stages[1].name = '=IMPORTXML("http://x","//a")';
    plan.channels[0].name = '+1 call';
    expect((app.call('applyPlan', plan, 'new') as { ok: boolean }).ok).toBe(true);
    const tree = app.env.spreadsheet.getSheetByName('KPI Tree')!;
    const values = tree.getDataRange().getValues().flat();
    const formulas = tree.getDataRange().getFormulas().flat();
    expect(values).toContain('=IMPORTXML("http://x","//a")');
    expect(values).toContain('+1 call');
    expect(formulas.some((f) => f.includes('IMPORTXML'))).toBe(false);
  });
});

describe('invalid plans are refused with all their errors, in the user language', () => {
  test.each([
    ['en_US', 'Stage 2 "MQL": conversion rate to the next stage: 15 is more than 1'],
    ['ja', '段階 2「MQL」：次の段階への転換率'],
  ])('%s', (locale, expected) => {
    const app = addOn({ locale });
    const plan: Plan = JSON.parse(JSON.stringify(en));
    plan.stages[1].rate = 15;
    plan.avgDealSize = -5;
    const result = app.call('applyPlan', plan, 'new') as { ok: boolean; issues: unknown[]; message: string };
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(2);
    expect(result.message).toContain(expected);
    expect(app.sheetNames()).toEqual([locale === 'ja' ? 'シート1' : 'Sheet1']);
  });

  test('garbage from a hand-crafted call writes nothing', () => {
    const app = addOn();
    for (const junk of [null, 'x', { name: 'x' }, [1, 2]]) {
      expect((app.call('applyPlan', junk, 'new') as { ok: boolean }).ok).toBe(false);
    }
    expect(() => app.call('applyPlan', en, 'destroy')).toThrow('Unknown wizard mode');
    expect(app.sheetNames()).toEqual(['Sheet1']);
  });
});

describe('stored plans', () => {
  test('a plan with 10 stages and 30 channels survives the 9 KB property limit', () => {
    const app = addOn({ locale: 'en_US' });
    const plan = largePlan();
    plan.channels.forEach((c) => (c.name = `チャネル ${c.id} ${'長いチャネル名'.repeat(12)}`));
    expect(new TextEncoder().encode(JSON.stringify(plan)).length).toBeGreaterThan(9216);
    expect((app.call('applyPlan', plan, 'new') as { ok: boolean }).ok).toBe(true);
    app.call('updateSheetsFromPlan');
    expect(app.env.ui.dialogs()).toEqual([]);
    expect(app.env.ui.toasts().at(-1)?.message).toContain('Large plan');
  });

  test('a stored plan that fails to parse gives a clear message and changes nothing', () => {
    const app = addOn({ locale: 'en_US' });
    app.call('createSamplePlan');
    const props = app.env.globals.PropertiesService.getDocumentProperties();
    props.setProperty('kpi.plan.0.0', '{not json');
    const before = app.values('KPI Tree');
    app.env.ui.setDefaultAnswer(Button.OK);
    app.call('updateSheetsFromPlan');
    expect(app.env.ui.dialogs().at(-1)?.prompt).toContain('could not be read');
    expect(app.values('KPI Tree')).toEqual(before);
  });

  test('create costs the same calls for the default and the large plan', () => {
    const small = addOn();
    small.env.calls.reset();
    small.call('applyPlan', en, 'new');
    const large = addOn();
    large.env.calls.reset();
    large.call('applyPlan', largePlan(), 'new');
    expect(large.env.calls.total()).toBe(small.env.calls.total());
  });
});

describe('formulas the user typed', () => {
  test('a formula in an actual cell or a checklist note is kept as a formula', () => {
    const app = addOn({ locale: 'en_US' });
    app.call('createSamplePlan');
    const row = pos.months.stageRow(0);
    const col = pos.months.firstCol + pos.months.before;
    app.env.spreadsheet.setCellValueAsUser('Actuals', row, col, '=1000+800');
    app.env.spreadsheet.setCellValueAsUser('Checklist', 7, 3, '="see "&"CRM"');
    app.call('updateSheetsFromPlan');
    const actuals = app.env.spreadsheet.getSheetByName('Actuals')!;
    expect(actuals.getRange(row, col).getFormula()).toBe('=1000+800');
    expect(actuals.getRange(row, col).getValue()).toBe(1800);
    expect(app.env.spreadsheet.getSheetByName('Checklist')!.getRange(7, 3).getValue()).toBe('see CRM');
  });

  test('a formula typed into an empty cell of our sheets is not replaced without asking', () => {
    const app = addOn({ locale: 'en_US' });
    app.call('createSamplePlan');
    const tree = app.env.spreadsheet.getSheetByName('KPI Tree')!;
    // Shrink the plan so its old area is rewritten: the user's formula sits inside it.
    const cell = { row: pos.tree.channelRow(3), col: 7 };
    app.env.spreadsheet.setCellValueAsUser('KPI Tree', cell.row, cell.col, '=B12/1000');
    app.env.ui.answerNext(Button.NO);
    app.env.ui.answerNext(Button.OK);
    app.call('updateSheetsFromPlan');
    expect(app.env.ui.dialogs().at(-2)?.prompt).toContain('=B12/1000');
    expect(tree.getRange(cell.row, cell.col).getFormula()).toBe('=B12/1000');
  });
});

describe('fixes from review', () => {
  test('the wizard asks before replacing a value typed on the sheet since it opened', () => {
    const app = addOn({ locale: 'en_US' });
    app.call('createSamplePlan');
    const stored = (app.call('sidebarInit') as { plan: Plan }).plan;
    app.env.spreadsheet.setCellValueAsUser('KPI Tree', pos.tree.transitionRow(2), 2, '25%');
    app.env.ui.answerNext(Button.NO);
    const result = app.call('applyPlan', stored, 'edit') as { ok: boolean };
    expect(result.ok).toBe(false);
    expect(app.env.ui.dialogs().at(-1)?.prompt).toContain('25% → 20%');
    expect(app.values('KPI Tree')[pos.tree.transitionRow(2) - 1][1]).toBe(0.25);
  });

  test('renaming the plan in Edit plan keeps its sheets and actuals', () => {
    const app = addOn({ locale: 'en_US' });
    app.call('createSamplePlan');
    typeActuals(app);
    app.call('openEditPlanWizard');
    const plan = (app.call('sidebarInit') as { plan: Plan }).plan;
    plan.name = 'FY plan';
    expect((app.call('applyPlan', plan, 'edit') as { ok: boolean }).ok).toBe(true);
    expect(app.sheetNames()).toEqual([
      'Sheet1',
      'KPI Tree',
      'Monthly Targets',
      'Actuals',
      'Dashboard',
      'Checklist',
      'KPI Tracker',
    ]);
    expect(app.values('KPI Tree')[0][0]).toBe('FY plan');
    expect(
      app.values('Actuals')[pos.months.stageRow(0) - 1][pos.months.firstCol + pos.months.before - 1],
    ).toBe(1800);
    expect((app.call('sidebarInit') as { plan: Plan }).plan.name).toBe('FY plan');
  });

  test('a draft that is not a plan is discarded with a notice, not loaded', () => {
    const app = addOn({ locale: 'en_US' });
    app.call('openNewPlanWizard');
    app.call('saveDraft', { junk: 1 });
    const init = app.call('sidebarInit') as { plan: Plan; fromDraft: boolean; notice: string };
    expect(init.fromDraft).toBe(false);
    expect(init.plan.stages).toHaveLength(4);
    expect(init.notice).toContain('could not be read and was discarded');
    expect((app.call('sidebarInit') as { notice: string | null }).notice).toBeNull();
  });

  test('junk in the stored review data does not stop the review', () => {
    const app = addOn({ locale: 'en_US' });
    app.call('createSamplePlan');
    const props = app.env.globals.PropertiesService.getDocumentProperties();
    props.setProperty('kpi.plan.0.review', 'null');
    props.setProperty('kpi.plan.0.sheets', 'null');
    app.env.ui.setDefaultAnswer(Button.OK);
    expect(() => app.call('reviewProgress')).not.toThrow();
  });
});
