/**
 * The editor of what the user confirms: record type, the column of each field, the date order when
 * it is in doubt, and what each value of the lifecycle, deal-stage and source columns means in the
 * plan. Headers and values come from the file and go in as text nodes.
 */
import {
  CONTACT_FIELD_NAMES,
  DATE_ORDER_NAMES,
  DEAL_FIELD_NAMES,
  IMPORT,
  KIND_NAMES,
  OUTCOME_NAMES,
} from '../../core/catalog/import-panel';
import type { Text } from '../../core/i18n';
import type { DateOrder, ImportField, RecordKind, StageOutcome } from '../../core/import/types';
import type { Plan } from '../../core/plan';
import { el } from '../dom';
import { formatCount } from '../../core/format';
import { MAP_COLUMNS, mapsOf, type ImportDraft, type MapName } from './draft';
import type { Speaker } from './recognised';

/** The panel as the editor sees it. */
export interface EditorHost extends Speaker {
  readonly plan: Plan;
  /** A choice changed what the editor lists: lay it out again and focus `id`. */
  rerender(focusId: string): void;
  /** A choice changed (an upload started with other choices cannot be continued). */
  edited(): void;
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
