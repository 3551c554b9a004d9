/**
 * The hidden key row and key column deleted or cleared (a range of rows deleted across the hidden
 * one, say): every typed value still stays with its stage and month or checklist item, found by
 * the key line that is left and the labels; a value nothing finds goes to the archive, never to a
 * neighbour's place.
 */
import fc from 'fast-check';
import { CHECKLIST_DONE_COL, CHECKLIST_NOTES_COL } from '../../src/sheets/checklist';
import type { SheetKey } from '../../src/sheets/description';
import { locate } from '../../src/sheets/keys';
import type { AddOn } from '../support/addon';
import { cellOf, typeAt, valueAt, sampleAnsweringYes } from '../support/sheet-cells';

type Loss = 'delete row' | 'clear row' | 'delete column' | 'clear column';
const LOSSES: Loss[] = ['delete row', 'clear row', 'delete column', 'clear column'];

const started = sampleAnsweringYes;

/** Deletes or clears the sheet's key row or key column, as a user selecting across it would. */
function lose(app: AddOn, sheetName: string, kind: SheetKey, loss: Loss): void {
  const keys = locate(app.values(sheetName), kind)!;
  const sheet = app.env.spreadsheet.getSheetByName(sheetName)!;
  const [row, col] = [keys.keyRow + 1, keys.keyCol + 1];
  if (loss === 'delete row') sheet.deleteRows(row, 1);
  if (loss === 'delete column') sheet.deleteColumns(col, 1);
  if (loss === 'clear row') sheet.getRange(row, 1, 1, sheet.getMaxColumns()).clearContent();
  if (loss === 'clear column') sheet.getRange(1, col, sheet.getMaxRows(), 1).clearContent();
}

/** Each actual typed (stage key, month key, value) is where its keys are now. */
function expectInPlace(app: AddOn, actuals: string, typed: [string, string, number][]): void {
  for (const [row, col, value] of typed)
    expect([row, col, valueAt(app, actuals, cellOf(app, actuals, 'actuals', row, col))]).toEqual([
      row,
      col,
      value,
    ]);
}

describe.each([
  ['en_US', 'Actuals', 'Checklist'],
  ['ja', '実績', 'チェックリスト'],
])('a deleted or cleared key line (%s)', (locale, actuals, checklist) => {
  test.each(LOSSES)(
    'Actuals, key %s, then a row and a column inserted: actuals stay with stage and month',
    (loss) => {
      const app = started(locale);
      const months = [...locate(app.values(actuals), 'actuals')!.cols.keys()].filter((k) =>
        k.startsWith('m:'),
      );
      const [april, may] = [months[2]!, months[3]!];
      const typed: [string, string, number][] = [
        ['stage:leads', april, 1800],
        ['stage:mql', april, 400],
        ['stage:leads', may, 1750],
      ];
      for (const [row, col, value] of typed)
        typeAt(app, actuals, cellOf(app, actuals, 'actuals', row, col), value);
      const leads = cellOf(app, actuals, 'actuals', 'stage:leads', april);
      lose(app, actuals, 'actuals', loss);
      const sheet = app.env.spreadsheet.getSheetByName(actuals)!;
      sheet.insertRowsBefore(leads.row, 1);
      sheet.insertColumnsBefore(leads.col, 1);
      app.call('updateSheetsFromPlan');
      expectInPlace(app, actuals, typed);
      // Nothing typed was taken for the user's: no question, no archive.
      expect(app.sheetNames().some((name) => /archive|アーカイブ/.test(name))).toBe(false);
    },
  );

  test.each(LOSSES)(
    'Checklist, key %s, then a row inserted above: the tick and the note stay with their item',
    (loss) => {
      const app = started(locale);
      const item = 'check:3';
      const before = (col: string) => cellOf(app, checklist, 'checklist', item, col);
      expect([before('done').col, before('notes').col]).toEqual([CHECKLIST_DONE_COL, CHECKLIST_NOTES_COL]);
      const label = valueAt(app, checklist, { row: before('done').row, col: 2 });
      typeAt(app, checklist, before('done'), true);
      typeAt(app, checklist, before('notes'), 'Agreed in the Q1 offsite');
      const above = before('done').row - 1;
      lose(app, checklist, 'checklist', loss);
      app.env.spreadsheet.getSheetByName(checklist)!.insertRowsBefore(above, 1);
      app.call('updateSheetsFromPlan');
      const done = cellOf(app, checklist, 'checklist', item, 'done');
      expect(valueAt(app, checklist, done)).toBe(true);
      expect(valueAt(app, checklist, cellOf(app, checklist, 'checklist', item, 'notes'))).toBe(
        'Agreed in the Q1 offsite',
      );
      expect(valueAt(app, checklist, { row: done.row, col: 2 })).toBe(label);
      // No other item was ticked.
      const ticks = app.values(checklist).filter((line) => line[CHECKLIST_DONE_COL - 1] === true);
      expect(ticks).toHaveLength(1);
    },
  );
});

