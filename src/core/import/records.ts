import type { Lang } from '../i18n';
import { parseNumberText } from '../parse';
import type { Plan } from '../plan';
import { parseDate } from './dates';
import { outcomeFor, stageFor } from './maps';
import { ProblemLog } from './problems';
import { KIND_RANK, importRoles, stageRanks, type StageKind } from './stage-kind';
import type { ImportTable } from './table';
import { cellAt, own } from './text';
import type {
  ContactField,
  ContactRecord,
  DealRecord,
  ImportChoice,
  ImportProblem,
  StageOutcome,
} from './types';

/** What reading needs of the user's choice. */
export type ReadChoice = Pick<ImportChoice, 'tool' | 'mapping' | 'dateOrder' | 'maps'>;

export interface ReadResult<R> {
  records: R[];
  problems: ImportProblem[];
}

type DateField = Extract<
  ContactField,
  'created' | 'mqlDate' | 'sqlDate' | 'opportunityDate' | 'customerDate' | 'convertedDate'
>;
export const DATE_FIELDS: DateField[] = [
  'created',
  'mqlDate',
  'sqlDate',
  'opportunityDate',
  'customerDate',
  'convertedDate',
];

/** The date column that says when a record reached a stage of each kind. */
const DATE_OF_KIND: Partial<Record<StageKind, DateField>> = {
  leads: 'created',
  mql: 'mqlDate',
  sql: 'sqlDate',
  opportunities: 'opportunityDate',
  won: 'customerDate',
};
const MIDDLE_KINDS = ['mql', 'sql', 'opportunities'] as const;

interface ContactDraft {
  key: string;
  email: string;
  source: string;
  status: string;
  statusStage: number;
  dates: Record<DateField, string>;
  row: number;
}

/** The earlier of two ISO dates, where '' is no date. */
const earlier = (a: string, b: string) => (a === '' ? b : b === '' || a <= b ? a : b);

/**
 * Contacts or leads, one record per person: deduplicated by trimmed, lower-cased email (else
 * record id) with the earliest date of each stage and the furthest status; rows with neither
 * are skipped ('noKey'). The date each plan stage was reached:
 * 1. its own date column (created for the leads stage, then MQL, SQL, opportunity, customer);
 * 2. where a later stage has a date and an earlier one has none: the earliest later date, marked
 *    inferred. Date columns of stages the plan lacks (an SQL date in a plan without SQL) count as
 *    later dates for the stages before them;
 * 3. where the status maps to a stage and that stage, or one before it, still has no date: the
 *    converted date, else the created date (marked inferred, but for the status's own stage at a
 *    converted date). The records sheet computes this step with formulas over the status map, so
 *    that editing the map recounts live; `byStatus` says which dates came from it.
 * Dates that cannot be read are left empty and counted ('badDate'), never guessed.
 */
