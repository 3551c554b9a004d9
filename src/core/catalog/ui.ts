import type { Text } from '../i18n';

export const MENU = {
  createSample: { en: 'Create sample plan', ja: 'サンプル計画を作成' },
  newPlan: { en: 'New plan…', ja: '新しい計画…' },
  editPlan: { en: 'Edit plan…', ja: '計画を編集…' },
  update: { en: 'Update sheets from plan', ja: '計画からシートを更新' },
  review: { en: 'Review progress', ja: '進捗をレビュー' },
  importCrm: { en: 'Import CRM export…', ja: 'CRMエクスポートを取り込む…' },
  functionReference: { en: 'Function reference', ja: '関数リファレンス' },
} satisfies Record<string, Text>;

export const DIALOG = {
  title: { en: 'KPI Tree Builder', ja: 'KPI Tree Builder' },
  busy: {
    en: 'Another update of the plan sheets is running; wait a moment.',
    ja: '別の処理で計画シートを更新中です。少しお待ちください。',
  },
  invalidPlan: {
    en: 'The plan has problems, so nothing was written:\n{issues}',
    ja: '計画に問題があるため、何も書き込んでいません：\n{issues}',
  },
  noPlan: {
    en: 'There is no plan in this spreadsheet yet. Use "Create sample plan" or "New plan…" first.',
    ja: 'このスプレッドシートにはまだ計画がありません。先に「サンプル計画を作成」または「新しい計画…」を使ってください。',
  },
  brokenPlan: {
    en: 'The stored plan "{name}" could not be read. Nothing was changed. Open "New plan…" to set the plan up again: your sheets and actuals stay as they are.',
    ja: '保存されている計画「{name}」を読み込めませんでした。何も変更していません。「新しい計画…」から計画を設定し直してください。シートと実績はそのまま残ります。',
  },
  brokenPlanIssues: {
    en: 'The stored plan "{name}" could not be read:\n{issues}\n\nNothing was changed. Open "New plan…" to set the plan up again: your sheets and actuals stay as they are.',
    ja: '保存されている計画「{name}」を読み込めませんでした：\n{issues}\n\n何も変更していません。「新しい計画…」から計画を設定し直してください。シートと実績はそのまま残ります。',
  },
  sampleExists: {
    en: 'A plan named "{name}" already exists. Replace its inputs with the sample values and update its sheets? Actuals and checklist ticks are kept.',
    ja: '「{name}」という計画がすでにあります。入力値をサンプルの値に置き換えてシートを更新しますか？ 実績とチェックリストは保持されます。',
  },
  inputEdits: {
    en: 'These inputs on the sheets differ from the stored plan:\n{edits}\n\nYes: keep the values on the sheets (and save them in the plan).\nNo: put the stored plan values back.\nCancel: change nothing.',
    ja: 'シート上の次の入力値が、保存されている計画と異なります：\n{edits}\n\nはい：シート上の値を残す（計画にも保存）\nいいえ：保存されている計画の値に戻す\nキャンセル：何も変更しない',
  },
  wizardEdits: {
    en: 'These values typed on the sheets differ from the plan you are saving:\n{edits}\n\nReplace them with the values from the wizard?',
    ja: 'シートに入力された次の値が、保存しようとしている計画と異なります：\n{edits}\n\nウィザードの値で置き換えますか？',
  },
  overwrites: {
    en: '{count} {count|cell|cells} you typed on the plan sheets would be replaced:\n{cells}\n\nContinue and replace {count|it|them}?',
    ja: '計画シートに入力された {count} 個のセルが置き換えられます：\n{cells}\n\n置き換えて続けますか？',
  },
  editsInvalid: {
    en: 'The values on the sheets make an invalid plan, so nothing was written:\n{issues}',
    ja: 'シート上の値では計画が成り立たないため、何も書き込んでいません：\n{issues}',
  },
  written: {
    en: 'Plan "{name}" written to {count} {count|sheet|sheets}.',
    ja: '計画「{name}」を {count} 枚のシートに書き込みました。',
  },
  archived: {
    en: 'Values that no longer fit the plan or were replaced are kept on the sheet "{sheet}" (count: {count}).',
    ja: '計画に合わなくなった値・置き換えた値 {count} 件を、シート「{sheet}」に保管しました。',
  },
  displaced: {
    en: 'Cells you typed on the plan sheets would be replaced (count: {count}). They will be kept on the sheet "{sheet}":\n{cells}\n\nContinue?',
    ja: '計画シートに入力された {count} 個のセルが置き換えられます。値はシート「{sheet}」に保管されます：\n{cells}\n\n続けますか？',
  },
  changedMeanwhile: {
    en: 'The plan sheets changed while the question was open, so nothing was written. Run it again to see the new state.',
    ja: '確認中に計画シートが変更されたため、何も書き込んでいません。もう一度実行して最新の状態を確認してください。',
  },
  tooLarge: {
    en: 'The plan is too large to store in this spreadsheet ({size} KB; room for {limit} KB), so nothing was written. Remove some CSFs, initiatives or channels, or shorten their texts.',
    ja: '計画が大きすぎてこのスプレッドシートに保存できないため、何も書き込んでいません（{size} KB／保存できるのは {limit} KB まで）。CSF・施策・チャネルを減らすか、文章を短くしてください。',
  },
  cancelled: { en: 'Nothing was changed.', ja: '何も変更していません。' },
  writing: { en: 'Writing the plan sheets…', ja: '計画シートを書き込んでいます…' },
  finished: { en: 'Done.', ja: '完了しました。' },
  archiveSheet: { en: 'Actuals archive', ja: '実績アーカイブ' },
  archiveHeader: {
    en: 'Archived on|Plan|Sheet|Row key|Column key|Row|Column|Cell|Value',
    ja: '保管日|計画|シート|行キー|列キー|行|列|セル|値',
  },
  more: { en: '…and {count} more', ja: '…ほか {count} 件' },
} satisfies Record<string, Text>;

