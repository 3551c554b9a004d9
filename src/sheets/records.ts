import { IMPORT_SHEETS } from '../core/catalog/import-sheets';
import { render } from '../core/i18n';
import { UNASSIGNED } from '../core/import/count';
import type { ContactRecord, DealRecord, ValueMaps } from '../core/import/types';

export { UNASSIGNED };
import type { Plan } from '../core/plan';
import { statusReaches } from '../core/import/records';
import { a1, columnLetter, literal, sheetRef } from './a1';
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

/**
 * Contacts: key, email, source, status, channel (lookup), then a date per plan stage, then the
 * fallback date (converted, else created) and the rank of the stage the status maps to (lookup).
 * A stage with no date of its own is a formula: the fallback date where the status's stage is at
 * or after it, so editing the status map recounts live.
 */
export const CONTACT_COL = { key: 1, email: 2, source: 3, status: 4, channel: 5, firstDate: 6 } as const;
export const contactExtraCols = (plan: Plan) => {
  const fallback = CONTACT_COL.firstDate + plan.stages.length;
  return { fallback, statusRank: fallback + 1 };
};
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

/** One table of the mapping sheet: keys in one column, values in the next, rows first..last. */
export interface MappingTable {
  col: number;
  first: number;
  last: number;
}

/**
 * Where the mapping sheet's live tables are: source -> channel, deal stage -> outcome, status ->
 * plan stage, and the plan's stages in order. Each table has columns of its own, so a table that
 * grows on a later import never moves another (the records sheets point at them).
 */
export interface MappingPlaces {
  sheet: string;
  sources: MappingTable;
  outcomes: MappingTable;
  statuses: MappingTable;
  stageList: MappingTable;
}

export const MAPPING_HEADER_ROW = 4;
const MAPPING_COL = { sources: 1, outcomes: 4, statuses: 7, stageList: 10 } as const;

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

/** A mapping table's key and value columns as an absolute range on the mapping sheet. */
function tableRange(places: MappingPlaces, table: MappingTable): string {
  const [from, to] = [columnLetter(table.col), columnLetter(table.col + 1)];
  return `${sheetRef(places.sheet)}$${from}$${table.first}:$${to}$${Math.max(table.first, table.last)}`;
}

/**
 * What the text in `cell` maps to in a table of the mapping sheet (#N/A where it is no key). An
 * exact VLOOKUP of the escaped text: a CRM value such as "Paid*" or a URL with "?" finds its own
 * row, never another that its wildcards would match (MATCH would, and does not escape alike in
 * every engine).
 */
function mapped(cell: string, places: MappingPlaces, table: Exclude<keyof MappingPlaces, 'sheet'>): string {
  return `VLOOKUP(${literal(cell)},${tableRange(places, places[table])},2,0)`;
}

function lookup(
  cell: string,
  places: MappingPlaces,
  table: 'sources' | 'outcomes',
  fallback: string,
): string {
  return `=IFERROR(${mapped(cell, places, table)},"${fallback}")`;
}

/**
 * The 1-based position of the stage a status maps to, 0 where it maps to none: the stage list has
 * each stage's position beside its name.
 */
function statusRank(cell: string, places: MappingPlaces): string {
  return `=IFERROR(${mapped(mapped(cell, places, 'statuses'), places, 'stageList')},0)`;
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
    t(IMPORT_SHEETS.fallbackDate),
    t(IMPORT_SHEETS.statusRank),
  ]);
  const extra = contactExtraCols(plan);
  records.forEach((record, i) => {
    const row = RECORDS_FIRST_ROW + i;
    textCell(g, row, C.key, record.key);
    textCell(g, row, C.email, record.email);
    textCell(g, row, C.source, record.source);
    textCell(g, row, C.status, record.status);
    g.formula(row, C.channel, lookup(a1(row, C.source), places, 'sources', UNASSIGNED));
    const live = record.status !== '' && record.fallback !== '';
    plan.stages.forEach((stage, s) => {
      const own = record.byStatus[s] ? '' : (record.dates[s] ?? '');
      if (own !== '' || !live || !statusReaches(stage.kind)) dateCell(g, row, C.firstDate + s, own);
      else
        g.formula(
          row,
          C.firstDate + s,
          `=IF(${a1(row, extra.statusRank, false)}>${s},${a1(row, extra.fallback, false)},"")`,
          { format: DATE },
        );
    });
    dateCell(g, row, extra.fallback, record.fallback);
    if (record.status !== '') g.formula(row, extra.statusRank, statusRank(a1(row, C.status), places));
  });
  return sheetOf('contacts', name, g, extra.statusRank);
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
    g.formula(row, D.outcome, lookup(a1(row, D.stage), places, 'outcomes', 'open'));
    g.formula(row, D.channel, lookup(a1(row, D.source), places, 'sources', UNASSIGNED));
  });
  return sheetOf('deals', name, g, D.channel);
}

