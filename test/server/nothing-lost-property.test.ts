import fc from 'fast-check';
import type { Plan } from '../../src/core/plan';
import type { SheetKey } from '../../src/sheets/description';
import { locate } from '../../src/sheets/keys';
import { addOn, type AddOn } from '../support/addon';
import { editedPlan, planEditsArb } from '../support/plan-edits';

/** The stored plan, read back from the document properties the way the add-on stores it. */
function storedPlan(app: AddOn): Plan {
  const props = app.env.properties.getDocumentProperties();
  const header = JSON.parse(props.getProperty('kpi.plan.0') ?? '{}') as { chunks: number };
  let text = '';
  for (let i = 0; i < header.chunks; i++) text += props.getProperty(`kpi.plan.0.${i}`) ?? '';
  return JSON.parse(text) as Plan;
}

const SHEETS: Record<string, SheetKey> = {
  'KPI Tree': 'tree',
  'Monthly Targets': 'monthly',
  Actuals: 'actuals',
  Checklist: 'checklist',
};

describe('nothing typed is lost, through the menu and the wizard (property)', () => {
  test('random actuals in every row, ticks and notes, inserted rows and columns, plan edits, re-run', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 100_000 })), { minLength: 1, maxLength: 25 }),
        fc.array(fc.tuple(fc.constantFrom(...Object.keys(SHEETS)), fc.boolean(), fc.nat()), { maxLength: 4 }),
        planEditsArb,
        (typing, inserts, edits) => {
          const app = addOn({ locale: 'en_US' });
          app.env.ui.autoAcknowledge();
          app.env.ui.setResponder(() => 'YES');
          app.call('createSamplePlan');
          const expected = new Map<string, unknown>();
          for (const [sheetName, kind] of [
            ['Actuals', 'actuals'],
            ['Checklist', 'checklist'],
          ] as const) {
            const keys = locate(app.values(sheetName), kind);
            if (!keys) throw new Error(`no keys on ${sheetName}`);
            const rows = [...keys.rows].filter(([k]) =>
              kind === 'checklist' ? k.startsWith('check:') : /^(stage|channel|revenue)/.test(k),
            );
            const cols = [...keys.cols].filter(([k]) =>
              kind === 'checklist' ? k === 'notes' || k === 'done' : k.startsWith('m:'),
            );
            for (const [pick, value] of typing) {
              const [rowKey, r] = rows[pick % rows.length] as [string, number];
              const [colKey, c] = cols[(pick >> 3) % cols.length] as [string, number];
              const typed = kind === 'actuals' ? value : colKey === 'notes' ? `note ${value}` : true;
              const refused = app.env.spreadsheet.setCellValueAsUser(sheetName, r + 1, c + 1, typed);
              expect(refused).toBeNull();
              expected.set(`${sheetName}|${rowKey}|${colKey}`, typed);
            }
          }
          for (const [sheetName, asRow, where] of inserts) {
            const sheet = app.env.spreadsheet.getSheetByName(sheetName);
            if (!sheet) throw new Error(sheetName);
            if (asRow) sheet.insertRowsBefore(1 + (where % sheet.getLastRow()), 1 + (where % 2));
            else sheet.insertColumnsBefore(1 + (where % sheet.getLastColumn()), 1);
          }
          const next = editedPlan(storedPlan(app), edits);
          const applied = app.call('applyPlan', next, 'edit') as { ok: boolean; message?: string };
          expect([applied.ok, applied.message]).toEqual([true, expect.any(String)]);
          app.call('updateSheetsFromPlan');

          const archive = app.sheetNames().includes('Actuals archive') ? app.values('Actuals archive') : [];
          for (const [id, value] of expected) {
            const [sheetName, rowKey, colKey] = id.split('|') as [string, string, string];
            const kind = SHEETS[sheetName] as SheetKey;
            const keys = locate(app.values(sheetName), kind);
            const r = keys?.rows.get(rowKey);
            const c = keys?.cols.get(colKey);
            const inPlace = r !== undefined && c !== undefined ? app.values(sheetName)[r]?.[c] : undefined;
            const archived = archive.some(
              (line) => line.includes(rowKey) && line.includes(colKey) && line.includes(value),
            );
            expect([id, inPlace === value || archived]).toEqual([id, true]);
          }
        },
      ),
      { numRuns: 8, seed: 42 },
    );
  });
});
