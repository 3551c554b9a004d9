/** Shared set-up for the preview tests: a private dist/ (built here) with a small fixture sidebar. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionReport, PreviewState } from '../../tools/preview/runtime';

export const ROOT = join(__dirname, '..', '..');

/**
 * A sidebar that uses google.script.run the way the wizard does: sidebarInit on load, applyPlan on
 * a button (with a user object), a failing call, and google.script.host.close().
 */
export const FIXTURE_SIDEBAR = `<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>Fixture</title></head>
<body>
<p id="status">loading</p>
<p id="result"></p>
<button id="apply">Apply</button> <button id="fail">Fail</button> <button id="close">Close</button>
<script>
  var plan = null;
  function show(id, text) { document.getElementById(id).textContent = text; }
  google.script.run
    .withSuccessHandler(function (init, tag) { plan = init.plan; show('status', tag + ':' + init.lang + ':' + init.plan.name); })
    .withFailureHandler(function (error) { show('status', 'failed:' + error.message); })
    .withUserObject('init')
    .sidebarInit();
  document.getElementById('apply').onclick = function () {
    google.script.run
      .withSuccessHandler(function (result) { show('result', 'applied:' + result.ok + ':' + result.message); })
      .withFailureHandler(function (error) { show('result', 'failed:' + error.message); })
      .applyPlan(plan, 'new');
  };
  document.getElementById('fail').onclick = function () {
    google.script.run
      .withFailureHandler(function (error) { show('result', (error instanceof Error) + ':' + error.message); })
      .applyPlan(plan, 'sideways');
  };
  document.getElementById('close').onclick = function () { google.script.host.close(); };
</script>
</body>
</html>
`;

/** Builds Code.js into a fresh folder (not the shared dist/) and adds the fixture Sidebar.html. */
export function buildPrivateDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-preview-dist-'));
  execFileSync('node', [join(ROOT, 'scripts', 'build.mjs'), '--outdir', dir], { cwd: ROOT, stdio: 'pipe' });
  writeFileSync(join(dir, 'Sidebar.html'), FIXTURE_SIDEBAR);
  return dir;
}

export type Reply = ActionReport & { state: PreviewState; error?: string; refused?: string | null };

/** POSTs JSON to the preview and returns the status and parsed body. */
export async function post<T = Reply>(
  base: string,
  path: string,
  body: unknown,
): Promise<{ status: number; body: T }> {
  const response = await fetch(new URL(path, base), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

export async function getState(base: string): Promise<PreviewState> {
  return (await (await fetch(new URL('/api/state', base))).json()) as PreviewState;
}

/** The display text of a cell (1-based) in the state's workbook. */
export function cellText(state: PreviewState, sheet: string, row: number, col: number): string {
  const found = state.workbook.sheets.find((s) => s.name === sheet);
  if (!found) throw new Error(`no sheet ${sheet}`);
  return found.cells[row - 1]?.[col - 1]?.text ?? '';
}
