import type { Text } from '../i18n';

export const MENU = {
  functionReference: { en: 'Function reference', ja: '関数リファレンス' },
} satisfies Record<string, Text>;