export function readContacts(
  table: ImportTable,
  choice: ReadChoice,
  plan: Plan,
  timeZone: string,
  lang: Lang = 'en',
): ReadResult<ContactRecord> {
  const { mapping, maps, dateOrder } = choice;
  const log = new ProblemLog(lang);
  const stageIndex = new Map(plan.stages.map((s, i) => [s.id, i]));
  const drafts = new Map<string, ContactDraft>();
  const stageOfStatus = new Map<string, number>();

  table.rows.forEach((row, r) => {
    const rowNumber = table.rowNumbers[r] ?? r + 2;
    const email = cellAt(row, mapping.email).trim();
    const id = cellAt(row, mapping.id).trim();
    const key = email !== '' ? email.normalize('NFKC').toLowerCase() : id;
    if (key === '') {
      log.add('noKey', 'noKey', 'warning', rowNumber, firstText(row));
      return;
    }
    const dates = {} as Record<DateField, string>;
    for (const field of DATE_FIELDS) {
      const text = cellAt(row, mapping[field]).trim();
      const date = text === '' ? null : parseDate(text, dateOrder, timeZone);
      if (text !== '' && date === null) log.add('badDate', 'badDate', 'warning', rowNumber, text);
      dates[field] = date ?? '';
    }
    const status = cellAt(row, mapping.lifecycle).trim();
    let statusStage = stageOfStatus.get(status);
    if (statusStage === undefined) {
      const stageId = status === '' ? '' : (own(maps.stages, status) ?? stageFor(status, choice.tool, plan));
      statusStage = stageIndex.get(stageId) ?? -1;
      stageOfStatus.set(status, statusStage);
    }
    const source = cellAt(row, mapping.source).trim();

    const seen = drafts.get(key);
    if (!seen) {
      drafts.set(key, { key, email, source, status, statusStage, dates, row: rowNumber });
      return;
    }
    log.add('duplicate', 'duplicateContacts', 'info', rowNumber, email || id);
    for (const field of DATE_FIELDS) seen.dates[field] = earlier(seen.dates[field], dates[field]);
    if (seen.email === '') seen.email = email;
    if (seen.source === '') seen.source = source;
    if (statusStage > seen.statusStage) {
      seen.status = status;
      seen.statusStage = statusStage;
    }
  });

  const roles = importRoles(plan);
  const ranks = stageRanks(roles);
  const records: ContactRecord[] = [];
  for (const draft of drafts.values()) {
    const record = contactRecord(draft, roles, ranks);
    if (record.inferred.includes(true))
      log.add('inferred', 'inferred', 'info', draft.row, draft.email || draft.key);
    records.push(record);
  }
  return { records, problems: log.list() };
}

function contactRecord(
  draft: ContactDraft,
  roles: readonly StageKind[],
  ranks: readonly number[],
): ContactRecord {
  const n = roles.length;
  const dates = roles.map((kind) => {
    const field = DATE_OF_KIND[kind];
    return field ? draft.dates[field] : '';
  });
  const inferred = roles.map(() => false);
  // Date columns of kinds the plan has no stage for still prove the stages before them.
  const extras = MIDDLE_KINDS.filter(
    (kind) => !roles.includes(kind) && draft.dates[DATE_OF_KIND[kind] as DateField] !== '',
  ).map((kind) => ({ rank: KIND_RANK[kind], date: draft.dates[DATE_OF_KIND[kind] as DateField] }));
  let later = '';
  for (let i = n - 1; i >= 0; i--) {
    const rank = ranks[i] ?? 0;
    const extra = extras.reduce((min, e) => (e.rank > rank ? earlier(min, e.date) : min), '');
    const evidence = earlier(later, extra);
    if (dates[i] === '' && roles[i] !== 'sessions' && evidence !== '') {
      dates[i] = evidence;
      inferred[i] = true;
    }
    later = earlier(later, dates[i] ?? '');
  }
  const fallback = draft.dates.convertedDate || draft.dates.created;
  const byStatus = roles.map(() => false);
  for (let i = 0; i <= draft.statusStage && fallback !== ''; i++) {
    if (dates[i] !== '' || !statusReaches(roles[i])) continue;
    dates[i] = fallback;
    byStatus[i] = true;
    inferred[i] = i !== draft.statusStage || draft.dates.convertedDate === '';
  }
  return {
    key: draft.key,
    email: draft.email,
    source: draft.source,
    status: draft.status,
    dates,
    inferred,
    fallback,
    byStatus,
  };
}

/** A status implies every stage up to its own but sessions (a visit is not a funnel step a CRM states). */
export function statusReaches(kind: StageKind | undefined): boolean {
  return kind !== 'sessions';
}

/**
 * Deals or opportunities, one record per deal id (the deal name where the file has no id; rows
 * with neither are 'noKey'). A deal that appears twice keeps its last row: an export is one
 * snapshot, and a later row is the later state. The outcome comes from the deal stage (via the
 * outcome map); a mapped Won column overrides it (won, or not won), and a Closed column tells
 * lost from open. Amounts are read with parse.ts ("¥1,200,000", "$5,000.00", "500万"); amounts
 * written with a decimal comma or dots between thousands ("1.200.000", "1.200,50") are refused
 * ('badAmount'), never guessed.
 */
