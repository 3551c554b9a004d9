import type { ContactRecord, DealRecord, ValueMaps } from '../../src/core/import/types';
import type { Plan } from '../../src/core/plan';
import { defaultPlan } from '../../src/core/plan-defaults';
import type { WorkbookDescription } from '../../src/sheets/description';
import type { ImportLayout } from '../../src/sheets/imported';
import { locate } from '../../src/sheets/keys';
import { contactsSheet, dealsSheet, mappingSheet, RECORDS_FIRST_ROW } from '../../src/sheets/records';
import { positions } from '../../src/sheets/positions';
import { layoutWorkbook } from '../../src/sheets/workbook';
import { evaluate } from '../support/hf-workbook';
import { ENGLISH_NAMES } from '../support/plan-edits';

const names = ENGLISH_NAMES;
const plan: Plan = defaultPlan('en', { year: 2026, month: 11 }); // period Jan-Dec 2027
const ids = plan.stages.map((s) => s.id); // leads, mql, opportunities, won
const [paid, social] = plan.channels;

const contact = (
  key: string,
  source: string,
  dates: string[],
  email = `${key}@example.com`,
): ContactRecord => ({
  key,
  email,
  source,
  status: '',
  dates,
  inferred: dates.map(() => false),
  fallback: '',
  byStatus: dates.map(() => false),
});

// Leads: Jan x3, Feb x1; MQL: Jan x1, Feb x2; counted by hand below.
const contacts: ContactRecord[] = [
  contact('c1', 'Paid Search', ['2027-01-05', '2027-01-20', '', '']),
  contact('c2', 'Paid Search', ['2027-01-31', '2027-02-01', '', '']),
  contact('c3', 'Social', ['2027-01-15', '2027-02-10', '', '']),
  contact('c4', 'Trade show', ['2027-02-28', '', '', '']),
  contact('c5', '=HYPERLINK("http://x","y")', ['2026-12-31', '', '', ''], '+1@example.com'),
];
const deal = (key: string, stage: string, amount: number, created: string, closed: string): DealRecord => ({
  key,
  name: `Deal ${key}`,
  stage,
  outcome: 'open',
  amount,
  created,
  closed,
  source: 'Paid Search',
});
// Won in Feb: d1 (5,000,000) and d3 (2,000,000); d2 lost; d4 open.
const deals: DealRecord[] = [
  deal('d1', 'closedwon', 5_000_000, '2027-01-10', '2027-02-15'),
  deal('d2', 'closedlost', 9_000_000, '2027-01-11', '2027-02-16'),
  deal('d3', 'closedwon', 2_000_000, '2027-02-01', '2027-02-28'),
  deal('d4', 'appointmentscheduled', 1_000_000, '2027-02-02', ''),
];
const maps: ValueMaps = {
  stages: {},
  outcomes: { closedwon: 'won', closedlost: 'lost', appointmentscheduled: 'open' },
  channels: { 'Paid Search': paid?.id ?? '', Social: social?.id ?? '' },
};

function workbook(
  dealRecords: DealRecord[] = deals,
  lang: 'en' | 'ja' = 'en',
): {
  book: ReturnType<typeof evaluate>;
  described: WorkbookDescription;
} {
  const { sheet: mapping, places } = mappingSheet(
    plan,
    'CRM mapping',
    maps,
    ['Paid Search', 'Social', 'Trade show', '=HYPERLINK("http://x","y")'],
    ['closedwon', 'closedlost', 'appointmentscheduled'],
  );
  const layout: ImportLayout = {
    asOf: '2027-02-28',
    contacts: { sheet: 'CRM contacts', records: contacts.length, stages: [ids[0], ids[1]] as string[] },
    deals: {
      sheet: 'CRM deals',
      records: dealRecords.length,
      createdStage: ids[2] ?? null,
      wonStage: ids[3] ?? null,
    },
  };
  const described = {
    sheets: [
      ...layoutWorkbook({ ...plan, lang }, names, layout).sheets,
      contactsSheet(plan, 'CRM contacts', contacts, places, 'contacts.csv'),
      dealsSheet(plan, 'CRM deals', dealRecords, places, 'deals.csv'),
      mapping,
    ],
  } as unknown as WorkbookDescription;
  return { book: evaluate(described), described };
}

function actual(
  book: ReturnType<typeof evaluate>,
  described: WorkbookDescription,
  rowKey: string,
  month: string,
) {
  const sheet = described.sheets.find((s) => s.key === 'actuals');
  const values = sheet?.cells.map((line) => line.map((c) => c?.text ?? c?.value ?? '')) ?? [];
  const found = locate(values, 'actuals');
  const r = found?.rows.get(rowKey);
  const c = found?.cols.get(`m:${month}`);
  if (r === undefined || c === undefined) throw new Error(`${rowKey} ${month}`);
  return book.value('Actuals', r + 1, c + 1);
}

