import { L, TREE_NOTES } from '../core/catalog/sheets';
import { SNAP_FACTOR_TEXT } from '../core/funnel';
import { wholeFormula } from '../core/phasing';
import { render, type Lang } from '../core/i18n';
import { stageName, type Plan } from '../core/plan';
import { a1, liveText } from './a1';
import { COLOR, type Cell, type InputRule, type SheetDescription } from './description';
import { inputRule } from './validation';
import { COUNT, EXACT, INTEGER, moneyFormat, multipleFormat, PERCENT } from './formats';
import { Grid } from './grid';
import type { SheetNames } from './names';
import type { Positions } from './positions';

const SNAP = `*${SNAP_FACTOR_TEXT}`;
const header = { bold: true, background: COLOR.header };
const section = { bold: true, background: COLOR.section };

interface TreeContext {
  plan: Plan;
  names: SheetNames;
  pos: Positions;
  lang: Lang;
  t: (text: { en: string; ja: string }, params?: Record<string, string | number>) => string;
  g: Grid;
  p: Positions['tree'];
  n: number;
  money: string;
  goalFormat: string;
  /** $B$row: the input column. */
  B: (row: number) => string;
  input: (path: string, rule: (l: Lang) => InputRule) => Pick<Cell, 'background' | 'input' | 'rule'>;
}

function treeContext(plan: Plan, names: SheetNames, pos: Positions): TreeContext {
  const lang: Lang = plan.lang;
  const t = (text: { en: string; ja: string }, params?: Record<string, string | number>) =>
    render(text, lang, params);
  const g = new Grid();
  const p = pos.tree;
  const n = plan.stages.length;
  const money = moneyFormat(plan.currency);
  const goalFormat = plan.goal.kind === 'revenue' ? money : COUNT;
  const B = (row: number) => a1(row, 2, true);
  const input = (path: string, rule: (l: Lang) => InputRule) => ({
    background: COLOR.input,
    input: path,
    rule: rule(lang),
  });

  return { plan, names, pos, lang, t, g, p, n, money, goalFormat, B, input };
}

/** The tree, left to right: goal, won deals, ..., top of the funnel. */
function nodesBlock(c: TreeContext): void {
  const { plan, t, g, p, n, goalFormat, B } = c;
  const lastCol = p.nodeCol(0);
  g.text(4, 1, t(L.treeSection), section);
  g.band(4, 2, lastCol, section);
  g.text(p.nodeLabelRow, 1, t(L.node), header);
  g.text(p.targetRow, 1, t(L.required), { bold: true });
  g.text(p.rateRow, 1, t(L.rateToNext));
  g.text(p.aheadRow, 1, t(L.monthsAhead));
  g.text(p.exactRow, 1, t(L.exact));
  g.text(
    p.nodeLabelRow,
    p.goalCol,
    t(plan.goal.kind === 'revenue' ? L.goalRevenue : L.goalCustomers),
    header,
  );
  g.formula(p.targetRow, p.goalCol, `=${B(p.goal)}`, { format: goalFormat, bold: true });
  for (let s = n - 1; s >= 0; s--) {
    const col = p.nodeCol(s);
    g.text(p.nodeLabelRow, col, stageName(plan, s), header);
    const exact = a1(p.exactRow, col);
    g.formula(p.targetRow, col, `=ROUNDUP(${exact}${SNAP},0)`, { format: COUNT, bold: true });
    if (s === n - 1) {
      const sourced = `${B(p.goal)}*${B(p.share)}`;
      g.formula(p.exactRow, col, plan.goal.kind === 'revenue' ? `=${sourced}/${B(p.deal)}` : `=${sourced}`, {
        format: EXACT,
      });
      g.value(p.aheadRow, col, 0, { format: INTEGER });
    } else {
      const below = p.nodeCol(s + 1);
      g.formula(p.exactRow, col, `=${a1(p.exactRow, below)}/${B(p.transitionRow(s))}`, { format: EXACT });
      g.formula(p.rateRow, col, `=${B(p.transitionRow(s))}`, { format: PERCENT });
      g.formula(p.aheadRow, col, `=${a1(p.aheadRow, below)}+${a1(p.transitionRow(s), 3, true)}`, {
        format: INTEGER,
      });
    }
  }
}

