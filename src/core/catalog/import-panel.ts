import type { Text } from '../i18n';
import type {
  ContactField,
  DateOrder,
  DealField,
  ImportTool,
  RecordKind,
  StageOutcome,
} from '../import/types';

/** Every string the sidebar's "Import CRM export…" panel shows. Values from the file are never in here. */

export const IMPORT = {
  title: { en: 'Import CRM export', ja: 'CRM エクスポートの取り込み' },
  heading: { en: 'Import a CRM export', ja: 'CRM エクスポートの取り込み' },
  intro: {
    en: 'A contacts or deals export from HubSpot, Salesforce or any CRM fills the actuals of your plan.',
    ja: 'HubSpot・Salesforce などの CRM からエクスポートしたコンタクトや取引のファイルで、計画の実績を埋めます。',
  },
  forPlan: { en: 'Actuals for the plan "{name}".', ja: '計画「{name}」の実績を取り込みます。' },
  pickFiles: { en: 'Choose files…', ja: 'ファイルを選択…' },
  pickHint: {
    en: 'CSV or tab-separated text (.csv, .tsv, .txt) in UTF-8, UTF-16 or Shift_JIS, or an Excel workbook (.xlsx, first sheet).',
    ja: 'CSV・タブ区切りテキスト（.csv・.tsv・.txt、UTF-8・UTF-16・Shift_JIS）、または Excel ブック（.xlsx、先頭のシート）。',
  },
  sheetLabel: { en: 'Use a sheet of this spreadsheet', ja: 'このスプレッドシートのシートを使う' },
  sheetHint: {
    en: 'For rows already on a sheet, such as an .xls opened with File > Import > "Insert new sheet(s)".',
    ja: 'すでにシートにある行を使います（例：［ファイル］>［インポート］の「新しいシートを挿入する」で開いた .xls）。',
  },
  noSheets: { en: 'No sheet holds rows to import yet.', ja: '取り込める行のあるシートはまだありません。' },
  useSheet: { en: 'Use this sheet', ja: 'このシートを使う' },
  xlsFile: {
    en: '{file} is an Excel 97-2003 workbook (.xls): save it as .xlsx or CSV, or import it as a sheet (see "Use a sheet of this spreadsheet").',
    ja: '{file} は Excel 97-2003 形式（.xls）です。.xlsx か CSV で保存し直すか、シートとして取り込んでください（「このスプレッドシートのシートを使う」を参照）。',
  },
  lockedFile: {
    en: '{file} is protected with a password. Open it in Excel, remove the password (File > Info > Protect Workbook), save, and choose it again.',
    ja: '{file} はパスワードで保護されています。Excel で開いてパスワードを解除し（［ファイル］>［情報］>［ブックの保護］）、保存してから選び直してください。',
  },
  markupFile: {
    en: '{file} is a web page or XML file, not rows (some tools save their "Excel" export this way). Open it in Excel or Sheets and save it as CSV or .xlsx.',
    ja: '{file} は Web ページまたは XML ファイルで、行のデータではありません（「Excel 形式」のエクスポートがこの形のことがあります）。Excel か Sheets で開き、CSV か .xlsx で保存してください。',
  },
  bigXlsxFile: {
    en: '{file} is too large to import (more than {cells} cells or {mb} MB unpacked). Export a shorter period or fewer columns.',
    ja: '{file} は大きすぎるため取り込めません（{cells} セルまたは展開後 {mb} MB を超えています）。期間や列を絞ってエクスポートしてください。',
  },
  badXlsxFile: {
    en: '{file} is a zip file but not a readable Excel workbook (.xlsx). Choose the export itself, or a CSV.',
    ja: '{file} は zip ファイルですが、読み取れる Excel ブック（.xlsx）ではありません。エクスポートしたファイルそのものか CSV を選んでください。',
  },
  binaryFile: {
    en: '{file} is not a text file. Choose a CSV or tab-separated export.',
    ja: '{file} はテキストファイルではありません。CSV またはタブ区切りのエクスポートを選んでください。',
  },
  or: { en: 'or', ja: 'または' },
  pasteLabel: { en: 'Paste rows copied from a sheet', ja: 'シートからコピーした行を貼り付け' },
  pasteHint: {
    en: 'Header row first; tab-separated or CSV.',
    ja: '1 行目は見出し行にしてください。タブ区切りでも CSV でも読み込めます。',
  },
  usePasted: { en: 'Use pasted rows', ja: '貼り付けた行を使う' },
  pastedName: { en: 'Pasted rows', ja: '貼り付けた行' },
  pasteEmpty: { en: 'Paste some rows first.', ja: '先に行を貼り付けてください。' },
  reading: { en: 'Reading {file}…', ja: '{file} を読み込んでいます…' },
  checking: { en: 'Checking {file}…', ja: '{file} を確認しています…' },
  unreadable: { en: '{file} could not be read: {message}', ja: '{file} を読み込めませんでした：{message}' },
  noRows: { en: 'No rows in {file}.', ja: '{file} には行がありません。' },
  noDataRows: {
    en: 'Only a header row in {file}, no records.',
    ja: '{file} には見出し行だけで、レコードがありません。',
  },
  previewFailed: {
    en: 'The file could not be checked: {message} Try again, or choose another file.',
    ja: 'ファイルを確認できませんでした：{message} もう一度試すか、別のファイルを選んでください。',
  },
  retryPreview: { en: 'Check again', ja: 'もう一度確認する' },
  fileOf: { en: 'File {n} of {total}', ja: 'ファイル {n}/{total}' },
  readAs: { en: '{encoding}, {delimiter}', ja: '{encoding}・{delimiter}' },
  replaced: {
    en: '{count} characters could not be decoded and show as �. Save the file as UTF-8 and choose it again if names look wrong.',
    ja: '{count} 文字を読み取れず � で表示しています。名前が崩れている場合は、UTF-8 で保存し直して選び直してください。',
  },
  openQuote: {
    en: 'A quote opened in row {row} is never closed: the rest of the file may be read as one cell.',
    ja: '{row} 行目で始まった引用符（"）が閉じられていません。以降がひとつのセルとして読まれている可能性があります。',
  },
  recognised: { en: 'What was recognised', ja: '読み取り結果' },
  tool: { en: 'Export from', ja: 'エクスポート元' },
  match: { en: '{tool} ({percent}% match)', ja: '{tool}（一致度 {percent}%）' },
  kind: { en: 'Record type', ja: 'レコードの種類' },
  rows: { en: 'Rows', ja: '行数' },
  records: { en: 'Records', ja: 'レコード数' },
  recordsHint: {
    en: 'Records after duplicates are merged.',
    ja: 'レコード数は重複をまとめた後の件数です。',
  },
  lowConfidence: {
    en: 'Few of the expected columns were found: check the columns below.',
    ja: '想定される列があまり見つかりませんでした。下の列の対応を確認してください。',
  },
  partialPreview: {
    en: 'Checked the first {shown} of {total} rows; Import sends all of them.',
    ja: '全 {total} 行のうち先頭の {shown} 行で確認しました。取り込みではすべての行を送ります。',
  },
  problems: { en: 'Problems found', ja: '見つかった問題' },
  problemCount: { en: '{count} rows', ja: '{count} 行' },
  problemCountOne: { en: '1 row', ja: '1 行' },
  noProblems: { en: 'No problems found.', ja: '問題は見つかりませんでした。' },
  counting: { en: 'How the actuals are counted', ja: '実績の数え方' },
  countingRules: {
    en: 'Each stage counts in the month its date was reached; a record with a later stage but no date for an earlier one counts for that one at the later date. Contacts count once per email address. Won deals and revenue count in the close month. Open pipeline is the amount of deals still open at this export.',
    ja: '各段階は、その段階に達した日の月に数えます。前の段階の日付がないレコードは、後の段階の日付で前の段階にも数えます。コンタクトはメールアドレスごとに 1 件です。受注件数・受注金額はクローズ日の月に数えます。進行中のパイプラインは、このエクスポート時点で未完了の取引の金額です。',
  },
  columns: { en: 'Columns', ja: '列の対応' },
  columnsIntro: {
    en: 'Which column of the file holds each item. Your choices are remembered for this plan.',
    ja: '各項目がファイルのどの列にあるかを選びます。選んだ対応はこの計画で次回も使われます。',
  },
  kindLabel: { en: 'The rows are', ja: '行の内容' },
  notInFile: { en: '(not in the file)', ja: '（ファイルにない）' },
  unnamedColumn: { en: 'Column {n}', ja: '{n} 列目' },
  dateOrder: { en: 'Dates like 4/1/2026 mean', ja: '4/1/2026 のような日付の意味' },
  dateOrderHint: {
    en: 'The dates in this file fit either order; say which one it uses.',
    ja: 'このファイルの日付はどちらの順序とも読めます。どちらで書かれているか選んでください。',
  },
  stageMap: { en: '{column} → plan stage', ja: '{column} → 計画の段階' },
  outcomeMap: { en: '{column} → won, lost or open', ja: '{column} → 受注・失注・進行中' },
  channelMap: { en: '{column} → channel', ja: '{column} → チャネル' },
  mapIntro: {
    en: 'What each value in the file means in your plan ({count} values).',
    ja: 'ファイルの各値が計画の何にあたるかを選びます（{count} 種類）。',
  },
  noValues: { en: 'The column has no values.', ja: 'この列には値がありません。' },
  emptyValue: { en: '(blank)', ja: '（空欄）' },
  noStage: { en: '— not a stage —', ja: '— 該当なし —' },
  unassigned: { en: '(unassigned)', ja: '（未割り当て）' },
  import: { en: 'Import', ja: '取り込む' },
  importing: { en: 'Importing…', ja: '取り込み中…' },
  retry: { en: 'Retry', ja: '再試行' },
  progress: { en: 'Importing {n} of {total}…', ja: '取り込み中 {n}/{total}…' },
  progressLabel: { en: 'Import progress', ja: '取り込みの進捗' },
  chunkFailed: {
    en: 'The import stopped at part {n} of {total}: {message} Your choices are kept; Retry continues with part {n}.',
    ja: '{total} 回中 {n} 回目の送信で取り込みが止まりました：{message} 選んだ内容はそのまま残っています。「再試行」で {n} 回目から続けます。',
  },
  chunkFailedAgain: {
    en: 'Part {n} of {total} failed again: {message} Your choices are kept; Retry sends the file again from the start.',
    ja: '{total} 回中 {n} 回目の送信が再び失敗しました：{message} 選んだ内容はそのまま残っています。「再試行」でファイルを最初から送り直します。',
  },
  refused: {
    en: 'Not imported: {message} Your choices are kept; Retry sends the file again from the start.',
    ja: '取り込めませんでした：{message} 選んだ内容はそのまま残っています。「再試行」でファイルを最初から送り直します。',
  },
  incomplete: {
    en: 'The server did not confirm the last part of the file, so the previous records are still in place.',
    ja: 'サーバーがファイルの最後の部分を確認できなかったため、以前のレコードがそのまま残っています。',
  },
  previousKept: {
    en: 'The records imported before stay in place until a whole file has arrived.',
    ja: 'ファイル全体が届くまで、以前に取り込んだレコードはそのまま残ります。',
  },
  done: {
    en: '{records} {kind} written to the sheet "{sheet}".',
    ja: 'シート「{sheet}」に{kind} {records} 件を書き込みました。',
  },
  file: { en: 'File', ja: 'ファイル' },
  written: { en: 'Records written', ja: '書き込んだレコード' },
  sheet: { en: 'Sheet', ja: 'シート' },
  reportProblems: { en: 'Rows with problems', ja: '問題のあった行' },
  afterImport: {
    en: 'The actuals on the plan sheets count these records with formulas. The next import of {kind} replaces them.',
    ja: '計画シートの実績は、これらのレコードを数式で集計します。次に{kind}を取り込むと、これらのレコードは置き換えられます。',
  },
  another: { en: 'Import another file', ja: '別のファイルを取り込む' },
  nextFile: { en: 'Next file: {file}', ja: '次のファイル：{file}' },
  chooseOther: { en: 'Choose another file', ja: '別のファイルを選ぶ' },
} satisfies Record<string, Text>;

