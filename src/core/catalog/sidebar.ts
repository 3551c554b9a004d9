import type { Text } from '../i18n';
import type { RangeSource } from '../typical-ranges';
import type { Cadence, CURRENCIES, GoalKind } from '../plan';

/** Every string the sidebar wizard shows. Field names inside validation messages come from FIELD (plan.ts). */

export const APP = {
  title: { en: 'KPI Tree Builder', ja: 'KPI ツリービルダー' },
  loading: { en: 'Loading your plan…', ja: '計画を読み込んでいます…' },
  loadFailed: {
    en: 'The plan could not be loaded: {message}',
    ja: '計画を読み込めませんでした：{message}',
  },
  noServer: {
    en: 'This page must be opened from Extensions > KPI Tree Builder in Google Sheets.',
    ja: 'このページは Google スプレッドシートの［拡張機能］>［KPI ツリービルダー］から開いてください。',
  },
  retry: { en: 'Try again', ja: 'もう一度試す' },
  language: { en: 'Language', ja: '言語' },
  functions: { en: 'Functions', ja: '関数' },
  restoredDraft: {
    en: 'Your unfinished draft was restored.',
    ja: '保存されていた下書きを復元しました。',
  },
  startOver: { en: 'Start over', ja: '最初からやり直す' },
  back: { en: 'Back', ja: '戻る' },
  next: { en: 'Next', ja: '次へ' },
  skip: { en: 'Skip', ja: 'スキップ' },
  skipHint: { en: 'This step is optional.', ja: 'このステップは省略できます。' },
  stepsNav: { en: 'Wizard steps', ja: 'ウィザードのステップ' },
  stepOf: { en: 'Step {n} of {total}: {name}', ja: 'ステップ {n}/{total}：{name}' },
  stepNeedsAttention: { en: '{name} (needs attention)', ja: '{name}（要確認）' },
  unnamed: { en: '(unnamed)', ja: '（名前なし）' },
  percentUnit: { en: '%', ja: '%' },
  none: { en: '—', ja: '—' },
} satisfies Record<string, Text>;

export const LANG_NAMES = {
  en: { en: 'EN', ja: 'EN' },
  ja: { en: '日本語', ja: '日本語' },
} satisfies Record<string, Text>;

/** One name per wizard step, in order (see stepOfPath). */
export const STEP_NAMES: readonly [Text, Text, Text, Text, Text] = [
  { en: 'Goal', ja: '目標' },
  { en: 'Funnel', ja: 'ファネル' },
  { en: 'Channels', ja: 'チャネル' },
  { en: 'CSFs', ja: 'CSF' },
  { en: 'Review', ja: '確認' },
];

export const DRAFT = {
  saving: { en: 'Saving draft…', ja: '下書きを保存中…' },
  saved: { en: 'Draft saved', ja: '下書きを保存しました' },
  failed: { en: 'Draft not saved: {message}', ja: '下書きを保存できませんでした：{message}' },
} satisfies Record<string, Text>;

export const PREVIEW = {
  heading: { en: 'KPI tree', ja: 'KPI ツリー' },
  budget: { en: 'Budget', ja: '予算' },
  cac: { en: 'CAC', ja: 'CAC' },
  romi: { en: 'ROMI', ja: 'ROMI' },
  stale: {
    en: 'Fix the marked fields to update the numbers.',
    ja: '印の付いた項目を直すと数値が更新されます。',
  },
} satisfies Record<string, Text>;

