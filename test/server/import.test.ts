import type { ImportChoice, ImportPreview, ImportReport } from '../../src/core/import/types';
import { locate } from '../../src/sheets/keys';
import { positions } from '../../src/sheets/positions';
import { UNASSIGNED } from '../../src/sheets/records';
import { addOn, type AddOn } from '../support/addon';
import { fixtureRows, importPlan } from '../core/import/helpers';

/** A sample-shaped plan from April 2026, created through the wizard's endpoint; then the CRM rows. */
function withPlan(locale = 'en_US', change?: Parameters<typeof importPlan>[1]): AddOn {
  const app = addOn({ locale, now: '2026-11-15T09:00:00+09:00' });
  app.env.ui.autoAcknowledge();
  app.env.ui.setResponder(() => 'YES');
  const plan = importPlan(locale === 'ja' ? 'ja' : 'en', change);
  expect(app.call('applyPlan', plan, 'new')).toMatchObject({ ok: true });
  return app;
}

function choiceOf(preview: ImportPreview, upload?: ImportChoice['upload']): ImportChoice {
  const { kind, tool, mapping, dateOrder, maps } = preview;
  return { kind, tool, mapping, dateOrder, maps, upload };
}

function importFile(app: AddOn, file: string, chunkRows?: number): ImportReport {
  const rows = fixtureRows(file);
  const preview = app.call('previewImport', file, rows) as ImportPreview;
  if (!chunkRows) return app.call('applyImport', file, rows, choiceOf(preview)) as ImportReport;
  const [header, ...body] = rows;
  const total = Math.ceil(body.length / chunkRows);
  let report: ImportReport | null = null;
  for (let i = 0; i < total; i++) {
    const chunk = [header as string[], ...body.slice(i * chunkRows, (i + 1) * chunkRows)];
    report = app.call(
      'applyImport',
      file,
      chunk,
      choiceOf(preview, { id: 'u1', index: i, total }),
    ) as ImportReport;
  }
  return report as ImportReport;
}

/** A1 name of a 0-based cell. */
const cellName = (at: { r: number; c: number }) => `${String.fromCharCode(65 + at.c)}${at.r + 1}`;

/** A value on Actuals by row key and month, found by the hidden keys. */
function actual(app: AddOn, rowKey: string, month: string, sheet = 'Actuals'): unknown {
  const values = app.values(sheet);
  const found = locate(values, 'actuals');
  const r = found?.rows.get(rowKey);
  const c = found?.cols.get(`m:${month}`);
  if (r === undefined || c === undefined) throw new Error(`${rowKey} ${month} not on ${sheet}`);
  return values[r]?.[c];
}

