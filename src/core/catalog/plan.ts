import type { Text } from '../i18n';

/** Names of plan fields, as validation messages show them. `{n}` is 1-based, `{name}` the user's name. */
export const FIELD = {
  plan: { en: 'Plan', ja: '計画' },
  schemaVersion: { en: 'Plan format version', ja: '計画データの形式バージョン' },
  name: { en: 'Plan name', ja: '計画名' },
  lang: { en: 'Language', ja: '言語' },
  currency: { en: 'Currency', ja: '通貨' },
  startYear: { en: 'Start year', ja: '開始年' },
  startMonth: { en: 'Fiscal-year start month', ja: '期首月' },
  periodMonths: { en: 'Period length (months)', ja: '計画期間（月数）' },
  goalKind: { en: 'Goal type', ja: 'KGI の種類' },
  goalAmount: { en: 'Goal (KGI)', ja: 'KGI（目標）' },
  marketingShare: { en: 'Marketing share of the goal', ja: 'マーケティング貢献比率' },
  avgDealSize: { en: 'Average deal size', ja: '受注単価' },
  stages: { en: 'Funnel stages', ja: 'ファネルの段階' },
  stageName: { en: 'Stage {n}: name', ja: '段階 {n}：名前' },
  stageId: { en: 'Stage {n}: id', ja: '段階 {n}：ID' },
  stageKind: { en: 'Stage {n} "{name}": kind', ja: '段階 {n}「{name}」：種類' },
  stageRate: {
    en: 'Stage {n} "{name}": conversion rate to the next stage',
    ja: '段階 {n}「{name}」：次の段階への転換率',
  },
  stageLag: {
    en: 'Stage {n} "{name}": lag to the next stage (months)',
    ja: '段階 {n}「{name}」：次の段階までのラグ（月）',
  },
  seasonality: { en: 'Seasonality weights', ja: '季節変動の重み' },
  seasonalityMonth: { en: 'Seasonality weight for month {n}', ja: '{n} 月の季節変動の重み' },
  channels: { en: 'Channels', ja: 'チャネル' },
  channelName: { en: 'Channel {n}: name', ja: 'チャネル {n}：名前' },
  channelId: { en: 'Channel {n}: id', ja: 'チャネル {n}：ID' },
  channelAllocation: {
    en: 'Channel {n} "{name}": share or lead count',
    ja: 'チャネル {n}「{name}」：比率または件数の指定',
  },
  channelShare: { en: 'Channel {n} "{name}": share of leads', ja: 'チャネル {n}「{name}」：リード構成比' },
  channelCount: { en: 'Channel {n} "{name}": lead count', ja: 'チャネル {n}「{name}」：リード件数' },
  channelCpl: { en: 'Channel {n} "{name}": CPL', ja: 'チャネル {n}「{name}」：CPL' },
  csfs: { en: 'CSFs', ja: 'CSF' },
  csfTransition: { en: 'CSF {n}: transition', ja: 'CSF {n}：対象の段階間' },
  csfText: { en: 'CSF {n}: text', ja: 'CSF {n}：内容' },
  csfId: { en: 'CSF {n}: id', ja: 'CSF {n}：ID' },
  csfInitiatives: { en: 'CSF {n}: initiatives', ja: 'CSF {n}：施策' },
  initiativeName: { en: 'CSF {n}, initiative {m}: name', ja: 'CSF {n}・施策 {m}：名前' },
  initiativeId: { en: 'CSF {n}, initiative {m}: id', ja: 'CSF {n}・施策 {m}：ID' },
  kpiName: { en: 'CSF {n}, initiative {m}: KPI name', ja: 'CSF {n}・施策 {m}：KPI 名' },
  kpiTarget: { en: 'CSF {n}, initiative {m}: KPI target', ja: 'CSF {n}・施策 {m}：KPI 目標' },
  kpiCadence: { en: 'CSF {n}, initiative {m}: review cadence', ja: 'CSF {n}・施策 {m}：レビュー頻度' },
  kpiQuality: { en: 'CSF {n}, initiative {m}: quality condition', ja: 'CSF {n}・施策 {m}：品質条件' },
  kpiQualityShare: {
    en: 'CSF {n}, initiative {m}: share that must meet the quality condition',
    ja: 'CSF {n}・施策 {m}：品質条件を満たすべき割合',
  },
  kpiEndDate: { en: 'CSF {n}, initiative {m}: campaign end date', ja: 'CSF {n}・施策 {m}：施策の終了日' },
  kpiCountsStage: {
    en: 'CSF {n}, initiative {m}: counts the stage it feeds',
    ja: 'CSF {n}・施策 {m}：段階の件数に含まれるか',
  },
  kpiSubMetrics: { en: 'CSF {n}, initiative {m}: sub-metrics', ja: 'CSF {n}・施策 {m}：サブ指標' },
  subMetricName: {
    en: 'CSF {n}, initiative {m}, sub-metric {k}: name',
    ja: 'CSF {n}・施策 {m}・サブ指標 {k}：名前',
  },
  subMetricId: {
    en: 'CSF {n}, initiative {m}, sub-metric {k}: id',
    ja: 'CSF {n}・施策 {m}・サブ指標 {k}：ID',
  },
  subMetricTarget: {
    en: 'CSF {n}, initiative {m}, sub-metric {k}: target',
    ja: 'CSF {n}・施策 {m}・サブ指標 {k}：目標',
  },
  subMetricUnit: {
    en: 'CSF {n}, initiative {m}, sub-metric {k}: unit',
    ja: 'CSF {n}・施策 {m}・サブ指標 {k}：単位',
  },
  subMetricSignal: {
    en: 'CSF {n}, initiative {m}, sub-metric {k}: supporting signal',
    ja: 'CSF {n}・施策 {m}・サブ指標 {k}：補助シグナル',
  },
  thresholdGreen: { en: 'Green threshold', ja: '緑の基準' },
  thresholdAmber: { en: 'Amber threshold', ja: '黄の基準' },
} satisfies Record<string, Text>;

export const PLAN_WARNING = {
  sharesNot100: {
    en: 'Channel shares add up to {value}, not 100%: {missing} {missing|lead has|leads have} no channel.',
    ja: 'チャネルの構成比の合計が {value} で、100% ではありません（{missing} 件のリードがどのチャネルにも割り当てられていません）。',
  },
  sharesOver100: {
    en: 'Channel shares add up to {value}, more than 100%: channels plan {extra} more {extra|lead|leads} than the funnel needs.',
    ja: 'チャネルの構成比の合計が {value} で、100% を超えています（ファネルの必要数より {extra} 件多く計画されています）。',
  },
  noChannels: {
    en: 'No channels yet: add the channels leads come from to see budget, CPL, CAC and ROMI.',
    ja: 'チャネルがありません。予算・CPL・CAC・ROMI を見るには、リードの獲得チャネルを追加してください。',
  },
} satisfies Record<string, Text>;
