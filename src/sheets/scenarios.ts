import { SCENARIOS } from '../core/catalog/scenarios';
import { L } from '../core/catalog/sheets';
import { SNAP_FACTOR_TEXT } from '../core/funnel';
import { wholeFormula } from '../core/phasing';
import { render, type Params } from '../core/i18n';
import { leadStageIndex } from '../core/plan-math';
import type { Plan } from '../core/plan';
import { scenarioOf, type Scenario, type ScenarioInputs } from '../core/scenarios';
import { a1, sheetRef } from './a1';
import { dashboardPositions } from './dashboard';
import { COLOR, type SheetDescription } from './description';
import { COUNT, moneyFormat, multipleFormat, PERCENT } from './formats';
import { Grid } from './grid';
import { framed } from './keys';
import type { SheetNames } from './names';
import { positions } from './positions';
import { inputRule } from './validation';

export type ScenariosKey = 'scenarios';

/** Where the Scenarios sheet's rows sit (1-based), by what they hold. */
export interface ScenarioRows {
  header: number;
  goal: number;
  share: number;
  deal: number;
  rate(stage: number): number;
  channelValue(channel: number): number;
  channelCpl(channel: number): number;
  count(stage: number): number;
  channelLeads(channel: number): number;
  budget: number;
  blendedCpl: number;
  cac: number;
  revenue: number;
  romi: number;
  diff: { won: number; leads: number; budget: number; cac: number; romi: number };
  distance: number;
  closest: number;
}

export function scenarioRows(plan: Plan): ScenarioRows {
  const n = plan.stages.length;
  const c = plan.channels.length;
  const goal = 6;
  const firstRate = goal + 3;
  const firstValue = firstRate + (n - 1);
  const firstCpl = firstValue + c;
  const firstCount = firstCpl + c + 2;
  const firstLeads = firstCount + n;
  const budget = firstLeads + c;
  const diff = budget + 7;
  return {
    header: 4,
    goal,
    share: goal + 1,
    deal: goal + 2,
    rate: (s) => firstRate + s,
    channelValue: (i) => firstValue + i,
    channelCpl: (i) => firstCpl + i,
    count: (s) => firstCount + s,
    channelLeads: (i) => firstLeads + i,
    budget,
    blendedCpl: budget + 1,
    cac: budget + 2,
    revenue: budget + 3,
    romi: budget + 4,
    diff: { won: diff, leads: diff + 1, budget: diff + 2, cac: diff + 3, romi: diff + 4 },
    distance: diff + 6,
    closest: diff + 7,
  };
}

/** Row keys of the scenario inputs: typed values are found by them when the sheet is read back. */
export function inputKeys(plan: Plan): { row: number; key: string }[] {
  const r = scenarioRows(plan);
  const keys = [
    { row: r.goal, key: 'goal' },
    { row: r.share, key: 'share' },
    { row: r.deal, key: 'deal' },
  ];
  plan.stages.slice(0, -1).forEach((s, i) => keys.push({ row: r.rate(i), key: `rate:${s.id}` }));
  plan.channels.forEach((ch, i) => {
    keys.push({ row: r.channelValue(i), key: `value:${ch.id}` });
    keys.push({ row: r.channelCpl(i), key: `cpl:${ch.id}` });
  });
  return keys;
}

/** The column key of a scenario. */
export const scenarioKey = (name: string): string => `s:${name}`;

/** Sets the input a row key names on a copy of a scenario's inputs (for typed values read back). */
export function withInput(plan: Plan, inputs: ScenarioInputs, key: string, value: number): ScenarioInputs {
  const copy: ScenarioInputs = JSON.parse(JSON.stringify(inputs));
  const [kind, id] = key.split(/:(.*)/s) as [string, string | undefined];
  if (kind === 'goal') copy.goalAmount = value;
  else if (kind === 'share') copy.marketingShare = value;
  else if (kind === 'deal') copy.avgDealSize = value;
  else if (kind === 'rate' && id !== undefined) copy.rates[id] = value;
  else if ((kind === 'value' || kind === 'cpl') && id !== undefined) {
    const base = plan.channels.find((ch) => ch.id === id);
    const own =
      copy.channels[id] ?? (base && { allocation: base.allocation, value: base.value, cpl: base.cpl });
    if (own) copy.channels[id] = { ...own, [kind]: value };
  }
  return copy;
}

