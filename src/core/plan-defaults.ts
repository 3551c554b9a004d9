import type { Lang } from './i18n';
import {
  PLAN_SCHEMA_VERSION,
  type Channel,
  type Csf,
  type Kpi,
  type Plan,
  type Stage,
  type SubMetric,
} from './plan';

interface LangDefaults {
  currency: string;
  startMonth: number;
  name: string;
  goal: number;
  deal: number;
  stages: [string, string, string, string];
  channels: [string, number, number][];
  csfs: {
    transition: number;
    text: string;
    initiative: string;
    kpi: string;
    target: number;
    cadence: 'weekly' | 'monthly' | 'quarterly' | 'once';
    quality: string;
    /** Sub-metrics as [name, unit, target, signal]. */
    subs: [string, SubMetric['unit'], number, boolean][];
  }[];
}

const DEFAULTS: Record<Lang, LangDefaults> = {
  ja: {
    currency: 'JPY',
    startMonth: 4,
    name: 'マーケティング計画',
    goal: 1_000_000_000,
    deal: 5_000_000,
    stages: ['リード', 'MQL', '商談', '受注'],
    channels: [
      ['リスティング広告', 0.4, 15_000],
      ['SNS広告', 0.2, 10_000],
      ['ホワイトペーパー', 0.25, 8_000],
      ['ウェビナー', 0.15, 12_000],
    ],
    csfs: [
      {
        transition: 0,
        text: '購買プロファイルに合う見込み客の関心を高める',
        initiative: '月次メールマガジン',
        kpi: 'メルマガ経由の MQL',
        target: 40,
        cadence: 'monthly',
        quality: 'スコアが基準以上で、購買プロファイルに合致',
        subs: [
          ['購買プロファイルに合うリードの割合', 'rate', 0.4, false],
          ['スコア基準以上のリード', 'count', 100, false],
          ['ページ滞在時間', 'seconds', 60, true],
        ],
      },
      {
        transition: 1,
        text: 'MQL の定義を営業と合意し、すぐに引き渡す',
        initiative: 'MQL 当日引き渡しルール',
        kpi: '1 営業日以内にフォローした MQL',
        target: 500,
        cadence: 'weekly',
        quality: '営業が SFA に接触記録を残したもの',
        subs: [
          ['営業がフォローするまでの時間', 'hours', 24, false],
          ['営業の受け入れ率', 'rate', 0.5, false],
        ],
      },
      {
        transition: 2,
        text: '比較検討の段階で競合に勝つ',
        initiative: '導入事例の制作',
        kpi: '公開した導入事例',
        target: 6,
        cadence: 'quarterly',
        quality: '顧客の公開承認済み',
        subs: [],
      },
    ],
  },
  en: {
    currency: 'USD',
    startMonth: 1,
    name: 'Marketing plan',
    goal: 10_000_000,
    deal: 50_000,
    stages: ['Leads', 'MQL', 'Opportunities', 'Won deals'],
    channels: [
      ['Paid search', 0.4, 150],
      ['Social ads', 0.2, 100],
      ['White papers', 0.25, 80],
      ['Webinars', 0.15, 120],
    ],
    csfs: [
      {
        transition: 0,
        text: 'Grow interest among prospects who fit our buyer profile',
        initiative: 'Monthly newsletter',
        kpi: 'Newsletter-driven MQLs',
        target: 40,
        cadence: 'monthly',
        quality: 'Score above threshold and matches the buyer profile',
        subs: [
          ['Share of leads matching the buyer profile', 'rate', 0.4, false],
          ['Leads at or above the score threshold', 'count', 100, false],
          ['Page dwell time', 'seconds', 60, true],
        ],
      },
      {
        transition: 1,
        text: 'Agree the MQL definition with sales and hand MQLs over fast',
        initiative: 'Same-day MQL hand-over',
        kpi: 'MQLs followed up within one business day',
        target: 500,
        cadence: 'weekly',
        quality: 'Contact logged in the CRM by sales',
        subs: [
          ['Time to sales follow-up', 'hours', 24, false],
          ['Sales acceptance rate', 'rate', 0.5, false],
        ],
      },
      {
        transition: 2,
        text: 'Win against competitors during evaluation',
        initiative: 'Customer case studies',
        kpi: 'Case studies published',
        target: 6,
        cadence: 'quarterly',
        quality: 'Approved for publication by the customer',
        subs: [],
      },
    ],
  },
};

/** The first start of a fiscal year that has not begun yet (this month counts as not begun). */
export function defaultStartYear(today: { year: number; month: number }, startMonth: number): number {
  return today.month <= startMonth ? today.year : today.year + 1;
}

export function defaultPlan(
  lang: Lang,
  today: { year: number; month: number } = { year: 2027, month: 1 },
): Plan {
  const d = DEFAULTS[lang];
  const [leads, mql, opportunities, won] = d.stages;
  // Example rates and lags of the domain brief: Leads→MQL 30% / 0, MQL→Opportunities 15% / 1, Opportunities→Won 20% / 2.
  const stages: Stage[] = [
    { id: 'leads', kind: 'leads', name: leads, rate: 0.3, lagMonths: 0 },
    { id: 'mql', kind: 'mql', name: mql, rate: 0.15, lagMonths: 1 },
    { id: 'opportunities', kind: 'opportunities', name: opportunities, rate: 0.2, lagMonths: 2 },
    { id: 'won', kind: 'won', name: won, rate: null, lagMonths: 0 },
  ];
  const channels: Channel[] = d.channels.map(([name, share, cpl], i) => ({
    id: `ch${i + 1}`,
    name,
    allocation: 'share',
    value: share,
    cpl,
  }));
  const csfs: Csf[] = d.csfs.map((c, i) => ({
    id: `csf${i + 1}`,
    transition: c.transition,
    text: c.text,
    initiatives: [
      {
        id: `ini${i + 1}`,
        name: c.initiative,
        kpi: {
          ...newKpi(c.cadence),
          name: c.kpi,
          target: c.target,
          quality: c.quality,
          // The newsletter's MQLs are MQLs: the tracker shows its share of the stage.
          countsStage: i === 0,
          subMetrics: c.subs.map(([name, unit, target, signal], k) => ({
            id: `sub${k + 1}`,
            name,
            target,
            unit,
            signal,
          })),
        },
      },
    ],
  }));
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    name: d.name,
    lang,
    currency: d.currency,
    startYear: defaultStartYear(today, d.startMonth),
    startMonth: d.startMonth,
    periodMonths: 12,
    goal: { kind: 'revenue', amount: d.goal, marketingShare: 1 },
    avgDealSize: d.deal,
    stages,
    seasonality: new Array(12).fill(1),
    channels,
    csfs,
    thresholds: { green: 1, amber: 0.9 },
  };
}

/** A KPI with nothing typed yet: no sub-metrics, the plan's rate as quality share, no end date. */
export function newKpi(cadence: Kpi['cadence'] = 'monthly'): Kpi {
  return {
    name: '',
    target: 0,
    cadence,
    quality: '',
    qualityShare: null,
    endDate: null,
    countsStage: false,
    subMetrics: [],
  };
}

/** A fresh id not used by any of `taken`, for stages, channels, CSFs and initiatives added later. */
export function freshId(prefix: string, taken: readonly { id: string }[]): string {
  const used = new Set(taken.map((t) => t.id));
  let n = taken.length + 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}
