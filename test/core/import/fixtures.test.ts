import { cohortCounts, periodCounts, UNASSIGNED } from '../../../src/core/import/count';
import { previewImport, readImport } from '../../../src/core/import/preview';
import type { Plan } from '../../../src/core/plan';
import { fixtureRows, importPlan, nonZero, planWithSql } from './helpers';

// Every expected number below was counted by hand from the fixture files (see the comments in
// each table), not taken from the engine. Months are 'YYYY-MM'; months without records are left out.
const TOKYO = 'Asia/Tokyo';

type Table = Record<string, number>;
interface Expected {
  tool: string;
  kind: string;
  rows: number;
  records: number;
  problems: Table;
  dateOrder: 'mdy' | 'dmy';
  dateOrderAsked: boolean;
  /** By plan stage id. */
  stages: Record<string, Table>;
  /** By channel id: leads (contacts) or won deals (deals). */
  channels: Record<string, Table>;
  wonRevenue?: Table;
  openPipeline?: { deals: number; amount: number };
}

function run(file: string, plan: Plan, encoding = 'utf-8', locale?: string, choice = {}) {
  const rows = fixtureRows(file, encoding);
  const options = { timeZone: TOKYO, locale, choice };
  const preview = previewImport(file, rows, plan, options);
  const read = readImport(rows, plan, options);
  const counts = periodCounts(read.contacts, read.deals, plan, read.maps.channels);
  return { preview, read, counts };
}

function check(result: ReturnType<typeof run>, plan: Plan, expected: Expected) {
  const { preview, counts } = result;
  expect([preview.tool, preview.kind]).toEqual([expected.tool, expected.kind]);
  expect({ rows: preview.rows, records: preview.records }).toEqual({
    rows: expected.rows,
    records: expected.records,
  });
  expect(Object.fromEntries(preview.problems.map((p) => [p.code, p.count]))).toEqual(expected.problems);
  expect({ order: preview.dateOrder, asked: preview.dateOrderAsked }).toEqual({
    order: expected.dateOrder,
    asked: expected.dateOrderAsked,
  });
  const stages = Object.fromEntries(
    plan.stages.map((s, i) => [s.id, nonZero(counts.months, counts.stages[i])]),
  );
  expect(stages).toEqual(expected.stages);
  const channels = Object.fromEntries(
    counts.channels.map((c) => [
      c.id,
      nonZero(counts.months, expected.kind === 'contacts' ? c.leads : c.wonDeals),
    ]),
  );
  expect(channels).toEqual(expected.channels);
  if (expected.wonRevenue)
    expect(nonZero(counts.months, counts.wonRevenue ?? [])).toEqual(expected.wonRevenue);
  expect(counts.openPipeline).toEqual(expected.openPipeline ?? null);
}

// Ann, Bob, Cy, Di, Ed, Fay (twice, once as " fay@example.com "), Gus (bad date), Hal (no email),
// Ivy (no email, no id), Jo (Other), Kai (Evangelist).
const HUBSPOT_CONTACTS: Expected = {
  tool: 'hubspot',
  kind: 'contacts',
  rows: 12,
  records: 10,
  problems: { badDate: 1, duplicate: 1, noKey: 1, inferred: 2 }, // inferred: Di (MQL), Ed (all but customer)
  dateOrder: 'mdy',
  dateOrderAsked: false,
  stages: {
    leads: { '2026-03': 1, '2026-04': 6, '2026-06': 1, '2026-07': 1 }, // Cy | Ann Bob Di Fay Hal Kai | Ed | Jo
    mql: { '2026-04': 3, '2026-05': 2, '2026-06': 1 }, // Bob Cy Kai | Di Fay | Ed
    opportunities: { '2026-04': 1, '2026-05': 1, '2026-06': 1 }, // Kai | Di | Ed
    won: { '2026-05': 1, '2026-06': 1 }, // Kai | Ed
  },
  channels: {
    ch1: { '2026-04': 2 }, // Paid search: Ann, Bob
    ch2: { '2026-04': 2 }, // Social ads: Di (Social Media), Kai (Paid Social)
    ch3: {},
    ch4: {},
    [UNASSIGNED]: { '2026-03': 1, '2026-04': 2, '2026-06': 1, '2026-07': 1 }, // Cy | Fay Hal | Ed | Jo
  },
};

