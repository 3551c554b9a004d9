import type { Text } from '../i18n';

export const SHEET_NAME = {
  tree: { en: 'KPI Tree', ja: 'KPIツリー' },
  monthly: { en: 'Monthly Targets', ja: '月次目標' },
  actuals: { en: 'Actuals', ja: '実績' },
  dashboard: { en: 'Dashboard', ja: 'ダッシュボード' },
  checklist: { en: 'Checklist', ja: 'チェックリスト' },
  tracker: { en: 'KPI Tracker', ja: 'KPIトラッカー' },
} satisfies Record<string, Text>;

export const L = {
  inputsNote: {
    en: 'Yellow cells are inputs: change them and every target on every sheet follows.',
    ja: '黄色のセルは入力欄です。変更すると、すべてのシートの目標が連動して変わります。',
  },
  treeSection: {
    en: 'KPI tree: from the goal back to the top of the funnel',
    ja: 'KPIツリー：KGI からファネルの上流へ逆算',
  },
  goalRevenue: { en: 'Goal (KGI): revenue', ja: 'KGI：売上' },
  goalCustomers: { en: 'Goal (KGI): new customers', ja: 'KGI：新規顧客数' },
  marketingRevenue: { en: 'Marketing-sourced revenue', ja: 'マーケティング起点の売上' },
  node: { en: 'Stage', ja: '段階' },
  required: { en: 'Target', ja: '目標' },
  rateToNext: { en: 'Rate to the next stage', ja: '次の段階への転換率' },
  monthsAhead: { en: 'Due months ahead of won deals', ja: '受注の何か月前に必要か' },
  exact: { en: 'Exact (before rounding up)', ja: '端数切り上げ前の値' },
  inputsSection: { en: 'Inputs', ja: '入力' },
  goalAmount: { en: 'Goal (KGI)', ja: 'KGI（目標）' },
  marketingShare: { en: 'Marketing share of the goal', ja: 'マーケティング貢献比率' },
  avgDealSize: { en: 'Average deal size', ja: '受注単価' },
  transition: { en: 'Transition', ja: '段階間' },
  rate: { en: 'Conversion rate', ja: '転換率' },
  lag: { en: 'Lag (months)', ja: 'ラグ（月）' },
  typical: { en: 'Typical range', ja: '一般的な範囲' },
  channelsSection: { en: 'Channels: where the leads come from', ja: 'チャネル：リードの獲得元' },
  channel: { en: 'Channel', ja: 'チャネル' },
  shareOrLeads: { en: 'Share / leads', ja: '構成比／件数' },
  cpl: { en: 'CPL', ja: 'CPL' },
  leads: { en: 'Leads', ja: 'リード' },
  budget: { en: 'Budget', ja: '予算' },
  total: { en: 'Total', ja: '合計' },
  summarySection: { en: 'Summary', ja: 'サマリー' },
  blendedCpl: { en: 'Blended CPL', ja: '平均 CPL' },
  cac: { en: 'CAC', ja: 'CAC' },
  romi: { en: 'ROMI (revenue ÷ budget)', ja: 'ROMI（売上 ÷ 予算）' },
  csfSection: { en: 'CSFs, initiatives and KPIs', ja: 'CSF・施策・KPI' },
  csf: { en: 'Critical success factor', ja: 'CSF（重要成功要因）' },
  initiative: { en: 'Initiative', ja: '施策' },
  kpi: { en: 'KPI', ja: 'KPI' },
  kpiTarget: { en: 'Target', ja: '目標' },
  cadence: { en: 'Review', ja: 'レビュー頻度' },
  quality: { en: 'Quality condition', ja: '品質条件' },
  noCsfs: {
    en: 'No CSFs yet: add them with Edit plan….',
    ja: 'CSF はまだありません。「計画を編集…」から追加できます。',
  },
  monthlyNote: {
    en: 'Monthly targets add up exactly to the period total. Grey "before period" months hold volumes due earlier because of lag.',
    ja: '月次目標の合計は期間目標と一致します。灰色の「期間前」の月は、ラグのため前倒しで必要になる件数です。',
  },
  periodTotal: { en: 'Period total', ja: '期間合計' },
  beforePeriod: { en: 'Before period', ja: '期間前' },
  seasonality: { en: 'Seasonality weight', ja: '季節変動の重み' },
  monthNumber: { en: 'Month #', ja: '月番号' },
  cumulativeWeight: {
    en: 'Cumulative weight (used by the targets above)',
    ja: '重みの累計（上の目標の計算用）',
  },
  revenue: { en: 'Revenue (won deals × deal size)', ja: '売上（受注 × 受注単価）' },
  revenueActual: {
    en: 'Won revenue (type it, or import deals)',
    ja: '受注売上（入力、または商談をインポート）',
  },
  channelLeads: { en: '{name}: leads', ja: '{name}：リード' },
  /** A label of two parts (a transition and its CSF, an initiative and its KPI, a channel and a field). */
  pair: { en: '{what}: {detail}', ja: '{what}：{detail}' },
  channelBudget: { en: '{name}: budget', ja: '{name}：予算' },
  channelSpend: { en: '{name}: spend', ja: '{name}：費用' },
  totalBudget: { en: 'Total budget', ja: '予算合計' },
  totalSpend: { en: 'Total spend', ja: '費用合計' },
  actualsNote: {
    en: 'Type actual counts and spend per month into the yellow cells. The Dashboard updates as you type.',
    ja: '黄色のセルに月ごとの実績件数と費用を入力してください。ダッシュボードは入力に合わせて更新されます。',
  },
  hasActuals: { en: 'Month # with actuals (for the Dashboard)', ja: '実績のある月番号（ダッシュボード用）' },
  dashboardNote: {
    en: 'To date = through the last month with any actuals. Pace = actual to date ÷ share of the period target due to date.',
    ja: '累計＝実績が入力された最後の月まで。ペース＝累計実績 ÷ 期間目標のうち現時点までの割合。',
  },
  lastMonth: { en: 'Last month with actuals', ja: '実績のある最終月' },
  monthsWithActuals: { en: 'Months with actuals', ja: '実績のある月数' },
  stagesSection: { en: 'Funnel against plan', ja: 'ファネルの計画対比' },
  periodTarget: { en: 'Period target', ja: '期間目標' },
  toDateTarget: { en: 'To-date target', ja: '累計目標' },
  toDateActual: { en: 'To-date actual', ja: '累計実績' },
  attainmentToDate: { en: 'Attainment to date', ja: '累計達成率' },
  attainmentPeriod: { en: 'Attainment of period', ja: '期間達成率' },
  pace: { en: 'Pace (projected)', ja: 'ペース（期末見込み）' },
  status: { en: 'Status', ja: 'ステータス' },
  transitionsSection: { en: 'Conversion: planned vs actual', ja: '転換率：計画と実績' },
  plannedRate: { en: 'Planned rate', ja: '計画転換率' },
  actualRate: { en: 'Actual rate', ja: '実績転換率' },
  vsPlan: { en: 'Actual ÷ plan', ja: '実績 ÷ 計画' },
  channelsKpiSection: { en: 'Channels and money', ja: 'チャネルと費用対効果' },
  leadsToDate: { en: 'Leads to date', ja: '累計リード' },
  spendToDate: { en: 'Spend to date', ja: '累計費用' },
  actualCpl: { en: 'Actual CPL', ja: '実績 CPL' },
  plannedCpl: { en: 'Planned CPL', ja: '計画 CPL' },
  actualCac: { en: 'CAC (actual)', ja: 'CAC（実績）' },
  actualRomi: { en: 'ROMI (actual)', ja: 'ROMI（実績）' },
  pipeline: {
    en: 'Marketing-sourced pipeline ({stage} × deal size)',
    ja: 'パイプライン貢献額（{stage} × 受注単価）',
  },
  thresholdGreen: { en: 'On track (green) at or above', ja: '順調（緑）の基準：この値以上' },
  thresholdAmber: { en: 'At risk (amber) at or above', ja: '注意（黄）の基準：この値以上' },
  statusGreen: { en: 'On track', ja: '順調' },
  statusAmber: { en: 'At risk', ja: '注意' },
  statusRed: { en: 'Behind', ja: '遅れ' },
  checklistNote: {
    en: 'Tick each item when it is true for your team. Your ticks are kept when the sheets are updated.',
    ja: 'チームで満たせた項目にチェックを入れてください。シートを更新してもチェックは保持されます。',
  },
  number: { en: '#', ja: 'No.' },
  check: { en: 'Check', ja: 'チェック項目' },
  done: { en: 'Done', ja: '完了' },
  notes: { en: 'Notes', ja: 'メモ' },
  weekly: { en: 'Weekly', ja: '毎週' },
  monthly: { en: 'Monthly', ja: '毎月' },
  quarterly: { en: 'Quarterly', ja: '四半期ごと' },
  once: { en: 'Once, after the campaign', ja: '施策終了後に 1 回' },
} satisfies Record<string, Text>;

