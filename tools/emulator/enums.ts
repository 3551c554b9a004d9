/**
 * Apps Script enums are objects whose toString() is their name; the add-on compares them by
 * identity (`response == ui.Button.YES`), so each value here is one shared object.
 */
export class EnumValue {
  constructor(
    readonly enumName: string,
    private readonly key: string,
  ) {}
  name(): string {
    return this.key;
  }
  toString(): string {
    return this.key;
  }
  toJSON(): string {
    return this.key;
  }
}

export type Enum<K extends string> = Readonly<Record<K, EnumValue>>;

function makeEnum<K extends string>(enumName: string, keys: readonly K[]): Enum<K> {
  const values = {} as Record<K, EnumValue>;
  for (const key of keys) values[key] = new EnumValue(enumName, key);
  return Object.freeze(values);
}

/** The name of an enum value, whether it came as the enum object or as its name. */
export function enumKey(value: unknown): string {
  return String(value);
}

/** The fakes implement the subset the add-on uses; the add-on sees them as the real types. */
export function asReal<T>(fake: unknown): T {
  return fake as T;
}

export const Button = makeEnum('Button', ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const);
export type ButtonName = keyof typeof Button;
export const ButtonSet = makeEnum('ButtonSet', ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const);
export type ButtonSetName = keyof typeof ButtonSet;

export const ChartType = makeEnum('ChartType', [
  'TIMELINE',
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TREEMAP',
  'WATERFALL',
] as const);

export const BooleanCriteria = makeEnum('BooleanCriteria', [
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
] as const);
export type BooleanCriteriaName = keyof typeof BooleanCriteria;

export const DataValidationCriteria = makeEnum('DataValidationCriteria', [
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
] as const);

export const BorderStyle = makeEnum('BorderStyle', [
  'DOTTED',
  'DASHED',
  'SOLID',
  'SOLID_MEDIUM',
  'SOLID_THICK',
  'DOUBLE',
] as const);
export const WrapStrategy = makeEnum('WrapStrategy', ['WRAP', 'OVERFLOW', 'CLIP'] as const);
export const DeveloperMetadataVisibility = makeEnum('DeveloperMetadataVisibility', [
  'DOCUMENT',
  'PROJECT',
] as const);
export const DeveloperMetadataLocationType = makeEnum('DeveloperMetadataLocationType', [
  'SPREADSHEET',
  'SHEET',
  'ROW',
  'COLUMN',
] as const);
export const Dimension = makeEnum('Dimension', ['COLUMNS', 'ROWS'] as const);
export const SandboxMode = makeEnum('SandboxMode', ['EMULATED', 'IFRAME', 'NATIVE'] as const);
export const XFrameOptionsMode = makeEnum('XFrameOptionsMode', ['ALLOWALL', 'DEFAULT'] as const);
