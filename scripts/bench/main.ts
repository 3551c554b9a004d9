import { performance } from 'node:perf_hooks';
import { Button, createEnvironment } from '../../tools/emulator';
import { defaultPlan } from '../../src/core/plan-defaults';
import { readImport } from '../../src/core/import/preview';
import type { Plan } from '../../src/core/plan';
import { positions } from '../../src/sheets/positions';
import { loadBundle } from '../../test/support/bundle';
import { largePlan, withManyKpis } from '../../test/support/plans';
import { workbookRefs } from '../../test/support/formula-refs';
import { layoutWorkbook } from '../../src/sheets/workbook';
import { SHORT_NAMES } from '../../test/support/short-names';
import { benchSidebar } from './sidebar';
import { benchStorage } from './storage';
import { xlsxRows } from '../../src/sidebar/import/xlsx';
import { zipOf } from '../../test/support/zip';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeIt(run: () => unknown, repeat = 15): number {
  run(); // warm up
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

function customFunctions(): void {
  const env = createEnvironment();
  const bundle = loadBundle(env.globals as unknown as Record<string, unknown>);
  const rows = Array.from({ length: 10_000 }, (_, i) => [1_000_000 + i * 1000]);
  const vectorized = timeIt(() => bundle.call('REQUIRED_LEADS', rows, 5_000_000, 0.2, 0.15, 0.3));
  const bare = timeIt(() => {
    const out = new Array(rows.length);
    for (let i = 0; i < rows.length; i++)
      out[i] = [Math.ceil((rows[i][0] / 5_000_000 / 0.2 / 0.15 / 0.3) * 0.9999999999999)];
    return out;
  });
  console.log(
    `bench: REQUIRED_LEADS 10000 rows ${vectorized.toFixed(2)} ms, bare arithmetic ${bare.toFixed(2)} ms`,
  );
}

const column = (i: number) => (i < 26 ? '' : 'A') + String.fromCharCode(65 + (i % 26));

/** The emulator's formula engine: a block of formulas in one setValues, and many small writes. */
function emulatorEngine(): void {
  const env = createEnvironment();
  const sheet = env.globals.SpreadsheetApp.getActiveSheet();
  sheet.insertColumnsAfter(26, 14);
  let round = 0;
  const block = timeIt(() => {
    round++;
    const cells = Array.from({ length: 40 }, (_, r) =>
      Array.from({ length: 40 }, (_, c) =>
        r === 0 ? c + round : `=ROUNDUP(${column(c)}${r}*1.1+${column(Math.max(c - 1, 0))}${r}/2,0)`,
      ),
    );
    sheet.getRange(1, 1, 40, 40).setValues(cells);
    sheet.getRange(1, 1, 40, 40).getValues();
  });
  const small = timeIt(() => {
    const fresh = createEnvironment().globals.SpreadsheetApp.getActiveSheet();
    for (let r = 1; r <= 200; r++) fresh.getRange(r, 1, 1, 3).setValues([[r, `=A${r}*2`, `=SUM(B$1:B${r})`]]);
    fresh.getRange('C200').getValue();
  });
  console.log(
    `bench: emulator 40x40 formula block write+read ${block.toFixed(1)} ms, 200 small writes + read ${small.toFixed(1)} ms`,
  );
}

function addOnWith(plan: Plan) {
  const env = createEnvironment();
  const bundle = loadBundle(env.globals as unknown as Record<string, unknown>);
  env.calls.reset();
  const result = bundle.call('applyPlan', plan, 'new') as { ok: boolean };
  if (!result.ok) throw new Error('plan was refused');
  return { env, bundle, created: env.calls.total(['Spreadsheet', 'Sheet', 'Range']) };
}

function planCalls(): void {
  const small = addOnWith(defaultPlan('en'));
  const large = addOnWith(largePlan());
  console.log(`bench: create-plan calls default=${small.created} large=${large.created}`);
  const review = (app: ReturnType<typeof addOnWith>, plan: Plan) => {
    const m = positions(plan).months;
    for (let i = 0; i < 12; i++) {
      plan.stages.forEach((_, s) =>
        app.env.spreadsheet.setCellValueAsUser(
          app.env.spreadsheet.getSheets()[3].getName(),
          m.stageRow(s),
          m.firstCol + i,
          100 + s,
        ),
      );
    }
    app.env.ui.setDefaultAnswer(Button.OK);
    app.env.calls.reset();
    const start = performance.now();
    app.bundle.call('reviewProgress');
    return { calls: app.env.calls.total(['Spreadsheet', 'Sheet', 'Range']), ms: performance.now() - start };
  };
  const a = review(small, defaultPlan('en'));
  const b = review(large, largePlan());
  // 30 initiative KPIs of five sub-metrics each, on the KPI Tracker.
  const kpis = withManyKpis(largePlan());
  const c = review(addOnWith(kpis), kpis);
  console.log(
    `bench: review calls default=${a.calls} large=${b.calls} large+30 KPIs=${c.calls} (in-memory run ${a.ms.toFixed(0)} ms / ${b.ms.toFixed(0)} ms / ${c.ms.toFixed(0)} ms)`,
  );
}

/** Cells read by the formulas of every sheet: what recalculation costs, and how it grows with a plan. */
function formulaRefs(): void {
  const names = SHORT_NAMES;
  const small = workbookRefs(layoutWorkbook(defaultPlan('en'), names));
  const large = workbookRefs(layoutWorkbook(largePlan(), names));
  console.log(
    `bench: formula refs default=${small.total} large=${large.total} (Monthly Targets ${small.bySheet.monthly} / ${large.bySheet.monthly})`,
  );
}

function importCore(): void {
  const plan = defaultPlan('en');
  const rows = [
    ['Record ID', 'Email', 'Lifecycle Stage', 'Create Date', 'Became a Customer Date', 'Original Source'],
  ];
  for (let i = 0; i < 50_000; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const email = i % 10 === 9 ? `P${i - 1}@EXAMPLE.COM` : `p${i}@example.com`;
    rows.push([
      String(i),
      email,
      i % 3 ? 'Lead' : 'Customer',
      `2027-01-${day} 10:00`,
      i % 3 ? '' : `2027-03-${day}`,
      'Paid Search',
    ]);
  }
  const ms = timeIt(() => readImport(rows, plan, { timeZone: 'Asia/Tokyo' }), 5);
  console.log(`bench: import-core contacts=50000 ms=${ms.toFixed(0)}`);
}

/** HubSpot-like exports of `contacts` people and `deals` deals across 2027. */
function crmRows(contacts: number, deals: number): { contacts: string[][]; deals: string[][] } {
  const day = (i: number) => String((i % 28) + 1).padStart(2, '0');
  const month = (i: number) => String((i % 12) + 1).padStart(2, '0');
  const sources = ['Paid Search', 'Paid Social', 'Organic Search', 'Referrals', 'Offline Sources'];
  const people = [
    [
      'Record ID',
      'Email',
      'Lifecycle Stage',
      'Create Date',
      'Became a Marketing Qualified Lead Date',
      'Original Source',
    ],
  ];
  for (let i = 0; i < contacts; i++)
    people.push([
      String(i),
      `p${i}@example.com`,
      i % 4 ? 'Lead' : 'Marketing Qualified Lead',
      `2027-${month(i)}-${day(i)} 10:00`,
      i % 4 ? '' : `2027-${month(i)}-28`,
      sources[i % 5] as string,
    ]);
  const sold = [
    ['Record ID', 'Deal Name', 'Deal Stage', 'Amount', 'Close Date', 'Create Date', 'Original Source Type'],
  ];
  for (let i = 0; i < deals; i++)
    sold.push([
      String(9000 + i),
      `Deal ${i}`,
      i % 3 ? 'Appointment Scheduled' : 'Closed Won',
      String(100000 + i),
      `2027-${month(i)}-${day(i)}`,
      `2027-${month(i)}-01`,
      sources[i % 5] as string,
    ]);
  return { contacts: people, deals: sold };
}

/** The whole import through Code.js on the in-memory spreadsheet: calls, time, and the recalculation after it. */
function importSheets(contacts: number, deals: number): void {
  const env = createEnvironment({ locale: 'en_US', now: '2027-12-20T09:00:00+09:00' });
  const bundle = loadBundle(env.globals as unknown as Record<string, unknown>);
  env.ui.autoAcknowledge();
  env.ui.setResponder(() => 'YES');
  if (!(bundle.call('applyPlan', defaultPlan('en', { year: 2026, month: 11 }), 'new') as { ok: boolean }).ok)
    throw new Error('plan was refused');
  const files = crmRows(contacts, deals);
  env.calls.reset();
  const start = performance.now();
  for (const [name, rows] of [
    ['contacts.csv', files.contacts],
    ['deals.csv', files.deals],
  ] as const) {
    const preview = bundle.call('previewImport', name, rows.slice(0, 5001)) as {
      kind: string;
      tool: string;
      mapping: unknown;
      dateOrder: string;
      maps: unknown;
    };
    const [header, ...body] = rows;
    const size = 2000;
    const total = Math.ceil(body.length / size);
    for (let i = 0; i < total; i++) {
      const chunk = [header as string[], ...body.slice(i * size, (i + 1) * size)];
      const report = bundle.call('applyImport', name, chunk, {
        ...preview,
        upload: { id: name, index: i, total },
      }) as { ok: boolean; message: string };
      if (!report.ok) throw new Error(report.message);
    }
  }
  const ms = performance.now() - start;
  const calls = env.calls.total(['Spreadsheet', 'Sheet', 'Range']);
  // Recalculation: change one mapping cell (every record's channel lookup) and read the Actuals.
  env.spreadsheet.setCellValueAsUser('CRM mapping', 5, 2, 'Social ads');
  const recalcStart = performance.now();
  env.spreadsheet.getSheetByName('Actuals')?.getDataRange().getValues();
  const recalc = performance.now() - recalcStart;
  console.log(
    `bench: import contacts=${contacts} deals=${deals} calls=${calls} ms=${ms.toFixed(0)} recalc=${recalc.toFixed(0)}`,
  );
}

/** Reading an .xlsx of `count` contacts in the sidebar's reader (shared strings, as Excel writes them). */
async function xlsxRead(count: number): Promise<void> {
  const rows = crmRows(count, 0).contacts;
  const strings: string[] = [];
  const index = new Map<string, number>();
  const shared = (text: string) => {
    if (!index.has(text)) index.set(text, strings.push(text) - 1);
    return index.get(text);
  };
  const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const sheet = rows
    .map(
      (line, r) =>
        `<row r="${r + 1}">${line.map((cell) => `<c t="s"><v>${shared(cell)}</v></c>`).join('')}</row>`,
    )
    .join('');
  const bytes = zipOf({
    'xl/workbook.xml': '<workbook><sheets><sheet name="Export" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/sharedStrings.xml': `<sst>${strings.map((s) => `<si><t>${escape(s)}</t></si>`).join('')}</sst>`,
    'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${sheet}</sheetData></worksheet>`,
  });
  const start = performance.now();
  const read = await xlsxRows(bytes);
  const ms = performance.now() - start;
  const kb = (bytes.length / 1024).toFixed(0);
  console.log(`bench: xlsx read rows=${read.length - 1} file=${kb} KB ms=${ms.toFixed(0)}`);
}

export async function mainAll(): Promise<void> {
  customFunctions();
  emulatorEngine();
  planCalls();
  formulaRefs();
  benchStorage();
  importCore();
  importSheets(5_000, 1_000);
  importSheets(50_000, 10_000);
  await xlsxRead(50_000);
  await benchSidebar();
}
export async function main(): Promise<void> {
  if (process.env.BENCH_ONLY === 'plan') {
    planCalls();
    formulaRefs();
    return;
  }
  if (process.env.BENCH_ONLY === 'storage') return benchStorage();
  if (process.env.BENCH_ONLY === 'xlsx') return xlsxRead(50_000);
  if (process.env.BENCH_ONLY === 'import') {
    importSheets(5_000, 1_000);
    importSheets(50_000, 10_000);
    return;
  }
  await mainAll();
}