export const TOOL_NAMES: Record<ImportTool, Text> = {
  hubspot: { en: 'HubSpot', ja: 'HubSpot' },
  salesforce: { en: 'Salesforce', ja: 'Salesforce' },
  generic: { en: 'Generic export', ja: '汎用形式' },
};

export const KIND_NAMES: Record<RecordKind, Text> = {
  contacts: { en: 'Contacts (one row per person)', ja: 'コンタクト・リード（1 行に 1 人）' },
  deals: { en: 'Deals (one row per deal)', ja: '取引・商談（1 行に 1 件）' },
};

export const KIND_SHORT: Record<RecordKind, Text> = {
  contacts: { en: 'Contacts', ja: 'コンタクト' },
  deals: { en: 'Deals', ja: '取引' },
};

/** The kind as a count noun in the report ("1,200 contacts"). */
export const KIND_COUNTED: Record<RecordKind, Text> = {
  contacts: { en: 'contacts', ja: 'コンタクト' },
  deals: { en: 'deals', ja: '取引' },
};

export const CONTACT_FIELD_NAMES: Record<ContactField, Text> = {
  id: { en: 'Record ID', ja: 'レコード ID' },
  email: { en: 'Email', ja: 'メールアドレス' },
  created: { en: 'Create date', ja: '作成日' },
  lifecycle: { en: 'Lifecycle stage or lead status', ja: 'ライフサイクルステージ・リードステータス' },
  source: { en: 'Source', ja: 'ソース（流入元）' },
  mqlDate: { en: 'Date it became an MQL', ja: 'MQL になった日' },
  sqlDate: { en: 'Date it became an SQL', ja: 'SQL になった日' },
  opportunityDate: { en: 'Date it became an opportunity', ja: '商談になった日' },
  customerDate: { en: 'Date it became a customer', ja: '顧客になった日' },
  convertedDate: { en: 'Converted date (lead to contact)', ja: '取引開始日（リードの変換日）' },
};

