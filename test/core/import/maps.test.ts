import { channelFor, defaultMaps, outcomeFor, stageFor } from '../../../src/core/import/maps';
import { importRoles, stageKindOf } from '../../../src/core/import/stage-kind';
import { largePlan } from '../../support/plans';
import { importPlan, planWithSql } from './helpers';

const en = importPlan('en'); // leads, mql, opportunities, won; Paid search, Social ads, White papers, Webinars
const ja = importPlan('ja'); // リード, MQL, 商談, 受注; リスティング広告, SNS広告, ホワイトペーパー, ウェビナー
const sql = planWithSql('en'); // leads, mql, sql, opportunities, won; + Events

describe('stage kinds', () => {
  test('the kinds the stages carry, whatever their ids; others are custom', () => {
    expect(en.stages.map(stageKindOf)).toEqual(['leads', 'mql', 'opportunities', 'won']);
    const sal = Object.assign({}, en.stages[1], { id: 'stage3', kind: 'custom', name: 'SAL' });
    expect(stageKindOf(sal)).toBe('custom');
  });

  test('the leads stage is the top one and the won stage the last one when no stage says so', () => {
    const roles = importRoles(largePlan());
    expect(roles[1]).toBe('leads');
    expect(roles[roles.length - 1]).toBe('won');
  });
});

describe('lifecycle and status values', () => {
  test.each([
    ['subscriber', 'leads'],
    ['lead', 'leads'],
    ['marketingqualifiedlead', 'mql'],
    ['salesqualifiedlead', ''],
    ['opportunity', 'opportunities'],
    ['customer', 'won'],
    ['evangelist', 'won'],
    ['other', ''],
    ['Marketing Qualified Lead', 'mql'],
    ['Opportunity', 'opportunities'],
    ['サブスクライバー', 'leads'],
    ['リード', 'leads'],
    ['マーケティングクオリファイドリード', 'mql'],
    ['セールスクオリファイドリード', ''],
    ['商談', 'opportunities'],
    ['顧客', 'won'],
    ['エバンジェリスト', 'won'],
    ['その他', ''],
    ['something else', ''],
    ['', ''],
  ])('HubSpot %p -> %p (no SQL stage in the plan: "")', (value, stage) => {
    expect(stageFor(value, 'hubspot', en)).toBe(stage);
  });

  test('an SQL value means the SQL stage when the plan has one', () => {
    expect(stageFor('salesqualifiedlead', 'hubspot', sql)).toBe('sql');
    expect(stageFor('Sales Qualified Lead', 'generic', sql)).toBe('sql');
  });

  test('Salesforce lead statuses: open ones are leads, a converted lead reached the stage after MQL', () => {
    expect(stageFor('Open - Not Contacted', 'salesforce', sql)).toBe('leads');
    expect(stageFor('Working - Contacted', 'salesforce', sql)).toBe('leads');
    expect(stageFor('Closed - Not Converted', 'salesforce', sql)).toBe('leads');
    expect(stageFor('Closed - Converted', 'salesforce', sql)).toBe('sql');
    expect(stageFor('Closed - Converted', 'salesforce', en)).toBe('opportunities');
  });

  test('a converted lead never counts as won: with MQL right before won it stays MQL', () => {
    const short = importPlan('en', (p) => {
      p.stages = [p.stages[0], p.stages[1], p.stages[3]];
    });
    expect(stageFor('Closed - Converted', 'salesforce', short)).toBe('mql');
    const twoStages = importPlan('en', (p) => {
      p.stages = [p.stages[0], p.stages[3]];
    });
    expect(stageFor('Closed - Converted', 'salesforce', twoStages)).toBe('leads');
  });

  test("a value named like a plan stage means that stage (the marketer's own words)", () => {
    expect(stageFor('受注', 'generic', ja)).toBe('won');
    expect(stageFor('Won deals', 'generic', en)).toBe('won');
    expect(stageFor('mql', 'generic', en)).toBe('mql');
    expect(stageFor('失注', 'generic', ja)).toBe('opportunities');
  });
});