export const GOAL = {
  heading: { en: 'Goal (KGI)', ja: 'KGI（重要目標達成指標）' },
  currencyResized: {
    en: 'The goal, deal size and CPLs now use the sample figures in {currency}.',
    ja: '目標・受注単価・CPL を {currency} のサンプルの値にしました。',
  },
  currencyKept: {
    en: 'Amounts are not converted: check the goal, the deal size and the CPLs in {currency}.',
    ja: '金額は換算されません。目標・受注単価・CPL を {currency} の金額で確認してください。',
  },
  intro: {
    en: 'Start from the business result. Every KPI is derived backwards from it.',
    ja: 'まず事業の目標を決めます。すべての KPI はここから逆算されます。',
  },
  planName: { en: 'Plan name', ja: '計画名' },
  kind: { en: 'Goal type', ja: 'KGI の種類' },
  amountRevenue: { en: 'Revenue goal', ja: '売上目標' },
  amountCustomers: { en: 'New customers', ja: '新規顧客数の目標' },
  amountHint: {
    en: 'Type 10000000, 10,000,000 or 10M.',
    ja: '1000000000、1,000,000,000、10億 のように入力できます。',
  },
  marketingShare: { en: 'Share sourced by marketing', ja: 'マーケティング貢献比率' },
  marketingShareHint: {
    en: 'The part of the goal marketing must bring in.',
    ja: '目標のうちマーケティングが生み出す割合です。',
  },
  avgDealSize: { en: 'Average deal size', ja: '受注単価' },
  currency: { en: 'Currency', ja: '通貨' },
  startMonth: { en: 'Fiscal year starts in', ja: '期首月' },
  startYear: { en: 'Start year', ja: '開始年' },
  periodMonths: { en: 'Period (months)', ja: '計画期間（月数）' },
  customersUnit: { en: 'customers', ja: '社' },
  monthsUnit: { en: 'months', ja: 'か月' },
  wonDealsNeeded: { en: '{count} won {count|deal|deals} needed.', ja: '必要な受注件数は {count} 件です。' },
  seasonality: { en: 'Seasonality: weight of each month', ja: '季節変動：月ごとの重み' },
  seasonalityHint: {
    en: 'Only proportions matter: 1 everywhere is even; 1.5 means half again as much as a 1 month. Monthly targets follow these weights.',
    ja: '比率だけが意味を持ちます。すべて 1 なら均等、1.5 は 1 の月の 1.5 倍です。月次目標はこの重みで配分されます。',
  },
  thresholds: { en: 'Status colours', ja: 'ステータスの色分け' },
  thresholdGreen: { en: 'On track (green) from', ja: '順調（緑）の基準' },
  thresholdAmber: { en: 'At risk (amber) from', ja: '注意（黄）の基準' },
  thresholdsHint: {
    en: 'Attainment of the to-date target at or above which a stage shows green or amber; below amber it shows red.',
    ja: '累計目標に対する達成率がこの値以上なら緑または黄、黄の基準未満なら赤で表示します。',
  },
} satisfies Record<string, Text>;

export const GOAL_KINDS: Record<GoalKind, Text> = {
  revenue: { en: 'Revenue', ja: '売上' },
  customers: { en: 'New customers', ja: '新規顧客数' },
};

export const CURRENCY_NAMES: Record<(typeof CURRENCIES)[number], Text> = {
  JPY: { en: 'Japanese yen (JPY)', ja: '日本円（JPY）' },
  USD: { en: 'US dollar (USD)', ja: '米ドル（USD）' },
  EUR: { en: 'Euro (EUR)', ja: 'ユーロ（EUR）' },
  GBP: { en: 'British pound (GBP)', ja: '英ポンド（GBP）' },
};

export const MONTH_NAMES: Text[] = [
  { en: 'January', ja: '1月' },
  { en: 'February', ja: '2月' },
  { en: 'March', ja: '3月' },
  { en: 'April', ja: '4月' },
  { en: 'May', ja: '5月' },
  { en: 'June', ja: '6月' },
  { en: 'July', ja: '7月' },
  { en: 'August', ja: '8月' },
  { en: 'September', ja: '9月' },
  { en: 'October', ja: '10月' },
  { en: 'November', ja: '11月' },
  { en: 'December', ja: '12月' },
];

