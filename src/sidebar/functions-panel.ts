/** Help panel: every custom function with a one-line summary and an example formula. */
import { FUNCTION_DOCS, FUNCTION_NAMES } from '../core/catalog/functions';
import { FUNCTIONS_PANEL } from '../core/catalog/sidebar';
import { render, type Lang } from '../core/i18n';
import { button, el } from './dom';

export function functionsPanel(lang: Lang, close: () => void): HTMLElement {
  return el(
    'section',
    { class: 'step functions', 'aria-labelledby': 'functions-heading' },
    el('h2', { id: 'functions-heading', tabindex: -1 }, render(FUNCTIONS_PANEL.heading, lang)),
    el('p', { class: 'intro' }, render(FUNCTIONS_PANEL.intro, lang)),
    el(
      'dl',
      { class: 'function-list' },
      ...FUNCTION_NAMES.map((name) => FUNCTION_DOCS[name]).map((fn) =>
        el(
          'div',
          { class: 'function' },
          el('dt', {}, fn.name),
          el('dd', {}, render(fn.summary, lang)),
          el(
            'dd',
            { class: 'example' },
            el('span', { class: 'label' }, render(FUNCTIONS_PANEL.example, lang)),
            el('code', {}, fn.example.formula),
          ),
        ),
      ),
    ),
    el(
      'div',
      { class: 'actions' },
      button(render(FUNCTIONS_PANEL.close, lang), close, { id: 'functions-close', class: 'secondary' }),
    ),
  );
}
