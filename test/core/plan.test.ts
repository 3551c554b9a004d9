import fc from 'fast-check';
import { computePlan } from '../../src/core/plan-math';
import { defaultPlan, defaultStartYear, newKpi } from '../../src/core/plan-defaults';
import { validatePlan } from '../../src/core/plan-validate';
import { monthColumns, phaseTotal } from '../../src/core/phasing';
import { MAX_PLAN_BYTES, planStorageBytes, utf8ByteLength } from '../../src/core/chunks';
import { PLAN_SCHEMA_VERSION, type Plan } from '../../src/core/plan';
import { hasPlanShape } from '../../src/core/plan-validate';
import { leadStageIndex } from '../../src/core/plan-math';
import { typicalRangeForTransition } from '../../src/core/typical-ranges';
import { largePlan } from '../support/plans';

const clone = (plan: Plan): Plan => JSON.parse(JSON.stringify(plan));

describe('default plans', () => {
  test.each(['en', 'ja'] as const)('%s default is valid and JSON-serializable', (lang) => {
    const plan = defaultPlan(lang);
    expect(validatePlan(plan)).toMatchObject({ ok: true });
    expect(validatePlan(JSON.parse(JSON.stringify(plan)))).toMatchObject({ ok: true });
  });

  test('ja: JPY, April start, Japanese labels; en: USD, January start', () => {
    const ja = defaultPlan('ja', { year: 2026, month: 11 });
    expect([ja.currency, ja.startMonth, ja.startYear, ja.stages[2].name]).toEqual(['JPY', 4, 2027, '商談']);
    const en = defaultPlan('en', { year: 2026, month: 11 });
    expect([en.currency, en.startMonth, en.startYear, en.stages[3].name]).toEqual([
      'USD',
      1,
      2027,
      'Won deals',
    ]);
    expect(en.stages.map((s) => s.lagMonths)).toEqual([0, 1, 2, 0]);
    expect(en.channels).toHaveLength(4);
  });

  test('the next fiscal year that has not started', () => {
    expect(defaultStartYear({ year: 2026, month: 3 }, 4)).toBe(2026);
    expect(defaultStartYear({ year: 2026, month: 4 }, 4)).toBe(2026);
    expect(defaultStartYear({ year: 2026, month: 5 }, 4)).toBe(2027);
  });

  test('the default plan reproduces the worked example of the domain brief', () => {
    const n = computePlan(defaultPlan('ja'));
    expect(n.required).toEqual([22223, 6667, 1000, 200]);
    expect(n.cumulativeLag).toEqual([3, 3, 2, 0]);
    expect(n.months).toHaveLength(15);
    expect(n.channels.map((c) => c.leads)).toEqual([8889, 4445, 5556, 3333]);
    expect(n.channelLeads).toBe(22223);
    expect(n.budget).toBe(8889 * 15000 + 4445 * 10000 + 5556 * 8000 + 3333 * 12000);
    expect(n.romi).toBeCloseTo(1e9 / n.budget, 12);
    expect(n.cac).toBeCloseTo(n.budget / 200, 12);
  });
});

