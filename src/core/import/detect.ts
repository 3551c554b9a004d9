import { normalizeKey } from './text';
import type { ColumnMapping, ContactField, DealField, ImportField, ImportTool, RecordKind } from './types';

export interface Detection {
  tool: ImportTool;
  kind: RecordKind;
  /** 0..1: the share of the tool's expected headers found (for generic: of the key fields found). */
  confidence: number;
  mapping: ColumnMapping;
}

type Aliases<F extends ImportField> = Partial<Record<F, string[]>>;

interface Signature {
  tool: Exclude<ImportTool, 'generic'>;
  kind: RecordKind;
  /** Header spellings per field: portal labels in English and Japanese, and internal names. */
  fields: Aliases<ImportField>;
}

// HubSpot writes labels in the portal's language, or internal names when asked to.
const HUBSPOT_CONTACTS: Aliases<ContactField> = {
  id: ['Record ID', 'レコードID', 'hs_object_id', 'Contact ID', 'コンタクトID'],
  email: ['Email', 'Eメール', 'email', 'Eメールアドレス', 'Email Address'],
  created: ['Create Date', '作成日', 'createdate'],
  lifecycle: ['Lifecycle Stage', 'ライフサイクルステージ', 'lifecyclestage'],
  source: [
    'Original Source',
    'Original Traffic Source',
    'hs_analytics_source',
    'オリジナルソース',
    'オリジナルトラフィックソース',
  ],
  mqlDate: [
    'Became a Marketing Qualified Lead Date',
    'hs_lifecyclestage_marketingqualifiedlead_date',
    'Date entered "Marketing Qualified Lead (Lifecycle Stage Pipeline)"',
    'hs_v2_date_entered_marketingqualifiedlead',
  ],
  sqlDate: [
    'Became a Sales Qualified Lead Date',
    'hs_lifecyclestage_salesqualifiedlead_date',
    'Date entered "Sales Qualified Lead (Lifecycle Stage Pipeline)"',
    'hs_v2_date_entered_salesqualifiedlead',
  ],
  opportunityDate: [
    'Became an Opportunity Date',
    'hs_lifecyclestage_opportunity_date',
    'Date entered "Opportunity (Lifecycle Stage Pipeline)"',
    'hs_v2_date_entered_opportunity',
  ],
  customerDate: [
    'Became a Customer Date',
    'hs_lifecyclestage_customer_date',
    'Date entered "Customer (Lifecycle Stage Pipeline)"',
    'hs_v2_date_entered_customer',
  ],
};

const HUBSPOT_DEALS: Aliases<DealField> = {
  id: ['Record ID', 'レコードID', 'hs_object_id', 'Deal ID', '取引ID'],
  name: ['Deal Name', '取引名', 'dealname'],
  stage: ['Deal Stage', '取引ステージ', 'dealstage'],
  amount: ['Amount', '金額', 'amount'],
  closeDate: ['Close Date', 'クローズ日', 'closedate'],
  created: ['Create Date', '作成日', 'createdate'],
  pipeline: ['Pipeline', 'パイプライン', 'pipeline'],
  source: [
    'Original Source Type',
    'Original Source',
    'Original Traffic Source',
    'hs_analytics_source',
    'Source',
    'オリジナルソース',
    'オリジナルソースの種類',
    'オリジナルトラフィックソース',
  ],
};

// Salesforce report exports use field labels (English or Japanese org language).
const SALESFORCE_LEADS: Aliases<ContactField> = {
  id: ['Lead ID', 'リードID'],
  email: ['Email', 'メール'],
  source: ['Lead Source', 'リードソース'],
  created: ['Created Date', 'Create Date', '作成日'],
  lifecycle: ['Status', 'Lead Status', '状況', 'リード状況'],
  convertedDate: ['Converted Date', '取引開始日'],
};

const SALESFORCE_OPPORTUNITIES: Aliases<DealField> = {
  id: ['Opportunity ID', '商談ID'],
  name: ['Opportunity Name', '商談名'],
  stage: ['Stage', 'フェーズ'],
  amount: ['Amount', '金額'],
  closeDate: ['Close Date', '完了予定日'],
  created: ['Created Date', 'Create Date', '作成日'],
  source: ['Lead Source', 'リードソース'],
  won: ['Won', '成立'],
  closed: ['Closed', '完了'],
};

const SIGNATURES: Signature[] = [
  { tool: 'hubspot', kind: 'contacts', fields: HUBSPOT_CONTACTS },
  { tool: 'hubspot', kind: 'deals', fields: HUBSPOT_DEALS },
  { tool: 'salesforce', kind: 'contacts', fields: SALESFORCE_LEADS },
  { tool: 'salesforce', kind: 'deals', fields: SALESFORCE_OPPORTUNITIES },
];

