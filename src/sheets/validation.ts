import { INPUT_HELP } from '../core/catalog/sheets';
import { render, type Lang } from '../core/i18n';
import type { InputRule } from './description';

/** Upper bounds for typed amounts and counts on the sheets: far above any real plan, far below overflow. */
export const MAX_SHEET_AMOUNT = 1e15;
export const MAX_SHEET_LAG = 12;
export const MAX_SHEET_WEIGHT = 1e6;
/** The smallest rate a sheet takes: any rate above 0 (the plan needs more than 0%). */
export const MIN_SHEET_RATE = 1e-9;

/** What each kind of input cell accepts, with its help text in the plan's language. */
export const inputRule = {
  fraction: (lang: Lang): InputRule => ({
    kind: 'number',
    min: 0,
    max: 1,
    help: render(INPUT_HELP.fraction, lang),
  }),
  /** A conversion rate or marketing share: more than 0%, at most 100%. */
  rate: (lang: Lang): InputRule => ({
    kind: 'number',
    min: MIN_SHEET_RATE,
    max: 1,
    help: render(INPUT_HELP.rate, lang),
  }),
  /** A goal or deal size: at least 1, so a percentage typed by mistake (25% = 0.25) is refused. */
  money: (lang: Lang): InputRule => ({
    kind: 'number',
    min: 1,
    max: MAX_SHEET_AMOUNT,
    help: render(INPUT_HELP.money, lang, { max: MAX_SHEET_AMOUNT }),
  }),
  amount: (lang: Lang): InputRule => ({
    kind: 'number',
    min: 0,
    max: MAX_SHEET_AMOUNT,
    help: render(INPUT_HELP.amount, lang, { max: MAX_SHEET_AMOUNT }),
  }),
  lag: (lang: Lang): InputRule => ({
    kind: 'number',
    min: 0,
    max: MAX_SHEET_LAG,
    help: render(INPUT_HELP.lag, lang, { max: MAX_SHEET_LAG }),
  }),
  weight: (lang: Lang): InputRule => ({
    kind: 'number',
    min: 0,
    max: MAX_SHEET_WEIGHT,
    help: render(INPUT_HELP.weight, lang, { max: MAX_SHEET_WEIGHT }),
  }),
  checkbox: (): InputRule => ({ kind: 'checkbox', min: 0, max: 0, help: '' }),
};
