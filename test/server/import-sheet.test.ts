/**
 * Importing from a sheet of this spreadsheet (an Excel export opened with File > Import, or rows
 * pasted into a tab): the panel lists the sheets, the server gives their rows as text, and the
 * import counts them exactly as it counts the same export read from a CSV file.
 */
import type { SidebarInit } from '../../src/core/api';
import type { ImportChoice, ImportPreview, ImportReport } from '../../src/core/import/types';
import { locate } from '../../src/sheets/keys';
import { addOn, type AddOn } from '../support/addon';
import { fixtureRows, importPlan } from '../core/import/helpers';

function withPlan(locale: string): AddOn {
  const app = addOn({ locale, now: '2026-11-15T09:00:00+09:00' });
  app.env.ui.autoAcknowledge();
  app.env.ui.setResponder(() => 'YES');
  expect(app.call('applyPlan', importPlan(locale === 'ja' ? 'ja' : 'en'), 'new')).toMatchObject({ ok: true });
  return app;
}

/** The export as Sheets holds it after File > Import: dates become dates, ids numbers. */
function sheetWithExport(app: AddOn, name: string, file: string): void {
  const rows = fixtureRows(file);
  const width = Math.max(...rows.map((r) => r.length));
  const sheet = app.env.spreadsheet.insertSheet(name);
  sheet
    .getRange(1, 1, rows.length, width)
    .setValues(rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]));
}

function importInit(app: AddOn): SidebarInit {
  app.call('openImportPanel');
  return app.call('sidebarInit') as SidebarInit;
}

function actual(app: AddOn, sheet: string, rowKey: string, month: string): unknown {
  const values = app.values(sheet);
  const found = locate(values, 'actuals');
  return values[found?.rows.get(rowKey) ?? -1]?.[found?.cols.get(`m:${month}`) ?? -1];
}

describe('Import from a sheet of this spreadsheet', () => {
  test('the sheet is listed, read as text with ISO dates, and counted as the same CSV export is', () => {
    const app = withPlan('en_US');
    sheetWithExport(app, 'HubSpot export', 'hubspot-contacts-en.csv');
    const init = importInit(app);
    // The plan's own sheets (and the default empty Sheet1) are not offered.
    expect(init.importSheets).toEqual(['HubSpot export']);

    const rows = app.call('importSheetRows', 'HubSpot export') as string[][];
    const header = rows[0]!;
    const ann = rows.find((r) => r[1] === 'Ann')!;
    expect(ann[0]).toBe('101'); // a number on the sheet, plain text here
    expect(ann[header.indexOf('Create Date')]).toBe('2026-04-01 10:00:00');
    expect(ann[header.indexOf('Became a Customer Date')]).toBe('');

    const preview = app.call('previewImport', 'HubSpot export', rows) as ImportPreview;
    expect([preview.tool, preview.kind]).toEqual(['hubspot', 'contacts']);
    const { kind, tool, mapping, dateOrder, maps } = preview;
    const choice: ImportChoice = { kind, tool, mapping, dateOrder, maps };
    const report = app.call('applyImport', 'HubSpot export', rows, choice) as ImportReport;
    expect(report).toMatchObject({ ok: true, complete: true, records: 10 });
    // Counted by hand from the fixture (as in test/server/import.test.ts for the CSV file).
    const leads = ['2026-03', '2026-04', '2026-05', '2026-06', '2026-07'].map((m) =>
      actual(app, 'Actuals', 'stage:leads', m),
    );
    expect(leads).toEqual([1, 6, 0, 1, 1]);
    // The source sheet is left as it was; the records sheet it made is not offered next time.
    expect(app.values('HubSpot export')[1]?.[1]).toBe('Ann');
    expect(importInit(app).importSheets).toEqual(['HubSpot export']);
  });

  test('the list is read from stored ids, without reading any sheet, and follows sheets added later', () => {
    const app = withPlan('en_US');
    expect(importInit(app).importSheets).toEqual([]);
    sheetWithExport(app, 'HubSpot export', 'hubspot-contacts-en.csv');
    app.env.calls.reset();
    expect(app.call('importSheetNames')).toEqual(['HubSpot export']);
    // Listing the export, six plan sheets and the empty Sheet1 reads no cell of any of them.
    const read = Object.keys(app.env.calls.byMethod());
    expect(read.filter((method) => /getValues|getDataRange|getDisplayValues/.test(method))).toEqual([]);
    // A copy of a plan sheet is no export: listed (its id is no plan's), refused when picked, by its mark.
    const values = app.values('Actuals');
    app.env.spreadsheet
      .insertSheet('Copy of Actuals')
      .getRange(1, 1, values.length, values[0]!.length)
      .setValues(values as string[][]);
    expect(app.call('importSheetNames')).toEqual(['HubSpot export', 'Copy of Actuals']);
    expect(() => app.call('importSheetRows', 'Copy of Actuals')).toThrow('is one of the plan');
  });

  test("a plan's own sheet or a sheet that is gone is refused in the user's language", () => {
    for (const [locale, own, gone] of [
      ['en_US', 'is one of the plan', 'There is no sheet "Old export"'],
      ['ja', 'は計画のシートです', 'シート「Old export」はこのスプレッドシートにもうありません'],
    ] as const) {
      const app = withPlan(locale);
      const actuals = locale === 'ja' ? '実績' : 'Actuals';
      expect(() => app.call('importSheetRows', actuals)).toThrow(own);
      expect(() => app.call('importSheetRows', 'Old export')).toThrow(gone);
      expect(() => app.call('importSheetRows', 42)).toThrow(locale === 'ja' ? '「42」' : '"42"');
    }
  });
});
