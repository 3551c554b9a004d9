/**
 * What the server recognised in a file, as the panel shows it: the tool, record type, counts and
 * warnings, the problems with a few examples, and how the actuals will be counted. File names and
 * examples come from the file and go in as text nodes.
 */
import {
  DELIMITER_NAMES,
  ENCODING_NAMES,
  IMPORT,
  KIND_SHORT,
  TOOL_NAMES,
} from '../../core/catalog/import-panel';
import type { Lang, Params, Text } from '../../core/i18n';
import type { ImportProblem } from '../../core/import/types';
import { el } from '../dom';
import { formatCount } from '../../core/format';
import type { ImportDraft } from './draft';
import type { ImportSource } from './source';
import { PREVIEW_ROWS } from './upload';

/** What a view needs to speak the panel's language. */
export interface Speaker {
  readonly lang: Lang;
  t(text: Text, params?: Params): string;
}

/** Data rows of a source (without the header row). */
export const dataRows = (source: ImportSource) => Math.max(0, source.rows.length - 1);

const LOW_CONFIDENCE = 0.5;

export function summary(h: Speaker, draft: ImportDraft, source: ImportSource, fileOf: string | null) {
  const p = draft.preview;
  const encoding = h.t(ENCODING_NAMES[source.encoding]);
  const delimiter = DELIMITER_NAMES[source.delimiter];
  const cell = (term: string, value: string, id: string, wide = false) =>
    el('div', { class: wide ? 'wide' : null }, el('dt', {}, term), el('dd', { id }, value));
  const total = dataRows(source);
  return el(
    'div',
    { class: 'import-summary', id: 'import-summary' },
    el(
      'p',
      { class: 'file' },
      fileOf ? el('span', { class: 'hint' }, fileOf) : null,
      el('strong', { id: 'import-file' }, source.fileName),
      el(
        'span',
        { class: 'hint', id: 'import-read-as' },
        delimiter ? h.t(IMPORT.readAs, { encoding, delimiter: h.t(delimiter) }) : encoding,
      ),
    ),
    el('h3', {}, h.t(IMPORT.recognised)),
    el(
      'dl',
      { class: 'metrics' },
      cell(
        h.t(IMPORT.tool),
        h.t(IMPORT.match, {
          tool: h.t(TOOL_NAMES[p.tool]),
          percent: Math.round(Math.max(0, Math.min(1, p.confidence)) * 100),
        }),
        'import-tool',
        true,
      ),
      cell(h.t(IMPORT.kind), h.t(KIND_SHORT[p.kind]), 'import-kind-found', true),
      cell(h.t(IMPORT.rows), formatCount(p.rows, h.lang), 'import-rows'),
      cell(h.t(IMPORT.records), formatCount(p.records, h.lang), 'import-records'),
    ),
    el('p', { class: 'hint' }, h.t(IMPORT.recordsHint)),
    total > PREVIEW_ROWS
      ? el(
          'p',
          { class: 'notice', id: 'import-partial' },
          h.t(IMPORT.partialPreview, {
            shown: formatCount(PREVIEW_ROWS, h.lang),
            total: formatCount(total, h.lang),
          }),
        )
      : null,
    p.confidence < LOW_CONFIDENCE ? el('p', { class: 'warning' }, h.t(IMPORT.lowConfidence)) : null,
    source.replaced > 0
      ? el('p', { class: 'warning' }, h.t(IMPORT.replaced, { count: formatCount(source.replaced, h.lang) }))
      : null,
    source.openQuoteRow !== null
      ? el('p', { class: 'warning' }, h.t(IMPORT.openQuote, { row: source.openQuoteRow }))
      : null,
  );
}

/** True when a message already says how many ("2 dates could not be read", "{count} rows …"). */
function saysCount(message: string, count: number, formatted: string): boolean {
  if (message.includes('{count}')) return true;
  const number = (n: string) => new RegExp(`(^|[^\\d,.])${n.replace(/[.,]/g, '\\$&')}($|[^\\d,.])`);
  return number(String(count)).test(message) || number(formatted).test(message);
}

/** Problems with their row counts and a few examples ("row 12: 31/31/2026"). */
export function problemList(h: Speaker, problems: ImportProblem[], id: string): HTMLElement {
  return el(
    'ul',
    { class: 'import-problems', id },
    ...problems.map((problem) => {
      const count = formatCount(problem.count, h.lang);
      const text = h.t(problem.message, { count });
      return el(
        'li',
        { 'data-code': problem.code },
        el('span', { class: 'message' }, text),
        saysCount(problem.message[h.lang], problem.count, count)
          ? null
          : el(
              'span',
              { class: 'count' },
              h.t(problem.count === 1 ? IMPORT.problemCountOne : IMPORT.problemCount, { count }),
            ),
        problem.examples.length
          ? el(
              'ul',
              { class: 'examples' },
              ...problem.examples.slice(0, 3).map((example) => el('li', {}, el('code', {}, example))),
            )
          : null,
      );
    }),
  );
}

export function problemsSection(h: Speaker, problems: ImportProblem[]): HTMLElement {
  return el(
    'div',
    {},
    el('h3', {}, h.t(IMPORT.problems)),
    problems.length
      ? problemList(h, problems, 'import-problems')
      : el('p', { class: 'hint', id: 'import-problems' }, h.t(IMPORT.noProblems)),
  );
}

export function countingRules(h: Speaker): HTMLElement {
  return el(
    'div',
    { class: 'counting' },
    el('h3', {}, h.t(IMPORT.counting)),
    el('p', { class: 'intro', id: 'import-counting' }, h.t(IMPORT.countingRules)),
  );
}
