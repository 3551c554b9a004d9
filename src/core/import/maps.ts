import type { Channel, Plan } from '../plan';
import { importRoles, type StageKind } from './stage-kind';
import { normalizeKey } from './text';
import type { ImportTool, RecordKind, StageOutcome, ValueMaps } from './types';

/**
 * What a lifecycle or status value says a record reached: a stage kind; 'converted' (a converted
 * Salesforce lead: handed to sales, the stage right after MQL); or 'none' (not a funnel stage).
 */
type StageTarget = StageKind | 'converted' | 'none';

function table<T>(entries: [T, string[]][]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [target, values] of entries) for (const v of values) map.set(normalizeKey(v), target);
  return map;
}

// HubSpot lifecycle stages: portal labels in English and Japanese, and internal names.
const HUBSPOT_STAGES = table<StageTarget>([
  ['leads', ['subscriber', 'サブスクライバー', '購読者', '登録読者', 'lead', 'リード']],
  ['mql', ['marketingqualifiedlead', 'Marketing Qualified Lead', 'マーケティングクオリファイドリード']],
  ['sql', ['salesqualifiedlead', 'Sales Qualified Lead', 'セールスクオリファイドリード']],
  ['opportunities', ['opportunity', '商談']],
  ['won', ['customer', '顧客', 'evangelist', 'エバンジェリスト']],
  ['none', ['other', 'その他']],
]);

// Salesforce lead statuses: the defaults of older and newer orgs.
const SALESFORCE_STAGES = table<StageTarget>([
  [
    'leads',
    [
      'Open - Not Contacted',
      'Working - Contacted',
      'Closed - Not Converted',
      'New',
      'Working',
      'Nurturing',
      'Unqualified',
      '未対応',
      '対応中',
    ],
  ],
  ['converted', ['Closed - Converted', 'Qualified', '取引開始済み']],
]);

// Words any tool (or a sheet kept by hand) uses for funnel steps.
const COMMON_STAGES = table<StageTarget>([
  ['leads', ['lead', 'leads', 'リード', '見込み客', '新規']],
  ['mql', ['mql', 'marketing qualified', 'マーケティングクオリファイドリード']],
  ['sql', ['sql', 'sales qualified', 'セールスクオリファイドリード', '営業承認']],
  ['opportunities', ['opportunity', 'opportunities', '商談', '商談化', '失注', 'lost']],
  ['won', ['customer', 'won', '顧客', '受注', '成約', '契約', '契約済み']],
]);

const STAGE_TABLES: Record<ImportTool, Map<string, StageTarget>[]> = {
  hubspot: [HUBSPOT_STAGES, COMMON_STAGES],
  salesforce: [SALESFORCE_STAGES, COMMON_STAGES],
  generic: [HUBSPOT_STAGES, SALESFORCE_STAGES, COMMON_STAGES],
};

// Deal stages: HubSpot internal names and labels, Salesforce stages (English and Japanese orgs).
const OUTCOMES = table<StageOutcome>([
  ['won', ['closedwon', 'Closed Won', '成約', '受注', '受注済み', '成立', 'won']],
  ['lost', ['closedlost', 'Closed Lost', '失注', '不成立', 'lost']],
]);

// Source values (HubSpot original source labels and internal names, Salesforce lead sources,
// common Japanese words) and the channel names they mean.
const SOURCE_GROUPS: string[][] = [
  [
    'paid search',
    'PAID_SEARCH',
    '有料検索',
    '検索連動広告',
    'リスティング',
    'リスティング広告',
    'ペイドサーチ',
    'search ads',
    'ppc',
    'sem',
  ],
  [
    'paid social',
    'PAID_SOCIAL',
    'social ads',
    'social media',
    'SOCIAL_MEDIA',
    'ソーシャル',
    'ソーシャル広告',
    'ソーシャルメディア',
    'sns',
    'sns広告',
  ],
  ['organic search', 'ORGANIC_SEARCH', 'seo', 'オーガニック検索', '自然検索'],
  [
    'referrals',
    'referral',
    'REFERRALS',
    'リファーラル',
    '参照元',
    '紹介',
    'Partner Referral',
    'Employee Referral',
    'External Referral',
    'Word of mouth',
  ],
  [
    'email marketing',
    'EMAIL_MARKETING',
    'email',
    'Eメールマーケティング',
    'メールマーケティング',
    'メルマガ',
    'メールマガジン',
    'newsletter',
    'ニュースレター',
  ],
  [
    'offline sources',
    'OFFLINE',
    'offline',
    'オフラインソース',
    'イベント',
    'event',
    'events',
    '展示会',
    'trade show',
    'Seminar - Internal',
    'Seminar - Partner',
    'seminar',
    'セミナー',
  ],
  ['webinar', 'webinars', 'ウェビナー', 'ウェビナー参加'],
  ['white paper', 'white papers', 'whitepaper', 'ホワイトペーパー', '資料ダウンロード'],
  ['direct traffic', 'DIRECT_TRAFFIC', '直接トラフィック', 'ダイレクトトラフィック'],
  ['other campaigns', 'OTHER_CAMPAIGNS', 'その他のキャンペーン'],
];

