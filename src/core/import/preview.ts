import { DATE_ORDER_NAME } from '../catalog/import';
import { langFromLocale, type Lang } from '../i18n';
import type { Plan } from '../plan';
import { decideDateOrder } from './dates';
import { detect, detectAs } from './detect';
import { defaultMaps } from './maps';
import { makeProblem } from './problems';
import { DATE_FIELDS, readContacts, readDeals } from './records';
import { cleanTable, type ImportTable } from './table';
import { cellAt, distinctValues } from './text';
import type {
  ColumnMapping,
  ContactRecord,
  DateOrder,
  DealRecord,
  ImportChoice,
  ImportField,
  ImportPreview,
  ImportProblem,
  ImportTool,
  RecordKind,
  StageOutcome,
  ValueMaps,
} from './types';

export interface PreviewOptions {
  /** The spreadsheet's time zone (e.g. Asia/Tokyo): the calendar date of UTC instants. */
  timeZone: string;
  /** The user's locale: the usual day/month order, and the language of examples. */
  locale?: string;
  /** The user's corrections: the file is read again with them. */
  choice?: Partial<ImportChoice>;
}

export interface ImportRead {
  table: ImportTable;
  tool: ImportTool;
  kind: RecordKind;
  confidence: number;
  mapping: ColumnMapping;
  dateOrder: DateOrder;
  dateOrderAsked: boolean;
  maps: ValueMaps;
  values: ImportPreview['values'];
  contacts: ContactRecord[];
  deals: DealRecord[];
  problems: ImportProblem[];
}

const CONTACT_DATES: ImportField[] = DATE_FIELDS;
const DEAL_DATES: ImportField[] = ['created', 'closeDate'];

/**
 * Reads a parsed file (rows of text, as the sidebar's CSV parser returns them) the way the import
 * will: tidies the table, detects the tool and columns, decides the date order, builds the value
 * maps, reads the records. Throws ImportRefused when the file is not a table of records.
 */
export function readImport(
  rawRows: readonly (readonly unknown[])[],
  plan: Plan,
  options: PreviewOptions,
): ImportRead {
  const lang: Lang = options.locale ? langFromLocale(options.locale) : plan.lang;
  const choice = options.choice ?? {};
  const table = cleanTable(rawRows, lang);
  const detected = detect(table.headers);
  const tool = TOOLS.includes(choice.tool as ImportTool) ? (choice.tool as ImportTool) : detected.tool;
  const kind = KINDS.includes(choice.kind as RecordKind) ? (choice.kind as RecordKind) : detected.kind;
  const suggested =
    tool === detected.tool && kind === detected.kind ? detected : detectAs(table.headers, tool, kind);
  const mapping = choice.mapping ? cleanMapping(choice.mapping, table.headers.length) : suggested.mapping;

  const column = (field: ImportField) => table.rows.map((row) => cellAt(row, mapping[field]));
  const dateTexts = (kind === 'contacts' ? CONTACT_DATES : DEAL_DATES).flatMap(column);
  const decision = decideDateOrder(dateTexts, options.locale);
  const dateOrder =
    choice.dateOrder === 'mdy' || choice.dateOrder === 'dmy' ? choice.dateOrder : decision.order;
  const dateOrderAsked = decision.ambiguous && choice.dateOrder === undefined;

  const values = {
    stages: kind === 'contacts' ? distinctValues(column('lifecycle')) : [],
    outcomes: kind === 'deals' ? distinctValues(column('stage')) : [],
    channels: distinctValues(column('source')),
  };
  const maps = mergeMaps(defaultMaps(tool, kind, plan, values), choice.maps, plan);
  const read = { tool, mapping, dateOrder, maps };
  const contacts = kind === 'contacts' ? readContacts(table, read, plan, options.timeZone, lang) : undefined;
  const deals = kind === 'deals' ? readDeals(table, read, options.timeZone, lang) : undefined;
  if (deals && (mapping.won !== undefined || mapping.closed !== undefined)) {
    learnOutcomes(maps.outcomes, deals.records, choice.maps?.outcomes ?? {});
  }

  const problems = [...table.problems];
  if (dateOrderAsked) {
    problems.push(
      makeProblem(
        'ambiguousDates',
        'ambiguousDates',
        'warning',
        Math.max(1, decision.ambiguousValues),
        decision.examples,
        {
          en: { order: DATE_ORDER_NAME[dateOrder].en },
          ja: { order: DATE_ORDER_NAME[dateOrder].ja },
        },
      ),
    );
  }
  problems.push(...(contacts?.problems ?? deals?.problems ?? []));
  return {
    table,
    tool,
    kind,
    confidence: suggested.confidence,
    mapping,
    dateOrder,
    dateOrderAsked,
    maps,
    values,
    contacts: contacts?.records ?? [],
    deals: deals?.records ?? [],
    problems,
  };
}