describe('HubSpot contacts', () => {
  test.each([
    ['hubspot-contacts-en.csv', 'en', 'utf-8'],
    ['hubspot-contacts-ja.csv', 'ja', 'utf-8'],
    ['hubspot-contacts-internal.csv', 'en', 'utf-8'],
    ['hubspot-contacts-en.utf16.txt', 'en', 'utf-16le'],
  ] as const)('%s counts as counted by hand', (file, lang, encoding) => {
    const plan = importPlan(lang);
    check(run(file, plan, encoding), plan, HUBSPOT_CONTACTS);
  });

  test('cohorts: of the leads created each month, how many reached each stage and when', () => {
    const plan = importPlan('en');
    const { read } = run('hubspot-contacts-en.csv', plan);
    const { months, cohorts } = cohortCounts(read.contacts, plan);
    const seen = cohorts
      .filter((c) => c.leads > 0)
      .map((c) => ({
        month: c.month,
        leads: c.leads,
        reached: c.reached,
        mqlBy: nonZero(months, c.byMonth[1]),
        wonBy: nonZero(months, c.byMonth[3]),
      }));
    expect(seen).toEqual([
      { month: '2026-03', leads: 1, reached: [1, 1, 0, 0], mqlBy: { '2026-04': 1 }, wonBy: {} }, // Cy
      // Ann Bob Di Fay Hal Kai: MQL Bob, Kai (Apr), Di, Fay (May); opportunity Di, Kai; won Kai
      {
        month: '2026-04',
        leads: 6,
        reached: [6, 4, 2, 1],
        mqlBy: { '2026-04': 2, '2026-05': 2 },
        wonBy: { '2026-05': 1 },
      },
      { month: '2026-06', leads: 1, reached: [1, 1, 1, 1], mqlBy: { '2026-06': 1 }, wonBy: { '2026-06': 1 } }, // Ed
      { month: '2026-07', leads: 1, reached: [1, 0, 0, 0], mqlBy: {}, wonBy: {} }, // Jo
    ]);
  });

  test('UTC instants are dated in the spreadsheet time zone: Hal is an April lead in Tokyo, a March one in UTC', () => {
    const plan = importPlan('en');
    const rows = fixtureRows('hubspot-contacts-internal.csv');
    const utc = readImport(rows, plan, { timeZone: 'UTC' });
    const hal = utc.contacts.find((c) => c.key === '108');
    expect(hal?.dates[0]).toBe('2026-03-31');
    const tokyo = readImport(rows, plan, { timeZone: TOKYO });
    expect(tokyo.contacts.find((c) => c.key === '108')?.dates[0]).toBe('2026-04-01');
  });

  test('hostile cells and line breaks come through as plain text', () => {
    const plan = importPlan('en');
    const { read } = run('hubspot-contacts-en.csv', plan);
    expect(read.contacts.find((c) => c.key === 'gus@example.com')?.source).toBe('@SUM(A1)');
    expect(read.table.rows.find((r) => r[0] === '111')?.[11]).toBe('Met at the booth\nCall back in July');
    expect(read.table.rows.find((r) => r[0] === '107')?.[11]).toBe('=HYPERLINK("x")');
  });
});

