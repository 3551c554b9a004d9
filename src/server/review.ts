import { REVIEW, REVIEW_SERVER } from '../core/catalog/diagnosis';
import { DIALOG } from '../core/catalog/ui';
import { render } from '../core/i18n';
import type { Plan } from '../core/plan';
import { reviewProgress, type ActualGrid } from '../core/review';
import { reviewSummary } from '../core/review-summary';
import { a1 } from '../sheets/a1';
import type { ChartDescription, RuleDescription, SheetKey } from '../sheets/description';
import { highlightRules, reviewCharts } from '../sheets/highlights';
import { monthLabel, positions } from '../sheets/positions';
import { rowKey } from '../sheets/month-grid';
import { computePlan, type PlanNumbers } from '../core/plan-math';
import { activePlanOrTell } from './actions';
import { readJson } from './storage';
import { tell, working } from './ask';
import { userLang } from './locale';

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
    sheet.insertChart(
      builder
        .setNumHeaders(1)
        .setPosition(chart.row, chart.col, 0, 0)
        .setOption('title', chart.title)
        .setOption('legend', { position: 'bottom' })
        .build(),
    );
  }
  return sheet
    .getCharts()
    .map((c) => String(c.getChartId()))
    .filter((id) => !before.has(id));
}

/**
 * Actual counts per stage and month from one read of the Actuals sheet. Rows are found by their
 * hidden keys and months by their headers, so rows the user inserted do not shift anything. Text
 * in a count cell is reported, not counted (the Dashboard formulas skip it too).
 */
function readActualGrid(
  sheet: Sheet,
  plan: Plan,
  numbers: PlanNumbers,
): { grid: ActualGrid; notNumbers: string[] } {
  const m = positions(plan).months;
  const labels = numbers.months.map((month) => monthLabel(month.year, month.month));
  const values = sheet.getDataRange().getValues();
  const header = values.find((row) => row.includes(labels[0])) ?? [];
  const columns = labels.map((label) => header.indexOf(label));
  const rows = new Map(values.map((row, i) => [row[m.keyCol - 1], i]));
  const notNumbers: string[] = [];
  const grid = plan.stages.map((stage) => {
    const r = rows.get(rowKey.stage(stage.id));
    return columns.map((c) => {
      const v = r === undefined || c < 0 ? '' : values[r][c];
      if (typeof v === 'number' && Number.isFinite(v)) return v;
      if (v !== '' && v !== null && v !== undefined)
        notNumbers.push(`${a1((r as number) + 1, c + 1)} "${String(v)}"`);
      return null;
    });
  });
  return { grid, notNumbers };
}

/** Menu: Review progress. Highlights, diagnosis charts and a summary of where the funnel stands. */
export function reviewProgressAction(): void {
  const lang = userLang();
  const active = activePlanOrTell(lang);
  if (!active) return;
  const { plan, store } = active;
  working(render(REVIEW_SERVER.reviewing, lang), lang);
  const name = plan.name;
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10000)) throw new Error(render(DIALOG.busy, lang));
  let message: string;
  try {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const ids = store.sheetIds(name);
    const sheets: Partial<Record<SheetKey, Sheet>> = {};
    for (const key of ['monthly', 'actuals', 'dashboard'] as const) {
      const id = ids[key];
      const sheet = id === undefined ? null : spreadsheet.getSheetById(id);
      if (sheet) sheets[key] = sheet;
    }
    if (!sheets.monthly || !sheets.actuals || !sheets.dashboard)
      return tell(render(REVIEW_SERVER.missingSheets, lang), lang);

    const numbers = computePlan(plan);
    const { grid, notNumbers } = readActualGrid(sheets.actuals, plan, numbers);
    const props = PropertiesService.getDocumentProperties();
    const key = store.reviewKey(name);
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
    for (const sheetKey of ['monthly', 'actuals', 'dashboard'] as const) {
      const sheet = sheets[sheetKey] as Sheet;
      written.push(
        ...replaceRules(
          sheet,
          rules.filter((r) => r.sheet === sheetKey),
          ourRules,
        ),
      );
    }
    const charts = replaceCharts(sheets.dashboard, reviewCharts(plan), new Set(previous.charts));
    props.setProperty(key, JSON.stringify({ rules: written, charts }));

    const review = reviewProgress(plan, grid, numbers);
    message = reviewSummary(plan, review, lang, sheets.actuals.getName());
    if (notNumbers.length) {
      const cells = notNumbers.slice(0, 8).join(', ') + (notNumbers.length > 8 ? ', …' : '');
      message += `\n\n${render(REVIEW.notNumbers, lang, { count: notNumbers.length, sheet: sheets.actuals.getName(), cells })}`;
    }
    sheets.dashboard.activate();
  } finally {
    lock.releaseLock();
  }
  tell(message, lang, REVIEW.summaryTitle);
}
