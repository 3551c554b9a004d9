import { cleanTable } from '../../../src/core/import/table';
import { parseAmount, readContacts, readDeals, type ReadChoice } from '../../../src/core/import/records';
import type { ColumnMapping, ImportProblem } from '../../../src/core/import/types';
import { importPlan, planWithSql } from './helpers';

const TOKYO = 'Asia/Tokyo';
const plan = importPlan('en'); // leads, mql, opportunities, won

const CONTACT_HEADERS = [
  'Id',
  'Email',
  'Status',
  'Created',
  'MQL',
  'SQL',
  'Opp',
  'Customer',
  'Converted',
  'Source',
];
const CONTACT_MAPPING: ColumnMapping = {
  id: 0,
  email: 1,
  lifecycle: 2,
  created: 3,
  mqlDate: 4,
  sqlDate: 5,
  opportunityDate: 6,
  customerDate: 7,
  convertedDate: 8,
  source: 9,
};
const choice = (mapping: ColumnMapping, stages: Record<string, string> = {}): ReadChoice => ({
  tool: 'generic',
  mapping,
  dateOrder: 'mdy',
  maps: { stages, outcomes: {}, channels: {} },
});

function contacts(rows: string[][], p = plan, stages: Record<string, string> = {}) {
  return readContacts(cleanTable([CONTACT_HEADERS, ...rows]), choice(CONTACT_MAPPING, stages), p, TOKYO);
}
const byCode = (problems: ImportProblem[]) => Object.fromEntries(problems.map((p) => [p.code, p.count]));
const row = (cells: Partial<Record<keyof typeof CONTACT_MAPPING, string>>) =>
  CONTACT_HEADERS.map((_, i) => {
    const field = Object.entries(CONTACT_MAPPING).find(([, c]) => c === i)?.[0] as keyof typeof cells;
    return cells[field] ?? '';
  });