const SOURCE_GROUP = new Map<string, number>();
SOURCE_GROUPS.forEach((words, group) => words.forEach((w) => SOURCE_GROUP.set(normalizeKey(w), group)));

/** "Closed Won (Sales Pipeline)": HubSpot may name the pipeline after the stage. */
const withoutSuffix = (key: string) => key.replace(/[(（][^()（）]*[)）]$/, '');

/**
 * The value maps a file starts with, before the user corrects them: each lifecycle or status
 * value to the plan stage it reached ('' where the plan has no stage of that kind), each deal
 * stage to won, lost or open, and each source to a plan channel ('' = unassigned).
 * - Stage values named like a plan stage (its name or id) mean that stage.
 * - A converted Salesforce lead ("Closed - Converted", "Qualified") reached the stage right after
 *   MQL (SQL, or opportunities when there is no SQL stage); when that stage is the won stage, or
 *   there is no MQL stage and the stage after leads is won, it means the MQL (or leads) stage.
 * - A deal stage is open unless it is a won or lost stage (closedwon, Closed Won, 成約 ...).
 * - A source means the channel whose name or id it matches, or a channel of the same family
 *   (Paid Search, PAID_SEARCH, 有料検索 and a channel called "リスティング広告").
 */
export function defaultMaps(
  tool: ImportTool,
  kind: RecordKind,
  plan: Plan,
  values: { stages: readonly string[]; outcomes: readonly string[]; channels: readonly string[] },
): ValueMaps {
  const maps: ValueMaps = { stages: {}, outcomes: {}, channels: {} };
  if (kind === 'contacts') {
    for (const value of values.stages) maps.stages[value] = stageFor(value, tool, plan);
  } else {
    for (const value of values.outcomes) maps.outcomes[value] = outcomeFor(value);
  }
  for (const value of values.channels) maps.channels[value] = channelFor(value, plan.channels);
  return maps;
}

export function stageFor(value: string, tool: ImportTool, plan: Plan): string {
  const key = normalizeKey(value);
  if (key === '') return '';
  const named = plan.stages.find((s) => normalizeKey(s.name) === key || normalizeKey(s.id) === key);
  if (named) return named.id;
  for (const t of STAGE_TABLES[tool]) {
    const target = t.get(key) ?? t.get(withoutSuffix(key));
    if (target !== undefined) return stageOfTarget(target, plan);
  }
  return '';
}

function stageOfTarget(target: StageTarget, plan: Plan): string {
  const roles = importRoles(plan);
  const idAt = (i: number) => (i >= 0 ? (plan.stages[i]?.id ?? '') : '');
  if (target === 'none') return '';
  if (target !== 'converted') return idAt(roles.indexOf(target));
  const mql = roles.indexOf('mql');
  const base = mql >= 0 ? mql : roles.indexOf('leads');
  const next = base + 1;
  return idAt(roles[next] === 'won' || next >= roles.length ? base : next);
}

export function outcomeFor(value: string): StageOutcome {
  const key = normalizeKey(value);
  return OUTCOMES.get(key) ?? OUTCOMES.get(withoutSuffix(key)) ?? 'open';
}

export function channelFor(value: string, channels: readonly Channel[]): string {
  const key = normalizeKey(value);
  if (key === '') return '';
  const exact = channels.find((c) => normalizeKey(c.name) === key || normalizeKey(c.id) === key);
  if (exact) return exact.id;
  const group = SOURCE_GROUP.get(key);
  if (group === undefined) return '';
  return channels.find((c) => SOURCE_GROUP.get(normalizeKey(c.name)) === group)?.id ?? '';
}
