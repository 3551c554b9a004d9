import type { Text } from '../i18n';

/** Header row of the FUNNEL_PLAN table. */
export const FUNNEL_PLAN_HEADER: Text[] = [
  { en: 'Stage', ja: '段階' },
  { en: 'Conversion rate', ja: '転換率' },
  { en: 'Required', ja: '必要件数' },
];
