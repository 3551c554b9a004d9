import type { Text } from '../i18n';

/** Scenarios: named copies of a plan's inputs, side by side on the Scenarios sheet. */
export const SCENARIOS = {
  saveScenario: { en: 'Save as scenario…', ja: 'シナリオとして保存…' },
  promote: { en: 'Make a scenario the plan…', ja: 'シナリオを計画にする…' },
  sheet: { en: 'Scenarios', ja: 'シナリオ' },
  note: {
    en: 'The base plan follows the KPI Tree; yellow cells are each scenario’s inputs: change them and its column recomputes. Actuals are the plan’s own.',
    ja: '基本計画は KPIツリーに連動します。黄色のセルは各シナリオの入力欄で、変更するとその列が再計算されます。実績は計画と共通です。',
  },
  base: { en: 'Base plan', ja: '基本計画' },
  inputs: { en: 'Inputs', ja: '入力' },
  goalRevenue: { en: 'Goal (KGI): revenue', ja: 'KGI：売上' },
  goalCustomers: { en: 'Goal (KGI): new customers', ja: 'KGI：新規顧客数' },
  marketingShare: { en: 'Marketing share of the goal', ja: 'マーケティング貢献比率' },
  avgDealSize: { en: 'Average deal size', ja: '受注単価' },
  shareOrLeads: { en: 'share or leads', ja: '比率またはリード数' },
  cpl: { en: 'CPL', ja: 'CPL' },
  results: { en: 'Targets and money', ja: '目標と費用' },
  leads: { en: 'leads', ja: 'リード数' },
  budget: { en: 'Budget', ja: '予算' },
  blendedCpl: { en: 'Blended CPL', ja: '平均 CPL' },
  cac: { en: 'CAC', ja: 'CAC' },
  revenue: { en: 'Marketing-sourced revenue', ja: 'マーケティング起点の売上' },
  romi: { en: 'ROMI', ja: 'ROMI' },
  difference: { en: 'Difference from the base plan', ja: '基本計画との差' },
  distance: {
    en: 'Distance of the actuals to date from the to-date targets (lower is closer)',
    ja: '累計実績と累計目標のずれ（小さいほど近い）',
  },
  closest: { en: 'Actuals to date track closest', ja: '累計実績に最も近い' },
  nameAsk: {
    en: 'Name of the scenario (a copy of the inputs of "{plan}"; it shares the plan’s actuals):',
    ja: 'シナリオ名を入力してください（「{plan}」の入力値のコピー。実績は計画と共通です）：',
  },
  nameEmpty: {
    en: 'A scenario needs a name. Nothing was changed.',
    ja: 'シナリオ名が空です。何も変更していません。',
  },
  nameTooLong: {
    en: 'A scenario name has at most {max} characters. Nothing was changed.',
    ja: 'シナリオ名は {max} 文字以内にしてください。何も変更していません。',
  },
  nameTaken: {
    en: '"{name}" is already the name of a scenario of this plan. Nothing was changed.',
    ja: '「{name}」はこの計画のシナリオ名としてすでに使われています。何も変更していません。',
  },
  tooMany: {
    en: 'A plan keeps at most {max} scenarios; make one the plan or delete its column first. Nothing was changed.',
    ja: '1つの計画に保存できるシナリオは {max} 件までです。先にどれかを計画にするか、その列を削除してください。何も変更していません。',
  },
  saved: {
    en: 'Scenario "{name}" saved; the sheet "{sheet}" shows it beside the plan.',
    ja: 'シナリオ「{name}」を保存しました。シート「{sheet}」で計画と並べて表示しています。',
  },
  noScenarios: {
    en: 'The plan "{plan}" has no scenarios yet. Use "Save as scenario…" first.',
    ja: '計画「{plan}」にはまだシナリオがありません。先に「シナリオとして保存…」を使ってください。',
  },
  promoteAsk: {
    en: 'Which scenario of "{plan}" becomes the plan? Type its number (the current plan is kept as the scenario "{previous}"):\n{list}',
    ja: '「{plan}」のどのシナリオを計画にしますか？ 番号を入力してください（現在の計画はシナリオ「{previous}」として残ります）：\n{list}',
  },
  noRoom: {
    en: 'The spreadsheet has no room left to store this scenario, so nothing was changed. Make a scenario the plan or delete a plan you no longer need.',
    ja: 'このスプレッドシートにはシナリオを保存する空きがないため、何も変更していません。シナリオを計画にするか、不要な計画を削除してください。',
  },
  previous: { en: 'Before “{name}”', ja: '「{name}」以前' },
  promoted: {
    en: 'Scenario "{name}" is now the plan; the previous plan is kept as the scenario "{previous}".',
    ja: 'シナリオ「{name}」を計画にしました。以前の計画はシナリオ「{previous}」として残っています。',
  },
  badTyped: {
    en: 'These values typed on the sheet "{sheet}" are not usable scenario inputs, so nothing was changed:\n{cells}',
    ja: 'シート「{sheet}」に入力された次の値はシナリオの入力として使えないため、何も変更していません：\n{cells}',
  },
  missingSheet: {
    en: 'The plan "{plan}" has no sheet "{sheet}" any more, and its Scenarios sheet reads it, so nothing was changed. "{update}" re-creates it.',
    ja: '計画「{plan}」のシート「{sheet}」が見つかりません。シナリオのシートはこのシートを参照するため、何も変更していません。「{update}」で再作成できます。',
  },
  keptUnusable: {
    en: 'The sheet "{sheet}" now follows the plan, but these values typed on it are not usable scenario inputs: they stay as typed, and their scenarios keep their saved inputs (their columns compute from what is typed) until you correct them:\n{cells}',
    ja: 'シート「{sheet}」を計画に合わせて更新しましたが、次の値はシナリオの入力として使えません。入力されたまま残してあり、修正するまでそのシナリオは保存済みの入力値を保ちます（列は入力された値で計算されます）：\n{cells}',
  },
  badScenario: {
    en: 'The proposal is not a usable scenario of the plan "{plan}"; nothing was saved.',
    ja: '提案は計画「{plan}」のシナリオとして使えないため、保存していません。',
  },
  cheapestSaved: {
    en: 'Proposed as the scenario "{name}": budget {budget} (the plan: {planBudget}). See the sheet "{sheet}".',
    ja: 'シナリオ「{name}」として提案しました：予算 {budget}（現在の計画：{planBudget}）。シート「{sheet}」をご覧ください。',
  },
} satisfies Record<string, Text>;

