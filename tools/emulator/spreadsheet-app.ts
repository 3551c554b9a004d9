import { newConditionalFormatRuleBuilder } from './conditional-format';
import { newDataValidationBuilder } from './data-validation';
import {
  BooleanCriteria,
  BorderStyle,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  Dimension,
  WrapStrategy,
  asReal,
} from './enums';
import type { ScriptUi } from './ui';
import type { Workbook } from './workbook';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** SpreadsheetApp bound to one active spreadsheet. (Chart types live in the Charts global, as in Apps Script.) */
export class FakeSpreadsheetApp implements Pick<
  App,
  | 'BooleanCriteria'
  | 'BorderStyle'
  | 'DataValidationCriteria'
  | 'DeveloperMetadataLocationType'
  | 'DeveloperMetadataVisibility'
  | 'Dimension'
  | 'WrapStrategy'
  | 'flush'
  | 'getActive'
  | 'getActiveSheet'
  | 'getActiveSpreadsheet'
  | 'getUi'
  | 'newConditionalFormatRule'
  | 'newDataValidation'
> {
  readonly BooleanCriteria = asReal<typeof GoogleAppsScript.Spreadsheet.BooleanCriteria>(BooleanCriteria);
  readonly BorderStyle = asReal<typeof GoogleAppsScript.Spreadsheet.BorderStyle>(BorderStyle);
  readonly DataValidationCriteria =
    asReal<typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria>(DataValidationCriteria);
  readonly DeveloperMetadataLocationType = asReal<
    typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType
  >(DeveloperMetadataLocationType);
  readonly DeveloperMetadataVisibility =
    asReal<typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility>(DeveloperMetadataVisibility);
  readonly Dimension = asReal<typeof GoogleAppsScript.Spreadsheet.Dimension>(Dimension);
  readonly WrapStrategy = asReal<typeof GoogleAppsScript.Spreadsheet.WrapStrategy>(WrapStrategy);

  constructor(
    private readonly workbook: Workbook,
    private readonly ui: ScriptUi,
  ) {}

  flush(): void {
    // Writes are visible immediately in the emulator.
  }
  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.workbook.spreadsheetView;
  }
  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.workbook.spreadsheetView;
  }
  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return this.workbook.sheetView(this.workbook.active);
  }
  getUi(): GoogleAppsScript.Base.Ui {
    return asReal<GoogleAppsScript.Base.Ui>(this.ui);
  }
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return newConditionalFormatRuleBuilder(this.workbook);
  }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return newDataValidationBuilder(this.workbook.calls);
  }
}