describe('readContacts', () => {
  test('one person, one lead: emails compared trimmed and lower-cased, earliest date of each stage kept', () => {
    const result = contacts([
      row({
        id: '1',
        email: 'Ann@Example.com',
        created: '2026-04-10',
        mqlDate: '2026-05-01',
        source: 'Paid Search',
      }),
      row({
        id: '2',
        email: ' ann@example.com ',
        created: '2026-04-02',
        mqlDate: '2026-05-20',
        opportunityDate: '2026-06-01',
      }),
    ]);
    expect(result.records).toEqual([
      {
        key: 'ann@example.com',
        email: 'Ann@Example.com',
        source: 'Paid Search',
        status: '',
        dates: ['2026-04-02', '2026-05-01', '2026-06-01', ''],
        inferred: [false, false, false, false],
        fallback: '2026-04-02',
        byStatus: [false, false, false, false],
      },
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'duplicate',
        count: 1,
        examples: ['row 3: ann@example.com'],
        level: 'info',
      }),
    ]);
  });

  test('without an email the record id is the key; without either the row is skipped as noKey', () => {
    const result = contacts([
      row({ id: '7', created: '2026-04-01' }),
      row({ id: '7', created: '2026-03-01' }),
      row({ created: '2026-04-01', source: 'Web' }),
    ]);
    expect(result.records.map((r) => [r.key, r.dates[0]])).toEqual([['7', '2026-03-01']]);
    expect(byCode(result.problems)).toEqual({ duplicate: 1, noKey: 1 });
    expect(result.problems.find((p) => p.code === 'noKey')?.examples).toEqual(['row 4: 2026-04-01']);
  });

  test('the furthest status of a person is kept', () => {
    const result = contacts(
      [
        row({ email: 'a@x.com', lifecycle: 'MQL', created: '2026-04-01', mqlDate: '2026-04-02' }),
        row({ email: 'a@x.com', lifecycle: 'Lead', created: '2026-04-01' }),
      ],
      plan,
      { MQL: 'mql', Lead: 'leads' },
    );
    expect(result.records[0]?.status).toBe('MQL');
  });

  test('dates that cannot be read are counted with examples and left empty, never guessed', () => {
    const result = contacts([
      row({ email: 'a@x.com', created: '31/31/2026' }),
      row({ email: 'b@x.com', created: '2026-04-01', mqlDate: 'soon' }),
    ]);
    expect(result.records.map((r) => r.dates)).toEqual([
      ['', '', '', ''],
      ['2026-04-01', '', '', ''],
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'badDate',
        count: 2,
        examples: ['row 2: 31/31/2026', 'row 3: soon'],
        level: 'warning',
      }),
    ]);
    expect(result.problems[0]?.message.en).toMatch(/^2 dates could not be read/);
    expect(result.problems[0]?.message.ja).toMatch(/^2 件の日付/);
  });

  test("examples are written in the user's language", () => {
    const result = readContacts(
      cleanTable([CONTACT_HEADERS, row({ email: 'a@x.com', created: 'soon' })]),
      choice(CONTACT_MAPPING),
      plan,
      TOKYO,
      'ja',
    );
    expect(result.problems[0]?.examples).toEqual(['2 行目：soon']);
  });

  test('a later stage without an earlier date counts for the earlier stages at the earliest later date', () => {
    const result = contacts([row({ email: 'a@x.com', customerDate: '2026-06-01 10:00' })]);
    expect(result.records[0]).toMatchObject({
      dates: ['2026-06-01', '2026-06-01', '2026-06-01', '2026-06-01'],
      inferred: [true, true, true, false],
    });
    const skipped = contacts([
      row({
        email: 'b@x.com',
        created: '2026-04-01',
        opportunityDate: '2026-05-10',
        customerDate: '2026-05-01',
      }),
    ]);
    expect(skipped.records[0]).toMatchObject({
      dates: ['2026-04-01', '2026-05-01', '2026-05-10', '2026-05-01'],
      inferred: [false, true, false, false],
    });
    expect(skipped.problems).toEqual([
      expect.objectContaining({ code: 'inferred', count: 1, examples: ['row 2: b@x.com'] }),
    ]);
  });

  test('a stage reached by status only takes the converted date, else the created date (inferred)', () => {
    const sql = planWithSql('en');
    const result = contacts(
      [
        row({
          email: 'a@x.com',
          lifecycle: 'Closed - Converted',
          created: '4/1/2026',
          convertedDate: '4/20/2026',
        }),
        row({ email: 'b@x.com', lifecycle: 'Closed - Converted', created: '5/10/2026' }),
        row({ email: 'c@x.com', lifecycle: 'Open', created: '4/2/2026' }),
      ],
      sql,
      { 'Closed - Converted': 'sql', Open: 'leads' },
    );
    expect(result.records.map((r) => [r.dates, r.inferred])).toEqual([
      [
        ['2026-04-01', '2026-04-20', '2026-04-20', '', ''],
        [false, true, false, false, false],
      ],
      [
        ['2026-05-10', '2026-05-10', '2026-05-10', '', ''],
        [false, true, true, false, false],
      ],
      [
        ['2026-04-02', '', '', '', ''],
        [false, false, false, false, false],
      ],
    ]);
  });

  test('a status value missing from the maps is read with the default map', () => {
    const result = contacts([row({ email: 'a@x.com', lifecycle: 'customer', created: '2026-04-01' })]);
    expect(result.records[0]?.dates).toEqual(['2026-04-01', '2026-04-01', '2026-04-01', '2026-04-01']);
  });

  test('a date column of a stage the plan lacks still proves the stages before it', () => {
    // The plan has no SQL stage: an SQL date says MQL was reached by then, nothing about opportunities.
    const result = contacts([row({ email: 'a@x.com', created: '2026-04-01', sqlDate: '2026-04-15' })]);
    expect(result.records[0]).toMatchObject({
      dates: ['2026-04-01', '2026-04-15', '', ''],
      inferred: [false, true, false, false],
    });
  });

  test('hostile cells come through as plain strings', () => {
    const result = contacts([
      row({ email: '=HYPERLINK("x")', lifecycle: '+1', source: '@SUM(A1)', created: '-2+3' }),
    ]);
    expect(result.records[0]).toMatchObject({
      key: '=hyperlink("x")',
      email: '=HYPERLINK("x")',
      status: '+1',
      source: '@SUM(A1)',
    });
    expect(result.problems.map((p) => p.examples)).toEqual([['row 2: -2+3']]);
  });

  test('50,000 contacts are read in one linear pass', () => {
    const rows: string[][] = [CONTACT_HEADERS];
    for (let i = 0; i < 50_000; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      rows.push(
        row({
          id: String(i),
          // Every tenth person appears twice, with another case.
          email: i % 10 === 9 ? `P${i - 1}@EXAMPLE.COM` : `p${i}@example.com`,
          lifecycle: i % 3 === 0 ? 'customer' : 'lead',
          created: `2026-04-${day} 10:00`,
          mqlDate: i % 2 === 0 ? `2026-05-${day}T01:00:00.000Z` : '',
          source: i % 4 === 0 ? 'Paid Search' : 'Webinars',
        }),
      );
    }
    const result = contacts(rows.slice(1));
    expect(result.records).toHaveLength(45_000);
    expect(result.problems.find((p) => p.code === 'duplicate')?.count).toBe(5_000);
    const customers = new Set<number>();
    for (let i = 0; i < 50_000; i++) if (i % 3 === 0) customers.add(i % 10 === 9 ? i - 1 : i);
    expect(result.records.filter((r) => r.dates[3] !== '')).toHaveLength(customers.size);
    expect(result.records.every((r) => r.dates[0]?.startsWith('2026-04'))).toBe(true);
  });
});

