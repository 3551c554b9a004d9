/**
 * What the user is confirming in the panel, started from the server's preview: record kind, the
 * column of each field, the date order and the value maps. Changing a value column lists that
 * column's values from the rows checked, so the map editor always shows what the file holds.
 */
import type {
  ColumnMapping,
  ContactField,
  DateOrder,
  DealField,
  ImportChoice,
  ImportField,
  ImportPreview,
  ImportTool,
  RecordKind,
  StageOutcome,
  ValueMaps,
} from '../../core/import/types';

export const CONTACT_FIELDS: readonly ContactField[] = [
  'id',
  'email',
  'created',
  'lifecycle',
  'source',
  'mqlDate',
  'sqlDate',
  'opportunityDate',
  'customerDate',
  'convertedDate',
];
export const DEAL_FIELDS: readonly DealField[] = [
  'id',
  'name',
  'stage',
  'amount',
  'created',
  'closeDate',
  'pipeline',
  'source',
  'won',
  'closed',
];

export const fieldsOf = (kind: RecordKind): readonly ImportField[] =>
  kind === 'contacts' ? CONTACT_FIELDS : DEAL_FIELDS;

export type MapName = keyof ValueMaps;

/** Which column's values each map translates, and for which kind of records. */
export const MAP_COLUMNS: Record<MapName, { field: ImportField; kind: RecordKind | null }> = {
  stages: { field: 'lifecycle', kind: 'contacts' },
  outcomes: { field: 'stage', kind: 'deals' },
  channels: { field: 'source', kind: null },
};

export const mapsOf = (kind: RecordKind): MapName[] =>
  (Object.keys(MAP_COLUMNS) as MapName[]).filter((m) => {
    const k = MAP_COLUMNS[m].kind;
    return k === null || k === kind;
  });

/** Distinct trimmed non-blank values of a column, most frequent first (ties in order of appearance). */
export function distinctValues(rows: string[][], column: number, limit = 200): string[] {
  const counts = new Map<string, number>();
  for (const row of rows.slice(1)) {
    const value = (row[column] ?? '').trim();
    if (value !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([value]) => value);
}

/** The plan's targets a value can map to. */
export interface MapTargets {
  stages: string[];
  channels: string[];
}

export class ImportDraft {
  kind: RecordKind;
  tool: ImportTool;
  mapping: ColumnMapping;
  dateOrder: DateOrder;
  readonly maps: ValueMaps;
  private readonly listed = new Map<string, string[]>();

  /** `rows`: the rows the preview was made from (header first). */
  constructor(
    readonly preview: ImportPreview,
    private readonly rows: string[][],
    private readonly targets: MapTargets,
  ) {
    this.kind = preview.kind;
    this.tool = preview.tool;
    // A column the header row does not have cannot be shown in a select, so it cannot be chosen either.
    this.mapping = Object.fromEntries(
      Object.entries(preview.mapping).filter(
        ([, column]) => column !== undefined && column < preview.headers.length,
      ),
    );
    this.dateOrder = preview.dateOrder;
    this.maps = {
      stages: { ...preview.maps.stages },
      outcomes: { ...preview.maps.outcomes },
      channels: { ...preview.maps.channels },
    };
  }

  fields(): readonly ImportField[] {
    return fieldsOf(this.kind);
  }

  column(field: ImportField): number | undefined {
    return this.mapping[field];
  }

  setColumn(field: ImportField, column: number | undefined): void {
    if (column === undefined) delete this.mapping[field];
    else this.mapping[field] = column;
  }

  /** The values a map lists: the preview's while its column is the one the preview read, else the file's. */
  values(map: MapName): string[] {
    const { field } = MAP_COLUMNS[map];
    const column = this.mapping[field];
    if (column === undefined) return [];
    if (this.kind === this.preview.kind && column === this.preview.mapping[field])
      return this.preview.values[map];
    const key = `${map}:${column}`;
    let values = this.listed.get(key);
    if (!values) {
      values = distinctValues(this.rows, column);
      this.listed.set(key, values);
    }
    return values;
  }

  stageOf(value: string): string {
    const id = this.maps.stages[value] ?? '';
    return this.targets.stages.includes(id) ? id : '';
  }

  outcomeOf(value: string): StageOutcome {
    return this.maps.outcomes[value] ?? 'open';
  }

  channelOf(value: string): string {
    const id = this.maps.channels[value] ?? '';
    return this.targets.channels.includes(id) ? id : '';
  }

  /** What applyImport receives: the mapping of this kind's fields and every listed value mapped. */
  choice(): ImportChoice {
    const mapping: ColumnMapping = {};
    for (const field of this.fields()) {
      const column = this.mapping[field];
      if (column !== undefined) mapping[field] = column;
    }
    const maps: ValueMaps = {
      stages: { ...this.maps.stages },
      outcomes: { ...this.maps.outcomes },
      channels: { ...this.maps.channels },
    };
    const kindMaps = mapsOf(this.kind);
    const listed = (map: MapName) => (kindMaps.includes(map) ? this.values(map) : []);
    for (const value of listed('stages')) maps.stages[value] = this.stageOf(value);
    for (const value of listed('outcomes')) maps.outcomes[value] = this.outcomeOf(value);
    for (const value of listed('channels')) maps.channels[value] = this.channelOf(value);
    return { kind: this.kind, tool: this.tool, mapping, dateOrder: this.dateOrder, maps };
  }
}