export const FUNNEL = {
  heading: { en: 'Funnel', ja: 'ファネル' },
  intro: {
    en: 'Top of the funnel first; the last stage is won deals. Rates are percents: type 15 or 15% for 15%.',
    ja: '上の段階から順に並べます。最後の段階は受注です。率はパーセントで入力します（15% なら 15 または 15%）。',
  },
  stageName: { en: 'Stage {n}', ja: '段階 {n}' },
  rate: { en: 'Rate to {next}', ja: '{next}への転換率' },
  lag: { en: 'Lag', ja: 'ラグ' },
  monthsUnit: { en: 'mo', ja: 'か月' },
  lastStage: {
    en: 'Last stage: the won deals the goal needs.',
    ja: '最後の段階：目標に必要な受注です。',
  },
  moveUp: { en: 'Move "{name}" up', ja: '「{name}」を上へ移動' },
  moveDown: { en: 'Move "{name}" down', ja: '「{name}」を下へ移動' },
  remove: { en: 'Remove "{name}"', ja: '「{name}」を削除' },
  add: { en: 'Add stage', ja: '段階を追加' },
  addSql: { en: 'Add SQL', ja: 'SQL を追加' },
  addSessions: { en: 'Add sessions', ja: 'セッションを追加' },
  sqlName: { en: 'SQL', ja: 'SQL' },
  sessionsName: { en: 'Sessions', ja: 'セッション' },
  maxStages: { en: 'A funnel has at most {max} stages.', ja: 'ファネルの段階は最大 {max} 個です。' },
  typical: { en: 'Typical {low}–{high} ({source})', ja: '一般的な範囲 {low}〜{high}（{source}）' },
  farOutside: {
    en: '{value} is far outside the typical range. Check the number and how the stages are defined.',
    ja: '{value} は一般的な範囲から大きく外れています。数値と段階の定義を確認してください。',
  },
  smallPercent: {
    en: 'This field is in percent: {value} means {value}%. For {times100}%, type {times100}.',
    ja: 'この欄はパーセントです。{value} は {value}% を意味します。{times100}% なら {times100} と入力してください。',
  },
  required: { en: '{count} needed', ja: '必要数 {count}' },
} satisfies Record<string, Text>;

export const RANGE_SOURCES: Record<RangeSource, Text> = {
  waterfall: { en: 'demand waterfall', ja: 'デマンドウォーターフォール' },
  adsToOpportunity: { en: 'ad leads to opportunities', ja: '広告リードの商談化率' },
  webToLead: { en: 'B2B web visitors to leads', ja: 'B2B サイト訪問者のリード化率' },
};

export const CHANNELS = {
  heading: { en: 'Channels', ja: 'チャネル' },
  intro: {
    en: 'Where leads come from. Each channel’s budget is its leads × CPL.',
    ja: 'リードの獲得元です。チャネルごとの予算は リード数 × CPL です。',
  },
  leadsNeeded: {
    en: 'The funnel needs {count} {count|lead|leads}.',
    ja: 'ファネルに必要なリードは {count} 件です。',
  },
  name: { en: 'Channel {n}', ja: 'チャネル {n}' },
  allocation: { en: 'Plan by', ja: '指定方法' },
  share: { en: 'Share of leads', ja: 'リード構成比' },
  count: { en: 'Leads', ja: 'リード件数' },
  cpl: { en: 'CPL', ja: 'CPL' },
  leadsUnit: { en: 'leads', ja: '件' },
  line: { en: '{leads} {leads|lead|leads} · budget {budget}', ja: 'リード {leads} 件・予算 {budget}' },
  remove: { en: 'Remove channel "{name}"', ja: 'チャネル「{name}」を削除' },
  add: { en: 'Add channel', ja: 'チャネルを追加' },
  maxChannels: { en: 'At most {max} channels.', ja: 'チャネルは最大 {max} 個です。' },
  totals: { en: 'Totals', ja: '合計' },
  budget: { en: 'Acquisition budget', ja: '獲得予算' },
  blendedCpl: { en: 'Blended CPL', ja: '平均 CPL' },
  cac: { en: 'CAC', ja: 'CAC（顧客獲得コスト）' },
  romi: { en: 'ROMI', ja: 'ROMI（投資収益率）' },
  countMismatch: {
    en: 'Channels plan {planned} {planned|lead|leads}; the funnel needs {needed}.',
    ja: 'チャネルの計画は {planned} 件で、ファネルに必要な {needed} 件と一致しません。',
  },
} satisfies Record<string, Text>;