describe('deal stages', () => {
  test.each([
    ['closedwon', 'won'],
    ['Closed Won', 'won'],
    ['Closed Won (Sales Pipeline)', 'won'],
    ['成約', 'won'],
    ['成立', 'won'],
    ['closedlost', 'lost'],
    ['Closed Lost', 'lost'],
    ['失注', 'lost'],
    ['不成立', 'lost'],
    ['appointmentscheduled', 'open'],
    ['Contract Sent', 'open'],
    ['Negotiation/Review', 'open'],
    ['受注見込み', 'open'],
    ['', 'open'],
  ])('%p is %p', (value, outcome) => {
    expect(outcomeFor(value)).toBe(outcome);
  });
});

describe('sources', () => {
  test.each([
    ['Paid Search', 'ch1'],
    ['PAID_SEARCH', 'ch1'],
    ['有料検索', 'ch1'],
    ['Paid Social', 'ch2'],
    ['SOCIAL_MEDIA', 'ch2'],
    ['Social Media', 'ch2'],
    ['ソーシャル', 'ch2'],
    ['white papers', 'ch3'],
    ['Webinars', 'ch4'],
    ['ch4', 'ch4'],
    ['Organic Search', ''],
    ['Direct Traffic', ''],
    ['Offline Sources', ''],
    ['', ''],
  ])('English plan: %p -> %p', (value, channel) => {
    expect(channelFor(value, en.channels)).toBe(channel);
  });

  test.each([
    ['検索連動広告', 'ch1'],
    ['リスティング広告', 'ch1'],
    ['ソーシャル広告', 'ch2'],
    ['ソーシャルメディア', 'ch2'],
    ['ホワイトペーパー', 'ch3'],
    ['ウェビナー', 'ch4'],
    ['オーガニック検索', ''],
  ])('Japanese plan: %p -> %p', (value, channel) => {
    expect(channelFor(value, ja.channels)).toBe(channel);
  });

  test('offline sources and events go to an events channel, referrals and SEO to theirs', () => {
    const channels = [
      { id: 'ev', name: 'イベント', allocation: 'count' as const, value: 1, cpl: 1 },
      { id: 'seo', name: 'SEO', allocation: 'count' as const, value: 1, cpl: 1 },
      { id: 'ref', name: 'Referrals', allocation: 'count' as const, value: 1, cpl: 1 },
      { id: 'mail', name: 'Email marketing', allocation: 'count' as const, value: 1, cpl: 1 },
    ];
    expect(
      ['OFFLINE', 'Offline Sources', 'Trade Show', '展示会'].map((v) => channelFor(v, channels)),
    ).toEqual(['ev', 'ev', 'ev', 'ev']);
    expect(
      ['ORGANIC_SEARCH', 'Organic Search', 'オーガニック検索'].map((v) => channelFor(v, channels)),
    ).toEqual(['seo', 'seo', 'seo']);
    expect(['REFERRALS', 'Partner Referral', 'リファーラル'].map((v) => channelFor(v, channels))).toEqual([
      'ref',
      'ref',
      'ref',
    ]);
    expect(['EMAIL_MARKETING', 'Eメールマーケティング'].map((v) => channelFor(v, channels))).toEqual([
      'mail',
      'mail',
    ]);
  });
});

describe('defaultMaps', () => {
  test('contacts: a stage for each lifecycle value, a channel for each source, keyed by the value as written', () => {
    expect(
      defaultMaps('hubspot', 'contacts', en, {
        stages: ['Lead', 'Customer', 'Other'],
        outcomes: [],
        channels: ['Paid Search', 'Organic Search'],
      }),
    ).toEqual({
      stages: { Lead: 'leads', Customer: 'won', Other: '' },
      outcomes: {},
      channels: { 'Paid Search': 'ch1', 'Organic Search': '' },
    });
  });

  test('deals: an outcome for each deal stage', () => {
    expect(
      defaultMaps('hubspot', 'deals', en, {
        stages: [],
        outcomes: ['closedwon', 'closedlost', 'contractsent'],
        channels: [],
      }),
    ).toEqual({
      stages: {},
      outcomes: { closedwon: 'won', closedlost: 'lost', contractsent: 'open' },
      channels: {},
    });
  });
});
