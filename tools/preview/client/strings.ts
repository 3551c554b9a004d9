/** The preview's own words (the add-on's words come from the add-on). */
export type Lang = 'en' | 'ja';

const STRINGS = {
  badge: { en: 'Local preview', ja: 'ローカル プレビュー' },
  reset: { en: 'Reset workbook', ja: 'ブックをリセット' },
  resetQuestion: {
    en: 'Reset the workbook? Every sheet, plan and value typed in this preview is deleted.',
    ja: 'ブックをリセットしますか？このプレビューのシート、計画、入力した値はすべて削除されます。',
  },
  file: { en: 'File', ja: 'ファイル' },
  edit: { en: 'Edit', ja: '編集' },
  view: { en: 'View', ja: '表示' },
  insert: { en: 'Insert', ja: '挿入' },
  format: { en: 'Format', ja: '表示形式' },
  data: { en: 'Data', ja: 'データ' },
  tools: { en: 'Tools', ja: 'ツール' },
  extensions: { en: 'Extensions', ja: '拡張機能' },
  help: { en: 'Help', ja: 'ヘルプ' },
  notInPreview: { en: 'Not part of the preview', ja: 'プレビューでは使えません' },
  OK: { en: 'OK', ja: 'OK' },
  CANCEL: { en: 'Cancel', ja: 'キャンセル' },
  YES: { en: 'Yes', ja: 'はい' },
  NO: { en: 'No', ja: 'いいえ' },
  CLOSE: { en: 'Close', ja: '閉じる' },
  error: { en: 'Error', ja: 'エラー' },
  refused: { en: 'There was a problem', ja: '問題が発生しました' },
  dismiss: { en: 'Dismiss', ja: '閉じる' },
  allSheets: { en: 'All sheets', ja: 'すべてのシート' },
  language: { en: 'Language', ja: '言語' },
  formulaReadOnly: { en: 'Type a value or a formula', ja: '値または数式を入力' },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}
