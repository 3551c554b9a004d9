/**
 * CRM and marketing-automation imports: the plain data that flows from a file to the records
 * sheets. The sidebar decodes and parses files; core detects the tool and columns, reads values
 * and dates, and counts; the server writes records and the formulas that count them.
 */
import type { Text } from '../i18n';

/** Which export a table is. */
export type ImportTool = 'hubspot' | 'salesforce' | 'generic';
export type RecordKind = 'contacts' | 'deals';

/**
 * What a column can mean. Contacts: one person each, with the date each lifecycle stage was
 * reached. Deals: one deal each, with stage, amount and dates.
 */
export type ContactField =
  | 'id'
  | 'email'
  | 'created'
  | 'lifecycle'
  | 'source'
  | 'mqlDate'
  | 'sqlDate'
  | 'opportunityDate'
  | 'customerDate'
  | 'convertedDate';
export type DealField =
  'id' | 'name' | 'stage' | 'amount' | 'created' | 'closeDate' | 'pipeline' | 'source' | 'won' | 'closed';
export type ImportField = ContactField | DealField;

/** Column index (0-based, in the header row) for each field recognised; absent fields are absent. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** How a file writes its dates where day and month could be swapped (4/1/2026). */
export type DateOrder = 'mdy' | 'dmy';

/**
 * The plan-side meaning of a value: a lifecycle/status value means "reached this stage kind"
 * (or nothing); a deal stage means won, lost or open; a source means a channel id.
 */
export type StageOutcome = 'won' | 'lost' | 'open';

export interface ValueMaps {
  /** Contacts: lifecycle stage or lead status value -> plan stage id reached ('' = none). */
  stages: Record<string, string>;
  /** Deals: deal stage value -> won / lost / open. */
  outcomes: Record<string, StageOutcome>;
  /** Source value (original source, lead source) -> plan channel id ('' = unassigned). */
  channels: Record<string, string>;
}

/** A problem found in the file: what, how many rows, and a few examples ("row 12: 31/31/2026"). */
export interface ImportProblem {
  code:
    | 'badDate'
    | 'ambiguousDates'
    | 'noKey'
    | 'duplicate'
    | 'badAmount'
    | 'emptyRow'
    | 'footer'
    | 'title'
    | 'inferred'
    | 'longCell';
  count: number;
  examples: string[];
  message: Text;
  /** 'warning': values were lost or guessed and the user should look; 'info': tidying only. */
  level?: 'info' | 'warning';
}

/** Why a file is not read at all (thrown as ImportRefused by cleanTable and previewImport). */
export interface ImportRefusal {
  code: 'empty' | 'oneColumn' | 'tooFewRows' | 'noHeader';
  message: Text;
}

/** previewImport(fileName, rows) -> what was recognised, to show and let the user correct. */
export interface ImportPreview {
  fileName: string;
  tool: ImportTool;
  kind: RecordKind;
  /** 0..1: how sure the detection is (share of the expected headers found). */
  confidence: number;
  headers: string[];
  mapping: ColumnMapping;
  dateOrder: DateOrder;
  /** True when the file's dates fit either order and the user should say which. */
  dateOrderAsked: boolean;
  maps: ValueMaps;
  /** Distinct values seen, for the map editors (most frequent first, at most 200). */
  values: { stages: string[]; outcomes: string[]; channels: string[] };
  /** Rows read (without header and footer lines), records after deduplication. */
  rows: number;
  records: number;
  problems: ImportProblem[];
}

/** What the user confirmed in the panel; applyImport(fileName, rows, choice). */
export interface ImportChoice {
  kind: RecordKind;
  tool: ImportTool;
  mapping: ColumnMapping;
  dateOrder: DateOrder;
  maps: ValueMaps;
  /** Large files come in chunks: the same upload id, chunk index from 0, and the total. */
  upload?: { id: string; index: number; total: number };
}

/** applyImport(...) -> the import report. */
export type ImportReport =
  | {
      ok: true;
      /** False while chunks are still being received (nothing replaced yet). */
      complete: boolean;
      kind: RecordKind;
      records: number;
      sheet: string;
      problems: ImportProblem[];
      message: string;
      /** Where values typed in the rows the import now counts went (asked first), if any did. */
      archived?: string;
    }
  | { ok: false; message: string };

/** One person after deduplication: the date (ISO, or '') each plan stage was reached. */
export interface ContactRecord {
  key: string;
  email: string;
  source: string;
  status: string;
  /** Aligned with plan.stages. */
  dates: string[];
  /** Aligned with plan.stages: the date was inferred from a later stage or the status. */
  inferred: boolean[];
  /** The date a status-implied stage is reached on: converted date, else created date ('' = none). */
  fallback: string;
  /** Aligned with plan.stages: the date is `fallback`, taken because the status maps to that stage or a later one. */
  byStatus: boolean[];
}

/** One deal after deduplication. */
export interface DealRecord {
  key: string;
  name: string;
  stage: string;
  outcome: StageOutcome;
  amount: number | null;
  /** ISO dates, or ''. */
  created: string;
  closed: string;
  source: string;
}

/** One records sheet of a plan: where it is, how many records, and what the user confirmed. */
export interface ImportedSheet {
  sheetId: number;
  records: number;
  fileName: string;
  importedAt: string;
  choice: ImportChoice;
}

/** What is imported for a plan, kept with its bookkeeping: which records sheets drive which rows. */
export interface ImportState {
  /** The export's date (ISO) in the spreadsheet's time zone: later months have no actuals yet. */
  asOf?: string;
  mappingSheetId?: number;
  /** Contacts drive the stages (ids) they carry dates for. */
  contacts?: ImportedSheet & { stages: string[] };
  /** Deals drive the won stage and revenue, and the opportunities stage when contacts do not. */
  deals?: ImportedSheet & { wonStage: string | null; createdStage: string | null };
}