/** The yellow inputs: goal, marketing share, deal size, every rate and lag. */
function inputsBlock(c: TreeContext): void {
  const { plan, t, g, p, money, goalFormat, input } = c;
  g.text(11, 1, t(L.inputsSection), section);
  g.band(11, 2, 4, section);
  g.text(p.goal, 1, t(plan.goal.kind === 'revenue' ? L.goalRevenue : L.goalCustomers));
  g.value(p.goal, 2, plan.goal.amount, { format: goalFormat, ...input('goal.amount', inputRule.money) });
  g.text(p.share, 1, t(L.marketingShare));
  g.value(p.share, 2, plan.goal.marketingShare, {
    format: PERCENT,
    ...input('goal.marketingShare', inputRule.rate),
  });
  g.text(p.deal, 1, t(L.avgDealSize));
  g.value(p.deal, 2, plan.avgDealSize, { format: money, ...input('avgDealSize', inputRule.money) });
  g.text(p.transitionRow(0) - 1, 1, t(L.transition), header);
  g.text(p.transitionRow(0) - 1, 2, t(L.rate), header);
  g.text(p.transitionRow(0) - 1, 3, t(L.lag), header);
  plan.stages.slice(0, -1).forEach((stage, s) => {
    const row = p.transitionRow(s);
    g.text(row, 1, `${stage.name} → ${stageName(plan, s + 1)}`);
    g.value(row, 2, stage.rate as number, {
      format: PERCENT,
      ...input(`stages.${s}.rate`, inputRule.rate),
    });
    g.value(row, 3, stage.lagMonths, {
      format: INTEGER,
      ...input(`stages.${s}.lagMonths`, inputRule.lag),
    });
  });
}

/** Channels: leads split from the leads node, budget = leads × CPL. */
function channelsBlock(c: TreeContext): void {
  const { plan, pos, t, g, p, money, input } = c;
  const leadsNode = a1(p.targetRow, p.nodeCol(pos.leadStage), true);
  g.text(p.channelHeader - 1, 1, t(L.channelsSection), section);
  g.band(p.channelHeader - 1, 2, 5, section);
  [L.channel, L.shareOrLeads, L.cpl, L.leads, L.budget].forEach((label, i) =>
    g.text(p.channelHeader, i + 1, t(label), header),
  );
  const shareCells: string[] = [];
  plan.channels.forEach((ch, i) => {
    const row = p.channelRow(i);
    g.text(row, 1, ch.name);
    g.value(row, 2, ch.value, {
      format: ch.allocation === 'share' ? PERCENT : COUNT,
      ...input(`channels.${i}.value`, ch.allocation === 'share' ? inputRule.fraction : inputRule.amount),
    });
    g.value(row, 3, ch.cpl, { format: money, ...input(`channels.${i}.cpl`, inputRule.amount) });
    let leads: string;
    if (ch.allocation === 'share') {
      const previous = shareCells.length ? wholeFormula(`${leadsNode}*(${shareCells.join('+')})`) : '';
      shareCells.push(a1(row, 2));
      const current = wholeFormula(`${leadsNode}*(${shareCells.join('+')})`);
      leads = previous ? `=${current}-${previous}` : `=${current}`;
    } else leads = `=${a1(row, 2)}`;
    g.formula(row, 4, leads, { format: COUNT });
    g.formula(row, 5, `=${a1(row, 4)}*${a1(row, 3)}`, { format: money });
  });
  const firstCh = p.channelRow(0);
  const lastCh = p.channelRow(plan.channels.length - 1);
  const sumCol = (col: number) =>
    plan.channels.length ? `=SUM(${a1(firstCh, col)}:${a1(lastCh, col)})` : '=0';
  g.text(p.channelTotal, 1, t(L.total), { bold: true, background: COLOR.total });
  g.band(p.channelTotal, 2, 3, { background: COLOR.total });
  g.formula(p.channelTotal, 4, sumCol(4), { format: COUNT, bold: true, background: COLOR.total });
  g.formula(p.channelTotal, 5, sumCol(5), { format: money, bold: true, background: COLOR.total });
  if (!plan.channels.length) return;
  // Live under the total: shares typed on the sheet that miss 100% say so where they are typed.
  const total = a1(p.channelTotal, 4, true);
  const mismatch = liveText(t(TREE_NOTES.channelsMismatch), { planned: total, needed: leadsNode });
  g.formula(p.channelTotal + 1, 1, `=IF(${total}=${leadsNode},"",${mismatch})`, { bold: true });
}

