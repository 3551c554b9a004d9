import type { Text } from '../i18n';
import type { ValueKind } from '../parse';

/** Header row of the FUNNEL_PLAN table. */
export const FUNNEL_PLAN_HEADER: Text[] = [
  { en: 'Stage', ja: '段階' },
  { en: 'Conversion rate', ja: '転換率' },
  { en: 'Required', ja: '必要件数' },
];

export interface ParamDoc {
  /** The name Sheets shows in argument help, and the name errors use. */
  name: string;
  type: string;
  help: Text;
}

/** A parameter of single values (a range broadcasts); `kind` decides how each value is read. */
export interface ScalarParam {
  name: string;
  kind: ValueKind;
  help: Text;
}

export interface Example {
  args: unknown[];
  formula: string;
  result: unknown;
}

/**
 * One custom function as Sheets, the README and the sidebar's help panel describe it: the single
 * source for the generated stubs and JSDoc. Its code is in src/functions/registry.ts.
 */
export interface FunctionDoc<Params extends readonly object[] = readonly ParamDoc[]> {
  name: string;
  summary: Text;
  params: Params;
  /** The last parameter may repeat (REQUIRED_VOLUME's rates). */
  variadic?: boolean;
  returns: Text;
  example: Example;
}

/** A function of single values: its parameters stay a tuple, so its code gets one number for each. */
const scalar = <const Params extends readonly ScalarParam[]>(doc: FunctionDoc<Params>) => doc;

const P = {
  revenue_target: {
    name: 'revenue_target',
    kind: 'amount',
    help: {
      en: 'Revenue goal for the period, e.g. 1000000000, "¥10億" or a range.',
      ja: '期間の売上目標（例：1000000000、"10億"、または範囲）',
    },
  },
  avg_deal_size: {
    name: 'avg_deal_size',
    kind: 'positive',
    help: { en: 'Average revenue per won deal.', ja: '受注単価（1 件あたりの売上）' },
  },
  win_rate: {
    name: 'win_rate',
    kind: 'rate',
    help: { en: 'Won deals ÷ opportunities, e.g. 20%.', ja: '受注率（受注 ÷ 商談）例：20%' },
  },
  opportunity_rate: {
    name: 'opportunity_rate',
    kind: 'rate',
    help: { en: 'Opportunities ÷ MQLs, e.g. 15%.', ja: '商談化率（商談 ÷ MQL）例：15%' },
  },
  mql_rate: {
    name: 'mql_rate',
    kind: 'rate',
    help: { en: 'MQLs ÷ leads, e.g. 30%.', ja: 'MQL 化率（MQL ÷ リード）例：30%' },
  },
} satisfies Record<string, ScalarParam>;

const amount = (name: string, help: Text): ScalarParam => ({ name, kind: 'amount', help });
const rate = (name: string, help: Text): ScalarParam => ({ name, kind: 'rate', help });

