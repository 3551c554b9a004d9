import { previewImport } from '../../../src/core/import/preview';
import { ImportRefused } from '../../../src/core/import/table';
import { fixtureRows, importPlan, planWithSql } from './helpers';

const TOKYO = 'Asia/Tokyo';

describe('previewImport', () => {
  test('says what it recognised: tool, kind, columns, values most frequent first, maps', () => {
    const plan = importPlan('en');
    const preview = previewImport('contacts.csv', fixtureRows('hubspot-contacts-en.csv'), plan, {
      timeZone: TOKYO,
    });
    expect(preview).toMatchObject({
      fileName: 'contacts.csv',
      tool: 'hubspot',
      kind: 'contacts',
      confidence: 1,
      dateOrder: 'mdy',
      dateOrderAsked: false,
      rows: 12,
      records: 10,
    });
    expect(preview.headers[0]).toBe('Record ID');
    expect(preview.mapping).toMatchObject({ id: 0, email: 3, lifecycle: 4, created: 5, source: 10 });
    expect(preview.values.stages.slice(0, 2)).toEqual(['Lead', 'Marketing Qualified Lead']);
    expect(preview.values.channels[0]).toBe('Paid Search');
    expect(preview.values.outcomes).toEqual([]);
    expect(preview.maps.stages).toMatchObject({
      Lead: 'leads',
      Customer: 'won',
      Other: '',
      'Sales Qualified Lead': '',
    });
    expect(preview.maps.channels).toMatchObject({
      'Paid Search': 'ch1',
      'Social Media': 'ch2',
      'Organic Search': '',
    });
    for (const p of preview.problems) {
      expect(p.message.en).not.toMatch(/\{\w+\}/);
      expect(p.message.ja).not.toMatch(/\{\w+\}/);
    }
    expect(JSON.parse(JSON.stringify(preview))).toEqual(preview); // plain data, safe through google.script.run
  });

  test("re-reads with the user's corrections: mapping, maps and date order", () => {
    const plan = importPlan('en');
    const rows = fixtureRows('hubspot-contacts-en.csv');
    const first = previewImport('c.csv', rows, plan, { timeZone: TOKYO });
    const { source: _source, ...withoutSource } = first.mapping;
    const again = previewImport('c.csv', rows, plan, {
      timeZone: TOKYO,
      choice: {
        mapping: { ...withoutSource, customerDate: 99 },
        maps: { stages: { Other: 'mql', Lead: 'nope' }, outcomes: {}, channels: { 'Paid Search': 'ch4' } },
        dateOrder: 'dmy',
      },
    });
    expect(again.mapping).not.toHaveProperty('source');
    expect(again.mapping).not.toHaveProperty('customerDate'); // no column 99
    expect(again.values.channels).toEqual([]);
    expect(again.maps.stages).toMatchObject({ Other: 'mql', Lead: 'leads' }); // an unknown stage id is ignored
    expect(again.dateOrder).toBe('dmy');
  });

  test('a kind chosen by the user maps the columns for that kind', () => {
    const preview = previewImport('d.csv', fixtureRows('hubspot-deals.csv'), importPlan('en'), {
      timeZone: TOKYO,
      choice: { kind: 'contacts' },
    });
    expect(preview).toMatchObject({ tool: 'hubspot', kind: 'contacts', mapping: { id: 0, created: 5 } });
  });

  test('deal stage values get outcomes; with Won and Closed columns, the ones their deals show', () => {
    const rows = fixtureRows('salesforce-opportunities.csv');
    const preview = previewImport('o.csv', rows, planWithSql('en'), { timeZone: TOKYO });
    expect(preview.values.outcomes[0]).toBe('Closed Won');
    expect(preview.maps.outcomes).toEqual({
      'Closed Won': 'won', // two of its three deals are won
      'Negotiation/Review': 'open',
      'Closed Lost': 'lost',
      Signed: 'won', // a stage of the org's own, won by its deal's Won column
      Prospecting: 'open',
    });
    const chosen = previewImport('o.csv', rows, planWithSql('en'), {
      timeZone: TOKYO,
      choice: { maps: { stages: {}, channels: {}, outcomes: { Signed: 'open' } } },
    });
    expect(chosen.maps.outcomes.Signed).toBe('open');
    const { won: _won, closed: _closed, ...stageOnly } = preview.mapping;
    const withoutFlags = previewImport('o.csv', rows, planWithSql('en'), {
      timeZone: TOKYO,
      choice: { mapping: stageOnly },
    });
    expect(withoutFlags.maps.outcomes.Signed).toBe('open');
  });

  test('the ambiguous-dates problem names the order it chose, in both languages', () => {
    const preview = previewImport('k.csv', fixtureRows('generic-kintone.csv'), importPlan('ja'), {
      timeZone: TOKYO,
      locale: 'ja',
    });
    const problem = preview.problems.find((p) => p.code === 'ambiguousDates');
    expect(problem).toMatchObject({ count: 2, examples: ['04/05/2026', '06/07/2026'], level: 'warning' });
    expect(problem?.message.en).toContain('month/day/year');
    expect(problem?.message.ja).toContain('月/日/年');
    expect(preview.problems.find((p) => p.code === 'badDate')?.examples).toEqual(['8 行目：2026-13-01']);
  });

  test('a choice naming no known tool or kind is ignored', () => {
    const preview = previewImport('d.csv', fixtureRows('hubspot-deals.csv'), importPlan('en'), {
      timeZone: TOKYO,
      choice: { kind: 'people' as never, tool: 'excel' as never },
    });
    expect(preview).toMatchObject({ tool: 'hubspot', kind: 'deals', records: 8 });
  });

  test('a file that is not a table is refused with the reason', () => {
    expect(() =>
      previewImport('x.csv', [['just one column'], ['a'], ['b']], importPlan('en'), { timeZone: TOKYO }),
    ).toThrow(ImportRefused);
  });
});
