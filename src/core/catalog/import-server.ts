import type { Text } from '../i18n';

/** What the import endpoints say. */
export const IMPORT_SERVER = {
  badRows: {
    en: 'The import data could not be read: rows must be lists of text cells, with a header row first.',
    ja: '取り込みデータを読み取れませんでした。1 行目を見出し行とし、各行を文字列のセルの並びにしてください。',
  },
  noPlan: {
    en: 'There is no plan to import into yet. Create one first ("Create sample plan" or "New plan…").',
    ja: '取り込み先の計画がまだありません。先に計画を作成してください（「サンプル計画を作成」または「新しい計画…」）。',
  },
  tooLarge: {
    en: 'The file is too large for the spreadsheet: about {cells} cells, and one import may take {limit}. Nothing was written. Export a shorter period or fewer columns.',
    ja: 'ファイルが大きすぎるため、何も書き込んでいません（約 {cells} セル／1 回の取り込みは {limit} セルまで）。期間や列を絞ってエクスポートしてください。',
  },
  sheetTooLarge: {
    en: 'The sheet "{sheet}" is too large to import: about {cells} cells, and one import may take {limit}. Keep a shorter period or fewer columns on it.',
    ja: 'シート「{sheet}」は大きすぎるため取り込めません（約 {cells} セル／1 回の取り込みは {limit} セルまで）。期間や列を絞ってください。',
  },
  noSuchSheet: {
    en: 'There is no sheet "{sheet}" in this spreadsheet any more. Choose another one.',
    ja: 'シート「{sheet}」はこのスプレッドシートにもうありません。別のシートを選んでください。',
  },
  planSheet: {
    en: 'The sheet "{sheet}" is one of the plan\'s own sheets. Choose the sheet that holds the export.',
    ja: 'シート「{sheet}」は計画のシートです。エクスポートを入れたシートを選んでください。',
  },
  lostChunks: {
    en: 'Part of the upload went missing (another import started, or a part came twice). Nothing was replaced: start the import again.',
    ja: 'アップロードの一部が失われました（別の取り込みが始まったか、同じ部分が 2 回届きました）。何も置き換えていません。取り込みをやり直してください。',
  },
  chunkReceived: {
    en: 'Received part {index} of {total}.',
    ja: '{total} 件中 {index} 件目を受け取りました。',
  },
  imported: {
    en: 'Imported {count} {count|record|records} to the sheet "{sheet}". Actuals now count them.',
    ja: '{count} 件のレコードをシート「{sheet}」に取り込みました。実績はこのレコードから集計されます。',
  },
} satisfies Record<string, Text>;