export const ALLOCATIONS = {
  share: { en: 'Share of leads (%)', ja: 'リード構成比（%）' },
  count: { en: 'Lead count', ja: 'リード件数' },
} satisfies Record<'share' | 'count', Text>;

export const CSFS = {
  heading: { en: 'CSFs and initiatives', ja: 'CSF と施策' },
  intro: {
    en: 'For each step of the funnel, name the condition that must hold (CSF), the initiatives that serve it and their KPIs.',
    ja: 'ファネルの段階間ごとに、満たすべき条件（CSF）と、それを支える施策・KPI を決めます。',
  },
  csf: { en: 'Critical success factor', ja: 'CSF（重要成功要因）' },
  removeCsf: { en: 'Remove this CSF', ja: 'この CSF を削除' },
  addCsf: { en: 'Add a CSF for {transition}', ja: '{transition} の CSF を追加' },
  initiative: { en: 'Initiative {m}', ja: '施策 {m}' },
  kpi: { en: 'KPI', ja: 'KPI' },
  target: { en: 'Target', ja: '目標値' },
  cadence: { en: 'Review', ja: 'レビュー頻度' },
  quality: { en: 'Quality condition', ja: '品質条件' },
  qualityHint: {
    en: 'What makes a result count, agreed with sales.',
    ja: '成果として数える条件（営業と合意したもの）。',
  },
  removeInitiative: { en: 'Remove initiative "{name}"', ja: '施策「{name}」を削除' },
  addInitiative: { en: 'Add initiative', ja: '施策を追加' },
  maxCsfs: { en: 'A plan has at most {max} CSFs.', ja: 'CSF は計画全体で最大 {max} 個です。' },
  maxInitiatives: { en: 'A CSF has at most {max} initiatives.', ja: '施策は CSF ごとに最大 {max} 個です。' },
  qualityShare: { en: 'Share that must meet it', ja: '満たすべき割合' },
  qualityShareHint: {
    en: 'Empty: the plan\'s rate into the next stage ({rate}). The KPI Tracker flags "met in number, not in quality" below it.',
    ja: '空欄の場合は計画上の次の段階への転換率（{rate}）。これを下回ると KPIトラッカーが「数は達成、品質は未達」と表示します。',
  },
  endDate: { en: 'Campaign end date', ja: '施策の終了日' },
  endDateHint: {
    en: 'Reviewed the day after, e.g. 2027-06-30. Empty: the last day of the plan.',
    ja: '翌日にレビューします（例：2027-06-30）。空欄の場合は計画期間の最終日。',
  },
  countsStage: {
    en: 'Counts {stage}: show its share of the stage',
    ja: '{stage}の件数に含まれる（段階に占める割合を表示）',
  },
  subMetrics: { en: 'Sub-metrics (why a KPI falls short)', ja: 'サブ指標（KPI 未達の理由）' },
  subName: { en: 'Sub-metric {k}', ja: 'サブ指標 {k}' },
  subTarget: { en: 'Target', ja: '目標値' },
  subUnit: { en: 'Unit', ja: '単位' },
  subSignal: { en: 'Supporting signal only', ja: '補助シグナルとして扱う' },
  removeSub: { en: 'Remove sub-metric "{name}"', ja: 'サブ指標「{name}」を削除' },
  addSub: { en: 'Add a sub-metric…', ja: 'サブ指標を追加…' },
  otherSub: { en: 'Other (type your own)', ja: 'その他（自分で入力）' },
  signalOption: { en: '{name} (supporting signal)', ja: '{name}（補助シグナル）' },
  maxSubs: { en: 'A KPI has at most {max} sub-metrics.', ja: 'サブ指標は KPI ごとに最大 {max} 個です。' },
} satisfies Record<string, Text>;

