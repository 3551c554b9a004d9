/**
 * The preview as the panel shows it: what was recognised, the problems, how actuals are counted, and
 * the editor for columns, date order and value maps. Everything taken from the file (names, headers,
 * values, examples) goes in as text nodes.
 */
import {
  CONTACT_FIELD_NAMES,
  DATE_ORDER_NAMES,
  DEAL_FIELD_NAMES,
  DELIMITER_NAMES,
  ENCODING_NAMES,
  IMPORT,
  KIND_NAMES,
  KIND_SHORT,
  OUTCOME_NAMES,
  TOOL_NAMES,
} from '../../core/catalog/import-panel';
import type { Lang, Params, Text } from '../../core/i18n';
import type {
  DateOrder,
  ImportField,
  ImportProblem,
  RecordKind,
  StageOutcome,
} from '../../core/import/types';
import type { Plan } from '../../core/plan';
import { el } from '../dom';
import { formatCount } from '../format';
import { MAP_COLUMNS, mapsOf, type ImportDraft, type MapName } from './draft';
import type { ImportSource } from './source';
import { PREVIEW_ROWS } from './upload';

/** The panel as the editor sees it. */
export interface EditorHost {
  readonly lang: Lang;
  readonly plan: Plan;
  t(text: Text, params?: Params): string;
  /** A choice changed what the editor lists: lay it out again and focus `id`. */
  rerender(focusId: string): void;
  /** A choice changed (an upload started with other choices cannot be continued). */
  edited(): void;
}

/** Data rows of a source (without the header row). */
export const dataRows = (source: ImportSource) => Math.max(0, source.rows.length - 1);

const LOW_CONFIDENCE = 0.5;

