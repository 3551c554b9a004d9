/** Sidebar entry: asks the server for the plan, then starts the wizard or the import panel. */
import { APP } from '../core/catalog/sidebar';
import { langFromLocale, render } from '../core/i18n';
import { Wizard } from './app';
import { call, NoServerError } from './bridge';
import { button, el, replaceChildren } from './dom';
import { ImportPanel } from './import/panel';

async function boot(root: HTMLElement): Promise<void> {
  const lang = langFromLocale(navigator.language);
  replaceChildren(root, el('p', { class: 'loading', role: 'status' }, render(APP.loading, lang)));
  try {
    const init = await call('sidebarInit');
    if (init.mode === 'import') new ImportPanel(root, init).start();
    else new Wizard(root, init, () => void boot(root)).start();
  } catch (error) {
    const message =
      error instanceof NoServerError
        ? render(APP.noServer, lang)
        : render(APP.loadFailed, lang, { message: (error as Error).message });
    replaceChildren(
      root,
      el(
        'div',
        { class: 'load-error', role: 'alert' },
        el('p', {}, message),
        button(render(APP.retry, lang), () => void boot(root), { class: 'primary', id: 'retry' }),
      ),
    );
  }
}

const root = document.getElementById('app');
if (root) void boot(root);
