import type { Plan } from '../core/plan';
import { leadStageIndex } from '../core/plan-math';
import { columnLetter, sheetRef } from './a1';
import { CONTACT_COL, DEAL_COL, RECORDS_FIRST_ROW } from './records';

/**
 * Which Actuals rows an import drives, and where its records are: kept with the plan's import
 * bookkeeping, so the layout of last time can be rebuilt exactly.
 */
export interface ImportLayout {
  /** The export's date (ISO): months after it have no actuals yet, not zero. */
  asOf: string;
  contacts?: { sheet: string; records: number; stages: string[] };
  deals?: { sheet: string; records: number; createdStage: string | null; wonStage: string | null };
}

function column(sheet: string, col: number, records: number): string {
  const letter = columnLetter(col);
  const last = RECORDS_FIRST_ROW + Math.max(records, 1) - 1;
  return `${sheetRef(sheet)}$${letter}$${RECORDS_FIRST_ROW}:$${letter}$${last}`;
}

/** Conditions that a date column falls in one calendar month. */
function inMonth(range: string, year: number, month: number): string {
  return `${range},">="&DATE(${year},${month},1),${range},"<"&DATE(${year},${month + 1},1)`;
}

/** Native formulas counting the records of one Actuals row and month, or null for a typed row. */
export interface ImportedFormulas {
  stage(stageIndex: number, year: number, month: number): string | null;
  revenue(year: number, month: number): string | null;
  /** Leads from one channel, by the channel's name cell (the mapping sheet maps sources to names). */
  channelLeads(nameCell: string, year: number, month: number): string | null;
}

export function importedFormulas(plan: Plan, layout: ImportLayout | undefined): ImportedFormulas {
  const contacts = layout?.contacts;
  const deals = layout?.deals;
  const [y0, m0] = (layout?.asOf ?? '').split('-').map(Number);
  const asOf = (y0 ?? 0) * 12 + (m0 ?? 0);
  /** A month after the export has no actuals yet: blank, so "to date" stops at the export. */
  const upToExport = (year: number, month: number, formula: string): string | null =>
    year * 12 + month > asOf ? null : formula;
  const leadIndex = leadStageIndex(plan);
  const leadStage = contacts?.stages.includes(plan.stages[leadIndex]?.id ?? '') ? leadIndex : -1;
  const contactDate = (s: number) =>
    contacts ? column(contacts.sheet, CONTACT_COL.firstDate + s, contacts.records) : '';
  const deal = (col: number) => (deals ? column(deals.sheet, col, deals.records) : '');
  return {
    stage(s, year, month) {
      const id = plan.stages[s]?.id;
      if (id === undefined) return null;
      if (deals && id === deals.wonStage)
        return upToExport(
          year,
          month,
          `=COUNTIFS(${deal(DEAL_COL.outcome)},"won",${inMonth(deal(DEAL_COL.closed), year, month)})`,
        );
      if (deals && id === deals.createdStage)
        return upToExport(year, month, `=COUNTIFS(${inMonth(deal(DEAL_COL.created), year, month)})`);
      if (contacts?.stages.includes(id))
        return upToExport(year, month, `=COUNTIFS(${inMonth(contactDate(s), year, month)})`);
      return null;
    },
    revenue(year, month) {
      if (!deals) return null;
      return upToExport(
        year,
        month,
        `=SUMIFS(${deal(DEAL_COL.amount)},${deal(DEAL_COL.outcome)},"won",${inMonth(deal(DEAL_COL.closed), year, month)})`,
      );
    },
    channelLeads(nameCell, year, month) {
      if (!contacts || leadStage < 0) return null;
      const channel = column(contacts.sheet, CONTACT_COL.channel, contacts.records);
      return upToExport(
        year,
        month,
        `=COUNTIFS(${channel},${nameCell},${inMonth(contactDate(leadStage), year, month)})`,
      );
    },
  };
}