describe('Import CRM export: the Actuals come from the records, as native formulas', () => {
  test('HubSpot contacts: stage counts per month as counted by hand, channels live, typed values archived first', () => {
    const app = withPlan();
    // A value typed by hand into a row the import will drive: archived, not lost.
    const values = app.values('Actuals');
    const keys = locate(values, 'actuals');
    const typedAt = { r: keys?.rows.get('stage:leads') ?? -1, c: keys?.cols.get('m:2026-04') ?? -1 };
    expect(app.env.spreadsheet.setCellValueAsUser('Actuals', typedAt.r + 1, typedAt.c + 1, 999)).toBeNull();

    const report = importFile(app, 'hubspot-contacts-en.csv');
    expect(report).toMatchObject({ ok: true, complete: true, kind: 'contacts', records: 10 });
    // Asked first, naming the cell and the value; and told where it went.
    expect(app.env.ui.dialogs().at(-1)?.prompt).toContain(`Actuals!${cellName(typedAt)}: 999`);
    expect(report.message).toContain('kept on the sheet "Actuals archive" (count: 1)');
    // Counted by hand from the fixture (see test/core/import/fixtures.test.ts).
    expect(
      ['2026-03', '2026-04', '2026-05', '2026-06', '2026-07'].map((m) => actual(app, 'stage:leads', m)),
    ).toEqual([1, 6, 0, 1, 1]);
    expect(['2026-04', '2026-05', '2026-06'].map((m) => actual(app, 'stage:mql', m))).toEqual([3, 2, 1]);
    expect(['2026-05', '2026-06'].map((m) => actual(app, 'stage:won', m))).toEqual([1, 1]);
    expect(actual(app, 'channel:ch1:leads', '2026-04')).toBe(2);
    // After the export (the clock says November 2026), no actuals yet.
    expect(actual(app, 'stage:leads', '2026-12')).toBe('');
    // The formulas are native and over the records sheet.
    const formula = app.env.spreadsheet
      .getSheetByName('Actuals')!
      .getRange(typedAt.r + 1, typedAt.c + 1)
      .getFormula();
    expect(formula).toMatch(/^=COUNTIFS\('CRM contacts'!\$F\$5:\$F\$\d+,">="&DATE\(2026,4,1\)/);
    // The typed 999 is on the archive sheet with its key and month.
    const archived = app.values('Actuals archive').find((line) => line.includes(999));
    expect(archived).toEqual(expect.arrayContaining(['stage:leads', 'm:2026-04', 999]));
    // Hostile cells from the file are text on the records sheet.
    expect(app.values('CRM contacts').flat()).toContain('@SUM(A1)');

    // Map "Organic Search" (Cy, unassigned) to Social ads on the mapping sheet: counts follow live.
    const mapping = app.env.spreadsheet.getSheetByName('CRM mapping')!;
    const row = mapping
      .getDataRange()
      .getValues()
      .findIndex((line) => line[0] === 'Organic Search');
    expect(row).toBeGreaterThan(0);
    expect(actual(app, 'channel:ch2:leads', '2026-03')).toBe(0);
    app.env.spreadsheet.setCellValueAsUser('CRM mapping', row + 1, 2, 'Social ads');
    expect(actual(app, 'channel:ch2:leads', '2026-03')).toBe(1);

    // The cohort of April's leads (Ann, Bob, Di, Hal, Fay, Kai): MQL Bob, Fay, Kai and Di (inferred
    // from her opportunity date), opportunities Di and Kai, won Kai. Undated stages are formulas
    // that give "" and must not count as reached.
    const dashboard = app.values('Dashboard');
    const cohort = dashboard.filter((line) => line[0] === '2026-04').at(-1);
    expect(cohort?.slice(1, 5)).toEqual([6, 4, 2, 1]);

    // Update keeps the imported rows counting (the stored import lays out the Actuals too).
    app.call('updateSheetsFromPlan');
    expect(actual(app, 'stage:leads', '2026-04')).toBe(6);
  });

  test.each([
    ['en_US', 'Actuals', 'Nothing was changed.'],
    ['ja', '実績', '何も変更していません。'],
  ])(
    '%s: No to "typed values would be replaced" imports nothing and keeps the typed value',
    (locale, sheet, nothing) => {
      const app = withPlan(locale);
      const keys = locate(app.values(sheet), 'actuals')!;
      const at = { r: keys.rows.get('stage:leads')!, c: keys.cols.get('m:2026-04')! };
      expect(app.env.spreadsheet.setCellValueAsUser(sheet, at.r + 1, at.c + 1, 1200)).toBeNull();
      const before = app.sheetNames();
      app.env.ui.setResponder(() => 'NO');
      const report = importFile(app, 'hubspot-contacts-en.csv');
      expect(report).toMatchObject({ ok: false });
      expect(report.message).toContain(nothing);
      expect(app.env.ui.dialogs().at(-1)?.prompt).toContain(`${sheet}!${cellName(at)}: 1200`);
      expect(app.values(sheet)[at.r]?.[at.c]).toBe(1200);
      expect(app.sheetNames()).toEqual(before);
    },
  );

  test('a rate typed on the KPI Tree before an import is asked about, not put back silently', () => {
    const app = withPlan();
    const plan = importPlan('en');
    const row = positions(plan).tree.transitionRow(plan.stages.length - 2);
    const tree = app.env.spreadsheet.getSheetByName('KPI Tree')!;
    const before = tree.getRange(row, 2).getValue() as number;
    expect(app.env.spreadsheet.setCellValueAsUser('KPI Tree', row, 2, '25%')).toBeNull();
    app.env.ui.setResponder(() => 'YES');
    expect(importFile(app, 'hubspot-contacts-en.csv')).toMatchObject({ ok: true, complete: true });
    const asked = app.env.ui.dialogs().find((d) => d.prompt.includes(`KPI Tree!B${row}`));
    expect(asked?.prompt).toContain(`${before * 100}% → 25%`);
    expect(tree.getRange(row, 2).getValue()).toBe(0.25);
  });

  test.each([
    ['Paid*', '?'],
    ['<5 employees', '=Partners'],
  ])(
    'a channel named like a pattern or a comparison (%s, %s) counts its own records only',
    (third, fourth) => {
      const months = ['2026-04', '2026-05', '2026-06', '2026-07'];
      const plain = withPlan();
      importFile(plain, 'hubspot-contacts-en.csv');
      const counts = (app: AddOn, channel: string) =>
        months.map((m) => actual(app, `channel:${channel}:leads`, m));
      const wild = withPlan('en_US', (plan) => {
        plan.channels[2]!.name = third;
        plan.channels[3]!.name = fourth;
      });
      importFile(wild, 'hubspot-contacts-en.csv');
      for (const channel of ['ch1', 'ch2', 'ch3', 'ch4'])
        expect(counts(wild, channel)).toEqual(counts(plain, channel));
      // Paid search has records, so "Paid*" would count them were it read as a pattern.
      expect(counts(plain, 'ch1').some((n) => typeof n === 'number' && n > 0)).toBe(true);
    },
  );

  test('CRM values with * ? ~ map through their own row of CRM mapping, never a row their wildcards match', () => {
    const app = withPlan();
    const rows = fixtureRows('hubspot-contacts-en.csv');
    const [header, ...lines] = rows as string[][];
    const body = lines.filter((line) => line.some((cell) => cell !== ''));
    const source = header!.indexOf('Original Source');
    const status = header!.indexOf('Lifecycle Stage');
    // "Paid Search" stays on the first rows; later rows bring values that match it as patterns.
    const odd = ['Paid*', 'Paid Searc?', '?aid Search', 'Paid~Search', 'a.com/?utm=x'];
    odd.forEach((value, i) => (body[2 + i]![source] = value));
    body[2]![status] = 'M*';
    const preview = app.call('previewImport', 'odd.csv', [header!, ...body]) as ImportPreview;
    expect(app.call('applyImport', 'odd.csv', [header!, ...body], choiceOf(preview))).toMatchObject({
      ok: true,
    });

    const mapping = app.values('CRM mapping');
    const contacts = app.values('CRM contacts');
    const channelOf = (value: string) =>
      String(mapping.find((line) => line[0] === value)?.[1] ?? '') || UNASSIGNED;
    expect(channelOf('Paid Search')).not.toBe(UNASSIGNED);
    const records = contacts.slice(4).filter((line) => String(line[1]).includes('@'));
    expect(records.map((line) => line[2])).toEqual(expect.arrayContaining(['Paid Search', ...odd]));
    for (const line of records) expect([line[2], line[4]]).toEqual([line[2], channelOf(String(line[2]))]);
    // None of the odd sources is mapped, so none of their records counts for Paid search.
    for (const value of odd) expect(channelOf(value)).toBe(UNASSIGNED);
    // The status "M*" is mapped to no stage: its rank is 0, not the rank of "Marketing Qualified Lead".
    const rankCol = contacts[3]!.indexOf('Stage of the status (position)');
    const last = records.find((line) => line[3] === 'M*');
    expect(rankCol).toBeGreaterThan(0);
    expect(last?.[rankCol]).toBe(0);
    // Mapping each of them to Social ads by hand moves its own record only, and Paid search keeps
    // its count.
    const before = actual(app, 'channel:ch1:leads', '2026-04');
    for (const value of odd) {
      const row = mapping.findIndex((line) => line[0] === value) + 1;
      expect([value, row > 0]).toEqual([value, true]);
      app.env.spreadsheet.setCellValueAsUser('CRM mapping', row, 2, 'Social ads');
      const moved = app
        .values('CRM contacts')
        .map((line, r) => (line[4] === contacts[r]?.[4] ? null : line[2]));
      expect(moved.filter((v) => v !== null)).toEqual([value]);
      expect(app.values('CRM contacts').find((line) => line[2] === value)?.[4]).toBe('Social ads');
      expect(actual(app, 'channel:ch1:leads', '2026-04')).toBe(before);
      app.env.spreadsheet.setCellValueAsUser('CRM mapping', row, 2, mapping[row - 1]?.[1]);
    }
  });

  test('sources that differ only in case ("Paid Search", "paid search") share one row of CRM mapping', () => {
    const app = withPlan();
    const [header, ...lines] = fixtureRows('hubspot-contacts-en.csv') as string[][];
    const source = header!.indexOf('Original Source');
    const body = lines.filter((line) => line.some((cell) => cell !== ''));
    body[1]![source] = 'paid search';
    body[2]![source] = 'PAID SEARCH';
    const preview = app.call('previewImport', 'case.csv', [header!, ...body]) as ImportPreview;
    expect(app.call('applyImport', 'case.csv', [header!, ...body], choiceOf(preview))).toMatchObject({
      ok: true,
    });
    const rows = app.values('CRM mapping').filter((line) => String(line[0]).toLowerCase() === 'paid search');
    expect(rows).toEqual([expect.arrayContaining(['Paid Search', 'Paid search'])]);
    // All three spellings count for the channel the one row names.
    const contacts = app.values('CRM contacts').filter((line) => /^paid search$/i.test(String(line[2])));
    expect(contacts.map((line) => line[4])).toEqual(['Paid search', 'Paid search', 'Paid search']);

    // The next export spells it "paid search" only, and the user maps that to Social ads in the
    // panel: the one row keeps its spelling and takes the newer choice.
    const lower = body.map((line) =>
      line.map((cell, i) => (i === source ? cell.replace(/^paid search$/i, 'paid search') : cell)),
    );
    const next = app.call('previewImport', 'case2.csv', [header!, ...lower]) as ImportPreview;
    const choice = choiceOf(next);
    choice.maps = { ...choice.maps, channels: { ...choice.maps.channels, 'paid search': 'ch2' } };
    expect(app.call('applyImport', 'case2.csv', [header!, ...lower], choice)).toMatchObject({ ok: true });
    const after = app.values('CRM mapping').filter((line) => String(line[0]).toLowerCase() === 'paid search');
    expect(after).toEqual([expect.arrayContaining(['Paid Search', 'Social ads'])]);
  });

  test('deals: won deals and revenue by close month; a re-import in chunks replaces the records', () => {
    const app = withPlan();
    expect(importFile(app, 'hubspot-contacts-en.csv')).toMatchObject({ ok: true });
    const deals = importFile(app, 'hubspot-deals.csv');
    expect(deals).toMatchObject({ ok: true, complete: true, kind: 'deals' });
    // Counted by hand: 9001 and 9006 won in May, 9002 (its second row) in June.
    expect(['2026-05', '2026-06'].map((m) => actual(app, 'stage:won', m))).toEqual([2, 1]);
    expect(['2026-05', '2026-06'].map((m) => actual(app, 'revenue', m))).toEqual([3_200_000, 1_600_000]);

    const again = importFile(app, 'hubspot-contacts-en.csv', 4);
    expect(again).toMatchObject({ ok: true, complete: true, records: 10 });
    expect(actual(app, 'stage:leads', '2026-04')).toBe(6);
    expect(app.sheetNames().filter((n) => n.startsWith('CRM contacts'))).toEqual(['CRM contacts']);
  });

  test('the status map is live on CRM mapping, and every edit there survives the next import', () => {
    const app = withPlan();
    importFile(app, 'hubspot-contacts-en.csv');
    const mapping = () => app.values('CRM mapping');
    const rowOf = (col: number, value: string) => mapping().findIndex((line) => line[col - 1] === value) + 1;
    const statusCol = mapping()[3]?.indexOf('Lifecycle stage / status in the export') ?? -1;
    expect(statusCol).toBeGreaterThanOrEqual(0);
    // Jo (status "Other", created 1 July, no stage dates) reaches no stage but leads.
    expect(actual(app, 'stage:mql', '2026-07')).toBe(0);
    const other = rowOf(statusCol + 1, 'Other');
    expect(other).toBeGreaterThan(4);
    expect(mapping()[other - 1]?.[statusCol + 1]).toBe('');
    // Say "Other" means MQL: Jo counts as an MQL in July at once, and as a lead still in July.
    expect(app.env.spreadsheet.setCellValueAsUser('CRM mapping', other, statusCol + 2, 'MQL')).toBeNull();
    expect(actual(app, 'stage:mql', '2026-07')).toBe(1);
    expect(actual(app, 'stage:leads', '2026-07')).toBe(1);
    // And a source re-mapped by hand.
    const organic = rowOf(1, 'Organic Search');
    app.env.spreadsheet.setCellValueAsUser('CRM mapping', organic, 2, 'Social ads');
    expect(actual(app, 'channel:ch2:leads', '2026-03')).toBe(1);

    // The next import of a newer export (the same file here) and of deals keep both choices.
    importFile(app, 'hubspot-contacts-en.csv');
    importFile(app, 'hubspot-deals.csv');
    expect(actual(app, 'stage:mql', '2026-07')).toBe(1);
    expect(actual(app, 'channel:ch2:leads', '2026-03')).toBe(1);
    expect(mapping()[rowOf(statusCol + 1, 'Other') - 1]?.[statusCol + 1]).toBe('MQL');
  });

  test('deals first, then contacts with sources the deals never had: won deals still count', () => {
    const app = withPlan();
    importFile(app, 'hubspot-deals.csv');
    expect(['2026-05', '2026-06'].map((m) => actual(app, 'stage:won', m))).toEqual([2, 1]);
    // The contacts bring new sources: the source table grows, the deal-stage table must not move.
    importFile(app, 'hubspot-contacts-en.csv');
    expect(['2026-05', '2026-06'].map((m) => actual(app, 'stage:won', m))).toEqual([2, 1]);
    expect(['2026-05', '2026-06'].map((m) => actual(app, 'revenue', m))).toEqual([3_200_000, 1_600_000]);
  });

  test('an import interrupted half-way leaves the previous records and numbers as they were', () => {
    const app = withPlan();
    importFile(app, 'hubspot-contacts-en.csv');
    const before = app.values('CRM contacts');
    const rows = fixtureRows('hubspot-contacts-en.csv');
    const preview = app.call('previewImport', 'new.csv', rows) as ImportPreview;
    const first = app.call(
      'applyImport',
      'new.csv',
      rows.slice(0, 3),
      choiceOf(preview, { id: 'u2', index: 0, total: 3 }),
    );
    expect(first).toMatchObject({ ok: true, complete: false });
    expect(app.values('CRM contacts')).toEqual(before);
    expect(actual(app, 'stage:leads', '2026-04')).toBe(6);
  });

  test('a chunk sent again after a lost answer is taken once; a chunk that skips one is refused', () => {
    const app = withPlan();
    const rows = fixtureRows('hubspot-contacts-en.csv');
    const preview = app.call('previewImport', 'c.csv', rows) as ImportPreview;
    const [header, ...body] = rows as string[][];
    const chunks = [0, 1, 2].map((i) => [header as string[], ...body.slice(i * 4, (i + 1) * 4)]);
    const send = (i: number, id = 'r1') =>
      app.call(
        'applyImport',
        'c.csv',
        chunks[i],
        choiceOf(preview, { id, index: i, total: 3 }),
      ) as ImportReport;
    expect(send(0)).toMatchObject({ ok: true, complete: false });
    expect(send(1)).toMatchObject({ ok: true, complete: false });
    // The answer to chunk 2 of 3 was lost and the panel sends it again: its rows are not doubled.
    expect(send(1)).toMatchObject({ ok: true, complete: false });
    expect(send(2)).toMatchObject({ ok: true, complete: true, records: 10 });
    expect(actual(app, 'stage:leads', '2026-04')).toBe(6);
    // A new upload that skips its second chunk is refused and leaves the records as they were.
    expect(send(0, 'r2')).toMatchObject({ ok: true, complete: false });
    expect(send(2, 'r2')).toMatchObject({ ok: false });
    expect(actual(app, 'stage:leads', '2026-04')).toBe(6);
  });

  test('bad input is refused with a clear message: not a table, too large, malformed rows', () => {
    const app = withPlan('ja');
    expect(() => app.call('previewImport', 'notes.txt', [['just one column'], ['hello']])).toThrow(
      /列が 1 つ/,
    );
    // 2,000 rows of 2 cells per chunk, 900 chunks: 3.6 million cells, over the import's share.
    const big = [
      ['Email', 'Create Date'],
      ...Array.from({ length: 2000 }, (_, i) => [`p${i}@example.com`, '2026-04-01']),
    ];
    const choice = {
      kind: 'contacts',
      tool: 'generic',
      mapping: {},
      dateOrder: 'mdy',
      maps: { stages: {}, outcomes: {}, channels: {} },
    };
    const report = app.call('applyImport', 'big.csv', big, {
      ...choice,
      upload: { id: 'x', index: 0, total: 900 },
    });
    expect(report).toMatchObject({ ok: false, message: expect.stringContaining('大きすぎる') });
    expect(app.call('applyImport', 'bad.csv', [[1, 2]], choice)).toMatchObject({ ok: false });
    expect(app.sheetNames().filter((n) => n.startsWith('CRM'))).toEqual([]);
  });

  test('a cell longer than a spreadsheet cell holds is shortened to fit and counted, in both languages', () => {
    for (const locale of ['en_US', 'ja']) {
      const app = withPlan(locale);
      const rows = fixtureRows('hubspot-contacts-en.csv').map((line) => [...line]);
      const source = rows[0]!.indexOf('Original Source');
      rows[1]![source] = 'S'.repeat(60_000);
      const preview = app.call('previewImport', 'long.csv', rows) as ImportPreview;
      const report = app.call('applyImport', 'long.csv', rows, choiceOf(preview)) as ImportReport;
      expect(report).toMatchObject({ ok: true, complete: true, records: 10 });
      if (!report.ok) throw new Error(report.message);
      const long = report.problems.find((p) => p.code === 'longCell');
      expect(long).toMatchObject({ count: 1 });
      expect(long!.message[locale === 'ja' ? 'ja' : 'en']).toContain('50,000');
      const cells = app.values(report.sheet).flat();
      const shortened = cells.find((v) => typeof v === 'string' && v.startsWith('SSSS')) as string;
      expect(shortened).toHaveLength(49_999);
      expect(shortened.endsWith('…')).toBe(true);
    }
  });
});

describe('the stored import state', () => {
  test('is kept over several properties, and one stored whole by an earlier version is still read', () => {
    const app = withPlan();
    expect(importFile(app, 'hubspot-contacts-en.csv')).toMatchObject({ ok: true });
    const props = app.env.globals.PropertiesService.getDocumentProperties();
    const header = JSON.parse(props.getProperty('kpi.plan.0.import') ?? 'null') as { chunks: number };
    expect(header.chunks).toBeGreaterThan(0);
    // As an earlier version stored it: the whole JSON in the one property.
    let whole = '';
    for (let i = 0; i < header.chunks; i++) {
      whole += props.getProperty(`kpi.plan.0.import.${i}`);
      props.deleteProperty(`kpi.plan.0.import.${i}`);
    }
    props.setProperty('kpi.plan.0.import', whole);
    // Update lays the Actuals out from the stored import: the imported rows keep their formulas,
    // which it would otherwise take for typed values and move to the archive.
    app.call('updateSheetsFromPlan');
    expect(actual(app, 'stage:leads', '2026-04')).toBe(6);
    expect(app.sheetNames()).not.toContain('Actuals archive');
  });
});