export const CADENCE_NAMES: Record<Cadence, Text> = {
  weekly: { en: 'Weekly', ja: '毎週' },
  monthly: { en: 'Monthly', ja: '毎月' },
  quarterly: { en: 'Quarterly', ja: '四半期ごと' },
  once: { en: 'Once, after the campaign', ja: '施策終了後に 1 回' },
};

export const REVIEW = {
  heading: { en: 'Review', ja: '確認' },
  tree: { en: 'KPI tree', ja: 'KPI ツリー' },
  goalRevenue: { en: 'Goal: revenue {amount}', ja: 'KGI：売上 {amount}' },
  goalCustomers: { en: 'Goal: {count} new {count|customer|customers}', ja: 'KGI：新規顧客 {count} 社' },
  marketingPart: { en: 'marketing sources {share}', ja: 'うちマーケティング {share}' },
  rateBelow: { en: '{rate} convert to {name}', ja: '{name}への転換率 {rate}' },
  money: { en: 'Budget and returns', ja: '予算と効果' },
  whatIf: { en: 'Where one point helps most', ja: '1 ポイント改善の効果' },
  whatIfIntro: {
    en: 'If one rate were 1 percentage point higher:',
    ja: '各転換率が 1 ポイント上がった場合：',
  },
  whatIfLine: {
    en: '{leads} fewer {leads|lead|leads}, {budget} less budget',
    ja: 'リード {leads} 件減、予算 {budget} 減',
  },
  whatIfNone: { en: 'No rate below the leads stage can improve.', ja: '改善できる転換率がありません。' },
  goToField: { en: 'Go to field ({step})', ja: '項目へ移動（{step}）' },
  whatIfName: { en: '{transition}: {rate} → {improved}', ja: '{transition}：{rate} → {improved}' },
  create: { en: 'Create sheets', ja: 'シートを作成' },
  update: { en: 'Update sheets', ja: 'シートを更新' },
  creating: { en: 'Creating sheets…', ja: 'シートを作成しています…' },
  updating: { en: 'Updating sheets…', ja: 'シートを更新しています…' },
  notReadyOne: {
    en: 'Not ready: fix this problem first.',
    ja: 'まだ作成できません。先に次の問題を直してください。',
  },
  notReadyMany: {
    en: 'Not ready: fix these {count} problems first.',
    ja: 'まだ作成できません。先に次の {count} 件の問題を直してください。',
  },
  failed: {
    en: 'The sheets could not be written: {message} Your input is kept; try again.',
    ja: 'シートを書き込めませんでした：{message} 入力内容はそのまま残っています。もう一度お試しください。',
  },
  serverIssues: {
    en: 'The plan was not saved: {message} The problems are marked next to the fields.',
    ja: '計画は保存されていません：{message} 問題のある項目に印を付けました。',
  },
  done: { en: 'Done. Sheets: {sheets}', ja: '完了しました。シート：{sheets}' },
} satisfies Record<string, Text>;

export const FUNCTIONS_PANEL = {
  heading: { en: 'Custom functions', ja: 'カスタム関数' },
  intro: {
    en: 'Type these in any cell of this spreadsheet, like any other function.',
    ja: 'このスプレッドシートの任意のセルで、通常の関数と同じように使えます。',
  },
  example: { en: 'Example', ja: '例' },
  close: { en: 'Back to the wizard', ja: 'ウィザードに戻る' },
} satisfies Record<string, Text>;
