import fc from 'fast-check';
import type { Plan } from '../../src/core/plan';
import { defaultPlan } from '../../src/core/plan-defaults';
import { CHECKLIST_DONE_COL, CHECKLIST_FIRST_ROW, CHECKLIST_NOTES_COL } from '../../src/sheets/checklist';
import { positions } from '../../src/sheets/positions';
import { locateSheet, sameShape, syncSheets, type Sync } from '../../src/sheets/sync';
import { layoutWorkbook } from '../../src/sheets/workbook';
import { ENGLISH_NAMES, editedPlan, planEditsArb } from '../support/plan-edits';
import { readAll, workbookArrays, type SheetArrays } from '../support/sheet-arrays';

const names = ENGLISH_NAMES;
const clock = { year: 2026, month: 11 };
const base = (): Plan => defaultPlan('en', clock);
const copy = (plan: Plan): Plan => JSON.parse(JSON.stringify(plan));

function written(plan: Plan) {
  const workbook = layoutWorkbook(plan, names);
  return { workbook, sheets: workbookArrays(workbook) };
}

function sheet(sheets: Map<string, SheetArrays>, key: string): SheetArrays {
  const found = sheets.get(key);
  if (!found) throw new Error(`no ${key}`);
  return found;
}

/** The value of `next` at a stage or channel row key and month, by key, as the sync placed it. */
function nextValue(sync: Sync, rowKey: string, month: string): unknown {
  const actuals = sync.next.sheets.find((s) => s.key === 'actuals');
  if (!actuals) throw new Error('no actuals');
  const row = Number(Object.entries(actuals.rowKeys ?? {}).find(([, k]) => k === rowKey)?.[0]);
  const col = Number(Object.entries(actuals.colKeys ?? {}).find(([, k]) => k === `m:${month}`)?.[0]);
  const cell = actuals.cells[row - 1]?.[col - 1];
  return cell?.formula ?? cell?.text ?? cell?.value;
}

