/**
 * How the wizard's inputs turn text into plan values and back. A value that does not parse stays in
 * the working plan as the text the user typed, so validatePlan reports it at the field's path and a
 * draft keeps it; a percent field always reads its number as percent ("15" and "15%" are 15%), an
 * amount or a count keeps a percentage as typed ("25%" is no revenue goal of 0.25), and a weight,
 * relative to the other months', reads "10%" as 0.1.
 */
import { percentNumber, tidy } from '../core/format';
import { isBlank, parseNumberText } from '../core/parse';

export { getAt, setAt } from '../core/paths';

export type FieldKind = 'text' | 'money' | 'count' | 'integer' | 'percent' | 'weight';

const typedWithPercent = (text: string) => text.normalize('NFKC').trim().endsWith('%');

/** The plan value for what was typed: a number when it parses, else the text itself. */
export function readInput(kind: FieldKind, text: string): unknown {
  if (kind === 'text') return text;
  if (isBlank(text)) return '';
  const n = parseNumberText(text);
  if (n === null || !Number.isFinite(n)) return text;
  if (kind === 'percent') return typedWithPercent(text) ? tidy(n) : tidy(n / 100);
  return kind !== 'weight' && typedWithPercent(text) ? text : n;
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 10, useGrouping: true });

/** The text an input shows for a plan value (raw text left by readInput is shown as typed). */
export function showValue(kind: FieldKind, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  switch (kind) {
    case 'percent':
      return String(percentNumber(value));
    case 'money':
    case 'count':
      return grouped.format(value);
    default:
      return String(value);
  }
}

/**
 * A rate typed without % that reads as under 1%: "0.15" here is 0.15%, not 15%. Returns the number
 * as typed (0.15) so the hint can show both readings, or null when the value needs no hint.
 */
export function smallPercent(value: unknown): number | null {
  if (typeof value !== 'number' || !(value > 0) || value >= 0.01) return null;
  return percentNumber(value);
}

/** The id of the input that edits `path`: the issue paths of validatePlan lead straight to it. */
export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`;
