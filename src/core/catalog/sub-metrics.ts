import type { Text } from '../i18n';
import type { SubMetricUnit } from '../plan';
import type { TransitionKind } from './diagnosis';

/** A sub-metric the wizard offers for a KPI of a transition: what it is, its unit and a starting target. */
export interface SubMetricSuggestion {
  name: Text;
  unit: SubMetricUnit;
  target: number;
  signal: boolean;
}

const s = (
  en: string,
  ja: string,
  unit: SubMetricUnit,
  target: number,
  signal = false,
): SubMetricSuggestion => ({
  name: { en, ja },
  unit,
  target,
  signal,
});

/** The sub-metrics that say why a KPI of each transition falls short (the domain's diagnosis table). */
export const SUB_METRIC_SUGGESTIONS: Record<TransitionKind, SubMetricSuggestion[]> = {
  traffic: [
    s('Sessions from target keywords', 'ターゲットキーワードからのセッション', 'count', 5000),
    s('Ad impressions', '広告の表示回数', 'count', 100000),
    s('Referral sessions', '参照元サイトからのセッション', 'count', 1000),
  ],
  sessionsToLeads: [
    s('Sessions', 'セッション数', 'count', 10000),
    s('CTA views', 'CTA の表示回数', 'count', 4000),
    s('CTA click rate', 'CTA のクリック率', 'rate', 0.05),
    s('Form completion rate', 'フォームの完了率', 'rate', 0.5),
  ],
  leadsToMql: [
    s('Share of leads matching the buyer profile', '購買プロファイルに合うリードの割合', 'rate', 0.4),
    s('Leads at or above the score threshold', 'スコア基準以上のリード', 'count', 100),
  ],
  mqlToOpportunities: [
    s('Time to sales follow-up', '営業がフォローするまでの時間', 'hours', 24),
    s('Sales acceptance rate', '営業の受け入れ率', 'rate', 0.5),
  ],
  opportunitiesToWon: [
    s('Deals with a case study shared', '導入事例を提示した商談', 'count', 10),
    s('Deals with a lost reason logged', '失注理由を記録した商談の割合', 'rate', 0.9),
  ],
};

/** Interest, not conversion: offered for every KPI, labelled as supporting signals. */
export const SUPPORTING_SIGNALS: SubMetricSuggestion[] = [
  s('Page dwell time', 'ページ滞在時間', 'seconds', 60, true),
  s('Scroll depth', 'スクロール深度', 'rate', 0.5, true),
];

export const SUB_METRIC_UNIT_LABEL: Record<SubMetricUnit, Text> = {
  count: { en: 'count', ja: '件数' },
  rate: { en: 'rate', ja: '率' },
  hours: { en: 'hours (lower is better)', ja: '時間（短いほど良い）' },
  seconds: { en: 'seconds', ja: '秒' },
};

export const SIGNAL_LABEL: Text = { en: 'supporting signal', ja: '補助シグナル' };
