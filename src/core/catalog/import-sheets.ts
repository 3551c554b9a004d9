import type { Text } from '../i18n';

/** Labels of the raw-record sheets, the mapping sheet and the import-driven blocks. */
export const IMPORT_SHEETS = {
  contactsSheet: { en: 'CRM contacts', ja: 'CRMコンタクト' },
  dealsSheet: { en: 'CRM deals', ja: 'CRM取引' },
  mappingSheet: { en: 'CRM mapping', ja: 'CRMマッピング' },
  stagingSheet: { en: 'CRM import in progress', ja: 'CRM取り込み中' },
  contactsTitle: { en: 'Contacts imported from the CRM', ja: 'CRMから取り込んだコンタクト' },
  dealsTitle: { en: 'Deals imported from the CRM', ja: 'CRMから取り込んだ取引' },
  recordsNote: {
    en: 'From "{file}". The Actuals and the Dashboard count these rows; import a newer export to replace them.',
    ja: '「{file}」から取り込みました。実績とダッシュボードはこの行を集計します。新しいエクスポートを取り込むと置き換わります。',
  },
  key: { en: 'Record', ja: 'レコード' },
  email: { en: 'Email', ja: 'メール' },
  source: { en: 'Source', ja: '流入元' },
  status: { en: 'Lifecycle / status', ja: 'ライフサイクル／ステータス' },
  channel: { en: 'Channel', ja: 'チャネル' },
  reachedOn: { en: '{stage} on', ja: '{stage}の日付' },
  dealName: { en: 'Deal', ja: '取引名' },
  dealStage: { en: 'Deal stage', ja: '取引ステージ' },
  amount: { en: 'Amount', ja: '金額' },
  created: { en: 'Created', ja: '作成日' },
  closed: { en: 'Closed', ja: 'クローズ日' },
  outcome: { en: 'Outcome (won / lost / open)', ja: '結果（won / lost / open）' },
  mappingTitle: { en: 'How CRM values map to the plan', ja: 'CRMの値と計画の対応' },
  mappingNote: {
    en: 'Yellow cells are yours to change: every count on Actuals and the Dashboard follows at once, and the next import keeps your choice. Sources with no channel count as (unassigned); a status counts for the plan stage named beside it and the stages before it that have no date.',
    ja: '黄色のセルは変更できます。変更すると実績とダッシュボードの集計がすぐに連動し、次回の取り込みでも引き継がれます。チャネルのない流入元は (unassigned) として数えます。ステータスは、右に書いた計画の段階と、日付のないそれより前の段階に数えます。',
  },
  sourceValue: { en: 'Source value in the export', ja: 'エクスポートの流入元の値' },
  dealStageValue: { en: 'Deal stage in the export', ja: 'エクスポートの取引ステージ' },
  statusValue: {
    en: 'Lifecycle stage / status in the export',
    ja: 'エクスポートのライフサイクル／ステータス',
  },
  planStage: { en: 'Plan stage reached', ja: '到達した計画の段階' },
  stagesInOrder: { en: 'Plan stages, in order', ja: '計画の段階（順）' },
  stagePosition: { en: 'Position', ja: '順番' },
  fallbackDate: { en: 'Converted or created on', ja: '変換日または作成日' },
  statusRank: { en: 'Stage of the status (position)', ja: 'ステータスの段階（位置）' },
} satisfies Record<string, Text>;

/** The channel quality, management and cohort blocks of the Dashboard. */
export const QUALITY = {
  section: {
    en: 'Channel quality from the CRM records (this period)',
    ja: 'CRMレコードから見たチャネルの質（今期）',
  },
  note: {
    en: 'The cheapest leads are not always the cheapest customers: compare CPL with cost per opportunity and CAC.',
    ja: 'リード単価が安いチャネルが、顧客獲得コストも安いとは限りません。CPL と商談単価・CAC を比べてください。',
  },
  channel: { en: 'Channel', ja: 'チャネル' },
  leads: { en: 'Leads', ja: 'リード' },
  mqls: { en: 'MQLs', ja: 'MQL' },
  opportunities: { en: 'Opportunities', ja: '商談' },
  won: { en: 'Won deals', ja: '受注' },
  revenue: { en: 'Won revenue', ja: '受注金額' },
  spend: { en: 'Spend', ja: '費用' },
  cpl: { en: 'CPL', ja: 'CPL' },
  costPerOpportunity: { en: 'Cost per opportunity', ja: '商談単価' },
  cac: { en: 'CAC', ja: 'CAC' },
  leadToWon: { en: 'Lead → won', ja: 'リード→受注率' },
  romi: { en: 'ROMI', ja: 'ROMI' },
  rankGap: { en: 'CAC rank − CPL rank', ja: 'CAC順位 − CPL順位' },
  worst: { en: 'Cheap leads that rarely close', ja: 'リードは安いが受注につながらないチャネル' },
  worstNeedsSpend: {
    en: "Type each channel's spend on {sheet} to compare CAC with CPL",
    ja: 'シート「{sheet}」にチャネル別の費用を入力すると CAC と CPL を比べられます',
  },
  noneWorse: { en: 'None: CAC follows CPL', ja: 'なし（CAC は CPL の順位どおり）' },
  management: {
    en: 'For management (marketing-sourced, from the records)',
    ja: '経営報告用（マーケティング起点、レコードより）',
  },
  sourcedRevenue: { en: 'Marketing-sourced revenue', ja: 'マーケティング起点の売上' },
  sourcedWon: { en: 'Marketing-sourced won deals', ja: 'マーケティング起点の受注件数' },
  pipeline: {
    en: 'Marketing-sourced pipeline (open, as of the export)',
    ja: 'パイプライン貢献額（未クローズ、エクスポート時点）',
  },
  totalSpend: { en: 'Spend', ja: '費用' },
  romiSourced: { en: 'ROMI', ja: 'ROMI' },
  cacSourced: { en: 'CAC', ja: 'CAC' },
  cohorts: {
    en: 'Cohorts: of the leads created in each month, how many reached each stage',
    ja: 'コホート：各月に獲得したリードのうち、各段階に到達した件数',
  },
  cohortMonth: { en: 'Leads created in', ja: 'リード獲得月' },
} satisfies Record<string, Text>;