/** Budget, blended CPL, CAC and ROMI. */
function summaryBlock(c: TreeContext): void {
  const { plan, t, g, p, n, money, B } = c;
  const s = p.summary;
  const wonTarget = a1(p.targetRow, p.nodeCol(n - 1), true);
  const wonExact = a1(p.exactRow, p.nodeCol(n - 1), true);
  const budget = B(s.budget);
  const leadsTotal = a1(p.channelTotal, 4, true);
  g.text(s.revenue - 1, 1, t(L.summarySection), section);
  g.band(s.revenue - 1, 2, 2, section);
  g.text(s.revenue, 1, t(L.marketingRevenue));
  g.formula(
    s.revenue,
    2,
    plan.goal.kind === 'revenue' ? `=${B(p.goal)}*${B(p.share)}` : `=${wonExact}*${B(p.deal)}`,
    { format: money },
  );
  g.text(s.budget, 1, t(L.budget));
  g.formula(s.budget, 2, `=${a1(p.channelTotal, 5, true)}`, { format: money, bold: true });
  g.text(s.blendedCpl, 1, t(L.blendedCpl));
  g.formula(s.blendedCpl, 2, `=IF(${leadsTotal}>0,${budget}/${leadsTotal},"")`, { format: money });
  g.text(s.cac, 1, t(L.cac));
  g.formula(s.cac, 2, `=IF(AND(${budget}>0,${wonTarget}>0),${budget}/${wonTarget},"")`, { format: money });
  g.text(s.romi, 1, t(L.romi));
  g.formula(s.romi, 2, `=IF(${budget}>0,${B(s.revenue)}/${budget},"")`, {
    format: multipleFormat(plan.lang),
    bold: true,
  });
}

/** The CSF table's own words: long ones wrap, so the funnel's columns above stay narrow. */
const wrapped = { wrap: true } as const;

/** CSFs, initiatives and their KPIs. */
function csfsBlock(c: TreeContext): void {
  const { plan, t, g, p } = c;
  g.text(p.csfHeader - 1, 1, t(L.csfSection), section);
  g.band(p.csfHeader - 1, 2, 7, section);
  [L.transition, L.csf, L.initiative, L.kpi, L.kpiTarget, L.cadence, L.quality].forEach((label, i) =>
    g.text(p.csfHeader, i + 1, t(label), header),
  );
  let row = p.csfHeader + 1;
  if (plan.csfs.length === 0) g.text(row, 1, t(L.noCsfs));
  for (const csf of plan.csfs) {
    const transition = `${stageName(plan, csf.transition)} → ${stageName(plan, csf.transition + 1)}`;
    g.text(row, 1, transition);
    g.text(row, 2, csf.text, wrapped);
    if (csf.initiatives.length === 0) row++;
    for (const ini of csf.initiatives) {
      g.text(row, 3, ini.name, wrapped);
      g.text(row, 4, ini.kpi.name, wrapped);
      g.value(row, 5, ini.kpi.target, { format: COUNT });
      g.text(row, 6, t(L[ini.kpi.cadence]));
      g.text(row, 7, ini.kpi.quality);
      row++;
    }
  }
}

/** The KPI Tree sheet: the tree from the goal up the funnel, its inputs, channels, summary and CSFs. */
export function treeSheet(plan: Plan, names: SheetNames, pos: Positions): SheetDescription {
  const c = treeContext(plan, names, pos);
  const { g, t } = c;
  g.text(1, 1, plan.name, { bold: true });
  g.text(2, 1, t(L.inputsNote));
  nodesBlock(c);
  inputsBlock(c);
  channelsBlock(c);
  summaryBlock(c);
  csfsBlock(c);

  return {
    key: 'tree',
    name: names.tree,
    cells: g.cells,
    frozenRows: 0,
    frozenColumns: 0,
    widths: [
      { from: 1, count: 1, width: 260 },
      { from: 2, count: 12, width: 130 },
    ],
    hiddenColumns: [],
  };
}
