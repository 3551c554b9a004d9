import { IMPORT_SHEETS } from '../core/catalog/import-sheets';
import { render } from '../core/i18n';
import { UNASSIGNED } from '../core/import/count';
import type { ContactRecord, DealRecord, ValueMaps } from '../core/import/types';

export { UNASSIGNED };
import type { Plan } from '../core/plan';
import { a1, sheetRef } from './a1';
import { COLOR, type RecordSheetKey, type SheetDescription } from './description';
import { moneyFormat } from './formats';
import { Grid } from './grid';

/**
 * The raw-record sheets an import writes: one row per record, values as text, numbers or dates
 * (never formulas: exports carry user-typed strings), plus one lookup column per row that maps
 * the record's source (and a deal's stage) through the mapping sheet, so editing a map cell
 * recounts every number live. The counts on Actuals and the Dashboard are COUNTIFS/SUMIFS over
 * these columns, native formulas a colleague without the add-on sees the same.
 */

export const RECORDS_FIRST_ROW = 5;
const DATE = 'yyyy-mm-dd';

/** Contacts: key, email, source, status, channel (lookup), then a date per plan stage. */
export const CONTACT_COL = { key: 1, email: 2, source: 3, status: 4, channel: 5, firstDate: 6 } as const;
/** Deals: key, name, stage, source, amount, created, closed, outcome (lookup), channel (lookup). */
export const DEAL_COL = {
  key: 1,
  name: 2,
  stage: 3,
  source: 4,
  amount: 5,
  created: 6,
  closed: 7,
  outcome: 8,
  channel: 9,
} as const;

/** Where the mapping sheet's two live tables are: source -> channel, deal stage -> outcome. */
export interface MappingPlaces {
  sheet: string;
  sources: { first: number; last: number };
  stages: { first: number; last: number };
}

const header = { bold: true, background: COLOR.header };
const input = { background: COLOR.input };

/** A cell value as the record holds it: plain text stays text whatever it starts with. */
const textCell = (g: Grid, row: number, col: number, value: string) => {
  if (value !== '') g.text(row, col, value);
};

/** ISO 'YYYY-MM-DD' as a spreadsheet date serial (days since 1899-12-30), so COUNTIFS can compare. */
export function dateSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const days = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86400000;
  return days + 25569;
}

function dateCell(g: Grid, row: number, col: number, iso: string): void {
  const serial = dateSerial(iso);
  if (serial !== null) g.value(row, col, serial, { format: DATE });
}

/** `IFERROR(INDEX(map values, MATCH(cell, map keys, 0)), fallback)` against the mapping sheet. */
function lookup(cell: string, places: MappingPlaces, table: 'sources' | 'stages', fallback: string): string {
  const { first, last } = places[table];
  const keys = `${sheetRef(places.sheet)}$A$${first}:$A$${Math.max(first, last)}`;
  const values = `${sheetRef(places.sheet)}$B$${first}:$B$${Math.max(first, last)}`;
  return `=IFERROR(INDEX(${values},MATCH(${cell},${keys},0)),"${fallback}")`;
}

type Labels = typeof IMPORT_SHEETS;
type Render = (text: Labels[keyof Labels], params?: Record<string, string | number>) => string;

/** A records sheet's grid with its title, note and column headers; `t` renders in the plan's language. */
function framedGrid(
  plan: Plan,
  title: Labels[keyof Labels],
  source: string,
  labels: (t: Render) => string[],
): { g: Grid; t: Render } {
  const t: Render = (text, params) => render(text, plan.lang, params);
  const g = new Grid();
  g.text(1, 1, t(title), { bold: true });
  g.text(2, 1, t(IMPORT_SHEETS.recordsNote, { file: source }));
  labels(t).forEach((label, i) => g.text(RECORDS_FIRST_ROW - 1, i + 1, label, header));
  return { g, t };
}

function sheetOf(
  key: RecordSheetKey,
  name: string,
  g: Grid,
  widths: number,
): SheetDescription<RecordSheetKey> {
  return {
    key,
    name,
    cells: g.cells,
    frozenRows: RECORDS_FIRST_ROW - 1,
    frozenColumns: 1,
    widths: [{ from: 1, count: widths, width: 140 }],
    hiddenColumns: [],
  };
}