describe('monthly phasing', () => {
  test('a half is a half: floating-point noise does not round it down', () => {
    const weights = [1.2, 1.2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    expect((31 * 3.4) / 12.4).toBeLessThan(8.5); // 8.499999999999998 in doubles
    const cumulative = [0, 1, 2].map((m) =>
      phaseTotal(31, weights)
        .slice(0, m + 1)
        .reduce((a, b) => a + b, 0),
    );
    expect(cumulative[2]).toBe(9);
  });

  test('whole numbers that add up exactly to the total, following the weights', () => {
    expect(phaseTotal(200, new Array(12).fill(1))).toEqual([17, 16, 17, 17, 16, 17, 17, 16, 17, 17, 16, 17]);
    expect(phaseTotal(10, [1, 0, 0, 1])).toEqual([5, 0, 0, 5]);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc
          .array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 36 })
          .filter((w) => w.some((x) => x > 0)),
        (total, weights) => {
          const parts = phaseTotal(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          parts.forEach((p, i) => {
            expect(Number.isInteger(p)).toBe(true);
            if (weights[i] === 0) expect(p).toBe(0);
          });
        },
      ),
    );
  });

  test('lag moves upper stages earlier into before-period months', () => {
    const n = computePlan(defaultPlan('en'));
    const first = n.months[0];
    expect([first.year, first.month, first.inPeriod]).toEqual([2026, 10, false]);
    // Leads are due 3 months ahead of won deals: the first 3 columns hold leads but no won deals.
    expect(n.monthly[0].slice(0, 3).every((x) => x > 0)).toBe(true);
    expect(n.monthly[3].slice(0, 3)).toEqual([0, 0, 0]);
    n.monthly.forEach((row, s) => expect(row.reduce((a, b) => a + b, 0)).toBe(n.required[s]));
  });

  test('month columns cross year ends', () => {
    expect(monthColumns(2027, 11, 3, 1).map((m) => `${m.year}-${m.month}`)).toEqual([
      '2027-10',
      '2027-11',
      '2027-12',
      '2028-1',
    ]);
  });
});