describe('Actuals counted from imported records with native formulas', () => {
  test('stage counts by the month each stage was reached; won deals and revenue by close date', () => {
    const { book, described } = workbook();
    expect(actual(book, described, `stage:${ids[0]}`, '2027-01')).toBe(3);
    expect(actual(book, described, `stage:${ids[0]}`, '2027-02')).toBe(1);
    expect(actual(book, described, `stage:${ids[0]}`, '2026-12')).toBe(1);
    expect(actual(book, described, `stage:${ids[1]}`, '2027-01')).toBe(1);
    expect(actual(book, described, `stage:${ids[1]}`, '2027-02')).toBe(2);
    expect(actual(book, described, `stage:${ids[2]}`, '2027-01')).toBe(2); // deals created
    expect(actual(book, described, `stage:${ids[2]}`, '2027-02')).toBe(2);
    expect(actual(book, described, `stage:${ids[3]}`, '2027-02')).toBe(2); // won
    expect(actual(book, described, 'revenue', '2027-02')).toBe(7_000_000);
    expect(actual(book, described, 'revenue', '2027-01')).toBe(0);
    // After the export: blank, so "to date" stops there.
    expect(actual(book, described, `stage:${ids[0]}`, '2027-03')).toBeNull();
  });

  test('channel leads follow the mapping sheet live; unmapped sources stay unassigned, never dropped', () => {
    const { book, described } = workbook();
    const paidLeads = `channel:${paid?.id}:leads`;
    const socialLeads = `channel:${social?.id}:leads`;
    expect(actual(book, described, paidLeads, '2027-01')).toBe(2);
    expect(actual(book, described, socialLeads, '2027-01')).toBe(1);
    // The contacts sheet shows the unmapped source as (unassigned).
    expect(book.value('CRM contacts', RECORDS_FIRST_ROW + 3, 5)).toBe('(unassigned)');
    // Map "Social" to Paid search on the mapping sheet: the counts move without importing again.
    book.set('CRM mapping', 6, 2, paid?.name);
    expect(actual(book, described, paidLeads, '2027-01')).toBe(3);
    expect(actual(book, described, socialLeads, '2027-01')).toBe(0);
  });

  test('values from the file are text, never formulas', () => {
    const { book } = workbook();
    expect(book.value('CRM contacts', RECORDS_FIRST_ROW + 4, 3)).toBe('=HYPERLINK("http://x","y")');
    expect(book.value('CRM contacts', RECORDS_FIRST_ROW + 4, 2)).toBe('+1@example.com');
    expect(book.value('CRM mapping', 8, 1)).toBe('=HYPERLINK("http://x","y")');
  });
});

describe('Dashboard: channel quality, management figures and cohorts from the records', () => {
  function rowOf(described: WorkbookDescription, label: string): number {
    const sheet = described.sheets.find((s) => s.key === 'dashboard');
    // The last row so labelled: channel names also head the Dashboard's channel KPI block above.
    const cells = sheet?.cells ?? [];
    for (let r = cells.length - 1; r >= 0; r--) if (cells[r]?.[0]?.text === label) return r + 1;
    throw new Error(`no row ${label}`);
  }

  test('per channel leads, won deals and revenue; unassigned shown; pipeline open and sourced; cohorts', () => {
    const { book, described } = workbook();
    const at = (label: string, col: number) => book.value('Dashboard', rowOf(described, label), col);
    expect([at(paid?.name ?? '', 2), at(paid?.name ?? '', 5), at(paid?.name ?? '', 6)]).toEqual([
      2, 2, 7_000_000,
    ]);
    expect(at(social?.name ?? '', 2)).toBe(1);
    expect(at('(unassigned)', 2)).toBe(1); // c4 in the period; c5 fell before it
    // In a Japanese plan the row reads （未割り当て） and counts the same records.
    const ja = workbook(deals, 'ja');
    expect(ja.book.value('Dashboard', rowOf(ja.described, '（未割り当て）'), 2)).toBe(1);
    expect(at('Marketing-sourced revenue', 2)).toBe(7_000_000);
    expect(at('Marketing-sourced won deals', 2)).toBe(2);
    expect(at('Marketing-sourced pipeline (open, as of the export)', 2)).toBe(1_000_000);
    expect([at('2027-01', 2), at('2027-01', 3), at('2027-02', 2), at('2027-02', 3)]).toEqual([3, 3, 1, 0]);
  });

  test('cheap leads that rarely close: named once spend is typed, never guessed without it', () => {
    // d3 came from Social: each channel has one won deal.
    const { book, described } = workbook(deals.map((d) => (d.key === 'd3' ? { ...d, source: 'Social' } : d)));
    const worst = () => book.value('Dashboard', rowOf(described, 'Cheap leads that rarely close'), 2);
    const cpl = (label: string) => book.value('Dashboard', rowOf(described, label), 8);
    expect(worst()).toMatch(/^Type each channel's spend on Actuals/);
    expect(cpl(paid?.name ?? '')).toBe('');
    // January spend: Paid search 800 for 2 leads (CPL 400, CAC 800), Social ads 700 for 1 (CPL 700, CAC 700).
    const m = positions(plan).months;
    book.set('Actuals', m.channelMoneyRow(0), m.firstCol + m.before, 800);
    book.set('Actuals', m.channelMoneyRow(1), m.firstCol + m.before, 700);
    expect([cpl(paid?.name ?? ''), cpl(social?.name ?? '')]).toEqual([400, 700]);
    expect(book.value('Dashboard', rowOf(described, paid?.name ?? ''), 10)).toBe(800);
    // Cheapest leads, dearest customers: Paid search.
    expect(worst()).toBe(paid?.name);
  });
});
