import { CallLog, counted } from './call-counter';
import { DataValidationCriteria, asReal, enumKey } from './enums';

export interface ValidationSpec {
  criteria: string;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

type Validation = GoogleAppsScript.Spreadsheet.DataValidation;
type Builder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

export class FakeDataValidation implements Pick<
  Validation,
  'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'
> {
  constructor(
    readonly spec: ValidationSpec,
    private readonly log: CallLog,
  ) {}
  copy(): Builder {
    return newDataValidationBuilder(this.log, this.spec);
  }
  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return asReal(DataValidationCriteria[this.spec.criteria as keyof typeof DataValidationCriteria]);
  }
  getCriteriaValues(): unknown[] {
    return [...this.spec.args];
  }
  getHelpText(): string {
    return this.spec.helpText ?? '';
  }
}

/** SpreadsheetApp.newDataValidation(): enough for checkboxes and lists. */
export class FakeDataValidationBuilder implements Pick<
  Builder,
  | 'build'
  | 'copy'
  | 'getAllowInvalid'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getHelpText'
  | 'requireCheckbox'
  | 'requireNumberBetween'
  | 'requireValueInList'
  | 'setAllowInvalid'
  | 'setHelpText'
  | 'withCriteria'
> {
  constructor(
    private spec: ValidationSpec,
    private readonly log: CallLog,
  ) {}
  private self(): Builder {
    return asReal<Builder>(this);
  }
  build(): Validation {
    if (!this.spec.criteria) throw new Error('You must specify a criteria for the data validation rule.');
    const rule = new FakeDataValidation({ ...this.spec, args: [...this.spec.args] }, this.log);
    return asReal<Validation>(counted(rule, 'DataValidation', this.log));
  }
  copy(): Builder {
    return newDataValidationBuilder(this.log, this.spec);
  }
  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return asReal(DataValidationCriteria[this.spec.criteria as keyof typeof DataValidationCriteria]);
  }
  getCriteriaValues(): unknown[] {
    return [...this.spec.args];
  }
  getHelpText(): string | null {
    return this.spec.helpText;
  }
  requireCheckbox(...values: unknown[]): Builder {
    this.spec = { ...this.spec, criteria: 'CHECKBOX', args: values };
    return this.self();
  }
  requireNumberBetween(start: number, end: number): Builder {
    this.spec = { ...this.spec, criteria: 'NUMBER_BETWEEN', args: [start, end] };
    return this.self();
  }
  requireValueInList(values: string[], showDropdown = true): Builder {
    this.spec = { ...this.spec, criteria: 'VALUE_IN_LIST', args: [values, showDropdown] };
    return this.self();
  }
  setAllowInvalid(allowInvalidData: boolean): Builder {
    this.spec = { ...this.spec, allowInvalid: allowInvalidData };
    return this.self();
  }
  setHelpText(helpText: string): Builder {
    this.spec = { ...this.spec, helpText };
    return this.self();
  }
  withCriteria(criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria, args: unknown[]): Builder {
    this.spec = { ...this.spec, criteria: enumKey(criteria), args: [...args] };
    return this.self();
  }
}

const EMPTY: ValidationSpec = { criteria: '', args: [], allowInvalid: true, helpText: null };

export function newDataValidationBuilder(log: CallLog, spec: ValidationSpec = EMPTY): Builder {
  const builder = new FakeDataValidationBuilder({ ...spec, args: [...spec.args] }, log);
  return asReal<Builder>(counted(builder, 'DataValidationBuilder', log));
}

/**
 * Whether a value the user types passes a cell's validation, as Sheets decides it for the
 * criteria we use: a number between two bounds, a tick box (true/false), a value from a list.
 * Empty always passes. Rules that allow invalid data only warn, so they pass too.
 */
export function passesValidation(
  validation: { criteria: string; args: unknown[]; allowInvalid?: boolean } | undefined,
  value: unknown,
): boolean {
  if (!validation || validation.allowInvalid !== false || value === '' || value === null) return true;
  const [a, b] = validation.args;
  switch (validation.criteria) {
    case 'NUMBER_BETWEEN':
      return typeof value === 'number' && value >= Number(a) && value <= Number(b);
    case 'CHECKBOX':
      return typeof value === 'boolean';
    case 'VALUE_IN_LIST':
      return Array.isArray(a) && a.map(String).includes(String(value));
    default:
      return true;
  }
}
