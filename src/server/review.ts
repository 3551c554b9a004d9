import { REVIEW, REVIEW_SERVER } from '../core/catalog/diagnosis';
import { DIALOG, MENU } from '../core/catalog/ui';
import { render, type Lang, type Text } from '../core/i18n';
import type { Plan } from '../core/plan';
import { reviewProgress, type ActualGrid } from '../core/review';
import { reviewSummary } from '../core/review-summary';
import type { ChartDescription, RuleDescription, WorkbookDescription } from '../sheets/description';
import { SHEET_KEYS, type SheetNames } from '../sheets/names';
import { isEmpty, locateSheet } from '../sheets/sync';
import { a1 } from '../sheets/a1';
import { importLayoutOf, loadImportState } from './import-state';
import { layoutWorkbook } from '../sheets/workbook';
import { findOurSheets } from './our-sheets';
import { highlightRules, reviewCharts } from '../sheets/highlights';
import { monthLabel } from '../sheets/positions';
import { rowKey } from '../sheets/month-grid';
import { computePlan, type PlanNumbers } from '../core/plan-math';
import { planForAction } from './actions';
import { readJson, type PlanStore } from './storage';
import { tell, whileWorking } from './ask';
import { userLang } from './locale';
import { readTracker } from './tracker-read';
import { trackerSummary } from '../core/tracker-summary';
import { TRACKER_REVIEW } from '../core/catalog/tracker';
import { todayIn } from './today';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

const signature = (ranges: string[], formula: string) => `${ranges.join(',')}|${formula}`;

function ruleSignature(rule: Rule): string {
  const condition = rule.getBooleanCondition();
  const formula = condition ? String(condition.getCriteriaValues()[0] ?? '') : '';
  return signature(
    rule.getRanges().map((r) => r.getA1Notation()),
    formula,
  );
}

/** Replaces our rules on a sheet (recognised by what we wrote last time) and keeps every other rule. */
function replaceRules(sheet: Sheet, rules: RuleDescription[], ours: Set<string>): string[] {
  const kept = sheet.getConditionalFormatRules().filter((rule) => !ours.has(ruleSignature(rule)));
  const fresh = rules.map((rule) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(rule.formula)
      .setBackground(rule.background)
      .setRanges(rule.ranges.map((range) => sheet.getRange(range)))
      .build(),
  );
  sheet.setConditionalFormatRules([...kept, ...fresh]);
  return rules.map((rule) => signature(rule.ranges, rule.formula));
}

/** Replaces our charts (recognised by id) and never touches the user's. */
function replaceCharts(sheet: Sheet, charts: ChartDescription[], ourIds: Set<string>): string[] {
  for (const chart of sheet.getCharts()) if (ourIds.has(String(chart.getChartId()))) sheet.removeChart(chart);
  const before = new Set(sheet.getCharts().map((c) => String(c.getChartId())));
  for (const chart of charts) {
    let builder = sheet.newChart().setChartType(Charts.ChartType[chart.type]);
    for (const range of chart.ranges) builder = builder.addRange(sheet.getRange(range));
    builder = builder
      .setNumHeaders(1)
      .setPosition(chart.row, chart.col, chart.offsetX, 0)
      .setOption('title', chart.title)
      .setOption('legend', { position: 'bottom' })
      .setOption('width', chart.width)
      .setOption('height', chart.height);
    for (const [option, value] of Object.entries(chart.options)) builder = builder.setOption(option, value);
    sheet.insertChart(builder.build());
  }
  return sheet
    .getCharts()
    .map((c) => String(c.getChartId()))
    .filter((id) => !before.has(id));
}

/**
 * Actual counts per stage and month from one read of the Actuals sheet, found by their hidden
 * keys (the same reader the re-run uses), so rows and columns the user inserted move nothing.
 * Text, a negative number or a fraction (10% typed in a count cell) is reported, not counted.
 */
function readActualGrid(
  sheet: Sheet,
  plan: Plan,
  numbers: PlanNumbers,
  workbook: WorkbookDescription,
): { grid: ActualGrid; notNumbers: string[] } {
  const range = sheet.getDataRange();
  const read = { name: sheet.getName(), values: range.getValues(), formulas: range.getFormulas() };
  const layout = workbook.sheets.find((s) => s.key === 'actuals');
  const located = layout ? locateSheet(layout, read) : null;
  const labels = numbers.months.map((month) => `m:${monthLabel(month.year, month.month)}`);
  const notNumbers: string[] = [];
  const grid = plan.stages.map((stage) =>
    labels.map((label) => {
      // Typed or counted from imported records: the value the sheet shows, found by key.
      const r = located?.rows.get(rowKey.stage(stage.id));
      const c = located?.cols.get(label);
      if (r === undefined || c === undefined) return null;
      const v = read.values[r]?.[c];
      if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v;
      if (!isEmpty(v)) notNumbers.push(`${a1(r + 1, c + 1)} ${typeof v === 'number' ? v : `"${String(v)}"`}`);
      return null;
    }),
  );
  return { grid, notNumbers };
}