export function contactsSheet(
  plan: Plan,
  name: string,
  records: ContactRecord[],
  places: MappingPlaces,
  source: string,
): SheetDescription<RecordSheetKey> {
  const C = CONTACT_COL;
  const { g } = framedGrid(plan, IMPORT_SHEETS.contactsTitle, source, (t) => [
    t(IMPORT_SHEETS.key),
    t(IMPORT_SHEETS.email),
    t(IMPORT_SHEETS.source),
    t(IMPORT_SHEETS.status),
    t(IMPORT_SHEETS.channel),
    ...plan.stages.map((stage) => t(IMPORT_SHEETS.reachedOn, { stage: stage.name })),
  ]);
  records.forEach((record, i) => {
    const row = RECORDS_FIRST_ROW + i;
    textCell(g, row, C.key, record.key);
    textCell(g, row, C.email, record.email);
    textCell(g, row, C.source, record.source);
    textCell(g, row, C.status, record.status);
    g.formula(row, C.channel, lookup(a1(row, C.source), places, 'sources', UNASSIGNED));
    plan.stages.forEach((_, s) => dateCell(g, row, C.firstDate + s, record.dates[s] ?? ''));
  });
  return sheetOf('contacts', name, g, C.firstDate + plan.stages.length - 1);
}

export function dealsSheet(
  plan: Plan,
  name: string,
  records: DealRecord[],
  places: MappingPlaces,
  source: string,
): SheetDescription<RecordSheetKey> {
  const D = DEAL_COL;
  const { g } = framedGrid(plan, IMPORT_SHEETS.dealsTitle, source, (t) => [
    t(IMPORT_SHEETS.key),
    t(IMPORT_SHEETS.dealName),
    t(IMPORT_SHEETS.dealStage),
    t(IMPORT_SHEETS.source),
    t(IMPORT_SHEETS.amount),
    t(IMPORT_SHEETS.created),
    t(IMPORT_SHEETS.closed),
    t(IMPORT_SHEETS.outcome),
    t(IMPORT_SHEETS.channel),
  ]);
  const money = moneyFormat(plan.currency);
  records.forEach((record, i) => {
    const row = RECORDS_FIRST_ROW + i;
    textCell(g, row, D.key, record.key);
    textCell(g, row, D.name, record.name);
    textCell(g, row, D.stage, record.stage);
    textCell(g, row, D.source, record.source);
    if (record.amount !== null) g.value(row, D.amount, record.amount, { format: money });
    dateCell(g, row, D.created, record.created);
    dateCell(g, row, D.closed, record.closed);
    g.formula(row, D.outcome, lookup(a1(row, D.stage), places, 'stages', 'open'));
    g.formula(row, D.channel, lookup(a1(row, D.source), places, 'sources', UNASSIGNED));
  });
  return sheetOf('deals', name, g, D.channel);
}

/**
 * The mapping sheet: source value -> channel name, and deal stage -> won / lost / open. Both are
 * yellow inputs: edit a cell and every count follows. Channel names are the plan's, so a renamed
 * channel keeps its records when the plan is written again.
 */
export function mappingSheet(
  plan: Plan,
  name: string,
  maps: ValueMaps,
  sources: string[],
  stages: string[],
): { sheet: SheetDescription<RecordSheetKey>; places: MappingPlaces } {
  const t = (text: { en: string; ja: string }) => render(text, plan.lang);
  const g = new Grid();
  g.text(1, 1, t(IMPORT_SHEETS.mappingTitle), { bold: true });
  g.text(2, 1, t(IMPORT_SHEETS.mappingNote));
  const channelName = (id: string) => plan.channels.find((c) => c.id === id)?.name ?? UNASSIGNED;
  g.text(4, 1, t(IMPORT_SHEETS.sourceValue), header);
  g.text(4, 2, t(IMPORT_SHEETS.channel), header);
  const sourceFirst = 5;
  sources.forEach((value, i) => {
    g.text(sourceFirst + i, 1, value);
    g.text(sourceFirst + i, 2, channelName(maps.channels[value] ?? ''), input);
  });
  const sourceLast = sourceFirst + Math.max(sources.length, 1) - 1;
  const stageHeader = sourceLast + 2;
  g.text(stageHeader, 1, t(IMPORT_SHEETS.dealStageValue), header);
  g.text(stageHeader, 2, t(IMPORT_SHEETS.outcome), header);
  const stageFirst = stageHeader + 1;
  stages.forEach((value, i) => {
    g.text(stageFirst + i, 1, value);
    g.text(stageFirst + i, 2, maps.outcomes[value] ?? 'open', input);
  });
  const stageLast = stageFirst + Math.max(stages.length, 1) - 1;
  return {
    sheet: {
      key: 'mapping',
      name,
      cells: g.cells,
      frozenRows: 0,
      frozenColumns: 0,
      widths: [{ from: 1, count: 2, width: 220 }],
      hiddenColumns: [],
    },
    places: {
      sheet: name,
      sources: { first: sourceFirst, last: sourceLast },
      stages: { first: stageFirst, last: stageLast },
    },
  };
}