describe.each([
  ['en_US', 'Actuals', 'Checklist', 'Actuals archive'],
  ['ja', '実績', 'チェックリスト', '実績アーカイブ'],
])(
  'a paste that spills into the hidden key row or column (%s)',
  (locale, actuals, checklist, archiveName) => {
    test.each(['pasted', 'cleared'] as const)(
      'single key cells %s: actuals and ticks stay with their keys; what was pasted is asked about and archived',
      (how) => {
        const app = started(locale);
        const months = [...locate(app.values(actuals), 'actuals')!.cols.keys()].filter((k) =>
          k.startsWith('m:'),
        );
        const typed: [string, string, number][] = [
          ['stage:leads', months[2]!, 1800],
          ['stage:mql', months[3]!, 400],
          ['stage:leads', months[4]!, 1750],
        ];
        for (const [row, col, value] of typed)
          typeAt(app, actuals, cellOf(app, actuals, 'actuals', row, col), value);
        const item = cellOf(app, checklist, 'checklist', 'check:3', 'done');
        typeAt(app, checklist, item, true);

        // Over the key column at the Leads row and the key row under two months; over the
        // checklist item's key.
        const keys = locate(app.values(actuals), 'actuals')!;
        const leads = cellOf(app, actuals, 'actuals', 'stage:leads', months[2]!);
        const spill: [string, number, number, unknown][] = [
          [actuals, leads.row, keys.keyCol + 1, 'from the CRM report'],
          [actuals, keys.keyRow + 1, leads.col, 77],
          [actuals, keys.keyRow + 1, cellOf(app, actuals, 'actuals', 'stage:mql', months[3]!).col, 78],
          [checklist, item.row, locate(app.values(checklist), 'checklist')!.keyCol + 1, 'owner: Aiko'],
        ];
        for (const [name, row, col, value] of spill) {
          const range = app.env.spreadsheet.getSheetByName(name)!.getRange(row, col);
          if (how === 'pasted') range.setValue(value);
          else range.clearContent();
        }
        app.call('updateSheetsFromPlan');

        expectInPlace(app, actuals, typed);
        expect(valueAt(app, checklist, cellOf(app, checklist, 'checklist', 'check:3', 'done'))).toBe(true);
        const ticks = app.values(checklist).filter((line) => line[CHECKLIST_DONE_COL - 1] === true);
        expect(ticks).toHaveLength(1);
        if (how === 'cleared') {
          // Nothing of the user's was replaced: no question, no archive.
          expect(app.sheetNames()).not.toContain(archiveName);
          return;
        }
        // The pasted values were asked about, and are on the archive with where they were.
        const question = app.env.ui.dialogs().find((d) => d.prompt.includes('from the CRM report'));
        expect(question?.prompt).toContain('owner: Aiko');
        const archived = app.values(archiveName).map((line) => line[8]);
        expect(archived).toEqual(expect.arrayContaining(['from the CRM report', 77, 78, 'owner: Aiko']));
        // And only they: none of our own cells was taken for the user's.
        expect(archived.slice(1).sort()).toEqual([77, 78, 'from the CRM report', 'owner: Aiko'].sort());
      },
    );
  },
);

test('property: any key line lost, rows and columns inserted and deleted: each actual in place or archived, none under another key', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.nat(), { minLength: 1, maxLength: 12 }),
      fc.constantFrom(...LOSSES),
      fc.array(
        fc.tuple(fc.constantFrom('insert row', 'insert column', 'delete row', 'paste on a key'), fc.nat()),
        {
          maxLength: 3,
        },
      ),
      (picks, loss, edits) => {
        const app = started('en_US');
        const keys = locate(app.values('Actuals'), 'actuals')!;
        const rows = [...keys.rows].filter(([k]) => /^(stage|channel|revenue)/.test(k));
        const cols = [...keys.cols].filter(([k]) => k.startsWith('m:'));
        const typed = new Map<string, number>();
        picks.forEach((pick, i) => {
          const [rowKey, r] = rows[pick % rows.length]!;
          const [colKey, c] = cols[(pick >> 4) % cols.length]!;
          if (typed.has(`${rowKey}|${colKey}`)) return;
          typeAt(app, 'Actuals', { row: r + 1, col: c + 1 }, 1000 + i);
          typed.set(`${rowKey}|${colKey}`, 1000 + i);
        });
        lose(app, 'Actuals', 'actuals', loss);
        const sheet = app.env.spreadsheet.getSheetByName('Actuals')!;
        for (const [edit, where] of edits) {
          if (edit === 'insert row') sheet.insertRowsBefore(1 + (where % sheet.getLastRow()), 1);
          if (edit === 'insert column') sheet.insertColumnsBefore(1 + (where % sheet.getLastColumn()), 1);
          if (edit === 'delete row') sheet.deleteRows(1 + (where % sheet.getLastRow()), 1);
          // A paste that spills over one cell of the key line left (or of either, if both are).
          const now = locate(app.values('Actuals'), 'actuals');
          if (edit === 'paste on a key' && now) {
            if (where % 2) sheet.getRange(1 + (where % now.keyRow), now.keyCol + 1).setValue(-where - 1);
            else sheet.getRange(now.keyRow + 1, 1 + (where % now.keyCol)).setValue(-where - 1);
          }
        }
        app.call('updateSheetsFromPlan');
        const after = locate(app.values('Actuals'), 'actuals')!;
        const archive = app.sheetNames().includes('Actuals archive') ? app.values('Actuals archive') : [];
        for (const [id, value] of typed) {
          const [rowKey, colKey] = id.split('|') as [string, string];
          const r = after.rows.get(rowKey);
          const c = after.cols.get(colKey);
          const inPlace = r !== undefined && c !== undefined && app.values('Actuals')[r]?.[c] === value;
          const archived = archive.some((line) => line[8] === value);
          expect([id, inPlace || archived]).toEqual([id, true]);
        }
        // No value sits under a key it was not typed under.
        const mine = new Set(typed.values());
        for (const [rowKey, r] of rows) {
          for (const [colKey, c] of cols) {
            void r;
            void c;
            const at = { r: after.rows.get(rowKey), c: after.cols.get(colKey) };
            if (at.r === undefined || at.c === undefined) continue;
            const v = app.values('Actuals')[at.r]?.[at.c];
            if (typeof v === 'number' && mine.has(v))
              expect([rowKey, colKey, v]).toEqual([rowKey, colKey, typed.get(`${rowKey}|${colKey}`)]);
          }
        }
      },
    ),
    { numRuns: 12, seed: 7 },
  );
});