/** The 18 planning checks of the domain brief. */
export const CHECKLIST: Text[] = [
  {
    en: 'The goal (revenue or customers) is agreed with management.',
    ja: 'KGI（売上または顧客数）が経営陣と合意されている。',
  },
  {
    en: 'A KPI tree has been derived from the goal backwards.',
    ja: 'KGI から逆算して KPI ツリーを作成している。',
  },
  { en: 'Each KPI has a target.', ja: 'すべての KPI に目標値がある。' },
  { en: 'The MQL definition is agreed with sales.', ja: 'MQL の定義が営業と合意されている。' },
  // {transition}: the plan's own stage names, the MQL stage and the one after it ("MQL→SQL").
  { en: 'There is a target for the {transition} rate.', ja: '{transition} 転換率の目標がある。' },
  {
    en: 'Lead-scoring rules are set up in the marketing automation tool.',
    ja: 'MA ツールにリードスコアリングのルールが設定されている。',
  },
  {
    en: 'MQL hand-over is automated in the marketing automation tool.',
    ja: 'MA ツールで MQL の引き渡しが自動化されている。',
  },
  { en: 'The CRM/SFA records lead source.', ja: 'CRM／SFA にリードソースが記録されている。' },
  {
    en: 'Marketing-sourced opportunities and deals can be told apart in the CRM.',
    ja: 'CRM でマーケティング起点の商談・受注を区別できる。',
  },
  {
    en: 'A dashboard shows the main KPIs live.',
    ja: '主要 KPI をリアルタイムで確認できるダッシュボードがある。',
  },
  { en: 'A report format for management exists.', ja: '経営陣向けのレポート形式がある。' },
  {
    en: 'Marketing-sourced revenue and deal count can be computed.',
    ja: 'マーケティング起点の売上と受注件数を算出できる。',
  },
  { en: 'CPL can be computed per channel.', ja: 'チャネルごとの CPL を算出できる。' },
  { en: 'The ROMI formula is defined.', ja: 'ROMI の計算式が定義されている。' },
  { en: 'Weekly and monthly KPI reviews are scheduled.', ja: '週次・月次の KPI レビューが予定されている。' },
  {
    en: 'An action plan for missed KPIs is prepared in advance.',
    ja: 'KPI 未達時のアクションプランを事前に用意している。',
  },
  { en: "The team's operating rules are written down.", ja: 'チームの運用ルールが文書化されている。' },
  { en: 'KPIs are reviewed with sales regularly.', ja: '営業と定期的に KPI を見直している。' },
];

