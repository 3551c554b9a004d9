import { DetailedCellError, type CellValue } from 'hyperformula';
import { counted, unwrap } from './call-counter';
import { normalizeColor } from './colors';
import { BooleanCriteria, asReal, enumKey, type BooleanCriteriaName } from './enums';
import { shiftFormula } from './formula-text';
import { rangeRefOf } from './range';
import type { RangeRef, SheetModel } from './sheet-model';
import type { Workbook } from './workbook';

type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type Builder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type Condition = GoogleAppsScript.Spreadsheet.BooleanCondition;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** A conditional format rule as plain data. */
export interface RuleSpec {
  ranges: RangeRef[];
  criteria: BooleanCriteriaName | null;
  args: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
}

function copySpec(spec: RuleSpec): RuleSpec {
  return { ...spec, ranges: [...spec.ranges], args: [...spec.args] };
}

const EMPTY_RULE: RuleSpec = {
  ranges: [],
  criteria: null,
  args: [],
  background: null,
  fontColor: null,
  bold: null,
  italic: null,
  strikethrough: null,
  underline: null,
};

export class FakeBooleanCondition implements Pick<
  Condition,
  | 'getBackground'
  | 'getBold'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getFontColor'
  | 'getItalic'
  | 'getStrikethrough'
  | 'getUnderline'
> {
  constructor(private readonly spec: RuleSpec) {}
  getBackground(): string | null {
    return this.spec.background;
  }
  getBold(): boolean | null {
    return this.spec.bold;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return asReal(BooleanCriteria[this.spec.criteria ?? 'CUSTOM_FORMULA']);
  }
  getCriteriaValues(): unknown[] {
    return [...this.spec.args];
  }
  getFontColor(): string | null {
    return this.spec.fontColor;
  }
  getItalic(): boolean | null {
    return this.spec.italic;
  }
  getStrikethrough(): boolean | null {
    return this.spec.strikethrough;
  }
  getUnderline(): boolean | null {
    return this.spec.underline;
  }
}

export class FakeConditionalFormatRule implements Pick<
  Rule,
  'copy' | 'getBooleanCondition' | 'getGradientCondition' | 'getRanges'
> {
  constructor(
    private readonly workbook: Workbook,
    readonly spec: RuleSpec,
  ) {}
  copy(): Builder {
    return newConditionalFormatRuleBuilder(this.workbook, this.spec);
  }
  getBooleanCondition(): Condition | null {
    if (!this.spec.criteria) return null;
    return asReal<Condition>(
      counted(new FakeBooleanCondition(this.spec), 'BooleanCondition', this.workbook.calls),
    );
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): Range[] {
    return this.spec.ranges.map((ref) => this.workbook.rangeView(ref));
  }
}

type BuilderMethods =
  | 'build'
  | 'copy'
  | 'getBooleanCondition'
  | 'getGradientCondition'
  | 'getRanges'
  | 'setBackground'
  | 'setBold'
  | 'setFontColor'
  | 'setItalic'
  | 'setStrikethrough'
  | 'setUnderline'
  | 'setRanges'
  | 'whenCellEmpty'
  | 'whenCellNotEmpty'
  | 'whenFormulaSatisfied'
  | 'whenNumberBetween'
  | 'whenNumberEqualTo'
  | 'whenNumberGreaterThan'
  | 'whenNumberGreaterThanOrEqualTo'
  | 'whenNumberLessThan'
  | 'whenNumberLessThanOrEqualTo'
  | 'whenNumberNotBetween'
  | 'whenNumberNotEqualTo'
  | 'whenTextContains'
  | 'whenTextDoesNotContain'
  | 'whenTextEqualTo'
  | 'whenTextStartsWith'
  | 'whenTextEndsWith'
  | 'withCriteria';

