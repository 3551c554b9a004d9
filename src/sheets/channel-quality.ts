import { UNASSIGNED_CHANNEL } from '../core/catalog/import';
import { QUALITY } from '../core/catalog/import-sheets';
import { render, type Text } from '../core/i18n';
import type { Plan } from '../core/plan';
import { leadStageIndex } from '../core/plan-math';
import { a1, columnLetter, exactly, ref, sheetRef } from './a1';
import { COLOR } from './description';
import { COUNT, moneyFormat, multipleFormat, PERCENT } from './formats';
import type { Grid } from './grid';
import type { ImportLayout } from './imported';
import type { SheetNames } from './names';
import type { Positions } from './positions';
import { CONTACT_COL, DEAL_COL, RECORDS_FIRST_ROW, UNASSIGNED } from './records';

/**
 * Quantity versus quality per channel, from the imported records: leads, MQLs, opportunities, won
 * deals and revenue beside spend, with CPL, cost per opportunity, CAC, lead-to-won and ROMI, and
 * the channel whose CAC ranks worst against its CPL called out (cheap leads that rarely close).
 * Then the management figures and the cohort view. Added below the Dashboard when records exist.
 */
export function channelQualityBlock(
  g: Grid,
  plan: Plan,
  names: SheetNames,
  pos: Positions,
  imports: ImportLayout | undefined,
  top: number,
): number {
  const contacts = imports?.contacts;
  const deals = imports?.deals;
  if (!contacts && !deals) return top;
  const t = (text: Text, params?: Record<string, string | number>) => render(text, plan.lang, params);
  const money = moneyFormat(plan.currency);
  const range = (sheet: string, col: number, records: number) => {
    const letter = columnLetter(col);
    return `${sheetRef(sheet)}$${letter}$${RECORDS_FIRST_ROW}:$${letter}$${RECORDS_FIRST_ROW + Math.max(records, 1) - 1}`;
  };
  const c = (col: number) => (contacts ? range(contacts.sheet, col, contacts.records) : '');
  const d = (col: number) => (deals ? range(deals.sheet, col, deals.records) : '');
  const endIndex = plan.startMonth - 1 + plan.periodMonths;
  const inPeriod = (dates: string) =>
    `${dates},">="&DATE(${plan.startYear},${plan.startMonth},1),${dates},"<"&DATE(${plan.startYear + Math.floor(endIndex / 12)},${(endIndex % 12) + 1},1)`;
  const stageIndex = (id: string | null | undefined) => plan.stages.findIndex((s) => s.id === id);
  const drivenByContacts = (s: number) => !!contacts && contacts.stages.includes(plan.stages[s]?.id ?? '');
  const lead = leadStageIndex(plan);
  const n = plan.stages.length;
  const ofKind = (kind: string) => plan.stages.findIndex((s) => s.kind === kind);
  const opp = deals?.createdStage ? stageIndex(deals.createdStage) : ofKind('opportunities');
  const mql = ofKind('mql');
  const won = n - 1;

  /** A count for one channel (criterion on the channel column) from contacts or deals. */
  const contactCount = (s: number, channel: string) =>
    drivenByContacts(s)
      ? `COUNTIFS(${c(CONTACT_COL.channel)},${channel},${inPeriod(c(CONTACT_COL.firstDate + s))})`
      : '""';
  const oppCount = (channel: string) =>
    deals && deals.createdStage
      ? `COUNTIFS(${d(DEAL_COL.channel)},${channel},${inPeriod(d(DEAL_COL.created))})`
      : contactCount(opp, channel);
  const wonCount = (channel: string) =>
    deals
      ? `COUNTIFS(${d(DEAL_COL.channel)},${channel},${d(DEAL_COL.outcome)},"won",${inPeriod(d(DEAL_COL.closed))})`
      : contactCount(won, channel);
  const wonRevenue = (channel: string) =>
    deals
      ? `SUMIFS(${d(DEAL_COL.amount)},${d(DEAL_COL.channel)},${channel},${d(DEAL_COL.outcome)},"won",${inPeriod(d(DEAL_COL.closed))})`
      : '""';

  let row = top;
  g.text(row, 1, t(QUALITY.section), { bold: true, background: COLOR.section });
  g.band(row, 2, 13, { background: COLOR.section });
  row++;
  g.text(row, 1, t(QUALITY.note));
  row++;
  const labels = [
    QUALITY.channel,
    QUALITY.leads,
    QUALITY.mqls,
    QUALITY.opportunities,
    QUALITY.won,
    QUALITY.revenue,
    QUALITY.spend,
    QUALITY.cpl,
    QUALITY.costPerOpportunity,
    QUALITY.cac,
    QUALITY.leadToWon,
    QUALITY.romi,
    QUALITY.rankGap,
  ];
  labels.forEach((label, i) => g.text(row, i + 1, t(label), { bold: true, background: COLOR.header }));
  row++;
  const first = row;
  const channels = [
    ...plan.channels.map((ch, i) => ({
      name: exactly(ref(names.tree, pos.tree.channelRow(i), 1)),
      label: ch.name,
      spend: i,
    })),
    // The records say "(unassigned)" in every language; the row reads in the plan's.
    { name: `"${UNASSIGNED}"`, label: render(UNASSIGNED_CHANNEL, plan.lang), spend: -1 },
  ];
  const last = first + channels.length - 1;
  const col = (letter: string) => `$${letter}$${first}:$${letter}$${last}`;
  channels.forEach((ch, i) => {
    const r = first + i;
    const cell = (k: number) => a1(r, k);
    g.text(r, 1, ch.label);
    g.formula(r, 2, `=${contactCount(lead, ch.name)}`, { format: COUNT });
    g.formula(r, 3, mql >= 0 ? `=${contactCount(mql, ch.name)}` : '=""', { format: COUNT });
    g.formula(r, 4, `=${oppCount(ch.name)}`, { format: COUNT });
    g.formula(r, 5, `=${wonCount(ch.name)}`, { format: COUNT });
    g.formula(r, 6, `=${wonRevenue(ch.name)}`, { format: money });
    if (ch.spend >= 0) {
      // Spend nobody typed yet is unknown, not zero: CPL, CAC and ROMI stay empty until it is.
      const m = pos.months;
      const spendRow = m.channelMoneyRow(ch.spend);
      const typed = `${sheetRef(names.actuals)}${a1(spendRow, m.firstCol, true)}:${a1(spendRow, m.lastCol, true)}`;
      const total = `${sheetRef(names.actuals)}${a1(spendRow, m.totalCol, true)}`;
      g.formula(r, 7, `=IF(COUNT(${typed})=0,"",${total})`, { format: money });
    }
    const ratio = (top: string, bottom: string) =>
      `=IF(AND(ISNUMBER(${top}),N(${bottom})>0),${top}/${bottom},"")`;
    g.formula(r, 8, ratio(cell(7), cell(2)), { format: money });
    g.formula(r, 9, ratio(cell(7), cell(4)), { format: money });
    g.formula(r, 10, ratio(cell(7), cell(5)), { format: money });
    g.formula(r, 11, ratio(cell(5), cell(2)), { format: PERCENT });
    g.formula(r, 12, `=IF(AND(ISNUMBER(${cell(6)}),N(${cell(7)})>0),${cell(6)}/${cell(7)},"")`, {
      format: multipleFormat(plan.lang),
    });
    g.formula(
      r,
      13,
      `=IF(AND(ISNUMBER(${cell(10)}),ISNUMBER(${cell(8)})),COUNTIF(${col('J')},"<"&${cell(10)})-COUNTIF(${col('H')},"<"&${cell(8)}),"")`,
      { format: COUNT },
    );
  });
  row = last + 1;
  g.text(row, 1, t(QUALITY.worst), { bold: true });
  g.formula(
    row,
    2,
    `=IF(COUNT(${col('M')})=0,"${t(QUALITY.worstNeedsSpend, { sheet: names.actuals }).replace(/"/g, '""')}",IF(MAX(${col('M')})>0,INDEX(${col('A')},MATCH(MAX(${col('M')}),${col('M')},0)),"${t(QUALITY.noneWorse)}"))`,
    { bold: true },
  );
  row += 2;

  // Management figures: marketing-sourced means a source that maps to one of the plan's channels.
  g.text(row, 1, t(QUALITY.management), { bold: true, background: COLOR.section });
  g.band(row, 2, 3, { background: COLOR.section });
  row++;
  const sum = (letter: string) => `SUM($${letter}$${first}:$${letter}$${last - 1})`;
  const figures: [Text, string, string][] = [
    [QUALITY.sourcedRevenue, deals ? `=${sum('F')}` : '=""', money],
    [QUALITY.sourcedWon, `=${sum('E')}`, COUNT],
    [
      QUALITY.pipeline,
      deals
        ? `=SUMIFS(${d(DEAL_COL.amount)},${d(DEAL_COL.outcome)},"open",${d(DEAL_COL.channel)},"<>${UNASSIGNED}")`
        : '=""',
      money,
    ],
    [QUALITY.totalSpend, `=IF(COUNT(${col('G')})=0,"",${sum('G')})`, money],
  ];
  const figureRow = row;
  figures.forEach(([label, formula, format], i) => {
    g.text(row + i, 1, t(label));
    g.formula(row + i, 2, formula, { format });
  });
  row += figures.length;
  const revenue = a1(figureRow, 2);
  const wonDeals = a1(figureRow + 1, 2);
  const spend = a1(figureRow + 3, 2);
  g.text(row, 1, t(QUALITY.romiSourced));
  g.formula(row, 2, `=IF(AND(ISNUMBER(${revenue}),N(${spend})>0),${revenue}/${spend},"")`, {
    format: multipleFormat(plan.lang),
    bold: true,
  });
  g.text(row + 1, 1, t(QUALITY.cacSourced));
  g.formula(row + 1, 2, `=IF(AND(ISNUMBER(${spend}),N(${wonDeals})>0),${spend}/${wonDeals},"")`, {
    format: money,
  });
  row += 3;

  // Cohorts: of the leads created in each month, how many reached each later stage, whenever.
  if (contacts && drivenByContacts(lead)) {
    g.text(row, 1, t(QUALITY.cohorts), { bold: true, background: COLOR.section });
    g.band(row, 2, 1 + n - lead, { background: COLOR.section });
    row++;
    g.text(row, 1, t(QUALITY.cohortMonth), { bold: true, background: COLOR.header });
    plan.stages
      .slice(lead)
      .forEach((stage, i) => g.text(row, 2 + i, stage.name, { bold: true, background: COLOR.header }));
    row++;
    const leadDates = c(CONTACT_COL.firstDate + lead);
    for (let i = 0; i < plan.periodMonths; i++) {
      const index = plan.startMonth - 1 + i;
      const year = plan.startYear + Math.floor(index / 12);
      const month = (index % 12) + 1;
      const cohort = `${leadDates},">="&DATE(${year},${month},1),${leadDates},"<"&DATE(${year},${month + 1},1)`;
      g.text(row, 1, `${year}-${String(month).padStart(2, '0')}`);
      plan.stages.slice(lead).forEach((_, k) => {
        const s = lead + k;
        const formula =
          k === 0
            ? `=COUNTIFS(${cohort})`
            : drivenByContacts(s)
              ? `=COUNTIFS(${cohort},${c(CONTACT_COL.firstDate + s)},">0")`
              : '=""';
        g.formula(row, 2 + k, formula, { format: COUNT });
      });
      row++;
    }
  }
  return row;
}