export const DEAL_FIELD_NAMES: Record<DealField, Text> = {
  id: { en: 'Deal ID', ja: '取引 ID' },
  name: { en: 'Deal name', ja: '取引名' },
  stage: { en: 'Deal stage', ja: '取引ステージ' },
  amount: { en: 'Amount', ja: '金額' },
  created: { en: 'Create date', ja: '作成日' },
  closeDate: { en: 'Close date', ja: 'クローズ日' },
  pipeline: { en: 'Pipeline', ja: 'パイプライン' },
  source: { en: 'Source', ja: 'ソース（流入元）' },
  won: { en: 'Won (yes/no)', ja: '受注（はい/いいえ）' },
  closed: { en: 'Closed (yes/no)', ja: '完了（はい/いいえ）' },
};

export const DATE_ORDER_NAMES: Record<DateOrder, Text> = {
  mdy: { en: 'Month first: 4/1 is April 1', ja: '月/日/年：4/1 は 4月1日' },
  dmy: { en: 'Day first: 4/1 is 4 January', ja: '日/月/年：4/1 は 1月4日' },
};

export const OUTCOME_NAMES: Record<StageOutcome, Text> = {
  won: { en: 'Won', ja: '受注' },
  lost: { en: 'Lost', ja: '失注' },
  open: { en: 'Open', ja: '進行中' },
};

export const ENCODING_NAMES = {
  'utf-8': { en: 'UTF-8', ja: 'UTF-8' },
  'utf-16le': { en: 'UTF-16', ja: 'UTF-16' },
  'utf-16be': { en: 'UTF-16 (big-endian)', ja: 'UTF-16（ビッグエンディアン）' },
  shift_jis: { en: 'Shift_JIS', ja: 'Shift_JIS' },
  pasted: { en: 'pasted text', ja: '貼り付けたテキスト' },
  sheet: { en: 'a sheet of this spreadsheet', ja: 'このスプレッドシートのシート' },
  xlsx: { en: 'Excel workbook, first sheet', ja: 'Excel ブック（先頭のシート）' },
} satisfies Record<string, Text>;

export const DELIMITER_NAMES: Record<string, Text> = {
  ',': { en: 'comma-separated', ja: 'カンマ区切り' },
  '\t': { en: 'tab-separated', ja: 'タブ区切り' },
  ';': { en: 'semicolon-separated', ja: 'セミコロン区切り' },
};