export function summary(h: EditorHost, draft: ImportDraft, source: ImportSource, fileOf: string | null) {
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

/** Problems with their row counts and a few examples ("row 12: 31/31/2026"). */
export function problemList(h: EditorHost, problems: ImportProblem[], id: string): HTMLElement {
  return el(
    'ul',
    { class: 'import-problems', id },
    ...problems.map((problem) => {
      const template = problem.message[h.lang];
      const count = formatCount(problem.count, h.lang);
      return el(
        'li',
        { 'data-code': problem.code },
        el('span', { class: 'message' }, h.t(problem.message, { count })),
        template.includes('{count}')
          ? null
          : el('span', { class: 'count' }, h.t(IMPORT.problemCount, { count })),
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

export function problemsSection(h: EditorHost, problems: ImportProblem[]): HTMLElement {
  return el(
    'div',
    {},
    el('h3', {}, h.t(IMPORT.problems)),
    problems.length
      ? problemList(h, problems, 'import-problems')
      : el('p', { class: 'hint', id: 'import-problems' }, h.t(IMPORT.noProblems)),
  );
}

export function countingRules(h: EditorHost): HTMLElement {
  return el(
    'div',
    { class: 'counting' },
    el('h3', {}, h.t(IMPORT.counting)),
    el('p', { class: 'intro', id: 'import-counting' }, h.t(IMPORT.countingRules)),
  );
}

interface Option {
  value: string;
  label: string;
}

function selectField(
  id: string,
  label: string,
  options: Option[],
  selected: string,
  onChange: (value: string) => void,
  hint?: string,
): HTMLElement {
  const select = el('select', { id, 'aria-describedby': hint ? `${id}-hint` : null });
  for (const o of options) {
    const option = el('option', { value: o.value }, o.label);
    option.selected = o.value === selected;
    select.appendChild(option);
  }
  select.addEventListener('change', () => onChange(select.value));
  return el(
    'div',
    { class: 'field' },
    el('label', { for: id }, label),
    el('div', { class: 'control' }, select),
    hint ? el('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
  );
}

const fieldName = (kind: RecordKind, field: ImportField): Text =>
  kind === 'contacts'
    ? CONTACT_FIELD_NAMES[field as keyof typeof CONTACT_FIELD_NAMES]
    : DEAL_FIELD_NAMES[field as keyof typeof DEAL_FIELD_NAMES];

function headerName(h: EditorHost, headers: string[], column: number): string {
  const name = (headers[column] ?? '').trim();
  return name || h.t(IMPORT.unnamedColumn, { n: column + 1 });
}

/** Kind, one column select per field, the date order when it is in doubt, and the value maps. */
export function columnsEditor(h: EditorHost, draft: ImportDraft): HTMLElement {
  const headers = draft.preview.headers;
  const columns: Option[] = [
    { value: '', label: h.t(IMPORT.notInFile) },
    ...headers.map((_, i) => ({ value: String(i), label: headerName(h, headers, i) })),
  ];
  const kinds: RecordKind[] = ['contacts', 'deals'];
  const mapFields = new Set(mapsOf(draft.kind).map((m) => MAP_COLUMNS[m].field));

  const fields = draft.fields().map((field) => {
    const id = `import-col-${field}`;
    const column = draft.column(field);
    return selectField(
      id,
      h.t(fieldName(draft.kind, field)),
      columns,
      column === undefined ? '' : String(column),
      (value) => {
        draft.setColumn(field, value === '' ? undefined : Number(value));
        h.edited();
        if (mapFields.has(field)) h.rerender(id);
      },
    );
  });

  const orders: DateOrder[] = ['mdy', 'dmy'];
  return el(
    'div',
    { class: 'import-columns' },
    el('h3', {}, h.t(IMPORT.columns)),
    el('p', { class: 'intro' }, h.t(IMPORT.columnsIntro)),
    selectField(
      'import-kind',
      h.t(IMPORT.kindLabel),
      kinds.map((k) => ({ value: k, label: h.t(KIND_NAMES[k]) })),
      draft.kind,
      (value) => {
        draft.kind = value as RecordKind;
        h.edited();
        h.rerender('import-kind');
      },
    ),
    ...fields,
    draft.preview.dateOrderAsked
      ? selectField(
          'import-date-order',
          h.t(IMPORT.dateOrder),
          orders.map((o) => ({ value: o, label: h.t(DATE_ORDER_NAMES[o]) })),
          draft.dateOrder,
          (value) => {
            draft.dateOrder = value as DateOrder;
            h.edited();
          },
          h.t(IMPORT.dateOrderHint),
        )
      : null,
    ...mapsOf(draft.kind).map((map) => valueMap(h, draft, map)),
  );
}

const MAP_TITLES: Record<MapName, Text> = {
  stages: IMPORT.stageMap,
  outcomes: IMPORT.outcomeMap,
  channels: IMPORT.channelMap,
};

/** One value of the file -> one plan target, for every value the mapped column holds. */
function valueMap(h: EditorHost, draft: ImportDraft, map: MapName): HTMLElement | null {
  const column = draft.column(MAP_COLUMNS[map].field);
  if (column === undefined) return null;
  const values = draft.values(map);
  const targets: Option[] =
    map === 'stages'
      ? [
          { value: '', label: h.t(IMPORT.noStage) },
          ...h.plan.stages.map((s) => ({ value: s.id, label: s.name })),
        ]
      : map === 'channels'
        ? [
            { value: '', label: h.t(IMPORT.unassigned) },
            ...h.plan.channels.map((c) => ({ value: c.id, label: c.name })),
          ]
        : (['won', 'lost', 'open'] as StageOutcome[]).map((o) => ({
            value: o,
            label: h.t(OUTCOME_NAMES[o]),
          }));
  const current = (value: string) =>
    map === 'stages'
      ? draft.stageOf(value)
      : map === 'channels'
        ? draft.channelOf(value)
        : draft.outcomeOf(value);
  const set = (value: string, target: string) => {
    if (map === 'outcomes') draft.maps.outcomes[value] = target as StageOutcome;
    else draft.maps[map][value] = target;
    h.edited();
  };

  const rows = values.map((value, i) => {
    const id = `import-map-${map}-${i}`;
    const select = el('select', { id });
    for (const t of targets) {
      const option = el('option', { value: t.value }, t.label);
      option.selected = t.value === current(value);
      select.appendChild(option);
    }
    select.addEventListener('change', () => set(value, select.value));
    return el(
      'div',
      { class: 'map-row' },
      el('label', { for: id, class: 'value' }, value === '' ? h.t(IMPORT.emptyValue) : value),
      select,
    );
  });
  return el(
    'details',
    { class: 'group value-map', id: `import-map-${map}`, open: true },
    el('summary', {}, h.t(MAP_TITLES[map], { column: headerName(h, draft.preview.headers, column) })),
    el(
      'p',
      { class: 'hint' },
      values.length
        ? h.t(IMPORT.mapIntro, { count: formatCount(values.length, h.lang) })
        : h.t(IMPORT.noValues),
    ),
    ...rows,
  );
}
