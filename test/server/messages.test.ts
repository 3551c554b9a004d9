/** Dialog texts the menu actions show, line by line. */
import { Button } from '../../tools/emulator';
import { addOn } from '../support/addon';

describe('a stored plan that cannot be used', () => {
  test('its problems are listed, with no stray line', () => {
    const app = addOn({ locale: 'en_US' });
    app.call('createSamplePlan');
    const props = app.env.globals.PropertiesService.getDocumentProperties();
    const stored = JSON.parse(props.getProperty('kpi.plan.0.0') as string);
    stored.stages[1].rate = 15;
    props.setProperty('kpi.plan.0.0', JSON.stringify(stored));
    app.env.ui.setDefaultAnswer(Button.OK);
    app.call('updateSheetsFromPlan');
    const prompt = app.env.ui.dialogs().at(-1)?.prompt as string;
    expect(prompt.split('\n')).toEqual([
      'The stored plan "Marketing plan" could not be read:',
      '• Stage 2 "MQL": conversion rate to the next stage: 15 is more than 1. Rates are fractions: type 15% or 0.15.',
      '',
      'Nothing was changed. Open "New plan…" to set the plan up again: your sheets and actuals stay as they are.',
    ]);
  });

  test('unreadable data gets one sentence, in either language', () => {
    for (const [locale, expected] of [
      ['en_US', 'The stored plan "Marketing plan" could not be read. Nothing was changed.'],
      ['ja', '保存されている計画「マーケティング計画」を読み込めませんでした。何も変更していません。'],
    ]) {
      const app = addOn({ locale });
      app.call('createSamplePlan');
      app.env.globals.PropertiesService.getDocumentProperties().setProperty('kpi.plan.0.0', '{not json');
      app.env.ui.setDefaultAnswer(Button.OK);
      app.call('updateSheetsFromPlan');
      const prompt = app.env.ui.dialogs().at(-1)?.prompt as string;
      expect(prompt.startsWith(expected)).toBe(true);
      expect(prompt).not.toContain('\n');
    }
  });
});