describe('HubSpot deals', () => {
  // 9001..9008; 9002 twice (the second row wins: closed 12 June, ¥1,600,000); 9005 "1.200.000";
  // 9008 closes on 30 February.
  const expected: Expected = {
    tool: 'hubspot',
    kind: 'deals',
    rows: 9,
    records: 8,
    problems: { duplicate: 1, badAmount: 1, badDate: 1 },
    dateOrder: 'mdy',
    dateOrderAsked: false,
    stages: {
      leads: {},
      mql: {},
      opportunities: { '2026-03': 1, '2026-04': 4, '2026-05': 2, '2026-06': 1 }, // 9006 | 9001 9002 9003 9008 | 9004 9005 | 9007
      won: { '2026-05': 2, '2026-06': 1 }, // 9001 9006 | 9002
    },
    channels: {
      ch1: { '2026-05': 1 },
      ch2: { '2026-06': 1 },
      ch3: {},
      ch4: {},
      [UNASSIGNED]: { '2026-05': 1 },
    },
    wonRevenue: { '2026-05': 3_200_000, '2026-06': 1_600_000 },
    openPipeline: { deals: 3, amount: 305_000 }, // 9004 $5,000.00, 9005 (no amount), 9007 300,000
  };

  test('hubspot-deals.csv counts as counted by hand', () => {
    const plan = importPlan('en');
    check(run('hubspot-deals.csv', plan), plan, expected);
  });

  test('a hostile deal name is kept as text', () => {
    const { read } = run('hubspot-deals.csv', importPlan('en'));
    expect(read.deals.find((d) => d.key === '9005')).toMatchObject({
      name: '=HYPERLINK("x")',
      amount: null,
      outcome: 'open',
    });
  });
});

// Mia, Noah, Olga, Pia, Quinn, Ray (Quinn's email again), Sam; three footer lines under the records.
const SALESFORCE_LEADS: Expected = {
  tool: 'salesforce',
  kind: 'contacts',
  rows: 7,
  records: 6, // Quinn twice (QUINN@ and quinn@)
  problems: { footer: 3, duplicate: 1, inferred: 3 }, // inferred MQL: Olga, Pia, Sam (and Sam's SQL)
  dateOrder: 'mdy', // 4/15/2026 proves it
  dateOrderAsked: false,
  stages: {
    leads: { '2026-03': 1, '2026-04': 4, '2026-05': 1 }, // Olga | Mia Noah Pia Quinn | Sam
    mql: { '2026-04': 1, '2026-05': 2 }, // Olga | Pia Sam
    sql: { '2026-04': 1, '2026-05': 2 }, // Olga (converted 4/20) | Pia (5/3), Sam (no converted date: created)
    opportunities: {},
    won: {},
  },
  channels: {
    ch1: {},
    ch2: {},
    ch3: {},
    ch4: {},
    ch5: { '2026-04': 2 }, // Events: Noah, Pia (Trade Show)
    [UNASSIGNED]: { '2026-03': 1, '2026-04': 2, '2026-05': 1 }, // Olga | Mia Quinn | Sam
  },
};

describe('Salesforce reports', () => {
  test('leads report: every value quoted, footer left out, converted leads reach SQL', () => {
    const plan = planWithSql('en');
    const result = run('salesforce-leads.csv', plan);
    check(result, plan, SALESFORCE_LEADS);
    expect(result.read.table.footerLines).toEqual([
      'Grand Totals (7 records)',
      'Confidential Information - Do Not Distribute',
      'Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.',
    ]);
    expect(result.read.table.rows.find((r) => r[1] === 'Sam')?.[3]).toBe('Eta\nHoldings');
  });

  test('a formatted report with its title and filters above the column names reads the same', () => {
    const plan = planWithSql('en');
    const result = run('salesforce-leads-titled.csv', plan);
    const problems = { ...SALESFORCE_LEADS.problems, title: 5 };
    check(result, plan, { ...SALESFORCE_LEADS, problems });
    expect(result.read.table.headers[0]).toBe('Lead ID');
    expect(result.preview.problems.find((p) => p.code === 'title')?.examples).toEqual([
      'Open Leads by Source',
      'Acme Corp',
      'As of 2026/05/31 10:00 · Generated by Mi…', // examples keep 40 characters
      'Filtered By:',
      'Lead Status not equal to Closed - Not Co…',
    ]);
    // The row numbers in messages are the file's: Quinn's second row is line 14 of the file.
    const duplicate = result.preview.problems.find((p) => p.code === 'duplicate');
    expect(duplicate?.examples.join()).toMatch(/\b14\b/);
  });

  test('opportunities report: day-first dates, Won and Closed columns decide', () => {
    const plan = planWithSql('en');
    check(run('salesforce-opportunities.csv', plan), plan, {
      tool: 'salesforce',
      kind: 'deals',
      rows: 7,
      records: 7,
      problems: { footer: 3, badAmount: 1 },
      dateOrder: 'dmy', // 20/05/2026 proves it
      dateOrderAsked: false,
      stages: {
        leads: {},
        mql: {},
        sql: {},
        opportunities: { '2026-04': 5, '2026-05': 2 }, // 001 002 003 005 007 | 004 006
        won: { '2026-05': 1, '2026-06': 2 }, // 001 | 004 ("Signed", Won=1), 007; 005 is Won=0, Closed=1: lost
      },
      channels: {
        ch1: {},
        ch2: {},
        ch3: {},
        ch4: {},
        ch5: { '2026-06': 1 },
        [UNASSIGNED]: { '2026-05': 1, '2026-06': 1 },
      },
      wonRevenue: { '2026-05': 120_000, '2026-06': 80_000 }, // 007's "1.200.000" is not read
      openPipeline: { deals: 2, amount: 45_000 }, // 002 $45,000.00, 006 (no amount)
    });
  });
});

