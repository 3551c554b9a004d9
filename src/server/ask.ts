import { DIALOG } from '../core/catalog/ui';
import { render, type Lang } from '../core/i18n';
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

export function tell(message: string, lang: Lang): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(render(DIALOG.title, lang), message, ui.ButtonSet.OK);
}