describe('sync: every typed value found by key', () => {
  const plan = base();
  const pos = positions(plan);
  const m = pos.months;
  const firstMonth = `${plan.startYear}-${String(plan.startMonth).padStart(2, '0')}`;
  const monthCol = m.firstCol + m.before - 1; // 0-based column of the period's first month

  test('a label spelled as an earlier version did (another colon width, spacing) is ours; another text is asked about', () => {
    const { workbook, sheets } = written(plan);
    const actuals = sheet(sheets, 'actuals');
    const label = { r: m.channelLeadsRow(0) - 1, c: 1 };
    expect(actuals.values[label.r]?.[label.c]).toBe(`${plan.channels[0]!.name}: leads`);
    actuals.type(label.r, label.c, `${plan.channels[0]!.name}：leads`);
    actuals.type(label.r + 1, label.c, `\u3000${plan.channels[1]!.name}: leads `);
    let sync = syncSheets(workbook, layoutWorkbook(plan, names), readAll(sheets));
    expect(sync.displaced).toEqual([]);
    actuals.type(label.r, label.c, 'Leads (our own count)');
    sync = syncSheets(workbook, layoutWorkbook(plan, names), readAll(sheets));
    expect(sync.displaced.map((d) => d.content.value)).toEqual(['Leads (our own count)']);
  });

  test('revenue and spend actuals are kept on a re-run (not only stage rows)', () => {
    const { workbook, sheets } = written(plan);
    const actuals = sheet(sheets, 'actuals');
    actuals.type(m.revenueRow - 1, monthCol, 5_000_000);
    actuals.type(m.channelMoneyRow(0) - 1, monthCol, 120_000);
    const sync = syncSheets(workbook, layoutWorkbook(plan, names), readAll(sheets));
    expect(sync.displaced).toEqual([]);
    expect(sync.orphans).toEqual([]);
    expect(nextValue(sync, 'revenue', firstMonth)).toBe(5_000_000);
    expect(nextValue(sync, `channel:${plan.channels[0]?.id}:money`, firstMonth)).toBe(120_000);
  });

  test('rows inserted above the grid and a column at A move nothing and ask nothing', () => {
    const { workbook, sheets } = written(plan);
    const actuals = sheet(sheets, 'actuals');
    actuals.type(m.stageRow(0) - 1, monthCol, 1800);
    actuals.type(m.revenueRow - 1, monthCol + 1, 900_000);
    actuals.insertRows(0, 2);
    actuals.insertColumns(0, 1);
    const sync = syncSheets(workbook, layoutWorkbook(plan, names), readAll(sheets));
    expect(sync.displaced).toEqual([]);
    expect(sync.edits).toEqual([]);
    expect(sync.typed.map((t) => [t.row, t.col, t.content.value, t.cell])).toEqual([
      [`stage:${plan.stages[0]?.id}`, `m:${firstMonth}`, 1800, expect.stringMatching(/^[A-Z]+9$/)],
      ['revenue', expect.any(String), 900_000, expect.any(String)],
    ]);
    expect(nextValue(sync, `stage:${plan.stages[0]?.id}`, firstMonth)).toBe(1800);
    // The write covers the moved frame too, and shows the old key row and column again.
    expect(sync.targets.actuals).toMatchObject({ showRows: [m.lastRow + 3], showColumns: [m.lastCol + 2] });
  });

  test('checklist ticks and notes follow their item when a row is inserted inside the list', () => {
    const { workbook, sheets } = written(plan);
    const list = sheet(sheets, 'checklist');
    const item3 = CHECKLIST_FIRST_ROW + 2 - 1;
    const item18 = CHECKLIST_FIRST_ROW + 17 - 1;
    list.type(item3, CHECKLIST_DONE_COL - 1, true);
    list.type(item3, CHECKLIST_NOTES_COL - 1, 'Agreed with sales');
    list.type(item18, CHECKLIST_DONE_COL - 1, true);
    list.insertRows(item3, 1); // above item 3
    const sync = syncSheets(workbook, layoutWorkbook(plan, names), readAll(sheets));
    const next = sync.next.sheets.find((s) => s.key === 'checklist');
    const cell = (row: number, col: number) => next?.cells[row - 1]?.[col - 1];
    expect(cell(CHECKLIST_FIRST_ROW + 2, CHECKLIST_DONE_COL)?.value).toBe(true);
    expect(cell(CHECKLIST_FIRST_ROW + 2, CHECKLIST_NOTES_COL)?.text).toBe('Agreed with sales');
    expect(cell(CHECKLIST_FIRST_ROW + 3, CHECKLIST_DONE_COL)?.value).toBe(false);
    expect(cell(CHECKLIST_FIRST_ROW + 17, CHECKLIST_DONE_COL)?.value).toBe(true);
    expect(sync.displaced).toEqual([]);
  });

  test('a removed stage and a shifted period send their actuals to the archive list', () => {
    const { workbook, sheets } = written(plan);
    const actuals = sheet(sheets, 'actuals');
    actuals.type(m.stageRow(1) - 1, monthCol, 540);
    actuals.type(m.stageRow(0) - 1, monthCol, 1800);
    const next = copy(plan);
    next.stages.splice(1, 1); // MQL removed
    next.stages[0] = { ...(next.stages[0] as Plan['stages'][number]), rate: 0.045 };
    next.startYear += 1;
    const sync = syncSheets(workbook, layoutWorkbook(next, names), readAll(sheets));
    expect(sync.orphans.map((o) => [o.row, o.column, o.content.value])).toEqual([
      [`stage:${plan.stages[0]?.id}`, firstMonth, 1800],
      [`stage:${plan.stages[1]?.id}`, firstMonth, 540],
    ]);
    expect(sync.orphans[1]?.label).toBe('MQL');
  });

  test('a value typed over our formula, and notes in a row the user added, are displaced (asked, archived)', () => {
    const { workbook, sheets } = written(plan);
    const monthly = sheet(sheets, 'monthly');
    monthly.type(m.stageRow(0) - 1, monthCol, 9999);
    monthly.insertRows(m.stageRow(1) - 1, 1);
    monthly.type(m.stageRow(1) - 1, 1, 'my note');
    const sync = syncSheets(workbook, layoutWorkbook(plan, names), readAll(sheets));
    expect(sync.displaced.map((d) => [d.sheetName, d.content.value, d.label])).toEqual([
      ['Monthly Targets', 9999, 'Leads'],
      ['Monthly Targets', 'my note', ''],
    ]);
  });

  test('formulas Sheets adjusted after an insert are ours; a formula typed by the user is kept as a formula', () => {
    const { workbook, sheets } = written(plan);
    const actuals = sheet(sheets, 'actuals');
    actuals.insertRows(0, 1);
    const total = actuals.find('Leads');
    actuals.typeFormula(total.row, total.col + 1, '=SUM(E8:Z8)', 0); // adjusted by Sheets
    actuals.typeFormula(total.row, monthCol, "='CRM export'!B4", 1234);
    const sync = syncSheets(workbook, layoutWorkbook(plan, names), readAll(sheets));
    expect(sync.displaced).toEqual([]);
    expect(nextValue(sync, `stage:${plan.stages[0]?.id}`, firstMonth)).toBe("='CRM export'!B4");
  });

  test('a formula the user typed over one of ours is theirs: displaced (asked, archived), not silently replaced', () => {
    const { workbook, sheets } = written(plan);
    const monthly = sheet(sheets, 'monthly');
    monthly.typeFormula(m.stageRow(0) - 1, monthCol, '=1234*2', 2468);
    const sync = syncSheets(workbook, layoutWorkbook(plan, names), readAll(sheets));
    expect(sync.displaced.map((d) => [d.sheetName, d.content.formula, d.label])).toEqual([
      ['Monthly Targets', '=1234*2', 'Leads'],
    ]);
  });

  test('formulas of one shape: references, sheet names and spacing may differ, functions and strings not', () => {
    const ours = `=IF('KPI Tree'!$B$5="","",ROUND(C7*'KPI Tree'!$B$9:$B$12,0))`;
    expect(sameShape(ours, `=IF('KPI Plan'!$B$6="","",ROUND(D8*'KPI Plan'!$B$10:$B$13,0))`)).toBe(true);
    expect(sameShape(ours, `=IF(#REF!="","",ROUND(C7*'KPI Tree'!$B$9:$B$12,0))`)).toBe(true);
    expect(sameShape('=SUM(E8:Z8)', '=SUM(F9:AA9)')).toBe(true);
    expect(sameShape(ours, `=IF('KPI Tree'!$B$5="","-",ROUND(C7*'KPI Tree'!$B$9:$B$12,0))`)).toBe(false);
    expect(sameShape(ours, `=IF('KPI Tree'!$B$5="","",ROUNDUP(C7*'KPI Tree'!$B$9:$B$12,0))`)).toBe(false);
    expect(sameShape('=SUM(E8:Z8)', '=SUM(E8:Z8)*2')).toBe(false);
    expect(sameShape('=A1', '=1234')).toBe(false);
  });

  test('an input edited on the KPI Tree is found by key after rows were inserted above it', () => {
    const { workbook, sheets } = written(plan);
    const tree = sheet(sheets, 'tree');
    tree.type(pos.tree.transitionRow(2) - 1, 1, 0.25);
    tree.insertRows(0, 3);
    tree.insertColumns(0, 1);
    const sync = syncSheets(workbook, layoutWorkbook(plan, names), readAll(sheets));
    expect(sync.edits.map((e) => [e.path, e.planned, e.onSheet, e.cell])).toEqual([
      ['stages.2.rate', 0.2, 0.25, `C${pos.tree.transitionRow(2) + 3}`],
    ]);
    expect(sync.displaced).toEqual([]);
  });

  test('sheets written before keys existed are read where things were', () => {
    const { workbook, sheets } = written(plan);
    const actuals = sheet(sheets, 'actuals');
    // Drop the key row and column: an older layout.
    actuals.values = actuals.values.slice(0, -1).map((line) => line.slice(0, -1));
    actuals.formulas = actuals.formulas.slice(0, -1).map((line) => line.slice(0, -1));
    actuals.type(m.revenueRow - 1, monthCol, 777);
    const sync = syncSheets(workbook, layoutWorkbook(plan, names), readAll(sheets));
    expect(nextValue(sync, 'revenue', firstMonth)).toBe(777);
    expect(sync.displaced).toEqual([]);
  });

  test('a copied row keeps its key on the first copy; the copy counts as the user own', () => {
    const { workbook, sheets } = written(plan);
    const actuals = sheet(sheets, 'actuals');
    actuals.type(m.stageRow(0) - 1, monthCol, 10);
    const row = [...(actuals.values[m.stageRow(0) - 1] ?? [])];
    actuals.insertRows(m.stageRow(0), 1);
    actuals.values[m.stageRow(0)] = row.map((v) => (v === 10 ? 11 : v));
    const sync = syncSheets(workbook, layoutWorkbook(plan, names), readAll(sheets));
    expect(nextValue(sync, `stage:${plan.stages[0]?.id}`, firstMonth)).toBe(10);
    expect(sync.displaced.map((d) => d.content.value)).toContain(11);
  });

  test('locateSheet finds the review grid by key, wherever the rows went', () => {
    const { workbook, sheets } = written(plan);
    const actuals = sheet(sheets, 'actuals');
    actuals.type(m.stageRow(2) - 1, monthCol, 30);
    actuals.insertRows(m.stageRow(0) - 1, 4);
    actuals.insertColumns(2, 1);
    const layout = workbook.sheets.find((s) => s.key === 'actuals');
    if (!layout) throw new Error('no actuals layout');
    const found = locateSheet(layout, actuals.read());
    const r = found.rows.get(`stage:${plan.stages[2]?.id}`);
    const c = found.cols.get(`m:${firstMonth}`);
    expect([r, c]).toEqual([m.stageRow(2) - 1 + 4, monthCol + 1]);
    expect(actuals.values[r ?? 0]?.[c ?? 0]).toBe(30);
  });
});

