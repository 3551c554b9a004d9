/** The sidebar's pure parts, without a browser: reading inputs, structural edits, derived messages. */
import { MAX_CSFS, MAX_INITIATIVES, type Plan } from '../../src/core/plan';
import { defaultPlan } from '../../src/core/plan-defaults';
import { computePlan } from '../../src/core/plan-math';
import { derive } from '../../src/sidebar/derive';
import {
  addChannel,
  addCsf,
  addInitiative,
  addKnownStage,
  addStage,
  canAddCsf,
  canAddInitiative,
  canAddKnownStage,
  moveStage,
  removeStage,
} from '../../src/sidebar/edits';
import { fieldId, getAt, readInput, setAt, showValue, smallPercent } from '../../src/sidebar/fields';
import { stepOfPath } from '../../src/sidebar/steps/review';

const plan = (): Plan => JSON.parse(JSON.stringify(defaultPlan('en')));

describe('reading what is typed', () => {
  test('percent fields read every number as percent', () => {
    expect(readInput('percent', '15')).toBe(0.15);
    expect(readInput('percent', '15%')).toBe(0.15);
    expect(readInput('percent', '１５％')).toBe(0.15);
    expect(readInput('percent', '0.15')).toBe(0.0015);
    expect(readInput('percent', '14.5')).toBe(0.145);
    expect(readInput('percent', '150')).toBe(1.5); // refused later, in percent
  });

  test('money and counts as marketers type them; anything else stays as typed', () => {
    expect(readInput('money', '¥1,000,000')).toBe(1_000_000);
    expect(readInput('money', '500万円')).toBe(5_000_000);
    expect(readInput('money', '10億')).toBe(1_000_000_000);
    expect(readInput('count', '３千')).toBe(3000);
    expect(readInput('money', 'abc')).toBe('abc');
    expect(readInput('money', '25%')).toBe('25%'); // refused later as a percentage, not 0.25
    expect(readInput('integer', '１５０％')).toBe('１５０％');
    expect(readInput('count', '25%')).toBe('25%'); // no KPI target or lead count of 0.25
    expect(readInput('weight', '10%')).toBe(0.1); // a month's weight, beside others typed in percent
    expect(readInput('money', '  ')).toBe('');
    expect(readInput('text', ' Leads ')).toBe(' Leads ');
  });

  test('values shown back', () => {
    expect(showValue('percent', 0.145)).toBe('14.5');
    expect(showValue('percent', 0.0015)).toBe('0.15');
    expect(showValue('money', 1_000_000_000)).toBe('1,000,000,000');
    expect(showValue('integer', 2027)).toBe('2027');
    expect(showValue('money', 'abc')).toBe('abc');
    expect(smallPercent(0.0015)).toBe(0.15);
    expect(smallPercent(0.15)).toBeNull();
  });

  test('paths', () => {
    const p = plan();
    setAt(p, 'stages.1.rate', 0.2);
    expect(getAt(p, 'stages.1.rate')).toBe(0.2);
    expect(getAt(p, 'stages.9.rate')).toBeUndefined();
    expect(fieldId('csfs.0.initiatives.1.kpi.target')).toBe('f-csfs-0-initiatives-1-kpi-target');
    expect(stepOfPath('goal.amount')).toBe(0);
    expect(stepOfPath('stages.2.rate')).toBe(1);
    expect(stepOfPath('channels.0.cpl')).toBe(2);
    expect(stepOfPath('csfs.1.text')).toBe(3);
  });
});

describe('structural edits keep the plan well-formed', () => {
  test('a new stage converts at 100%, so the counts do not move', () => {
    const p = plan();
    const id = addStage(p);
    expect(p.stages.map((s) => s.id)).toEqual(['leads', 'mql', 'opportunities', id, 'won']);
    expect(computePlan(p).required[0]).toBe(22223);
  });

  test('the last stage never has a rate; a stage moved off the bottom takes its rate over', () => {
    const p = plan();
    moveStage(p, 3, -1);
    expect(p.stages.map((s) => [s.id, s.rate, s.lagMonths])).toEqual([
      ['leads', 0.3, 0],
      ['mql', 0.15, 1],
      ['won', 0.2, 2],
      ['opportunities', null, 0],
    ]);
    removeStage(p, 3);
    expect(p.stages[2]).toMatchObject({ id: 'won', rate: null, lagMonths: 0 });
  });

  test('CSFs follow the stage they were written for, and never point past the funnel', () => {
    const p = plan();
    addKnownStage(p, 'sessions', 'Sessions');
    expect(p.csfs.map((c) => c.transition)).toEqual([1, 2, 3]);
    moveStage(p, 0, 1); // leads above sessions
    expect(p.csfs.map((c) => p.stages[c.transition].id)).toEqual(['leads', 'mql', 'opportunities']);
    removeStage(
      p,
      p.stages.findIndex((s) => s.id === 'opportunities'),
    );
    expect(p.csfs.map((c) => c.transition).every((t) => t <= p.stages.length - 2)).toBe(true);
  });

  test('SQL goes right below MQL; a new channel takes the share no channel has', () => {
    const p = plan();
    addKnownStage(p, 'sql', 'SQL');
    expect(p.stages.map((s) => s.id)).toEqual(['leads', 'mql', 'sql', 'opportunities', 'won']);
    p.channels[0].value = 0.3;
    addChannel(p);
    expect(p.channels[4]).toMatchObject({ id: 'ch5', name: '', allocation: 'share', value: 0.1, cpl: '' });
  });
});

