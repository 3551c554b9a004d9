import type { Text } from '../i18n';

export type TransitionKind =
  'traffic' | 'sessionsToLeads' | 'leadsToMql' | 'mqlToOpportunities' | 'opportunitiesToWon';

/** What to look at and what usually fixes a transition that falls short (domain brief). */
export const DIAGNOSIS: Record<TransitionKind, { lookAt: Text; fixes: Text }> = {
  traffic: {
    lookAt: {
      en: 'traffic from target keywords, ad impressions, referral traffic',
      ja: 'ターゲットキーワードからの流入、広告の表示回数、参照元からの流入',
    },
    fixes: { en: 'SEO for target keywords, ad reach', ja: 'ターゲットキーワードの SEO、広告のリーチ拡大' },
  },
  sessionsToLeads: {
    lookAt: {
      en: 'CTA views and click rate, form completion rate, landing-page bounce',
      ja: 'CTA の表示数とクリック率、フォーム完了率、ランディングページの直帰率',
    },
    fixes: {
      en: 'CTA placement, form length, offer fit',
      ja: 'CTA の配置、フォームの項目数、オファーの適合',
    },
  },
  leadsToMql: {
    lookAt: {
      en: 'share of leads matching the buyer profile, scoring threshold, content topic fit',
      ja: '購買プロファイルに合うリードの割合、スコアの閾値、コンテンツのテーマの適合',
    },
    fixes: {
      en: 'targeting, content that attracts buyers rather than browsers, scoring rules',
      ja: 'ターゲティング、閲覧者ではなく購買者を惹きつけるコンテンツ、スコアリングルール',
    },
  },
  mqlToOpportunities: {
    lookAt: {
      en: 'speed of sales follow-up, MQL definition agreed with sales, reasons sales rejects leads',
      ja: '営業のフォロー速度、営業と合意した MQL の定義、営業がリードを差し戻す理由',
    },
    fixes: {
      en: 'a shared MQL definition, hand-over rules, richer lead information for sales',
      ja: '共通の MQL 定義、引き渡しルール、営業に渡すリード情報の充実',
    },
  },
  opportunitiesToWon: {
    lookAt: {
      en: 'deal stage aging, lost reasons, competitor presence',
      ja: '商談フェーズの滞留、失注理由、競合の有無',
    },
    fixes: {
      en: 'sales enablement content, pricing, case studies',
      ja: '営業支援コンテンツ、価格設定、導入事例',
    },
  },
};

export const REVIEW = {
  diagnosisSection: { en: 'Diagnosis', ja: '診断' },
  bottleneck: { en: 'Bottleneck', ja: 'ボトルネック' },
  none: { en: 'None: every transition meets plan', ja: 'なし（すべての段階間が計画どおり）' },
  rates: { en: 'Actual vs planned rate', ja: '実績と計画の転換率' },
  lookAt: { en: 'Look at', ja: '確認する指標' },
  fixes: { en: 'Typical fixes', ja: 'よくある改善策' },
  volumeMet: { en: 'Volume met, quality not', ja: '量は達成、質が未達' },
  flag: { en: 'Quality check', ja: '質のチェック' },
  seriesSection: { en: 'Monthly target vs actual (for the charts)', ja: '月次の目標と実績（グラフ用）' },
  month: { en: 'Month', ja: '月' },
  target: { en: '{stage} target', ja: '{stage} 目標' },
  actual: { en: '{stage} actual', ja: '{stage} 実績' },
  cumulativeTarget: { en: '{stage} cumulative target', ja: '{stage} 累計目標' },
  cumulativeActual: { en: '{stage} cumulative actual', ja: '{stage} 累計実績' },
  chartStages: { en: 'Attainment to date by stage', ja: '段階別の累計達成率' },
  chartsHere: {
    en: 'Review progress draws the charts here.',
    ja: '「進捗をレビュー」を実行すると、ここにグラフが表示されます。',
  },
  chartMonthly: { en: '{stage}: monthly target vs actual', ja: '{stage}：月次の目標と実績' },
  chartPace: { en: '{stage}: cumulative pace', ja: '{stage}：累計ペース' },
  targetBlock: { en: 'Targets (from Monthly Targets)', ja: '目標（月次目標より）' },
  actualBlock: { en: 'Actuals (from Actuals)', ja: '実績（実績シートより）' },
  // Summary dialog.
  summaryTitle: { en: 'Progress review', ja: '進捗レビュー' },
  noActuals: {
    en: 'There are no actuals yet. Enter actual counts on the "{sheet}" sheet first, then run Review progress again.',
    ja: '実績がまだありません。先に「{sheet}」シートに実績件数を入力してから、もう一度「進捗をレビュー」を実行してください。',
  },
  overall: { en: 'Overall: {status} (through {month})', ja: '全体：{status}（{month} まで）' },
  stageLine: {
    en: '{stage}: {actual} of {target} to date ({attainment}) — {status}',
    ja: '{stage}：累計 {actual} ／ 目標 {target}（{attainment}）— {status}',
  },
  bottleneckLine: {
    en: 'Bottleneck: {transition} at {actual} against {planned} planned.',
    ja: 'ボトルネック：{transition}（実績 {actual}、計画 {planned}）',
  },
  noBottleneck: {
    en: 'No bottleneck: every transition meets plan.',
    ja: 'ボトルネックはありません。すべての段階間が計画どおりです。',
  },
  volumeMetLine: {
    en: '{stage} volume is on target, but {transition} converts below plan: quantity met, quality not.',
    ja: '{stage} の件数は目標どおりですが、{transition} の転換率が計画を下回っています（量は達成、質が未達）。',
  },
  nextFix: {
    en: 'Next: look at {lookAt}. Typical fixes: {fixes}.',
    ja: '次の一手：{lookAt} を確認。よくある改善策：{fixes}。',
  },
  nextVolume: {
    en: 'Next: the rates hold, so raise volume at the top: {stage} is behind its target.',
    ja: '次の一手：転換率は計画どおりなので、上流の件数を増やしましょう（{stage} が目標に届いていません）。',
  },
  nextKeep: {
    en: 'Next: keep going; review again next month.',
    ja: '次の一手：この調子で進め、来月また確認しましょう。',
  },
  notCounts: {
    en: '{count} {count|cell|cells} on "{sheet}" {count|holds|hold} no count (text, a negative number or a fraction: 10% typed in a count cell reads as 0.1) and {count|was|were} left out: {cells}.',
    ja: '「{sheet}」の {count} 個のセルが件数として読めない値（文字・負の数・小数。件数のセルに 10% と入力すると 0.1 になります）のため、集計から除外しました：{cells}。',
  },
  notNumbers: {
    en: '{count} {count|cell|cells} on "{sheet}" {count|holds|hold} text, not numbers, and {count|was|were} left out: {cells}.',
    ja: '「{sheet}」の {count} 個のセルが数値ではなく文字のため、集計から除外しました：{cells}。',
  },
  written: {
    en: 'Highlights and charts updated on {sheets}.',
    ja: '{sheets} の色分けとグラフを更新しました。',
  },
} satisfies Record<string, Text>;

export const REVIEW_SERVER = {
  reviewing: { en: 'Reviewing progress…', ja: '進捗をレビューしています…' },
  missingSheets: {
    en: 'The plan sheets are missing. Use "Update sheets from plan" first, then review again.',
    ja: '計画シートが見つかりません。先に「計画からシートを更新」を実行してから、もう一度レビューしてください。',
  },
} satisfies Record<string, Text>;