export function readDeals(
  table: ImportTable,
  choice: ReadChoice,
  timeZone: string,
  lang: Lang = 'en',
): ReadResult<DealRecord> {
  const { mapping, maps, dateOrder } = choice;
  const log = new ProblemLog(lang);
  const deals = new Map<string, DealRecord>();
  const readDate = (text: string, rowNumber: number) => {
    if (text === '') return '';
    const date = parseDate(text, dateOrder, timeZone);
    if (date === null) log.add('badDate', 'badDate', 'warning', rowNumber, text);
    return date ?? '';
  };

  table.rows.forEach((row, r) => {
    const rowNumber = table.rowNumbers[r] ?? r + 2;
    const id = cellAt(row, mapping.id).trim();
    const name = cellAt(row, mapping.name).trim();
    const key = id || name;
    if (key === '') {
      log.add('noKey', 'noKey', 'warning', rowNumber, firstText(row));
      return;
    }
    const stage = cellAt(row, mapping.stage).trim();
    const byStage = own(maps.outcomes, stage) ?? outcomeFor(stage);
    const outcome = overrideOutcome(
      byStage,
      flag(cellAt(row, mapping.won)),
      flag(cellAt(row, mapping.closed)),
    );
    const amountText = cellAt(row, mapping.amount).trim();
    const amount = amountText === '' ? null : parseAmount(amountText);
    if (amountText !== '' && amount === null)
      log.add('badAmount', 'badAmount', 'warning', rowNumber, amountText);
    const record: DealRecord = {
      key,
      name,
      stage,
      outcome,
      amount,
      created: readDate(cellAt(row, mapping.created).trim(), rowNumber),
      closed: readDate(cellAt(row, mapping.closeDate).trim(), rowNumber),
      source: cellAt(row, mapping.source).trim(),
    };
    if (deals.has(key)) log.add('duplicate', 'duplicateDeals', 'info', rowNumber, key);
    deals.set(key, record);
  });
  return { records: [...deals.values()], problems: log.list() };
}

function overrideOutcome(byStage: StageOutcome, won: boolean | null, closed: boolean | null): StageOutcome {
  if (won === true) return 'won';
  if (won === false) {
    if (closed !== null) return closed ? 'lost' : 'open';
    return byStage === 'open' ? 'open' : 'lost';
  }
  if (closed === false) return 'open';
  if (closed === true && byStage === 'open') return 'lost';
  return byStage;
}

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'y', 'はい', '済', '✓', '✔', '○', '◯']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'n', 'いいえ', '未', '×']);

/** A Won or Closed cell: true, false, or null when empty or unreadable. */
export function flag(text: string): boolean | null {
  const key = text.normalize('NFKC').trim().toLowerCase();
  if (TRUE_WORDS.has(key)) return true;
  if (FALSE_WORDS.has(key)) return false;
  return null;
}

/**
 * A deal amount, zero or more; null when it cannot be read without guessing: a comma that is not
 * between thousands (1,5), dots between thousands (1.200.000, 1.200) or a decimal comma (1.200,50).
 */
export function parseAmount(text: string): number | null {
  const s = text.normalize('NFKC').trim();
  if (s.includes('%')) return null;
  for (const run of s.match(/\d[\d.,]*/g) ?? []) {
    const number = run.replace(/[.,]+$/, '');
    if (/,(?!\d{3}(?:[.,]|$))/.test(number)) return null;
    const dots = number.split('.').length - 1;
    if (dots > 1) return null;
    if (dots === 1 && number.includes(',') && number.indexOf('.') < number.lastIndexOf(',')) return null;
    if (dots === 1 && !number.includes(',') && /^[1-9]\d{0,2}\.\d{3}$/.test(number)) return null;
  }
  const value = parseNumberText(s);
  return value !== null && Number.isFinite(value) && value >= 0 ? value : null;
}

function firstText(row: readonly string[]): string {
  return row.find((cell) => cell.trim() !== '')?.trim() ?? '';
}
