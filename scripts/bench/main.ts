import { performance } from 'node:perf_hooks';
import { Button, createEnvironment } from '../../tools/emulator';
import { defaultPlan } from '../../src/core/plan-defaults';
import { readImport } from '../../src/core/import/preview';
import type { Plan } from '../../src/core/plan';
import { positions } from '../../src/sheets/positions';
import { loadBundle } from '../../test/support/bundle';
import { largePlan } from '../../test/support/plans';
import { benchSidebar } from './sidebar';

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
  console.log(
    `bench: review calls default=${a.calls} large=${b.calls} (in-memory run ${a.ms.toFixed(0)} ms / ${b.ms.toFixed(0)} ms)`,
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

export async function main(): Promise<void> {
  customFunctions();
  emulatorEngine();
  planCalls();
  importCore();
  await benchSidebar();
}