/** Headers a Salesforce leads report has that name no field (they still tell the report apart). */
const SALESFORCE_LEAD_EXTRAS = ['Converted', '取引開始'];

/** Below this share of expected headers (or with fewer than two), a file is read as generic. */
const MIN_CONFIDENCE = 0.3;

/**
 * Which export a header row is, and which column holds what. Each known export is scored by the
 * share of its expected headers present; the best one wins. The record id header is the
 * surest sign of a tool (Record ID, Lead ID, Opportunity ID), so an export whose id header is
 * there beats one whose is not; then the larger share, then more headers found, then HubSpot
 * before Salesforce and contacts before deals. Columns a known export leaves unmapped are
 * filled by keywords, as for a generic file (only the fields that export has: a HubSpot "Recent
 * Conversion Date" is no lead conversion).
 */
export function detect(headers: readonly string[]): Detection {
  const keys = headers.map(normalizeKey);
  let best: Scored | undefined;
  for (const signature of SIGNATURES) {
    const c = score(keys, signature);
    if (!best || better(c, best)) best = c;
  }
  if (
    best &&
    best.found >= 2 &&
    best.confidence >= MIN_CONFIDENCE &&
    hasKey(best.signature.kind, best.mapping)
  ) {
    return known(keys, best);
  }
  return detectGeneric(keys);
}

/** The mapping for a tool and kind the user chose, whatever the headers suggest. */
export function detectAs(headers: readonly string[], tool: ImportTool, kind: RecordKind): Detection {
  const keys = headers.map(normalizeKey);
  const signature = SIGNATURES.find((s) => s.tool === tool && s.kind === kind);
  if (!signature) return genericAs(keys, kind);
  return known(keys, score(keys, signature));
}

interface Scored {
  signature: Signature;
  mapping: ColumnMapping;
  found: number;
  confidence: number;
}

function better(c: Scored, best: Scored): boolean {
  const id = c.mapping.id !== undefined;
  const bestId = best.mapping.id !== undefined;
  if (id !== bestId) return id;
  return c.confidence > best.confidence || (c.confidence === best.confidence && c.found > best.found);
}

function score(keys: readonly string[], signature: Signature): Scored {
  const mapping = exactMapping(keys, signature.fields);
  let found = Object.keys(mapping).length;
  let expected = Object.keys(signature.fields).length;
  if (signature.tool === 'salesforce' && signature.kind === 'contacts') {
    const extras = SALESFORCE_LEAD_EXTRAS.map(normalizeKey);
    expected += 1;
    if (keys.some((k) => extras.includes(k))) found += 1;
  }
  return { signature, mapping, found, confidence: found / expected };
}

function known(keys: readonly string[], scored: Scored): Detection {
  const { tool, kind } = scored.signature;
  const fields = new Set(Object.keys(scored.signature.fields) as ImportField[]);
  const mapping = keywordMapping(keys, kind, scored.mapping, fields);
  return { tool, kind, confidence: round(scored.confidence), mapping };
}

/** A generic file: contacts or deals by what its keywords find. */
function detectGeneric(keys: readonly string[]): Detection {
  const contacts = keywordMapping(keys, 'contacts', {});
  const deals = keywordMapping(keys, 'deals', {});
  const isDeals =
    deals.amount !== undefined &&
    (deals.stage !== undefined || deals.closeDate !== undefined) &&
    contacts.email === undefined;
  return genericAs(keys, isDeals ? 'deals' : 'contacts');
}

function genericAs(keys: readonly string[], kind: RecordKind): Detection {
  const mapping = keywordMapping(keys, kind, {});
  const slots: ImportField[][] =
    kind === 'deals'
      ? [['id', 'name'], ['stage'], ['amount'], ['closeDate'], ['created'], ['source']]
      : [['email', 'id'], ['created'], ['source'], ['lifecycle']];
  const found = slots.filter((fields) => fields.some((f) => mapping[f] !== undefined)).length;
  return { tool: 'generic', kind, confidence: round(found / slots.length), mapping };
}

function hasKey(kind: RecordKind, mapping: ColumnMapping): boolean {
  return kind === 'contacts'
    ? mapping.email !== undefined || mapping.id !== undefined
    : mapping.id !== undefined || mapping.name !== undefined || mapping.stage !== undefined;
}

