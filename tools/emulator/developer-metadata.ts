import { counted } from './call-counter';
import { DeveloperMetadataVisibility, EnumValue, asReal, enumKey } from './enums';
import type { SheetModel } from './sheet-model';
import type { Workbook } from './workbook';

type Metadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

export interface MetadataLocation {
  type: 'SPREADSHEET' | 'SHEET' | 'ROW' | 'COLUMN';
  sheet?: SheetModel;
  /** First row or column (1-based) and how many, for ROW and COLUMN locations. */
  start?: number;
  count?: number;
}

export interface MetadataEntry {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  location: MetadataLocation;
}

export class FakeDeveloperMetadata implements Pick<
  Metadata,
  'getId' | 'getKey' | 'getValue' | 'getVisibility' | 'setKey' | 'setValue' | 'remove'
> {
  constructor(
    private readonly workbook: Workbook,
    private readonly entry: MetadataEntry,
  ) {}
  private self(): Metadata {
    return asReal<Metadata>(this);
  }
  getId(): number {
    return this.entry.id;
  }
  getKey(): string {
    return this.entry.key;
  }
  getValue(): string | null {
    return this.entry.value;
  }
  getVisibility(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility {
    return asReal(DeveloperMetadataVisibility[this.entry.visibility as 'DOCUMENT' | 'PROJECT']);
  }
  setKey(key: string): Metadata {
    this.entry.key = key;
    return this.self();
  }
  setValue(value: string): Metadata {
    this.entry.value = String(value);
    return this.self();
  }
  remove(): void {
    const index = this.workbook.metadata.indexOf(this.entry);
    if (index >= 0) this.workbook.metadata.splice(index, 1);
  }
}

/** addDeveloperMetadata(key), (key, visibility), (key, value) and (key, value, visibility). */
export function addMetadata(workbook: Workbook, location: MetadataLocation, args: unknown[]): void {
  const [key, second, third] = args;
  const secondIsVisibility = second instanceof EnumValue;
  workbook.metadata.push({
    id: workbook.newObjectId(),
    key: String(key),
    value: second === undefined || secondIsVisibility ? null : String(second),
    visibility: enumKey(secondIsVisibility ? second : (third ?? 'DOCUMENT')),
    location,
  });
}

export function metadataViews(
  workbook: Workbook,
  matches: (location: MetadataLocation) => boolean,
): Metadata[] {
  return workbook.metadata
    .filter((entry) => matches(entry.location))
    .map((entry) =>
      asReal<Metadata>(
        counted(new FakeDeveloperMetadata(workbook, entry), 'DeveloperMetadata', workbook.calls),
      ),
    );
}
