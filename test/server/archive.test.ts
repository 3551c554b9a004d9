/**
 * The Actuals archive keeps what has no place any more, however much that is, and never writes
 * into a sheet of the user's that happens to carry its name.
 */
import { locate } from '../../src/sheets/keys';
import type { AddOn } from '../support/addon';
import { cellOf, typeAt, sampleAnsweringYes } from '../support/sheet-cells';

const started = sampleAnsweringYes;

/** A note typed into a row the user inserted in the Actuals grid: Update archives it. */
function noteInInsertedRow(app: AddOn, actuals: string, text: string): void {
  const months = [...(locate(app.values(actuals), 'actuals')?.cols.keys() ?? [])].filter((k) =>
    k.startsWith('m:'),
  );
  const at = cellOf(app, actuals, 'actuals', 'stage:leads', months[2]!);
  app.env.spreadsheet.getSheetByName(actuals)!.insertRowsBefore(at.row, 1);
  typeAt(app, actuals, at, text);
}

const archivedValues = (app: AddOn, name: string) => app.values(name).map((row) => row[8]);

describe.each([
  ['en_US', 'Actuals', 'Actuals archive'],
  ['ja', '実績', '実績アーカイブ'],
])('the archive (%s)', (locale, actuals, archiveName) => {
  test('grows past the rows a new sheet has, and takes back columns a user deleted', () => {
    const app = started(locale);
    noteInInsertedRow(app, actuals, 'first');
    expect(app.call('updateSheetsFromPlan')).not.toBe(false);
    const archive = app.env.spreadsheet.getSheetByName(archiveName)!;
    expect(archivedValues(app, archiveName)).toContain('first');
    // When it was kept, shown as the plan sheets show dates in either language (the clock's day).
    expect(archive.getRange(2, 1).getDisplayValue()).toMatch(/^2026-11-15 \d\d:\d\d$/);
    // Earlier runs filled every row the sheet has; a user deleted the columns after the value.
    const free = archive.getMaxRows() - archive.getLastRow();
    archive
      .getRange(archive.getLastRow() + 1, 1, free, 1)
      .setValues(Array.from({ length: free }, () => ['old']));
    archive.deleteColumns(10, archive.getMaxColumns() - 9);
    archive.deleteColumns(9, 1);
    noteInInsertedRow(app, actuals, 'second');
    app.call('updateSheetsFromPlan');
    expect(archive.getMaxRows()).toBeGreaterThan(1000);
    expect(archivedValues(app, archiveName).slice(-1)).toEqual(['second']);
  });

  test("a sheet of the user's with the archive's name is left as it is; the archive takes a free name", () => {
    const app = started(locale);
    const own = app.env.spreadsheet.insertSheet(archiveName);
    own.getRange(1, 1, 2, 3).setValues([
      ['Budget', 'Q1', 'Q2'],
      ['Ads', 100, 200],
    ]);
    own.deleteColumns(6, own.getMaxColumns() - 5);
    noteInInsertedRow(app, actuals, 'kept');
    app.call('updateSheetsFromPlan');
    expect(app.values(archiveName)).toEqual([
      ['Budget', 'Q1', 'Q2'],
      ['Ads', 100, 200],
    ]);
    expect(archivedValues(app, `${archiveName} 2`)).toContain('kept');
    // Next time the same archive is found by its id, whatever its name.
    app.env.spreadsheet.getSheetByName(`${archiveName} 2`)!.setName('Old values');
    noteInInsertedRow(app, actuals, 'again');
    app.call('updateSheetsFromPlan');
    expect(archivedValues(app, 'Old values')).toEqual(expect.arrayContaining(['kept', 'again']));
    expect(app.values(archiveName)).toHaveLength(2);
  });
});
