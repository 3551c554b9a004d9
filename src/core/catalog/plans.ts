import type { Text } from '../i18n';

/** Several plans in one spreadsheet: which one an action works on, new, rename, delete. */
export const PLANS = {
  deletePlan: { en: 'Delete plan…', ja: '計画を削除…' },
  whichPlan: {
    en: 'This sheet belongs to no plan. Which plan should "{action}" work on? Type its number:\n{list}',
    ja: 'このシートはどの計画にも属していません。「{action}」をどの計画で行いますか？ 番号を入力してください：\n{list}',
  },
  /** Also for a scenario picked by number. */
  notAPlanNumber: {
    en: '"{answer}" is not one of the numbers 1 to {count}. Nothing was changed.',
    ja: '「{answer}」は 1〜{count} のどの番号でもありません。何も変更していません。',
  },
  newOrReplace: {
    en: 'This spreadsheet already has the plan "{name}".\n\nYes: start another plan beside it (its sheets get their own tabs).\nNo: replace "{name}" with the new plan (actuals and ticks are kept by stage, channel and month, as "Update sheets" does).\nCancel: do nothing.',
    ja: 'このスプレッドシートにはすでに計画「{name}」があります。\n\nはい：別の計画を追加する（専用のタブを作成）\nいいえ：「{name}」を新しい計画で置き換える（実績とチェックは「シートを更新」と同じく段階・チャネル・月ごとに保持）\nキャンセル：何もしない',
  },
  another: { en: '{name} ({n})', ja: '{name}（{n}）' },
  deleteAsk: {
    en: 'Delete the plan "{name}" from KPI Tree Builder? Its stored inputs, imports and scenarios are removed; no other plan is touched.',
    ja: '計画「{name}」を KPI Tree Builder から削除しますか？ 保存されている入力値・取り込み設定・シナリオを削除します。ほかの計画には影響しません。',
  },
  deleteSheetsAsk: {
    en: 'What should happen to the sheets of "{name}" ({sheets})?\n\nYes: keep them as they are (with every value typed on them).\nNo: archive them: renamed with "{archived}" and hidden, every value kept.',
    ja: '「{name}」のシート（{sheets}）をどうしますか？\n\nはい：そのまま残す（入力した値もすべて残ります）\nいいえ：アーカイブする（名前に「{archived}」を付けて非表示にし、値はすべて残ります）',
  },
  archivedMark: { en: 'archived', ja: 'アーカイブ' },
  deleted: {
    en: 'The plan "{name}" was deleted. Its sheets were kept.',
    ja: '計画「{name}」を削除しました。シートは残しています。',
  },
  deletedArchived: {
    en: 'The plan "{name}" was deleted. Its sheets were archived (hidden, names ending "{archived}").',
    ja: '計画「{name}」を削除しました。シートはアーカイブしました（非表示、名前の末尾に「{archived}」）。',
  },
} satisfies Record<string, Text>;

/** The sidebar header's plan bar (kept apart: the sidebar bundles only these). */
export const PLAN_BAR = {
  editing: { en: 'Plan', ja: '計画' },
  switchPlan: { en: 'Switch to another plan', ja: '別の計画に切り替える' },
} satisfies Record<string, Text>;
