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

/** A toast while a menu action works; the next toast or dialog replaces it. */
export function working(message: string, lang: Lang): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, render(DIALOG.title, lang), 30);
}