const DEAL_HEADERS = ['Id', 'Name', 'Stage', 'Amount', 'Created', 'Close', 'Source', 'Won', 'Closed'];
const DEAL_MAPPING: ColumnMapping = {
  id: 0,
  name: 1,
  stage: 2,
  amount: 3,
  created: 4,
  closeDate: 5,
  source: 6,
};
function deals(rows: string[][], mapping: ColumnMapping = DEAL_MAPPING, outcomes = {}) {
  return readDeals(
    cleanTable([DEAL_HEADERS, ...rows]),
    { ...choice(mapping), maps: { stages: {}, outcomes, channels: {} } },
    TOKYO,
  );
}

describe('readDeals', () => {
  test('one record per deal id; the last row of a deal wins', () => {
    const result = deals([
      ['D1', 'Acme', 'Contract Sent', '1000', '2026-04-01', '2026-06-30', 'Web', '', ''],
      ['D2', 'Beta', 'Closed Lost', '2000', '2026-04-02', '2026-05-01', 'Web', '', ''],
      ['D1', 'Acme', 'Closed Won', '1200', '2026-04-01', '2026-05-20', 'Web', '', ''],
    ]);
    expect(result.records).toEqual([
      {
        key: 'D1',
        name: 'Acme',
        stage: 'Closed Won',
        outcome: 'won',
        amount: 1200,
        created: '2026-04-01',
        closed: '2026-05-20',
        source: 'Web',
      },
      {
        key: 'D2',
        name: 'Beta',
        stage: 'Closed Lost',
        outcome: 'lost',
        amount: 2000,
        created: '2026-04-02',
        closed: '2026-05-01',
        source: 'Web',
      },
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'duplicate', count: 1, examples: ['row 4: D1'] }),
    ]);
  });

  test('without an id column, the deal name is the key; rows with neither are noKey', () => {
    const { id: _id, ...byName } = DEAL_MAPPING;
    const result = deals(
      [
        ['', 'Acme', 'Closed Won', '1', '', '', '', '', ''],
        ['', '', 'Closed Won', '2', '', '', '', '', ''],
      ],
      byName,
    );
    expect(result.records.map((r) => r.key)).toEqual(['Acme']);
    expect(result.problems.map((p) => p.code)).toEqual(['noKey']);
  });

  test('the outcome map decides first; Won and Closed columns override it', () => {
    const mapping = { ...DEAL_MAPPING, won: 7, closed: 8 };
    const result = deals(
      [
        ['1', 'a', 'Signed', '', '', '', '', '1', '1'],
        ['2', 'b', 'Closed Won', '', '', '', '', '0', '1'],
        ['3', 'c', 'Closed Won', '', '', '', '', 'false', 'false'],
        ['4', 'd', 'Prospecting', '', '', '', '', '', 'true'],
        ['5', 'e', 'Prospecting', '', '', '', '', '0', ''],
        ['6', 'f', 'Verbal yes', '', '', '', '', '', ''],
        ['7', 'g', 'Closed Won', '', '', '', '', '', ''],
      ],
      mapping,
      { 'Verbal yes': 'won' },
    );
    expect(result.records.map((r) => r.outcome)).toEqual([
      'won',
      'lost',
      'open',
      'lost',
      'open',
      'won',
      'won',
    ]);
  });

  test('amounts: currency marks and separators read, anything unclear counted as badAmount', () => {
    const result = deals([
      ['1', 'a', '', '¥1,200,000', '', '', '', '', ''],
      ['2', 'b', '', '1.200.000', '', '', '', '', ''],
      ['3', 'c', '', '', '', '', '', '', ''],
    ]);
    expect(result.records.map((r) => r.amount)).toEqual([1_200_000, null, null]);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'badAmount', count: 1, examples: ['row 3: 1.200.000'] }),
    ]);
  });
});

describe('parseAmount', () => {
  test.each([
    ['1200000', 1_200_000],
    ['1,200,000', 1_200_000],
    ['¥1,200,000', 1_200_000],
    ['￥1,200,000', 1_200_000],
    ['$5,000.00', 5000],
    ['5000.5', 5000.5],
    ['1,234,567.89', 1_234_567.89],
    ['500万円', 5_000_000],
    ['1億2000万', 120_000_000],
    ['0.125', 0.125],
    ['0', 0],
  ])('%p -> %p', (text, value) => {
    expect(parseAmount(text)).toBeCloseTo(value, 9);
  });

  test.each([
    '1.200.000',
    '1.200',
    '1.200,50',
    '1,5',
    '12,00',
    '-5000',
    '15%',
    'TBD',
    '=1+1',
    '-2+3',
    '1,2345',
  ])('%p is not read (null, never a guess)', (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});
