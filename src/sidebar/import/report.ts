/** The end of an import: what was written where, the rows with problems, and the next file. */
import { IMPORT, KIND_COUNTED } from '../../core/catalog/import-panel';
import type { Text } from '../../core/i18n';
import type { ImportReport } from '../../core/import/types';
import { button, el } from '../dom';
import { formatCount } from '../../core/format';
import { problemList, type Speaker } from './recognised';

export type Done = Extract<ImportReport, { ok: true }>;

export function reportView(
  h: Speaker,
  report: Done,
  fileName: string,
  nextFile: string | null,
  onNext: () => void,
): HTMLElement[] {
  const records = formatCount(report.records, h.lang);
  const kind = h.t(KIND_COUNTED[report.kind]);
  const cell = (term: Text, value: string, id: string, wide = false) =>
    el('div', { class: wide ? 'wide' : null }, el('dt', {}, h.t(term)), el('dd', { id }, value));
  return [
    el(
      'div',
      { class: 'success', role: 'status', id: 'import-status', tabindex: -1 },
      el('p', { id: 'import-done' }, h.t(IMPORT.done, { records, kind, sheet: report.sheet })),
      report.archived && el('p', { id: 'import-archived' }, report.archived),
    ),
    el(
      'dl',
      { class: 'metrics report' },
      cell(IMPORT.file, fileName, 'import-report-file', true),
      cell(IMPORT.written, records, 'import-report-records'),
      cell(IMPORT.sheet, report.sheet, 'import-report-sheet'),
    ),
    el('h3', {}, h.t(IMPORT.reportProblems)),
    report.problems.length
      ? problemList(h, report.problems, 'import-report-problems')
      : el('p', { class: 'hint', id: 'import-report-problems' }, h.t(IMPORT.noProblems)),
    el('p', { class: 'intro after-import' }, h.t(IMPORT.afterImport, { kind })),
    el(
      'div',
      { class: 'actions' },
      button(nextFile ? h.t(IMPORT.nextFile, { file: nextFile }) : h.t(IMPORT.another), onNext, {
        id: 'import-another',
        class: 'primary',
      }),
    ),
  ];
}
