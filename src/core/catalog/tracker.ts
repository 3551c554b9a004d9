import type { Text } from '../i18n';

/** The KPI Tracker sheet's labels. */
export const TRACKER = {
  note: {
    en: "Type each initiative KPI's actual per review period in the yellow cells; sub-metrics say why a KPI falls short. Targets are per review period.",
    ja: '黄色のセルに施策 KPI の実績をレビュー期間ごとに入力します。サブ指標は KPI が未達の理由を示します。目標はレビュー期間ごとの値です。',
  },
  label: { en: 'KPI / sub-metric', ja: 'KPI／サブ指標' },
  unit: { en: 'Unit', ja: '単位' },
  target: { en: 'Target per period', ja: '期間ごとの目標' },
  latest: { en: 'Latest actual', ja: '直近の実績' },
  attainment: { en: 'Attainment', ja: '達成率' },
  status: { en: 'Status', ja: 'ステータス' },
  stageShare: { en: 'Share of stage', ja: '段階に占める割合' },
  nextReview: { en: 'Next review', ja: '次回レビュー' },
  periods: { en: 'Review periods →', ja: 'レビュー期間 →' },
  reviewDate: { en: 'Review date', ja: 'レビュー日' },
  reviewed: { en: 'Reviewed (latest period no.)', ja: 'レビュー済み（直近の期間番号）' },
  qualified: { en: 'Met the quality condition: {quality}', ja: '品質条件を満たした件数：{quality}' },
  qualityUnit: { en: 'share', ja: '割合' },
  qualityMet: { en: 'Quality met', ja: '品質は達成' },
  qualityShort: { en: 'Quality short', ja: '品質が不足' },
  numberNotQuality: { en: 'Met in number, not in quality', ja: '数は達成、品質は未達' },
  afterCampaign: { en: 'After the campaign', ja: '施策終了後' },
  quarter: { en: 'Q{n}', ja: '第{n}四半期' },
  week: { en: 'Week of {date}', ja: '{date} の週' },
  none: {
    en: 'No initiative KPIs yet: add CSFs and initiatives with Edit plan….',
    ja: '施策の KPI はまだありません。「計画を編集…」から CSF と施策を追加できます。',
  },
} satisfies Record<string, Text>;

/** The Dashboard's list of initiative KPIs whose review is due, live as of today. */
export const DUE_LIST = {
  section: { en: 'Initiative KPI reviews due', ja: 'レビュー予定の施策 KPI' },
  asOf: { en: 'As of (today)', ja: '基準日（今日）' },
  dueCount: { en: 'Due or overdue', ja: 'レビュー予定・期限超過' },
  overdueCount: { en: 'Of which overdue', ja: 'うち期限超過' },
  kpi: { en: 'Initiative — KPI', ja: '施策 — KPI' },
  review: { en: 'Review state', ja: 'レビュー状況' },
  cadence: { en: 'Cadence', ja: 'レビュー頻度' },
  waiting: { en: 'Periods waiting', ja: '未レビューの期間' },
  overdue: { en: 'Overdue', ja: '期限超過' },
  due: { en: 'Due', ja: 'レビュー予定' },
  upcoming: { en: 'Upcoming', ja: '次回待ち' },
  done: { en: 'All reviewed', ja: 'すべてレビュー済み' },
  none: {
    en: 'No initiative KPIs in this plan: add them with Edit plan….',
    ja: 'この計画には施策 KPI がありません。「計画を編集…」から追加できます。',
  },
} satisfies Record<string, Text>;

/** The initiative KPIs part of the progress review. */
export const TRACKER_REVIEW = {
  heading: {
    en: 'Initiative KPIs due for review as of {date} ({sheet}):',
    ja: '{date} 時点でレビュー予定の施策 KPI（{sheet}）：',
  },
  noneDue: {
    en: 'No initiative KPI is due for review as of {date}.',
    ja: '{date} 時点でレビュー予定の施策 KPI はありません。',
  },
  due: { en: 'due', ja: 'レビュー予定' },
  overdue: { en: 'overdue', ja: '期限超過' },
  dueLine: {
    en: '• {initiative} — {kpi}: {state} ({count} {count|review|reviews}, since {since}); latest {latest}',
    ja: '• {initiative} — {kpi}：{state}（{count} 回分、{since} から）。直近：{latest}',
  },
  latest: {
    en: '{actual} of {target} ({attainment}, {status})',
    ja: '{actual}／目標 {target}（{attainment}、{status}）',
  },
  noActual: { en: 'no actual yet', ja: '実績なし' },
  mostBehind: {
    en: 'Most behind: {initiative} — {kpi} at {attainment} of target.',
    ja: '最も遅れている施策：{initiative} — {kpi}（達成率 {attainment}）。',
  },
  shortSubs: { en: 'Sub-metrics short: {subs}.', ja: '未達のサブ指標：{subs}。' },
  numberNotQuality: {
    en: '{initiative} — {kpi}: met in number, not in quality ({share} met "{quality}", {needed} needed).',
    ja: '{initiative} — {kpi}：数は達成、品質は未達（「{quality}」を満たしたのは {share}、必要なのは {needed}）。',
  },
  noTracker: {
    en: 'The KPI Tracker sheet is missing: use Update sheets from plan to add it.',
    ja: 'KPIトラッカーのシートがありません。「計画からシートを更新」で追加できます。',
  },
} satisfies Record<string, Text>;