/**
 * The Scenarios sheet: the base plan (live from the KPI Tree's inputs) and each scenario side by
 * side, every number a native formula over its own column's inputs; the differences from the base;
 * and once actuals exist, how far the actuals to date are from each column and which is closest.
 */
export function scenariosSheet(
  plan: Plan,
  scenarios: Scenario[],
  names: SheetNames,
  sheetName: string,
): SheetDescription<ScenariosKey> {
  const t = (text: { en: string; ja: string }, params?: Params) => render(text, plan.lang, params);
  const g = new Grid();
  const r = scenarioRows(plan);
  const pos = positions(plan);
  const d = dashboardPositions(plan);
  const n = plan.stages.length;
  const money = moneyFormat(plan.currency);
  const goalFormat = plan.goal.kind === 'revenue' ? money : COUNT;
  const tree = sheetRef(names.tree);
  const dash = sheetRef(names.dashboard);
  const treeIn = (row: number, col = 2) => `=${tree}${a1(row, col, true)}`;
  const leadStage = leadStageIndex(plan);
  const section = { bold: true, background: COLOR.section };
  const header = { bold: true, background: COLOR.header };
  const columns: { label: string; inputs: ScenarioInputs | null }[] = [
    { label: t(SCENARIOS.base), inputs: null },
    ...scenarios.map((s) => ({ label: s.name, inputs: s.inputs })),
  ];
  const lastCol = columns.length + 1;

  g.text(1, 1, `${t(SCENARIOS.sheet)} — ${plan.name}`, { bold: true });
  g.text(2, 1, t(SCENARIOS.note));
  g.text(r.header, 1, '', header);
  g.text(r.goal - 1, 1, t(SCENARIOS.inputs), section);
  g.band(r.goal - 1, 2, lastCol, section);
  g.text(r.goal, 1, t(plan.goal.kind === 'revenue' ? SCENARIOS.goalRevenue : SCENARIOS.goalCustomers));
  g.text(r.share, 1, t(SCENARIOS.marketingShare));
  g.text(r.deal, 1, t(SCENARIOS.avgDealSize));
  plan.stages.slice(0, -1).forEach((s, i) => g.text(r.rate(i), 1, `${s.name} → ${plan.stages[i + 1]!.name}`));
  plan.channels.forEach((ch, i) => {
    g.text(r.channelValue(i), 1, t(L.pair, { what: ch.name, detail: t(SCENARIOS.shareOrLeads) }));
    g.text(r.channelCpl(i), 1, t(L.pair, { what: ch.name, detail: t(SCENARIOS.cpl) }));
  });
  g.text(r.count(0) - 1, 1, t(SCENARIOS.results), section);
  g.band(r.count(0) - 1, 2, lastCol, section);
  plan.stages.forEach((s, i) => g.text(r.count(i), 1, s.name, i === n - 1 ? { bold: true } : {}));
  plan.channels.forEach((ch, i) =>
    g.text(r.channelLeads(i), 1, t(L.pair, { what: ch.name, detail: t(SCENARIOS.leads) })),
  );
  g.text(r.budget, 1, t(SCENARIOS.budget), { bold: true });
  g.text(r.blendedCpl, 1, t(SCENARIOS.blendedCpl));
  g.text(r.cac, 1, t(SCENARIOS.cac));
  g.text(r.revenue, 1, t(SCENARIOS.revenue));
  g.text(r.romi, 1, t(SCENARIOS.romi), { bold: true });
  g.text(r.diff.won - 1, 1, t(SCENARIOS.difference), section);
  g.band(r.diff.won - 1, 2, lastCol, section);
  g.text(r.diff.won, 1, `${plan.stages[n - 1]!.name}`);
  g.text(r.diff.leads, 1, `${plan.stages[leadStage]!.name}`);
  g.text(r.diff.budget, 1, t(SCENARIOS.budget));
  g.text(r.diff.cac, 1, t(SCENARIOS.cac));
  g.text(r.diff.romi, 1, t(SCENARIOS.romi));
  g.text(r.distance, 1, t(SCENARIOS.distance));
  g.text(r.closest, 1, t(SCENARIOS.closest), { bold: true });

  const base = scenarioOf(plan, '').inputs;
  const distanceCells: string[] = [];
  columns.forEach((column, k) => {
    const col = k + 2;
    const at = (row: number) => a1(row, col);
    const baseAt = (row: number) => a1(row, 2, true);
    g.text(r.header, col, column.label, header);
    g.keyColumn(col, column.inputs ? scenarioKey(column.label) : 'base');
    const inputs = column.inputs ?? base;
    const input = (row: number, value: number, format: string, rule: typeof inputRule.amount) => {
      if (!column.inputs) return;
      g.value(row, col, value, { format, background: COLOR.input, input: 'scenario', rule: rule(plan.lang) });
    };
    if (column.inputs) {
      input(r.goal, inputs.goalAmount, goalFormat, inputRule.money);
      input(r.share, inputs.marketingShare, PERCENT, inputRule.rate);
      input(r.deal, inputs.avgDealSize, money, inputRule.money);
    } else {
      g.formula(r.goal, col, treeIn(pos.tree.goal), { format: goalFormat });
      g.formula(r.share, col, treeIn(pos.tree.share), { format: PERCENT });
      g.formula(r.deal, col, treeIn(pos.tree.deal), { format: money });
    }
    plan.stages.slice(0, -1).forEach((s, i) => {
      if (column.inputs) input(r.rate(i), inputs.rates[s.id] ?? (s.rate as number), PERCENT, inputRule.rate);
      else g.formula(r.rate(i), col, treeIn(pos.tree.transitionRow(i)), { format: PERCENT });
    });
    const allocations = plan.channels.map((ch) => inputs.channels[ch.id]?.allocation ?? ch.allocation);
    plan.channels.forEach((ch, i) => {
      const own = inputs.channels[ch.id] ?? { value: ch.value, cpl: ch.cpl };
      const share = allocations[i] === 'share';
      if (column.inputs) {
        input(
          r.channelValue(i),
          own.value,
          share ? PERCENT : COUNT,
          share ? inputRule.fraction : inputRule.amount,
        );
        input(r.channelCpl(i), own.cpl, money, inputRule.amount);
      } else {
        g.formula(r.channelValue(i), col, treeIn(pos.tree.channelRow(i), 2), {
          format: share ? PERCENT : COUNT,
        });
        g.formula(r.channelCpl(i), col, treeIn(pos.tree.channelRow(i), 3), { format: money });
      }
    });
    // The funnel from won deals up, each stage's exact need divided in the KPI Tree's order.
    const sourced = `${at(r.goal)}*${at(r.share)}`;
    const wonExact = plan.goal.kind === 'revenue' ? `${sourced}/${at(r.deal)}` : sourced;
    for (let s = n - 1; s >= 0; s--) {
      const divisions = plan.stages
        .slice(s, n - 1)
        .map((_, j) => `/${at(r.rate(s + j))}`)
        .reverse()
        .join('');
      g.formula(r.count(s), col, `=ROUNDUP((${wonExact})${divisions}*${SNAP_FACTOR_TEXT},0)`, {
        format: COUNT,
        bold: s === n - 1,
      });
    }
    const leadsNode = at(r.count(leadStage));
    const shareCells: string[] = [];
    plan.channels.forEach((_, i) => {
      let leads: string;
      if (allocations[i] === 'share') {
        const previous = shareCells.length ? wholeFormula(`${leadsNode}*(${shareCells.join('+')})`) : '';
        shareCells.push(at(r.channelValue(i)));
        const current = wholeFormula(`${leadsNode}*(${shareCells.join('+')})`);
        leads = previous ? `=${current}-${previous}` : `=${current}`;
      } else leads = `=${at(r.channelValue(i))}`;
      g.formula(r.channelLeads(i), col, leads, { format: COUNT });
    });
    const c = plan.channels.length;
    const budget = c
      ? `=SUMPRODUCT(${at(r.channelLeads(0))}:${at(r.channelLeads(c - 1))},${at(r.channelCpl(0))}:${at(r.channelCpl(c - 1))})`
      : '=0';
    const leadsSum = c ? `SUM(${at(r.channelLeads(0))}:${at(r.channelLeads(c - 1))})` : '0';
    const won = at(r.count(n - 1));
    g.formula(r.budget, col, budget, { format: money, bold: true });
    g.formula(r.blendedCpl, col, `=IF(${leadsSum}>0,${at(r.budget)}/${leadsSum},"")`, { format: money });
    g.formula(r.cac, col, `=IF(AND(${at(r.budget)}>0,${won}>0),${at(r.budget)}/${won},"")`, {
      format: money,
    });
    g.formula(r.revenue, col, plan.goal.kind === 'revenue' ? `=${sourced}` : `=(${wonExact})*${at(r.deal)}`, {
      format: money,
    });
    g.formula(r.romi, col, `=IF(${at(r.budget)}>0,${at(r.revenue)}/${at(r.budget)},"")`, {
      format: multipleFormat(plan.lang),
      bold: true,
    });
    if (column.inputs) {
      const diff = (row: number, of: number, format: string) =>
        g.formula(
          row,
          col,
          `=IF(AND(ISNUMBER(${at(of)}),ISNUMBER(${baseAt(of)})),${at(of)}-${baseAt(of)},"")`,
          {
            format,
          },
        );
      diff(r.diff.won, r.count(n - 1), COUNT);
      diff(r.diff.leads, r.count(leadStage), COUNT);
      diff(r.diff.budget, r.budget, money);
      diff(r.diff.cac, r.cac, money);
      diff(r.diff.romi, r.romi, multipleFormat(plan.lang));
    }
    // How far the actuals to date are from this column's to-date targets, summed over the stages.
    const terms = plan.stages.map((_, s) => {
      const row = d.stageRow(s);
      const period = `${dash}${a1(row, 2, true)}`;
      const toDate = `${dash}${a1(row, 3, true)}`;
      const actual = `${dash}${a1(row, 4, true)}`;
      const count = at(r.count(s));
      return `IF(OR(N(${toDate})=0,N(${period})=0,N(${count})=0),0,ABS(N(${actual})/(${count}*${toDate}/${period})-1))`;
    });
    g.formula(r.distance, col, `=IF(${dash}${d.lastMonth}="","",${terms.join('+')})`, { format: PERCENT });
    distanceCells.push(at(r.distance));
  });
  const distances = `${a1(r.distance, 2)}:${a1(r.distance, lastCol)}`;
  const labels = `${a1(r.header, 2)}:${a1(r.header, lastCol)}`;
  g.formula(
    r.closest,
    2,
    `=IF(COUNT(${distances})=0,"",INDEX(${labels},1,MATCH(MIN(${distances}),${distances},0)))`,
    {
      bold: true,
    },
  );
  for (const { row, key } of inputKeys(plan)) g.keyRow(row, key);

  const sheet: SheetDescription<ScenariosKey> = {
    key: 'scenarios',
    name: sheetName,
    cells: g.cells,
    frozenRows: r.header,
    frozenColumns: 1,
    widths: [
      { from: 1, count: 1, width: 260 },
      { from: 2, count: columns.length, width: 130 },
    ],
    hiddenColumns: [],
    rowKeys: g.rowKeys,
    colKeys: g.colKeys,
  };
  return framed(sheet, plan.name);
}