describe('a generic lead list from kintone, Japanese headers', () => {
  // 1 青木 … 8 工藤; 小野 twice (ONO@, ono@); 木村's date is 2026-13-01; 江藤's dates 04/05/2026 and
  // 06/07/2026 read either way.
  const base = {
    tool: 'generic',
    kind: 'contacts',
    rows: 8,
    records: 7,
    problems: { ambiguousDates: 2, duplicate: 1, badDate: 1, inferred: 2 }, // inferred: 江藤 (MQL, 商談), 小野 (MQL)
  };

  test.each([
    ['generic-kintone.csv', 'utf-8'],
    ['generic-kintone.sjis.csv', 'shift_jis'],
  ])('%s, month first (the Japanese default), asks for the order', (file, encoding) => {
    const plan = importPlan('ja');
    check(run(file, plan, encoding, 'ja_JP'), plan, {
      ...base,
      dateOrder: 'mdy',
      dateOrderAsked: true,
      stages: {
        leads: { '2026-04': 5, '2026-05': 1 }, // 青木 井上 上田 江藤 小野 | 工藤
        mql: { '2026-04': 2, '2026-05': 1, '2026-06': 1 }, // 井上 上田 | 小野 | 江藤
        opportunities: { '2026-05': 2, '2026-06': 1 }, // 上田 小野 | 江藤
        won: { '2026-06': 1 }, // 江藤, 7 June
      },
      channels: {
        ch1: { '2026-04': 1 }, // リスティング広告: 青木 (木村 has no date)
        ch2: { '2026-04': 1 }, // SNS広告: 井上
        ch3: { '2026-04': 1 }, // ホワイトペーパー: 上田
        ch4: { '2026-04': 1 }, // ウェビナー: 江藤
        [UNASSIGNED]: { '2026-04': 1, '2026-05': 1 }, // 小野 (展示会) | 工藤 (自然検索)
      },
    });
  });

  test('read day first when the user says so', () => {
    const plan = importPlan('ja');
    const result = run('generic-kintone.sjis.csv', plan, 'shift_jis', 'ja_JP', { dateOrder: 'dmy' });
    const { ambiguousDates: _asked, ...problems } = base.problems;
    check(result, plan, {
      ...base,
      problems,
      dateOrder: 'dmy',
      dateOrderAsked: false,
      stages: {
        leads: { '2026-04': 4, '2026-05': 2 }, // 江藤 now 4 May
        mql: { '2026-04': 2, '2026-05': 1, '2026-07': 1 },
        opportunities: { '2026-05': 2, '2026-07': 1 },
        won: { '2026-07': 1 }, // 江藤, 6 July
      },
      channels: {
        ch1: { '2026-04': 1 },
        ch2: { '2026-04': 1 },
        ch3: { '2026-04': 1 },
        ch4: { '2026-05': 1 },
        [UNASSIGNED]: { '2026-04': 1, '2026-05': 1 },
      },
    });
  });
});