/** The wizard's "Cheapest mix for this goal" (kept apart: the sidebar bundles only these). */
export const MIX = {
  cheapest: { en: 'Cheapest mix for this goal', ja: 'この目標に最も安いチャネル配分' },
  cheapestHint: {
    en: 'Leads each channel can deliver at its CPL (empty: what it plans now). The proposal is saved as a scenario, never applied to the plan.',
    ja: '各チャネルがその CPL で獲得できるリード数の上限（空欄：現在の計画値）。提案はシナリオとして保存され、計画には反映されません。',
  },
  cheapestPropose: { en: 'Propose', ja: '提案する' },
  cheapestCap: { en: '{name}: most leads at its CPL', ja: '{name}：この CPL で獲得できるリード数の上限' },
  cheapestBadCap: {
    en: 'The cap of "{name}" must be a number of leads of 0 or more.',
    ja: '「{name}」の上限には 0 以上のリード数を入力してください。',
  },
  cheapestLine: { en: '{name}: {leads} leads ({share})', ja: '{name}：{leads} 件（{share}）' },
  cheapestBudget: {
    en: 'Budget {budget} (the plan now: {planBudget})',
    ja: '予算 {budget}（現在の計画：{planBudget}）',
  },
  cheapestSave: { en: 'Save as scenario', ja: 'シナリオとして保存' },
  cheapestNotStored: {
    en: 'Create the sheets first; then the proposal can be saved as a scenario of the plan.',
    ja: '先にシートを作成すると、提案を計画のシナリオとして保存できます。',
  },
  cheapestName: { en: 'Cheapest mix', ja: '最安配分' },
  cheapestShort: {
    en: 'The caps add up to {capacity} leads, short of the {target} leads the goal needs. Raise a cap.',
    ja: '上限の合計は {capacity} 件で、目標に必要な {target} 件に届きません。上限を引き上げてください。',
  },
} satisfies Record<string, Text>;
