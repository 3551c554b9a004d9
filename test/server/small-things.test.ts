import type { SidebarInit } from '../../src/core/api';
import { Button } from '../../tools/emulator';
import { defaultPlan } from '../../src/core/plan-defaults';
import { addOn } from '../support/addon';

describe('the small things a user meets', () => {
  test('"Reviewing progress…" does not linger behind the summary: a short "Done." replaces it first', () => {
    const app = addOn({ locale: 'en_US' });
    app.call('createSamplePlan');
    app.env.ui.setDefaultAnswer(Button.OK);
    const before = app.env.ui.toasts().length;
    app.call('reviewProgress');
    const toasts = app.env.ui.toasts().slice(before);
    expect(toasts.map((t) => t.message)).toEqual(['Reviewing progress…', 'Done.']);
    expect(toasts[0]?.timeoutSeconds).toBeGreaterThan(toasts[1]?.timeoutSeconds ?? Infinity);
    expect(app.env.ui.dialogs().at(-1)?.title).toMatch(/review/i);
  });

  test('the toast is replaced even when the work fails', () => {
    const app = addOn({ locale: 'ja' });
    app.call('createSamplePlan');
    app.env.spreadsheet.deleteSheet(app.env.spreadsheet.getSheetByName('ダッシュボード')!);
    app.env.ui.setDefaultAnswer(Button.OK);
    const before = app.env.ui.toasts().length;
    app.call('reviewProgress');
    expect(
      app.env.ui
        .toasts()
        .slice(before)
        .map((t) => t.message),
    ).toEqual(['進捗をレビューしています…', '完了しました。']);
  });

  test('a draft written in Japanese opens in Japanese, whatever the account language', () => {
    const app = addOn({ locale: 'en_US' });
    app.call('openNewPlanWizard');
    const init = app.call('sidebarInit') as SidebarInit;
    expect(init.lang).toBe('en');
    app.call('saveDraft', { ...init.defaults.ja, name: '下書き' });
    expect(app.call('sidebarInit')).toMatchObject({ lang: 'ja', fromDraft: true, plan: { name: '下書き' } });
  });

  test('a restored draft is announced once: by the sidebar, next to "Start over"', () => {
    const app = addOn({ locale: 'en_US' });
    app.call('saveDraft', { ...defaultPlan('en'), name: 'Half-done plan' });
    const init = app.call('sidebarInit') as { fromDraft: boolean; notice: string | null };
    expect(init.fromDraft).toBe(true);
    expect(init.notice).toBeNull();
  });

  test('after "Create sample plan" the user is on the KPI Tree', () => {
    const app = addOn({ locale: 'en_US' });
    app.call('createSamplePlan');
    expect(app.env.spreadsheet.getActiveSheet().getName()).toBe('KPI Tree');
  });
});
