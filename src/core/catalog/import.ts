import type { Text } from '../i18n';

/** Why a file is refused before anything is read from it. */
export const IMPORT_REFUSAL = {
  empty: {
    en: 'The file is empty: there is nothing to import.',
    ja: 'ファイルが空です。取り込むデータがありません。',
  },
  oneColumn: {
    en: 'The file has only one column ("{header}"). An export has several columns separated by commas; this file may use another separator, or not be a table.',
    ja: 'ファイルの列が 1 つ（「{header}」）しかありません。エクスポートファイルは複数の列がカンマで区切られています。別の区切り文字が使われているか、表形式のファイルではない可能性があります。',
  },
  tooFewRows: {
    en: 'The file has a header row but no records below it.',
    ja: 'ファイルには見出し行がありますが、その下にレコードがありません。',
  },
  noHeader: {
    en: 'The first row does not look like column names ({examples}): most of its cells are empty or numbers. Export the file with its header row.',
    ja: '1 行目が列名に見えません（{examples}）。ほとんどのセルが空か数値です。見出し行を含めてエクスポートしてください。',
  },
} satisfies Record<string, Text>;

/** What was found in the file, with `{count}` filled in; examples follow separately. */
export const IMPORT_PROBLEM = {
  longCell: {
    en: '{count} {count|cell holds|cells hold} more than the 50,000 characters a spreadsheet cell can take and {count|was|were} shortened to fit (the end replaced by "…").',
    ja: '{count} 件のセルがスプレッドシートの 1 セルの上限（50,000 文字）を超えていたため、収まるように短くしました（末尾を「…」に置き換えています）。',
  },
  badDate: {
    en: '{count} {count|date|dates} could not be read and {count|was|were} left empty. Write dates as 2026-04-01, 2026/04/01 or 4/1/2026.',
    ja: '{count} 件の日付を読み取れなかったため、空欄として扱いました。日付は 2026-04-01、2026/04/01、4/1/2026 のように記入してください。',
  },
  ambiguousDates: {
    en: '{count} {count|date|dates} such as 4/1/2026 could be read either way; {count|it was|they were} read as {order}. Choose the other order if that is wrong.',
    ja: '4/1/2026 のようにどちらにも読める日付が {count} 件あり、{order} として読みました。違う場合はもう一方の順序を選んでください。',
  },
  noKey: {
    en: '{count} {count|row has|rows have} neither an email nor a record ID and {count|was|were} skipped.',
    ja: '{count} 行はメールアドレスもレコード ID もないため、スキップしました。',
  },
  duplicateContacts: {
    en: '{count} {count|row repeats|rows repeat} a person already in the file (same email or record ID); {count|it was|they were} merged, keeping the earliest date of each stage.',
    ja: '{count} 行はファイル内の同じ人物（同じメールアドレスまたはレコード ID）の重複のため、各段階の最も早い日付を残して統合しました。',
  },
  duplicateDeals: {
    en: '{count} {count|row repeats|rows repeat} a deal already in the file (same deal ID, or the same name where there is no ID); the last row of each deal was kept.',
    ja: '{count} 行はファイル内の同じ取引（同じ取引 ID、ID がない場合は同じ名前）の重複のため、各取引の最後の行を使いました。',
  },
  badAmount: {
    en: '{count} {count|amount|amounts} could not be read and {count|was|were} left empty. Write amounts as 1200000, 1,200,000, ¥1,200,000 or $5,000.00.',
    ja: '{count} 件の金額を読み取れなかったため、空欄として扱いました。金額は 1200000、1,200,000、¥1,200,000、$5,000.00 のように記入してください。',
  },
  emptyRow: {
    en: '{count} empty {count|row was|rows were} skipped.',
    ja: '{count} 行の空行をスキップしました。',
  },
  title: {
    en: '{count} report title {count|line|lines} above the column names (report name, filters) {count|was|were} left out.',
    ja: '列名の上にあるレポート冒頭の {count} 行（レポート名、絞り込み条件）を除外しました。',
  },
  footer: {
    en: '{count} report footer {count|line|lines} (totals, confidentiality and copyright notes) {count|was|were} left out.',
    ja: 'レポート末尾の {count} 行（合計、機密表示、著作権表示）を除外しました。',
  },
  inferred: {
    en: '{count} {count|record|records} reached a later stage without a date for an earlier one (or only {count|its|their} status says so); {count|it counts|they count} for that stage at the later date, or at the converted or created date.',
    ja: '{count} 件のレコードは、前の段階の日付がないまま後の段階に進んでいます（またはステータスだけが示しています）。その段階は後の段階の日付、または取引開始日・作成日で数えました。',
  },
} satisfies Record<string, Text>;

/** One example of a problem: the row number in the file (the header is row 1) and the value. */
export const IMPORT_EXAMPLE: Text = { en: 'row {row}: {value}', ja: '{row} 行目：{value}' };
export const IMPORT_EXAMPLE_ROW: Text = { en: 'row {row}', ja: '{row} 行目' };

export const DATE_ORDER_NAME = {
  mdy: { en: 'month/day/year', ja: '月/日/年' },
  dmy: { en: 'day/month/year', ja: '日/月/年' },
} satisfies Record<string, Text>;

/** The name shown for records whose source maps to no channel of the plan. */
export const UNASSIGNED_CHANNEL: Text = { en: '(unassigned)', ja: '（未割り当て）' };
