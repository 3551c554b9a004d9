import type { Text } from '../i18n';

/** How numbers read in each language: one style, used by the sidebar, the messages and the sheets. */
export const NUMBER_STYLE = {
  /** A ratio such as ROMI (revenue ÷ spend). */
  multiple: { en: '{value}x', ja: '{value}倍' },
  /** Between the items of a list in running text. */
  listSeparator: { en: ', ', ja: '、' },
} satisfies Record<string, Text>;

/** Short money for the always-visible preview: thousands, millions, billions (K, M, B, as typed back); 万, 億, 兆 in Japanese. */
export const COMPACT_UNITS: Record<'en' | 'ja', readonly { size: number; suffix: string }[]> = {
  en: [
    { size: 1e9, suffix: 'B' },
    { size: 1e6, suffix: 'M' },
    { size: 1e3, suffix: 'K' },
  ],
  ja: [
    { size: 1e12, suffix: '兆' },
    { size: 1e8, suffix: '億' },
    { size: 1e4, suffix: '万' },
  ],
};