describe('the wizard stops adding where a plan would stop fitting', () => {
  test('at most MAX_CSFS CSFs and MAX_INITIATIVES initiatives under each', () => {
    const p = plan();
    while (canAddCsf(p)) addCsf(p, 0);
    expect(p.csfs).toHaveLength(MAX_CSFS);
    const last = p.csfs.length - 1;
    while (canAddInitiative(p, last)) addInitiative(p, last);
    expect(p.csfs[last].initiatives).toHaveLength(MAX_INITIATIVES);
    expect(canAddInitiative(p, 0)).toBe(true);
    expect(canAddInitiative(p, 99)).toBe(false);
  });
});

describe('stage kinds through the wizard edits', () => {
  test('a stage the user adds is custom; Sessions and SQL get their kinds', () => {
    const p = plan();
    addStage(p);
    addKnownStage(p, 'sql', 'SQL');
    addKnownStage(p, 'sessions', 'Sessions');
    expect(p.stages.map((s) => s.kind)).toEqual([
      'sessions',
      'leads',
      'mql',
      'sql',
      'opportunities',
      'custom',
      'won',
    ]);
  });

  test('renaming and reordering keep each stage its kind', () => {
    const p = plan();
    setAt(p, 'stages.0.name', 'Contacts');
    moveStage(p, 0, 1);
    moveStage(p, 3, -1);
    expect(p.stages.map((s) => [s.name, s.kind])).toEqual([
      ['MQL', 'mql'],
      ['Contacts', 'leads'],
      ['Won deals', 'won'],
      ['Opportunities', 'opportunities'],
    ]);
    expect(computePlan(p).leadStage).toBe(1);
  });

  test('SQL is offered once, found by kind whatever the ids', () => {
    const p = plan();
    p.stages[1].id = 'stage9';
    addKnownStage(p, 'sql', 'SQL');
    expect(p.stages.map((s) => s.kind)).toEqual(['leads', 'mql', 'sql', 'opportunities', 'won']);
    expect(canAddKnownStage(p, 'sql')).toBe(false);
    const q = plan();
    q.stages[2].id = 'sql';
    q.stages[2].kind = 'custom';
    addKnownStage(q, 'sql', 'SQL');
    expect(new Set(q.stages.map((s) => s.id)).size).toBe(5);
  });
});

describe('derived messages', () => {
  test('range problems of percent fields are worded in percent', () => {
    const p = plan();
    p.stages[1].rate = 1.5;
    p.channels[0].value = 1.2;
    const d = derive(p);
    expect(d.byPath.get('stages.1.rate')?.message.en).toBe(
      'Stage 2 "MQL": conversion rate to the next stage: 150% is not a valid rate. A rate must be more than 0% and at most 100%.',
    );
    expect(d.byPath.get('channels.0.value')?.message.ja).toContain('120%');
  });

  test('names do not stop the numbers; an invalid channel stops only the budget', () => {
    const p = plan();
    p.stages[0].name = '';
    expect(derive(p).numbers?.required[0]).toBe(22223);
    (p.channels[0] as { cpl: unknown }).cpl = 'x';
    const d = derive(p);
    expect(d.numbers?.required[0]).toBe(22223);
    expect(d.budgetKnown).toBe(false);
    (p.stages[1] as { rate: unknown }).rate = '';
    expect(derive(p).numbers).toBeNull();
  });

  test('channel warnings: shares under or over 100%, counts that do not match', () => {
    const p = plan();
    expect(derive(p).channelWarning).toBeNull();
    p.channels[0].value = 0.3;
    expect(derive(p).channelWarning?.params).toEqual({ value: '90%', missing: '2,222' });
    p.channels[0].value = 0.5;
    expect(derive(p).channelWarning?.params).toMatchObject({ value: '110%' });
    p.channels = [{ id: 'c', name: 'Events', allocation: 'count', value: 1000, cpl: 100 }];
    expect(derive(p).channelWarning?.params).toEqual({ planned: '1,000', needed: '22,223' });
    p.channels = [];
    expect(derive(p).channelWarning?.text.en).toMatch(/^No channels yet/);
  });

  test('server issues show where no local issue is', () => {
    const message = { en: 'Too high', ja: '高すぎます' };
    const d = derive(plan(), [{ path: 'channels.0.cpl', code: 'invalid', message }]);
    expect(d.ok).toBe(false);
    expect(d.byPath.get('channels.0.cpl')?.message).toEqual(message);
  });
});