describe('validation', () => {
  test('reports every problem at once, with a path and both languages', () => {
    const plan = clone(defaultPlan('en'));
    plan.name = '';
    plan.stages[1].rate = 15;
    plan.stages[2].lagMonths = 1.5;
    plan.channels[1].name = plan.channels[0].name;
    plan.avgDealSize = 0;
    const check = validatePlan(plan);
    expect(check.ok).toBe(false);
    const byPath = Object.fromEntries(check.issues.map((i) => [i.path, i]));
    expect(Object.keys(byPath).sort()).toEqual(
      ['avgDealSize', 'channels.1.name', 'name', 'stages.1.rate', 'stages.2.lagMonths'].sort(),
    );
    expect(byPath['stages.1.rate'].message.en).toBe(
      'Stage 2 "MQL": conversion rate to the next stage: 15 is more than 1. Rates are fractions: type 15% or 0.15.',
    );
    expect(byPath['stages.1.rate'].message.ja).toContain('段階 2「MQL」：次の段階への転換率');
    expect(byPath['channels.1.name'].code).toBe('duplicate');
    expect(byPath.name.message.ja).toBe('計画名 が空です。値を入力してください。');
  });

  test('a percentage where an amount or a whole number belongs is named as a percentage', () => {
    const plan = clone(defaultPlan('en'));
    (plan as { avgDealSize: unknown }).avgDealSize = '25%';
    (plan as { periodMonths: unknown }).periodMonths = '１２％';
    (plan.stages[0] as { rate: unknown }).rate = '15%x';
    const byPath = Object.fromEntries(validatePlan(plan).issues.map((i) => [i.path, i]));
    expect(byPath.avgDealSize.code).toBe('percentNotAmount');
    expect(byPath.avgDealSize.message.en).toBe(
      'Average deal size: 25% is a percentage. Type a plain number, without %.',
    );
    expect(byPath.periodMonths.code).toBe('percentNotAmount');
    expect(byPath['stages.0.rate'].code).toBe('notNumber');
  });

  test('refuses garbage without crashing', () => {
    for (const junk of [null, 42, 'plan', [], {}, { stages: 'x' }, { stages: [null, 1] }]) {
      const check = validatePlan(junk);
      expect(check.ok).toBe(false);
      expect(check.issues.length).toBeGreaterThan(0);
      for (const issue of check.issues) {
        expect(issue.message.en).not.toMatch(/undefined|\{/);
        expect(issue.message.ja).not.toMatch(/undefined|\{/);
      }
    }
  });

  test('a value outside its list names the entry it belongs to', () => {
    const plan = clone(defaultPlan('en'));
    (plan.channels[1] as { allocation: string }).allocation = 'half';
    (plan.csfs[0].initiatives[0].kpi as { cadence: string }).cadence = 'daily';
    const messages = validatePlan(plan).issues.map((i) => i.message.en);
    expect(messages).toEqual([
      'Channel 2 "Social ads": share or lead count is not valid.',
      'CSF 1, initiative 1: review cadence is not valid.',
    ]);
  });

  test('stage count limits and an overflowing goal', () => {
    const plan = clone(defaultPlan('en'));
    plan.stages = plan.stages.slice(-1);
    expect(validatePlan(plan).issues.map((i) => i.code)).toContain('stageCount');
    const huge = clone(defaultPlan('en'));
    huge.goal.amount = 1e15;
    huge.avgDealSize = 1;
    const overflow = validatePlan(huge).issues.find((i) => i.path === 'goal.amount');
    // A revenue goal is divided by the deal size, so the message names it.
    expect(overflow?.message.en).toBe(
      'Goal (KGI): the result is too large to compute. Check the goal, the average deal size and the rates.',
    );
    expect(overflow?.message.ja).toContain('受注単価');
    const customers = clone(huge);
    customers.goal.kind = 'customers';
    customers.goal.amount = 1e9;
    customers.stages.forEach((s) => s.rate !== null && (s.rate = 0.001));
    expect(validatePlan(customers).issues.find((i) => i.path === 'goal.amount')?.message.en).toBe(
      'Goal (KGI): the result is too large to compute. Check the goal and the rates.',
    );
  });
});

describe('stage kinds', () => {
  /** A plan as version 1 stored it: stages known by their ids, no kinds. */
  const version1 = (plan: Plan) => {
    const old = JSON.parse(JSON.stringify(plan));
    old.schemaVersion = 1;
    for (const s of old.stages) delete s.kind;
    return old;
  };

  test('the default funnel is Leads, MQL, Opportunities, Won deals by kind', () => {
    expect(defaultPlan('ja').stages.map((s) => s.kind)).toEqual(['leads', 'mql', 'opportunities', 'won']);
  });

  test('a plan stored before kinds gets them from its stage ids, as the current version', () => {
    const check = validatePlan(version1(defaultPlan('en')));
    if (!check.ok) throw new Error(JSON.stringify(check.issues));
    expect(check.plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(check.plan.stages.map((s) => s.kind)).toEqual(['leads', 'mql', 'opportunities', 'won']);
    const large = validatePlan(version1(largePlan()));
    if (!large.ok) throw new Error(JSON.stringify(large.issues));
    expect(large.plan.stages.map((s) => s.kind)).toEqual(['custom', 'leads', ...new Array(8).fill('custom')]);
    expect(leadStageIndex(large.plan)).toBe(1);
    expect(hasPlanShape(version1(defaultPlan('en')))).toBe(true);
  });

  test('channels feed the stage of kind leads, whatever its id; without one, the top stage', () => {
    const plan = clone(defaultPlan('en'));
    plan.stages[0].id = 'contacts';
    plan.stages.unshift({ id: 'leads', kind: 'custom', name: 'Visits', rate: 0.05, lagMonths: 0 });
    expect(validatePlan(plan).ok).toBe(true);
    expect(leadStageIndex(plan)).toBe(1);
    plan.stages[1].kind = 'custom';
    expect(validatePlan(plan).ok).toBe(true);
    expect(leadStageIndex(plan)).toBe(0);
  });

  test('typical ranges follow kinds, not ids', () => {
    const plan = clone(defaultPlan('en'));
    plan.stages[1].id = 'stage7';
    expect(typicalRangeForTransition(plan.stages, 0)?.to).toBe('mql');
    plan.stages[1].kind = 'custom';
    expect(typicalRangeForTransition(plan.stages, 0)).toBeNull();
  });

  test('a missing or unknown kind, or a standard kind twice, is refused with the stage named', () => {
    const plan = clone(defaultPlan('en'));
    delete (plan.stages[0] as Partial<Plan['stages'][0]>).kind;
    (plan.stages[1] as { kind: string }).kind = 'prospects';
    plan.stages[3].kind = 'opportunities';
    const check = validatePlan(plan);
    expect(check.issues.map((i) => [i.path, i.code])).toEqual([
      ['stages.0.kind', 'invalid'],
      ['stages.1.kind', 'invalid'],
      ['stages.3.kind', 'kindTaken'],
    ]);
    expect(check.issues[0].message.en).toBe('Stage 1 "Leads": kind is not valid.');
    expect(check.issues[2].message.en).toContain(
      'Stage 4 "Won deals": kind: another stage is already of kind "opportunities"',
    );
    expect(check.issues[2].message.ja).toContain('段階 4「Won deals」：種類');
  });
});

describe('what an issue says about itself', () => {
  test('rates and shares carry a wording in percent for inputs typed in percent', () => {
    const plan = clone(defaultPlan('en'));
    plan.stages[1].rate = 1.5;
    plan.goal.marketingShare = 0;
    plan.channels[0].value = -0.1;
    const byPath = Object.fromEntries(validatePlan(plan).issues.map((i) => [i.path, i]));
    expect(byPath['stages.1.rate'].message.en).toContain('1.5 is more than 1');
    expect(byPath['stages.1.rate'].inPercent).toEqual({
      code: 'rateOutOfRange',
      message: {
        en: 'Stage 2 "MQL": conversion rate to the next stage: 150% is not a valid rate. A rate must be more than 0% and at most 100%.',
        ja: '段階 2「MQL」：次の段階への転換率：150% は率として使えません。0% より大きく 100% 以下で入力してください。',
      },
    });
    expect(byPath['goal.marketingShare'].inPercent?.message.en).toContain(': 0% is not a valid rate');
    expect(byPath['channels.0.value'].inPercent?.code).toBe('negative');
    expect(byPath['channels.0.value'].inPercent?.message.en).toContain('-10% is negative');
  });

  test('each issue says what it keeps from being computed', () => {
    const plan = clone(defaultPlan('en'));
    plan.name = '';
    plan.stages[0].name = '';
    (plan.stages[1] as { rate: unknown }).rate = 'x';
    (plan.channels[0] as { cpl: unknown }).cpl = 'x';
    plan.channels[1].name = '';
    plan.csfs[0].text = '';
    plan.thresholds.amber = 3;
    const blocks = validatePlan(plan).issues.map((i) => [i.path, i.blocks]);
    expect(blocks).toEqual([
      ['name', 'none'],
      ['stages.0.name', 'none'],
      ['stages.1.rate', 'numbers'],
      ['channels.0.cpl', 'budget'],
      ['channels.1.name', 'none'],
      ['csfs.0.text', 'none'],
      ['thresholds.amber', 'none'],
    ]);
  });
});

describe('bounds that keep every sheet formula finite', () => {
  test('a CPL or a seasonality weight of 1e308 is refused, naming the field and the bound', () => {
    const plan = clone(defaultPlan('en'));
    plan.channels[0].cpl = 1e308;
    plan.seasonality[2] = 1e308;
    const byPath = Object.fromEntries(validatePlan(plan).issues.map((i) => [i.path, i]));
    expect(byPath['channels.0.cpl'].message.en).toBe(
      'Channel 1 "Paid search": CPL: 1e+308 is more than 1,000,000,000,000,000. Enter at most 1,000,000,000,000,000.',
    );
    expect(byPath['channels.0.cpl'].message.ja).toBe(
      'チャネル 1「Paid search」：CPL：1e+308 は上限の 1,000,000,000,000,000 を超えています。1,000,000,000,000,000 以下で入力してください。',
    );
    expect(byPath['seasonality.2'].message.en).toBe(
      'Seasonality weight for month 3: 1e+308 is more than 1,000,000. Enter at most 1,000,000.',
    );
    expect(byPath['seasonality.2'].message.ja).toContain('3 月の季節変動の重み');
  });

  test('money, counts, KPI targets and lags have upper bounds; a CPL above zero has a lower one', () => {
    const plan = clone(defaultPlan('en'));
    plan.avgDealSize = 2e15;
    plan.channels[1] = { ...plan.channels[1], allocation: 'count', value: 2e12 };
    plan.channels[2].cpl = 0.001;
    plan.channels[3].cpl = 0;
    plan.csfs[0].initiatives[0].kpi.target = 1e16;
    plan.stages[0].lagMonths = 13;
    const issues = validatePlan(plan).issues;
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['avgDealSize', 'tooLarge'],
      ['stages.0.lagMonths', 'outOfRange'],
      ['channels.1.value', 'tooLarge'],
      ['channels.2.cpl', 'tooSmall'],
      ['csfs.0.initiatives.0.kpi.target', 'tooLarge'],
    ]);
    expect(issues[3].message.en).toBe(
      'Channel 3 "White papers": CPL: 0.001 is too small to budget with. Enter 0 or at least 0.01.',
    );
    expect(issues[3].message.ja).toContain('0 または 0.01 以上を入力してください');
  });

  test('a goal in new customers is a count, bounded like one', () => {
    const plan = clone(defaultPlan('en'));
    plan.goal = { kind: 'customers', amount: 1e13, marketingShare: 1 };
    expect(validatePlan(plan).issues.map((i) => [i.path, i.code])).toEqual([['goal.amount', 'tooLarge']]);
    plan.goal.kind = 'revenue';
    plan.avgDealSize = 1e13;
    expect(validatePlan(plan).ok).toBe(true);
  });
});

describe('a clean plan', () => {
  test('validation returns only the keys a plan is made of, at every depth', () => {
    const plan = clone(defaultPlan('en'));
    const junky = JSON.parse(JSON.stringify(plan));
    junky.junk = 'x'.repeat(600000);
    junky.goal.note = 'y'.repeat(1000);
    junky.stages[0].color = 'red';
    junky.channels[1].owner = { name: 'Sam' };
    junky.csfs[0].extra = [1, 2, 3];
    junky.csfs[0].initiatives[0].budget = 5;
    junky.csfs[0].initiatives[0].kpi.unit = 'MQL';
    junky.thresholds.red = 0.5;
    const check = validatePlan(junky);
    if (!check.ok) throw new Error(JSON.stringify(check.issues));
    expect(check.plan).toStrictEqual(plan);
    expect(JSON.stringify(check.plan)).toBe(JSON.stringify(plan));
  });

  test('the clean plan shares no object with what was passed in', () => {
    const input = clone(defaultPlan('ja'));
    const check = validatePlan(input);
    if (!check.ok) throw new Error('invalid');
    check.plan.stages[0].name = 'changed';
    check.plan.seasonality[0] = 2;
    expect(input.stages[0].name).toBe('リード');
    expect(input.seasonality[0]).toBe(1);
  });
});

describe('a valid plan fits the document properties', () => {
  const initiative = (i: number, j: number, text: string) => ({
    id: `ini${i}-${j}`,
    name: `${text.slice(0, 90)} ${i}-${j}`,
    kpi: {
      ...newKpi(),
      name: `${text.slice(0, 90)} KPI ${i}-${j}`,
      target: 10,
      quality: text,
    },
  });
  const withCsfs = (csfs: number, initiatives: number, text: string): Plan => {
    const plan = clone(defaultPlan('ja'));
    plan.csfs = Array.from({ length: csfs }, (_, i) => ({
      id: `csf${i}`,
      transition: i % 3,
      text,
      initiatives: Array.from({ length: initiatives }, (_, j) => initiative(i, j, text)),
    }));
    return plan;
  };

  test('UTF-8 bytes, as the property limits count them', () => {
    expect(utf8ByteLength('abc')).toBe(3);
    expect(utf8ByteLength('リード')).toBe(9);
    expect(utf8ByteLength('😀é')).toBe(6);
    expect(planStorageBytes(defaultPlan('ja'))).toBe(utf8ByteLength(JSON.stringify(defaultPlan('ja'))));
    expect(planStorageBytes(defaultPlan('ja'))).toBeLessThan(5000);
  });

  test('9 CSFs of 120 initiatives with 500-character texts are refused, in both languages', () => {
    const check = validatePlan(withCsfs(9, 120, 'x'.repeat(500)));
    expect(check.ok).toBe(false);
    const tooMany = check.issues.filter((i) => i.code === 'tooMany');
    expect(tooMany.map((i) => i.path)).toEqual(Array.from({ length: 9 }, (_, i) => `csfs.${i}.initiatives`));
    expect(tooMany[0].message.en).toBe('CSF 1: initiatives: 120 are too many; a plan holds at most 10.');
    expect(tooMany[0].message.ja).toBe('CSF 1：施策：120 個は多すぎます。最大 10 個までです。');
    expect(validatePlan(withCsfs(11, 1, 'CSF')).issues.map((i) => [i.path, i.code])).toEqual([
      ['csfs', 'tooMany'],
    ]);
  });

  test('within the caps, a plan too large to store is refused with its size and the limit', () => {
    const plan = withCsfs(10, 10, 'あ'.repeat(500));
    expect(planStorageBytes(plan)).toBeGreaterThan(MAX_PLAN_BYTES);
    const check = validatePlan(plan);
    expect(check.issues.map((i) => [i.path, i.code, i.blocks])).toEqual([['csfs', 'planTooLarge', 'none']]);
    const bytes = planStorageBytes(plan).toLocaleString('en-US');
    expect(check.issues[0].message.en).toBe(
      `Plan: it takes ${bytes} bytes, more than the 100,000 bytes a spreadsheet can keep for one plan. Remove some CSFs or initiatives, or shorten their texts.`,
    );
    expect(check.issues[0].message.ja).toBe(
      `計画：データ量が ${bytes} バイトあり、1 つの計画として保存できる 100,000 バイトを超えています。CSF や施策を減らすか、文章を短くしてください。`,
    );
    const fits = withCsfs(10, 10, 'a'.repeat(60));
    expect(planStorageBytes(fits)).toBeLessThanOrEqual(MAX_PLAN_BYTES);
    expect(validatePlan(fits).ok).toBe(true);
  });
});

describe('values nested thousands deep', () => {
  const deep = () => JSON.parse(`${'['.repeat(100000)}${']'.repeat(100000)}`) as unknown;

  test('validation reports them without walking into them', () => {
    const plan = JSON.parse(JSON.stringify(defaultPlan('en')));
    plan.goal.amount = deep();
    plan.stages[1].rate = { value: 0.2 };
    const issues = validatePlan(plan).issues;
    expect(issues.map((i) => i.message.en)).toEqual([
      'Goal (KGI): "[…]" is not a number. Type one such as 1,000,000.',
      'Stage 2 "MQL": conversion rate to the next stage: "{…}" is not a number. Type one such as 15%.',
    ]);
  });

  test('a status threshold (typed in percent) that is no number is asked for as a percentage', () => {
    const plan = JSON.parse(JSON.stringify(defaultPlan('ja')));
    plan.thresholds.green = 'たくさん';
    const issue = validatePlan(plan).issues.find((i) => i.path === 'thresholds.green');
    expect(issue?.message.en).toMatch(/is not a number\. Type one such as 90%\.$/);
    expect(issue?.message.ja).toMatch(/90% のように入力してください。$/);
  });

  test('a draft nested deeper than a plan does not have the plan shape', () => {
    expect(hasPlanShape(defaultPlan('en'))).toBe(true);
    expect(hasPlanShape({ ...defaultPlan('en'), notes: deep() })).toBe(false);
    expect(hasPlanShape(deep())).toBe(false);
  });
});