/** SpreadsheetApp.newConditionalFormatRule() */
export class FakeConditionalFormatRuleBuilder implements Pick<Builder, BuilderMethods> {
  constructor(
    private readonly workbook: Workbook,
    private spec: RuleSpec,
  ) {}
  private self(): Builder {
    return asReal<Builder>(this);
  }
  private with(change: Partial<RuleSpec>): Builder {
    this.spec = { ...this.spec, ...change };
    return this.self();
  }
  private when(criteria: BooleanCriteriaName, ...args: unknown[]): Builder {
    return this.with({ criteria, args });
  }
  build(): Rule {
    if (!this.spec.criteria)
      throw new Error('A conditional format rule needs a condition (whenXxx) before build().');
    const rule = new FakeConditionalFormatRule(this.workbook, copySpec(this.spec));
    return asReal<Rule>(counted(rule, 'ConditionalFormatRule', this.workbook.calls));
  }
  copy(): Builder {
    return newConditionalFormatRuleBuilder(this.workbook, this.spec);
  }
  getBooleanCondition(): Condition | null {
    if (!this.spec.criteria) return null;
    return asReal<Condition>(
      counted(new FakeBooleanCondition(copySpec(this.spec)), 'BooleanCondition', this.workbook.calls),
    );
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): Range[] {
    return this.spec.ranges.map((ref) => this.workbook.rangeView(ref));
  }
  setBackground(color: string | null): Builder {
    return this.with({ background: normalizeColor(color) ?? null });
  }
  setBold(bold: boolean | null): Builder {
    return this.with({ bold });
  }
  setFontColor(color: string | null): Builder {
    return this.with({ fontColor: normalizeColor(color) ?? null });
  }
  setItalic(italic: boolean | null): Builder {
    return this.with({ italic });
  }
  setStrikethrough(strikethrough: boolean | null): Builder {
    return this.with({ strikethrough });
  }
  setUnderline(underline: boolean | null): Builder {
    return this.with({ underline });
  }
  setRanges(ranges: Range[]): Builder {
    return this.with({ ranges: ranges.map((range) => rangeRefOf(range)) });
  }
  whenCellEmpty(): Builder {
    return this.when('CELL_EMPTY');
  }
  whenCellNotEmpty(): Builder {
    return this.when('CELL_NOT_EMPTY');
  }
  whenFormulaSatisfied(formula: string): Builder {
    return this.when('CUSTOM_FORMULA', formula);
  }
  whenNumberBetween(start: number, end: number): Builder {
    return this.when('NUMBER_BETWEEN', start, end);
  }
  whenNumberEqualTo(number: number): Builder {
    return this.when('NUMBER_EQUAL_TO', number);
  }
  whenNumberGreaterThan(number: number): Builder {
    return this.when('NUMBER_GREATER_THAN', number);
  }
  whenNumberGreaterThanOrEqualTo(number: number): Builder {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', number);
  }
  whenNumberLessThan(number: number): Builder {
    return this.when('NUMBER_LESS_THAN', number);
  }
  whenNumberLessThanOrEqualTo(number: number): Builder {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', number);
  }
  whenNumberNotBetween(start: number, end: number): Builder {
    return this.when('NUMBER_NOT_BETWEEN', start, end);
  }
  whenNumberNotEqualTo(number: number): Builder {
    return this.when('NUMBER_NOT_EQUAL_TO', number);
  }
  whenTextContains(text: string): Builder {
    return this.when('TEXT_CONTAINS', text);
  }
  whenTextDoesNotContain(text: string): Builder {
    return this.when('TEXT_DOES_NOT_CONTAIN', text);
  }
  whenTextEqualTo(text: string): Builder {
    return this.when('TEXT_EQUAL_TO', text);
  }
  whenTextStartsWith(text: string): Builder {
    return this.when('TEXT_STARTS_WITH', text);
  }
  whenTextEndsWith(text: string): Builder {
    return this.when('TEXT_ENDS_WITH', text);
  }
  withCriteria(criteria: GoogleAppsScript.Spreadsheet.BooleanCriteria, args: unknown[]): Builder {
    return this.when(enumKey(criteria) as BooleanCriteriaName, ...args);
  }
}