/**
 * The mapping sheet, four tables side by side: source value -> channel name, deal stage -> won /
 * lost / open, lifecycle stage or status -> plan stage name, and the plan's stages in order. The
 * values are yellow inputs: edit a cell and every count follows. Channel and stage names are the
 * plan's, so renaming keeps the records when the plan is written again.
 */
export function mappingSheet(
  plan: Plan,
  name: string,
  maps: ValueMaps,
  sources: string[],
  outcomes: string[],
  statuses: string[] = Object.keys(maps.stages),
): { sheet: SheetDescription<RecordSheetKey>; places: MappingPlaces } {
  const t = (text: { en: string; ja: string }) => render(text, plan.lang);
  const g = new Grid();
  g.text(1, 1, t(IMPORT_SHEETS.mappingTitle), { bold: true });
  g.text(2, 1, t(IMPORT_SHEETS.mappingNote));
  const channelName = (id: string) => plan.channels.find((c) => c.id === id)?.name ?? UNASSIGNED;
  const stageName = (id: string) => plan.stages.find((st) => st.id === id)?.name ?? '';
  const first = MAPPING_HEADER_ROW + 1;
  const table = (
    col: number,
    headers: string[],
    keys: string[],
    value: ((key: string) => string) | null,
  ): MappingTable => {
    headers.forEach((label, k) => g.text(MAPPING_HEADER_ROW, col + k, label, header));
    keys.forEach((key, i) => {
      g.text(first + i, col, key);
      if (value) g.text(first + i, col + 1, value(key), input);
    });
    return { col, first, last: first + Math.max(keys.length, 1) - 1 };
  };
  const places: MappingPlaces = {
    sheet: name,
    sources: table(
      MAPPING_COL.sources,
      [t(IMPORT_SHEETS.sourceValue), t(IMPORT_SHEETS.channel)],
      sources,
      (v) => channelName(maps.channels[v] ?? ''),
    ),
    outcomes: table(
      MAPPING_COL.outcomes,
      [t(IMPORT_SHEETS.dealStageValue), t(IMPORT_SHEETS.outcome)],
      outcomes,
      (v) => maps.outcomes[v] ?? 'open',
    ),
    statuses: table(
      MAPPING_COL.statuses,
      [t(IMPORT_SHEETS.statusValue), t(IMPORT_SHEETS.planStage)],
      statuses,
      (v) => stageName(maps.stages[v] ?? ''),
    ),
    stageList: table(
      MAPPING_COL.stageList,
      [t(IMPORT_SHEETS.stagesInOrder), t(IMPORT_SHEETS.stagePosition)],
      plan.stages.map((st) => st.name),
      null,
    ),
  };
  plan.stages.forEach((_, i) => g.value(first + i, MAPPING_COL.stageList + 1, i + 1));
  return {
    sheet: {
      key: 'mapping',
      name,
      cells: g.cells,
      frozenRows: MAPPING_HEADER_ROW,
      frozenColumns: 0,
      widths: [{ from: 1, count: MAPPING_COL.stageList + 1, width: 180 }],
      hiddenColumns: [],
    },
    places,
  };
}

/**
 * The maps as the mapping sheet holds them now (the user may have edited them since the import),
 * read from its values: each table from its header row down to its first empty key. Names that
 * are no channel of the plan read as unassigned, values that are no outcome as open, names that
 * are no stage as none. Null when the sheet is not laid out as ours.
 */
export function readMappingSheet(values: unknown[][], plan: Plan): ValueMaps | null {
  const t = (text: { en: string; ja: string }) => render(text, plan.lang);
  const text = (r: number, c: number) => String(values[r - 1]?.[c - 1] ?? '').trim();
  const headerAt = (col: number, label: string) => text(MAPPING_HEADER_ROW, col) === label;
  if (!headerAt(MAPPING_COL.sources, t(IMPORT_SHEETS.sourceValue))) return null;
  const rows = (col: number): [string, string][] => {
    const found: [string, string][] = [];
    for (let r = MAPPING_HEADER_ROW + 1; r <= values.length && text(r, col) !== ''; r++)
      found.push([text(r, col), text(r, col + 1)]);
    return found;
  };
  const byName = <T extends { id: string; name: string }>(list: readonly T[], name: string) =>
    list.find((x) => x.name.trim() === name)?.id ?? '';
  const maps: ValueMaps = { stages: {}, outcomes: {}, channels: {} };
  for (const [key, value] of rows(MAPPING_COL.sources)) maps.channels[key] = byName(plan.channels, value);
  if (headerAt(MAPPING_COL.outcomes, t(IMPORT_SHEETS.dealStageValue)))
    for (const [key, value] of rows(MAPPING_COL.outcomes)) {
      const outcome = value.toLowerCase();
      maps.outcomes[key] = outcome === 'won' || outcome === 'lost' ? outcome : 'open';
    }
  if (headerAt(MAPPING_COL.statuses, t(IMPORT_SHEETS.statusValue)))
    for (const [key, value] of rows(MAPPING_COL.statuses)) maps.stages[key] = byName(plan.stages, value);
  return maps;
}