/** Help texts of the data validation on input cells: shown when a cell refuses what was typed. */
export const INPUT_HELP = {
  fraction: {
    en: 'Type a percentage between 0% and 100%, e.g. 15% (a plain 15 would mean 1500%).',
    ja: '0%〜100%の割合を入力してください（例: 15%）。15 とだけ入力すると 1500% の意味になります。',
  },
  rate: {
    en: 'Type a percentage above 0% and up to 100%, e.g. 15% (a plain 15 would mean 1500%).',
    ja: '0%より大きく100%以下の割合を入力してください（例: 15%）。15 とだけ入力すると 1500% の意味になります。',
  },
  money: {
    en: 'Type a number from 1 to {max}, without text or % (25% would mean 0.25).',
    ja: '1〜{max}の数値を入力してください（文字や % は使えません。25% は 0.25 の意味になります）。',
  },
  amount: {
    en: 'Type a number from 0 to {max}, without text.',
    ja: '0〜{max}の数値を入力してください（文字は入力できません）。',
  },
  lag: {
    en: 'Type a whole number of months from 0 to {max}.',
    ja: '0〜{max}の整数（月数）を入力してください。',
  },
  weight: {
    en: 'Type a weight from 0 to {max}; only the proportions between months matter.',
    ja: '0〜{max}の重みを入力してください。月どうしの比率だけが使われます。',
  },
} satisfies Record<string, Text>;

/** Live notes on the KPI Tree (sheet-only, so apart from the labels the sidebar shares). */
export const TREE_NOTES = {
  /** Shown under the channels' total while it differs from the leads the funnel needs. */
  channelsMismatch: {
    en: 'Channels plan {planned} leads; the funnel needs {needed}. Make the shares add up to 100% or change the lead counts.',
    ja: 'チャネルの計画は {planned} 件で、ファネルに必要な {needed} 件と一致しません。構成比の合計を 100% にするか、リード数を見直してください。',
  },
} satisfies Record<string, Text>;