/** What was recognised in a file, for the import panel to show and let the user correct. */
export function previewImport(
  fileName: string,
  rawRows: readonly (readonly unknown[])[],
  plan: Plan,
  options: PreviewOptions,
): ImportPreview {
  const read = readImport(rawRows, plan, options);
  return {
    fileName,
    tool: read.tool,
    kind: read.kind,
    confidence: read.confidence,
    headers: read.table.headers,
    mapping: read.mapping,
    dateOrder: read.dateOrder,
    dateOrderAsked: read.dateOrderAsked,
    maps: read.maps,
    values: read.values,
    rows: read.table.rows.length,
    records: read.kind === 'contacts' ? read.contacts.length : read.deals.length,
    problems: read.problems,
  };
}

/**
 * Where a file says per deal whether it was won and closed (Salesforce's Won and Closed columns),
 * each stage value means what its deals say (a custom "Signed" stage whose deals are won is a won
 * stage), so the stage map agrees with the records it is written beside. The user's own choices
 * stay; a tie keeps the default.
 */
function learnOutcomes(
  outcomes: Record<string, StageOutcome>,
  deals: readonly DealRecord[],
  chosen: Partial<Record<string, StageOutcome>>,
): void {
  const votes = new Map<string, Record<StageOutcome, number>>();
  for (const deal of deals) {
    const tally = votes.get(deal.stage) ?? { won: 0, lost: 0, open: 0 };
    tally[deal.outcome]++;
    votes.set(deal.stage, tally);
  }
  for (const [stage, tally] of votes) {
    if (stage === '' || Object.prototype.hasOwnProperty.call(chosen, stage)) continue;
    const current = outcomes[stage] ?? 'open';
    const best = OUTCOMES.reduce((a, b) => (tally[b] > tally[a] ? b : a), current);
    outcomes[stage] = best;
  }
}

/** Only column indexes that exist in the header (a choice comes from the panel). */
function cleanMapping(mapping: ColumnMapping, width: number): ColumnMapping {
  const clean: ColumnMapping = {};
  for (const [field, index] of Object.entries(mapping) as [ImportField, unknown][]) {
    if (typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < width)
      clean[field] = index;
  }
  return clean;
}

const OUTCOMES: readonly StageOutcome[] = ['won', 'lost', 'open'];
const TOOLS: readonly ImportTool[] = ['hubspot', 'salesforce', 'generic'];
const KINDS: readonly RecordKind[] = ['contacts', 'deals'];

/** The user's map entries over the defaults, keeping only targets the plan has. */
function mergeMaps(defaults: ValueMaps, chosen: Partial<ValueMaps> | undefined, plan: Plan): ValueMaps {
  if (!chosen) return defaults;
  const stageIds = new Set(['', ...plan.stages.map((s) => s.id)]);
  const channelIds = new Set(['', ...plan.channels.map((c) => c.id)]);
  const pick = <T extends string>(into: Record<string, T>, from: unknown, ok: (v: unknown) => v is T) => {
    if (typeof from !== 'object' || from === null) return into;
    for (const [value, target] of Object.entries(from)) if (ok(target)) into[value] = target;
    return into;
  };
  return {
    stages: pick(
      { ...defaults.stages },
      chosen.stages,
      (v): v is string => typeof v === 'string' && stageIds.has(v),
    ),
    outcomes: pick({ ...defaults.outcomes }, chosen.outcomes, (v): v is StageOutcome =>
      OUTCOMES.includes(v as StageOutcome),
    ),
    channels: pick(
      { ...defaults.channels },
      chosen.channels,
      (v): v is string => typeof v === 'string' && channelIds.has(v),
    ),
  };
}