describe('sync: property — every typed value is in its new place or in the archive list', () => {
  test('random typing, random inserted rows and columns, random plan edits', () => {
    fc.assert(
      fc.property(
        planEditsArb,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 1_000_000 })), { maxLength: 40 }),
        fc.array(
          fc.tuple(fc.constantFrom('actuals', 'checklist', 'tree', 'monthly'), fc.boolean(), fc.nat()),
          {
            maxLength: 6,
          },
        ),
        (edits, typing, inserts) => {
          const plan = base();
          const { workbook, sheets } = written(plan);
          // Type into random input cells of Actuals (every row kind) and the Checklist.
          const expected = new Map<string, unknown>();
          for (const sheetKey of ['actuals', 'checklist'] as const) {
            const layout = workbook.sheets.find((s) => s.key === sheetKey);
            if (!layout) continue;
            const inputs: { r: number; c: number }[] = [];
            layout.cells.forEach((line, r) =>
              line.forEach((cell, c) => {
                if (cell?.input === 'actual' || cell?.input === 'check') inputs.push({ r, c });
              }),
            );
            for (const [pick, value] of typing) {
              const at = inputs[pick % inputs.length];
              if (!at) continue;
              const notes = sheetKey === 'checklist' && at.c === CHECKLIST_NOTES_COL - 1;
              const typed = sheetKey === 'checklist' ? (notes ? `note ${value}` : true) : value;
              sheet(sheets, sheetKey).type(at.r, at.c, typed);
              const rowKey = layout.rowKeys?.[at.r + 1] ?? `r${at.r + 1}`;
              const colKey = layout.colKeys?.[at.c + 1] ?? `c${at.c + 1}`;
              expected.set(`${sheetKey}|${rowKey}|${colKey}`, typed);
            }
          }
          // Insert rows and columns anywhere inside the sheets.
          for (const [sheetKey, asRow, where] of inserts) {
            const arrays = sheet(sheets, sheetKey);
            if (asRow) arrays.insertRows(where % arrays.values.length, 1 + (where % 3));
            else arrays.insertColumns(where % (arrays.values[0]?.length ?? 1), 1);
          }
          const next = editedPlan(plan, edits);
          const sync = syncSheets(workbook, layoutWorkbook(next, names), readAll(sheets));

          expect(sync.displaced).toEqual([]);
          const found = new Map(sync.typed.map((t) => [`${t.sheet}|${t.row}|${t.col}`, t.content.value]));
          expect(found).toEqual(expected);
          const orphaned = new Set(sync.orphans.map((o) => `${o.sheet}|${o.row}|${o.col}`));
          for (const [id, value] of expected) {
            if (orphaned.has(id)) continue;
            const [sheetKey, rowKey, colKey] = id.split('|');
            const layout = sync.next.sheets.find((s) => s.key === sheetKey);
            const row = Number(Object.entries(layout?.rowKeys ?? {}).find(([, k]) => k === rowKey)?.[0]);
            const col = Number(Object.entries(layout?.colKeys ?? {}).find(([, k]) => k === colKey)?.[0]);
            const cell = layout?.cells[row - 1]?.[col - 1];
            expect([id, cell?.text ?? cell?.value]).toEqual([id, value]);
          }
        },
      ),
      { numRuns: 60, seed: 20261202 },
    );
  });
});