/** The cells of a sheet that hold what no number (or no count) can be, as one line (none when there are none). */
function notNumbersLine(
  notNumbers: string[],
  sheet: string,
  lang: Lang,
  text: Text = REVIEW.notNumbers,
): string[] {
  if (!notNumbers.length) return [];
  const cells = [...notNumbers.slice(0, 8), ...(notNumbers.length > 8 ? ['…'] : [])];
  return [render(text, lang, { count: notNumbers.length, sheet, cells })];
}

/** Menu: Review progress. Highlights, diagnosis charts and a summary of where the funnel stands. */
export function reviewProgressAction(): void {
  const lang = userLang();
  const active = planForAction(lang, MENU.review);
  if (!active) return;
  const result = whileWorking(render(REVIEW_SERVER.reviewing, lang), lang, () => review(active, lang));
  tell(result.message, lang, result.title);
}

/** Highlights, charts and the summary; returns what the closing dialog says. */
function review(active: { plan: Plan; store: PlanStore }, lang: Lang): { message: string; title: Text } {
  const { plan, store } = active;
  const name = plan.name;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheets = findOurSheets(spreadsheet, store.sheetIds(name), name, true);
  const { monthly, actuals, dashboard } = sheets;
  const key = store.reviewKey(name);
  if (!monthly || !actuals || !dashboard || key === null)
    return { message: render(REVIEW_SERVER.missingSheets, lang), title: DIALOG.title };
  const names = {} as SheetNames;
  for (const sheetKey of SHEET_KEYS) names[sheetKey] = sheets[sheetKey]?.getName() ?? sheetKey;
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10000)) throw new Error(render(DIALOG.busy, lang));
  let message: string;
  try {
    const numbers = computePlan(plan);
    const imports = importLayoutOf(loadImportState(store, name));
    const workbook = layoutWorkbook(plan, names, imports);
    const { grid, notNumbers } = readActualGrid(actuals, plan, numbers, workbook);
    const props = PropertiesService.getDocumentProperties();
    const previous = readJson<{ rules: string[]; charts: string[] }>(
      props.getProperty(key),
      { rules: [], charts: [] },
      (v) =>
        Array.isArray((v as { rules?: unknown })?.rules) &&
        Array.isArray((v as { charts?: unknown })?.charts),
    );
    const ourRules = new Set(previous.rules);
    const rules = highlightRules(plan);
    const written: string[] = [];
    for (const [sheetKey, sheet] of [
      ['monthly', monthly],
      ['actuals', actuals],
      ['dashboard', dashboard],
    ] as const) {
      written.push(
        ...replaceRules(
          sheet,
          rules.filter((r) => r.sheet === sheetKey),
          ourRules,
        ),
      );
    }
    const charts = replaceCharts(
      dashboard,
      reviewCharts(
        plan,
        workbook.sheets.find((s) => s.key === 'dashboard'),
      ),
      new Set(previous.charts),
    );
    props.setProperty(key, JSON.stringify({ rules: written, charts }));

    const review = reviewProgress(plan, grid, numbers);
    message = reviewSummary(plan, review, lang, actuals.getName());
    if (plan.csfs.some((c) => c.initiatives.length)) {
      const tracker = sheets.tracker;
      const stageActuals = grid.map((row) => row.reduce<number>((sum, v) => sum + (v ?? 0), 0));
      const lines = [render(TRACKER_REVIEW.noTracker, lang)];
      if (tracker) {
        const read = readTracker(tracker, plan, names, stageActuals);
        const today = todayIn(spreadsheet.getSpreadsheetTimeZone());
        lines.splice(0, 1, ...trackerSummary(read.progress, read.entries, today, lang, tracker.getName()));
        lines.push(...notNumbersLine(read.notNumbers, tracker.getName(), lang));
      }
      message += `\n\n${lines.join('\n')}`;
    }
    message += notNumbersLine(notNumbers, actuals.getName(), lang, REVIEW.notCounts)
      .map((line) => `\n\n${line}`)
      .join('');
    dashboard.activate();
  } finally {
    lock.releaseLock();
  }
  return { message, title: REVIEW.summaryTitle };
}