export function newConditionalFormatRuleBuilder(workbook: Workbook, spec: RuleSpec = EMPTY_RULE): Builder {
  const builder = new FakeConditionalFormatRuleBuilder(workbook, copySpec(spec));
  return asReal<Builder>(counted(builder, 'ConditionalFormatRuleBuilder', workbook.calls));
}

export function ruleSpecOf(rule: Rule): RuleSpec {
  const raw = unwrap(rule) as unknown;
  if (!(raw instanceof FakeConditionalFormatRule))
    throw new Error('Expected a ConditionalFormatRule built by SpreadsheetApp.');
  return copySpec(raw.spec);
}

export function ruleView(workbook: Workbook, spec: RuleSpec): Rule {
  return asReal<Rule>(
    counted(new FakeConditionalFormatRule(workbook, copySpec(spec)), 'ConditionalFormatRule', workbook.calls),
  );
}

// ---- evaluation --------------------------------------------------------------------------------

function contains(ref: RangeRef, row: number, column: number): boolean {
  return (
    row >= ref.row &&
    row < ref.row + ref.numRows &&
    column >= ref.column &&
    column < ref.column + ref.numColumns
  );
}

function isTruthy(value: CellValue): boolean {
  if (value instanceof DetailedCellError) return false;
  return value === true || (typeof value === 'number' && value !== 0);
}

function matches(
  workbook: Workbook,
  rule: RuleSpec,
  sheet: SheetModel,
  row: number,
  column: number,
  value: CellValue,
): boolean {
  const [a, b] = rule.args.map((arg) => Number(arg));
  const number = typeof value === 'number' ? value : null;
  const text = value === null || value instanceof DetailedCellError ? '' : String(value).toLowerCase();
  const argText = String(rule.args[0] ?? '').toLowerCase();
  switch (rule.criteria) {
    case 'CUSTOM_FORMULA': {
      // Relative references move with the cell, measured from the top-left of the rule's first range.
      const anchor = rule.ranges[0];
      const formula = shiftFormula(String(rule.args[0]), row - anchor.row, column - anchor.column);
      return isTruthy(workbook.evaluate(sheet, formula));
    }
    case 'CELL_EMPTY':
      return value === null || value === '';
    case 'CELL_NOT_EMPTY':
      return !(value === null || value === '');
    case 'NUMBER_BETWEEN':
      return number !== null && number >= Math.min(a, b) && number <= Math.max(a, b);
    case 'NUMBER_NOT_BETWEEN':
      return number !== null && (number < Math.min(a, b) || number > Math.max(a, b));
    case 'NUMBER_EQUAL_TO':
      return number === a;
    case 'NUMBER_NOT_EQUAL_TO':
      return number !== null && number !== a;
    case 'NUMBER_GREATER_THAN':
      return number !== null && number > a;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return number !== null && number >= a;
    case 'NUMBER_LESS_THAN':
      return number !== null && number < a;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return number !== null && number <= a;
    case 'TEXT_CONTAINS':
      return text.includes(argText);
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(argText);
    case 'TEXT_EQUAL_TO':
      return text === argText;
    case 'TEXT_STARTS_WITH':
      return text.startsWith(argText);
    case 'TEXT_ENDS_WITH':
      return text.endsWith(argText);
    default:
      return false;
  }
}

/** The first rule (in list order) whose ranges hold the cell and whose condition holds: Sheets applies only that one. */
export function matchingRule(
  workbook: Workbook,
  sheet: SheetModel,
  row: number,
  column: number,
): RuleSpec | null {
  let value: CellValue | undefined;
  for (const rule of sheet.conditionalRules) {
    if (!rule.ranges.some((ref) => ref.sheet === sheet && contains(ref, row, column))) continue;
    value ??= workbook.engineValues(sheet, { row, column, numRows: 1, numColumns: 1 })[0][0];
    if (matches(workbook, rule, sheet, row, column, value)) return rule;
  }
  return null;
}
