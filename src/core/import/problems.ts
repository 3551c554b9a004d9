import { IMPORT_EXAMPLE, IMPORT_EXAMPLE_ROW, IMPORT_PROBLEM } from '../catalog/import';
import { fill, render, type Lang, type Params, type Text } from '../i18n';
import type { ImportProblem } from './types';

export type ProblemText = keyof typeof IMPORT_PROBLEM;

const MAX_EXAMPLES = 5;
const MAX_VALUE = 40;

interface Entry {
  code: ImportProblem['code'];
  text: ProblemText;
  level: 'info' | 'warning';
  count: number;
  examples: string[];
}

/** Collects problems while rows are read: a count and the first few examples of each. */
export class ProblemLog {
  private readonly entries = new Map<ProblemText, Entry>();

  constructor(private readonly lang: Lang = 'en') {}

  /** Counts one occurrence; `row` is the row number in the file (header = row 1). */
  add(
    code: ImportProblem['code'],
    text: ProblemText,
    level: 'info' | 'warning',
    row?: number,
    value = '',
  ): void {
    let entry = this.entries.get(text);
    if (!entry) {
      entry = { code, text, level, count: 0, examples: [] };
      this.entries.set(text, entry);
    }
    entry.count++;
    if (entry.examples.length < MAX_EXAMPLES && (row !== undefined || value !== '')) {
      entry.examples.push(row === undefined ? short(value) : example(this.lang, row, value));
    }
  }

  count(text: ProblemText): number {
    return this.entries.get(text)?.count ?? 0;
  }

  list(): ImportProblem[] {
    return [...this.entries.values()].map((e) => makeProblem(e.code, e.text, e.level, e.count, e.examples));
  }
}

/** A problem whose message has its count (and any other parameters) filled in, in both languages. */
export function makeProblem(
  code: ImportProblem['code'],
  text: ProblemText,
  level: 'info' | 'warning',
  count: number,
  examples: string[],
  params: { en?: Params; ja?: Params } = {},
): ImportProblem {
  const template = IMPORT_PROBLEM[text];
  const message: Text = {
    en: fill(template.en, { count, ...params.en }),
    ja: fill(template.ja, { count, ...params.ja }),
  };
  return { code, count, examples, message, level };
}

export function example(lang: Lang, row: number, value: string): string {
  const text = short(value);
  return text === ''
    ? render(IMPORT_EXAMPLE_ROW, lang, { row })
    : render(IMPORT_EXAMPLE, lang, { row, value: text });
}

function short(value: string): string {
  const oneLine = value.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_VALUE ? `${oneLine.slice(0, MAX_VALUE)}…` : oneLine;
}