export const SIDEBAR_SERVER = {
  title: { en: 'KPI Tree Builder', ja: 'KPI Tree Builder' },
  noPlanToEdit: {
    en: 'There is no plan to edit yet, so the wizard starts a new one.',
    ja: '編集できる計画がまだないため、新しい計画を作成します。',
  },
  brokenPlanToEdit: {
    en: 'The stored plan could not be read, so the wizard starts from the sample plan. Your sheets are unchanged until you press Update.',
    ja: '保存されている計画を読み込めなかったため、サンプル計画から始めます。「更新」を押すまでシートは変更されません。',
  },
  sheetEditsMerged: {
    en: 'Values you typed on the sheets are included: {fields}.',
    ja: 'シートに入力された値を反映しています：{fields}。',
  },
  draftTooLarge: {
    en: 'The draft is too large to save. Remove some channels or initiatives.',
    ja: '下書きが大きすぎて保存できません。チャネルや施策を減らしてください。',
  },
  badMode: { en: 'Unknown wizard mode.', ja: 'ウィザードのモードが不明です。' },
  draftDropped: {
    en: 'A saved draft could not be read and was discarded; the wizard starts from the plan instead.',
    ja: '保存されていた下書きを読み込めなかったため破棄し、計画から始めます。',
  },
  nameTaken: {
    en: 'Another plan in this spreadsheet is already called "{name}". Choose another name.',
    ja: 'このスプレッドシートには「{name}」という別の計画がすでにあります。別の名前にしてください。',
  },
  nameExists: {
    en: 'A plan named "{name}" already exists. Update its sheets with this plan? Actuals and checklist ticks are kept. (To keep both, choose No and give the new plan another name.)',
    ja: '「{name}」という計画がすでにあります。この内容でシートを更新しますか？ 実績とチェックリストは保持されます。（両方残す場合は「いいえ」を選び、新しい計画に別の名前を付けてください）',
  },
} satisfies Record<string, Text>;
