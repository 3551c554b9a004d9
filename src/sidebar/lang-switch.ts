/** The EN / 日本語 switch at the top of the sidebar, each name in its own language. */
import { APP, LANG_NAMES } from '../core/catalog/sidebar';
import { render, type Lang } from '../core/i18n';
import { button, el } from './dom';

export function langSwitch(current: Lang, pick: (lang: Lang) => void): HTMLElement {
  return el(
    'div',
    { class: 'langs', role: 'group', 'aria-label': render(APP.language, current) },
    ...(['en', 'ja'] as const).map((l) =>
      button(render(LANG_NAMES[l], l), () => pick(l), {
        id: `lang-${l}`,
        lang: l,
        'aria-pressed': String(current === l),
      }),
    ),
  );
}