function exactMapping(keys: readonly string[], fields: Aliases<ImportField>): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const [field, aliases] of Object.entries(fields) as [ImportField, string[]][]) {
    const wanted = new Set(aliases.map(normalizeKey));
    const column = keys.findIndex((k, i) => !used.has(i) && wanted.has(k));
    if (column >= 0) {
      mapping[field] = column;
      used.add(column);
    }
  }
  return mapping;
}

const DATE_WORD = /date|day|日|時|期日/;

interface Rule {
  field: ImportField;
  /** Tried for every field before any broad rule. */
  specific: RegExp[];
  broad?: RegExp[];
  /** The header must also read as a date. */
  date?: boolean;
}

// Keywords in both languages, on normalized headers (lower case, no spaces, half-width).
const CONTACT_RULES: Rule[] = [
  { field: 'email', specific: [/e?mail|メール/] },
  {
    field: 'id',
    specific: [/^(record|contact|lead|customer|person)?id$/, /^(レコード|コンタクト|リード|顧客)(id|番号)$/],
    broad: [/^(no|番号|id)$/],
  },
  {
    field: 'mqlDate',
    specific: [/mql|marketingqualified|マーケティング(・)?クオリファイド|マーケティング適格/],
    date: true,
  },
  { field: 'sqlDate', specific: [/sql|salesqualified|セールス(・)?クオリファイド|営業適格/], date: true },
  { field: 'opportunityDate', specific: [/opportunit|商談/], date: true },
  { field: 'customerDate', specific: [/customer|won|顧客|受注|成約/], date: true },
  { field: 'convertedDate', specific: [/convert|取引開始|コンバート/], date: true },
  {
    field: 'created',
    specific: [/creat|作成|登録|獲得|取得|問い?合わ?せ日|反響日/],
    broad: [/^(date|日付|日時)$/],
    date: true,
  },
  {
    field: 'lifecycle',
    specific: [/lifecycle|ライフサイクル/],
    broad: [/status|ステータス|状況|状態|stage|ステージ|段階|フェーズ/],
  },
  {
    field: 'source',
    specific: [/originalsource|originaltrafficsource|leadsource|リードソース|流入元|流入経路|獲得経路/],
    broad: [/source|ソース|流入|経路|チャネル|チャンネル|channel|媒体|medium|きっかけ/],
  },
];

const DEAL_RULES: Rule[] = [
  {
    field: 'id',
    specific: [/^(record|deal|opportunity)?id$/, /^(レコード|取引|商談|案件)(id|番号)$/],
    broad: [/^(no|番号|id)$/],
  },
  { field: 'amount', specific: [/amount|金額|売上|受注額|revenue|value|価格/] },
  { field: 'closeDate', specific: [/close|クローズ|完了予定|受注日|成約日|失注日|完了日/], date: true },
  { field: 'created', specific: [/creat|作成|登録|発生日|開始日/], date: true },
  { field: 'won', specific: [/^(won|iswon|成立|受注フラグ)$/] },
  { field: 'closed', specific: [/^(closed|isclosed|完了|クローズ済み?)$/] },
  { field: 'pipeline', specific: [/pipeline|パイプライン/] },
  {
    field: 'name',
    specific: [/(deal|opportunity)name|取引名|商談名|案件名|件名/],
    broad: [/name$|名$|名称/],
  },
  {
    field: 'stage',
    specific: [/dealstage|^stage$|ステージ|フェーズ|phase|進捗/],
    broad: [/status|ステータス|状況|状態|段階/],
  },
  {
    field: 'source',
    specific: [/originalsource|leadsource|リードソース|流入元|流入経路/],
    broad: [/source|ソース|流入|経路|チャネル|チャンネル|channel|媒体/],
  },
];

/** Fills the fields `known` lacks (of `only`, when given) by keywords, on columns not yet taken. */
function keywordMapping(
  keys: readonly string[],
  kind: RecordKind,
  known: ColumnMapping,
  only?: ReadonlySet<ImportField>,
): ColumnMapping {
  const rules = kind === 'contacts' ? CONTACT_RULES : DEAL_RULES;
  const mapping: ColumnMapping = { ...known };
  const used = new Set(Object.values(mapping));
  for (const pass of ['specific', 'broad'] as const) {
    for (const rule of rules) {
      if (mapping[rule.field] !== undefined || (only && !only.has(rule.field))) continue;
      const patterns = rule[pass] ?? [];
      const column = keys.findIndex(
        (k, i) => !used.has(i) && (!rule.date || DATE_WORD.test(k)) && patterns.some((re) => re.test(k)),
      );
      if (column >= 0) {
        mapping[rule.field] = column;
        used.add(column);
      }
    }
  }
  return mapping;
}

const round = (x: number) => Math.round(x * 100) / 100;
