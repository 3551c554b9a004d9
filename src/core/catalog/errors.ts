import type { Text } from '../i18n';

/** Messages for every error code; `{field}` is the input's name as the user sees it. */
export const ERROR_TEXT = {
  empty: {
    en: '{field} is empty. Enter a value.',
    ja: '{field} が空です。値を入力してください。',
  },
  /** {example}: a value the field takes ("15%" for a rate, "1,000,000" else). */
  notNumber: {
    en: '{field}: "{value}" is not a number. Type one such as {example}.',
    ja: '{field}：「{value}」は数値ではありません。{example} のように入力してください。',
  },
  notWholeNumber: {
    en: '{field}: "{value}" is not a number. Type a whole number.',
    ja: '{field}：「{value}」は数値ではありません。整数で入力してください。',
  },
  percentNotAmount: {
    en: '{field}: {value} is a percentage. Type a plain number, without %.',
    ja: '{field}：{value} はパーセントです。% を付けずに数値を入力してください。',
  },
  rateAsPercent: {
    en: '{field}: {value} is more than 1. Rates are fractions: type {value}% or {fraction}.',
    ja: '{field}：{value} は 1 を超えています。率は割合で入力します。{value}% または {fraction} と入力してください。',
  },
  rateOutOfRange: {
    en: '{field}: {value} is not a valid rate. A rate must be more than 0% and at most 100%.',
    ja: '{field}：{value} は率として使えません。0% より大きく 100% 以下で入力してください。',
  },
  shareOutOfRange: {
    en: '{field}: {value} is not a valid share. A share must be between 0% and 100%.',
    ja: '{field}：{value} は割合として使えません。0%〜100% で入力してください。',
  },
  negative: {
    en: '{field}: {value} is negative. Enter zero or more.',
    ja: '{field}：{value} はマイナスです。0 以上を入力してください。',
  },
  notPositive: {
    en: '{field} must be more than zero (got {value}).',
    ja: '{field} は 0 より大きい値にしてください（入力値：{value}）。',
  },
  divideByZero: {
    en: '{field} is zero, so the result would divide by zero. Enter a value above zero.',
    ja: '{field} が 0 のため、0 で割ることになります。0 より大きい値を入力してください。',
  },
  overflow: {
    en: '{field}: the result is too large to compute. Check the goal and the rates.',
    ja: '{field}：結果が大きすぎて計算できません。目標と各率を確認してください。',
  },
  overflowDeal: {
    en: '{field}: the result is too large to compute. Check the goal, the average deal size and the rates.',
    ja: '{field}：結果が大きすぎて計算できません。目標、受注単価、各率を確認してください。',
  },
  notSingleValue: {
    en: '{field} must be a single cell, not a range.',
    ja: '{field} は範囲ではなく 1 つのセルを指定してください。',
  },
  shapeMismatch: {
    en: '{field} is a {shape} range, but the other ranges are {expected}. Use ranges of the same size, or a single cell.',
    ja: '{field} の範囲は {shape} ですが、他の範囲は {expected} です。同じ大きさの範囲か、1 つのセルを指定してください。',
  },
  notRectangular: {
    en: '{field} has rows of different lengths ({lengths} cells). Use a rectangular range, or a single cell.',
    ja: '{field} の行ごとのセル数が異なります（{lengths} 個）。長方形の範囲か、1 つのセルを指定してください。',
  },
  notAList: {
    en: '{field} must be one row or one column.',
    ja: '{field} は 1 行または 1 列の範囲にしてください。',
  },
  stageCount: {
    en: '{field}: a funnel needs {min} to {max} stages (got {value}).',
    ja: '{field}：ファネルの段階は {min}〜{max} 個にしてください（現在 {value} 個）。',
  },
  listLength: {
    en: '{field} has {value} {value|value|values} but needs {expected} (one fewer rate than stages, one count per stage).',
    ja: '{field} の値は {value} 個ですが、{expected} 個必要です（率は段階より 1 つ少なく、件数は段階ごとに 1 つ）。',
  },
  notText: {
    en: '{field}: enter a name as text.',
    ja: '{field}：名前を文字で入力してください。',
  },
  tooLong: {
    en: '{field} is longer than {max} characters.',
    ja: '{field} が {max} 文字を超えています。',
  },
  duplicate: {
    en: '{field}: "{value}" is used twice. Names must be unique.',
    ja: '{field}：「{value}」が重複しています。名前は重複しないようにしてください。',
  },
  kindTaken: {
    en: '{field}: another stage is already of kind "{value}". Each standard stage occurs once; mark the others "custom".',
    ja: '{field}：種類「{value}」の段階はすでに別にあります。標準の段階はそれぞれ 1 つまでです。ほかは「custom」にしてください。',
  },
  tooLarge: {
    en: '{field}: {value} is more than {max}. Enter at most {max}.',
    ja: '{field}：{value} は上限の {max} を超えています。{max} 以下で入力してください。',
  },
  tooSmall: {
    en: '{field}: {value} is too small to budget with. Enter 0 or at least {min}.',
    ja: '{field}：{value} は小さすぎて予算を計算できません。0 または {min} 以上を入力してください。',
  },
  tooMany: {
    en: '{field}: {value} are too many; a plan holds at most {max}.',
    ja: '{field}：{value} 個は多すぎます。最大 {max} 個までです。',
  },
  planTooLarge: {
    en: '{field}: it takes {value} bytes, more than the {max} bytes a spreadsheet can keep for one plan. Remove some CSFs or initiatives, or shorten their texts.',
    ja: '{field}：データ量が {value} バイトあり、1 つの計画として保存できる {max} バイトを超えています。CSF や施策を減らすか、文章を短くしてください。',
  },
  notInteger: {
    en: '{field}: {value} must be a whole number.',
    ja: '{field}：{value} は整数で入力してください。',
  },
  outOfRange: {
    en: '{field}: {value} must be between {min} and {max}.',
    ja: '{field}：{value} は {min}〜{max} の範囲で入力してください。',
  },
  notDate: {
    en: '{field}: "{value}" is not a date. Type it as 2027-06-30.',
    ja: '{field}：「{value}」は日付ではありません。2027-06-30 のように入力してください。',
  },
  invalid: {
    en: '{field} is not valid.',
    ja: '{field} が正しくありません。',
  },
} satisfies Record<string, Text>;

export type ErrorCode = keyof typeof ERROR_TEXT;

/** Appended when the bad value sits inside a range. */
export const AT_POSITION: Text = {
  en: ' (row {row}, column {col} of the range)',
  ja: '（範囲の {row} 行目 {col} 列目）',
};