/** Every custom function, in the order of the README and the help panel. */
export const FUNCTION_DOCS = {
  REQUIRED_ORDERS: scalar({
    name: 'REQUIRED_ORDERS',
    summary: { en: 'Won deals needed to reach a revenue goal.', ja: '売上目標の達成に必要な受注件数' },
    params: [P.revenue_target, P.avg_deal_size],
    returns: { en: 'won deals needed (rounded up)', ja: '必要な受注件数（切り上げ）' },
    example: { args: [1000000000, 5000000], formula: '=REQUIRED_ORDERS(1000000000, 5000000)', result: 200 },
  }),
  REQUIRED_OPPORTUNITIES: scalar({
    name: 'REQUIRED_OPPORTUNITIES',
    summary: { en: 'Opportunities needed to reach a revenue goal.', ja: '売上目標の達成に必要な商談数' },
    params: [P.revenue_target, P.avg_deal_size, P.win_rate],
    returns: { en: 'opportunities needed (rounded up)', ja: '必要な商談数（切り上げ）' },
    example: {
      args: [105000000, 5000000, 0.35],
      formula: '=REQUIRED_OPPORTUNITIES(105000000, 5000000, 35%)',
      result: 60,
    },
  }),
  REQUIRED_MQLS: scalar({
    name: 'REQUIRED_MQLS',
    summary: { en: 'MQLs needed to reach a revenue goal.', ja: '売上目標の達成に必要な MQL 数' },
    params: [P.revenue_target, P.avg_deal_size, P.win_rate, P.opportunity_rate],
    returns: { en: 'MQLs needed (rounded up)', ja: '必要な MQL 数（切り上げ）' },
    example: {
      args: [1000000000, 5000000, 0.2, 0.15],
      formula: '=REQUIRED_MQLS(1000000000, 5000000, 20%, 15%)',
      result: 6667,
    },
  }),
  REQUIRED_LEADS: scalar({
    name: 'REQUIRED_LEADS',
    summary: { en: 'Leads needed to reach a revenue goal.', ja: '売上目標の達成に必要なリード数' },
    params: [P.revenue_target, P.avg_deal_size, P.win_rate, P.opportunity_rate, P.mql_rate],
    returns: { en: 'leads needed (rounded up)', ja: '必要なリード数（切り上げ）' },
    example: {
      args: [1000000000, 5000000, 0.2, 0.15, 0.3],
      formula: '=REQUIRED_LEADS(1000000000, 5000000, 20%, 15%, 30%)',
      result: 22223,
    },
  }),
  REQUIRED_VOLUME: {
    name: 'REQUIRED_VOLUME',
    summary: {
      en: 'Top-of-chain volume for any chain of conversion rates, bottom of the funnel first.',
      ja: '任意の段階数のファネルで、目標件数に必要な最上段の件数（率は下の段階から順に）',
    },
    params: [
      {
        name: 'target_count',
        type: 'number',
        help: {
          en: 'The count needed at the bottom, e.g. 200 won deals.',
          ja: '最下段で必要な件数（例：受注 200 件）',
        },
      },
      {
        name: 'rates',
        type: 'number',
        help: {
          en: 'Conversion rates from the bottom up; numbers or ranges.',
          ja: '下の段階から順の転換率（数値または範囲）',
        },
      },
    ],
    variadic: true,
    returns: { en: 'volume needed at the top (rounded up)', ja: '最上段で必要な件数（切り上げ）' },
    example: { args: [200, 0.2, 0.15, 0.3], formula: '=REQUIRED_VOLUME(200, 20%, 15%, 30%)', result: 22223 },
  },
  FUNNEL_PLAN: {
    name: 'FUNNEL_PLAN',
    summary: {
      en: 'The whole funnel as a table: stage, conversion rate to the next stage, required count.',
      ja: 'ファネル全体を表で返します（段階、次の段階への転換率、必要件数）',
    },
    params: [
      { name: 'revenue_target', type: 'number', help: P.revenue_target.help },
      { name: 'avg_deal_size', type: 'number', help: P.avg_deal_size.help },
      {
        name: 'stage_names',
        type: 'range',
        help: {
          en: 'Stage names, top of the funnel first (a row or a column).',
          ja: '段階名（上から順、1 行または 1 列）',
        },
      },
      {
        name: 'conversion_rates',
        type: 'range',
        help: {
          en: 'Rate from each stage to the next, top first; one fewer than stages.',
          ja: '各段階から次への転換率（上から順、段階数より 1 つ少なく）',
        },
      },
    ],
    returns: {
      en: 'a table with a header row and one row per stage',
      ja: '見出し行と段階ごとの行からなる表',
    },
    example: {
      args: [1000000000, 5000000, [['Leads', 'MQL', 'Opportunities', 'Won deals']], [[0.3, 0.15, 0.2]]],
      formula: '=FUNNEL_PLAN(1000000000, 5000000, A1:D1, A2:C2)',
      result: [
        ['Stage', 'Conversion rate', 'Required'],
        ['Leads', 0.3, 22223],
        ['MQL', 0.15, 6667],
        ['Opportunities', 0.2, 1000],
        ['Won deals', '', 200],
      ],
    },
  },
  CPL: scalar({
    name: 'CPL',
    summary: { en: 'Cost per lead: cost ÷ leads.', ja: 'リード獲得単価（費用 ÷ リード数）' },
    params: [
      amount('cost', { en: 'Spend on the channel or campaign.', ja: '費用' }),
      amount('leads', { en: 'Leads it brought.', ja: '獲得リード数' }),
    ],
    returns: { en: 'cost per lead', ja: 'リード獲得単価' },
    example: { args: [1500000, 300], formula: '=CPL(1500000, 300)', result: 5000 },
  }),
  CAC: scalar({
    name: 'CAC',
    summary: {
      en: 'Customer acquisition cost: cost ÷ new customers.',
      ja: '顧客獲得コスト（費用 ÷ 新規顧客数）',
    },
    params: [
      amount('cost', { en: 'Marketing and sales spend.', ja: '費用' }),
      amount('new_customers', { en: 'New customers won.', ja: '新規顧客数' }),
    ],
    returns: { en: 'cost per new customer', ja: '新規顧客 1 社あたりの費用' },
    example: { args: [30000000, 200], formula: '=CAC(30000000, 200)', result: 150000 },
  }),
  ROMI: scalar({
    name: 'ROMI',
    summary: {
      en: 'Return on marketing investment: revenue ÷ cost, as a multiple.',
      ja: 'マーケティング投資収益率（売上 ÷ 費用、倍率）',
    },
    params: [
      amount('revenue', { en: 'Marketing-sourced revenue.', ja: 'マーケティング起点の売上' }),
      amount('cost', { en: 'Marketing spend.', ja: 'マーケティング費用' }),
    ],
    returns: {
      en: 'a multiple; 5 means 5.0x (subtract 1 for the net return)',
      ja: '倍率（5 は 5.0 倍。純リターンは 1 を引く）',
    },
    example: { args: [150000000, 30000000], formula: '=ROMI(150000000, 30000000)', result: 5 },
  }),
  LTV: scalar({
    name: 'LTV',
    summary: {
      en: 'Customer lifetime value: revenue per period × gross margin ÷ churn rate.',
      ja: '顧客生涯価値（期間売上 × 粗利率 ÷ 解約率）',
    },
    params: [
      amount('revenue_per_period', {
        en: 'Revenue per customer per period.',
        ja: '顧客 1 社あたりの期間売上',
      }),
      rate('gross_margin', { en: 'Gross margin, e.g. 70%.', ja: '粗利率（例：70%）' }),
      rate('churn_rate', { en: 'Churn rate per period, e.g. 2%.', ja: '期間あたりの解約率（例：2%）' }),
    ],
    returns: { en: 'lifetime value per customer', ja: '顧客 1 社あたりの生涯価値' },
    example: { args: [100000, 0.7, 0.02], formula: '=LTV(100000, 70%, 2%)', result: 3500000 },
  }),
  CONVERSION_RATE: scalar({
    name: 'CONVERSION_RATE',
    summary: {
      en: 'Conversion rate between two stages: to_count ÷ from_count.',
      ja: '段階間の転換率（次の段階の件数 ÷ 元の件数）',
    },
    params: [
      amount('from_count', { en: 'Count at the upper stage, e.g. MQLs.', ja: '元の段階の件数（例：MQL）' }),
      amount('to_count', {
        en: 'Count at the next stage, e.g. opportunities.',
        ja: '次の段階の件数（例：商談）',
      }),
    ],
    returns: {
      en: 'the rate as a fraction (format the cell as %)',
      ja: '率（セルを % 表示にしてください）',
    },
    example: { args: [400, 60], formula: '=CONVERSION_RATE(400, 60)', result: 0.15 },
  }),
  ATTAINMENT: scalar({
    name: 'ATTAINMENT',
    summary: { en: 'Attainment: actual ÷ target.', ja: '達成率（実績 ÷ 目標）' },
    params: [
      amount('actual', { en: 'Actual result.', ja: '実績' }),
      amount('target', { en: 'Target.', ja: '目標' }),
    ],
    returns: { en: 'attainment as a fraction (1 = 100%)', ja: '達成率（1 = 100%）' },
    example: { args: [90, 120], formula: '=ATTAINMENT(90, 120)', result: 0.75 },
  }),
  PACE: scalar({
    name: 'PACE',
    summary: {
      en: 'Projected attainment at period end at the current rate: actual_to_date ÷ elapsed_share ÷ period_target.',
      ja: '現在のペースで期末に見込まれる達成率（累計実績 ÷ 経過割合 ÷ 期間目標）',
    },
    params: [
      amount('actual_to_date', { en: 'Actual so far this period.', ja: '期首からの累計実績' }),
      amount('period_target', { en: 'Target for the whole period.', ja: '期間全体の目標' }),
      rate('elapsed_share', {
        en: 'Share of the period elapsed (or of its target due), e.g. 50%.',
        ja: '経過した期間（または目標）の割合（例：50%）',
      }),
    ],
    returns: { en: 'projected attainment as a fraction', ja: '見込み達成率' },
    example: { args: [450, 1000, 0.5], formula: '=PACE(450, 1000, 50%)', result: 0.9 },
  }),
  BOTTLENECK: {
    name: 'BOTTLENECK',
    summary: {
      en: 'The transition whose actual conversion rate is lowest relative to plan; empty when all meet plan or no actuals are typed yet.',
      ja: '計画比で実績の転換率が最も低い段階間（すべて計画を満たすとき、または実績が未入力のときは空）',
    },
    params: [
      {
        name: 'stage_names',
        type: 'range',
        help: { en: 'Stage names, top first.', ja: '段階名（上から順）' },
      },
      {
        name: 'planned_rates',
        type: 'range',
        help: { en: 'Planned rate from each stage to the next.', ja: '各段階から次への計画転換率' },
      },
      {
        name: 'actual_counts',
        type: 'range',
        help: { en: 'Actual count at each stage.', ja: '各段階の実績件数' },
      },
    ],
    returns: { en: 'e.g. "MQL → Opportunities", or an empty string', ja: '例：「MQL → 商談」、または空' },
    example: {
      args: [[['Leads', 'MQL', 'Opportunities', 'Won deals']], [[0.3, 0.15, 0.2]], [[1000, 300, 30, 6]]],
      formula: '=BOTTLENECK(A1:D1, A2:C2, A3:D3)',
      result: 'MQL → Opportunities',
    },
  },
} satisfies Record<string, FunctionDoc<readonly object[]>>;

export type FunctionName = keyof typeof FUNCTION_DOCS;
export const FUNCTION_NAMES = Object.keys(FUNCTION_DOCS) as FunctionName[];
