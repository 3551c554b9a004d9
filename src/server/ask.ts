import { DIALOG } from '../core/catalog/ui';
import { render, type Lang, type Text } from '../core/i18n';
import type { Answer, Ask } from './plan-writer';

/** Asks through a Ui.alert with Yes/No (and Cancel) buttons. */
export function askWithAlert(lang: Lang): Ask {
  return (message, withCancel) => {
    const ui = SpreadsheetApp.getUi();
    const buttons = withCancel ? ui.ButtonSet.YES_NO_CANCEL : ui.ButtonSet.YES_NO;
    const button = ui.alert(render(DIALOG.title, lang), message, buttons);
    const answer: Answer = button === ui.Button.YES ? 'yes' : button === ui.Button.NO ? 'no' : 'cancel';
    return answer;
  };
}

export function tell(message: string, lang: Lang, title: Text = DIALOG.title): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(render(title, lang), message, ui.ButtonSet.OK);
}

/**
 * Runs a menu action under a "working…" toast. A dialog does not replace a toast, so when the work
 * ends (or fails) a short "Done." takes its place instead of it lingering behind the result.
 */
export function whileWorking<T>(message: string, lang: Lang, work: () => T): T {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  spreadsheet.toast(message, render(DIALOG.title, lang), 30);
  try {
    return work();
  } finally {
    spreadsheet.toast(render(DIALOG.finished, lang), render(DIALOG.title, lang), 2);
  }
}
