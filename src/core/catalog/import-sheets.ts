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
    en: 'Yellow cells are yours to change: every count on Actuals and the Dashboard follows at once. Sources with no channel count as (unassigned).',
    ja: '黄色のセルは変更できます。変更すると実績とダッシュボードの集計がすぐに連動します。チャネルのない流入元は (unassigned) として数えます。',
  },
  sourceValue: { en: 'Source value in the export', ja: 'エクスポートの流入元の値' },
  dealStageValue: { en: 'Deal stage in the export', ja: 'エクスポートの取引ステージ' },
} satisfies Record<string, Text>;
