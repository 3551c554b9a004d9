/** The Sheets menu bar with a working Extensions > KPI Tree Builder menu, built from ui.menu(). */
import type { PreviewState } from './api';
import { el } from './dom';
import { t, type Lang, type StringKey } from './strings';

const INERT: StringKey[] = ['file', 'edit', 'view', 'insert', 'format', 'data', 'tools'];

export class MenuBar {
  private open = false;
  private dropdown: HTMLElement | null = null;
  private button: HTMLButtonElement | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly onPick: (functionName: string) => void,
  ) {
    document.addEventListener('mousedown', (event) => {
      if (this.open && !this.root.contains(event.target as Node)) this.setOpen(false);
    });
    document.addEventListener('keydown', (event) => {
      if (this.open && event.key === 'Escape') {
        this.setOpen(false);
        this.button?.focus();
      }
    });
  }

  render(state: PreviewState, lang: Lang): void {
    const inert = (key: StringKey) =>
      el('span', { className: 'menubar-item inert', text: t(key, lang), title: t('notInPreview', lang) });
    this.button = el('button', {
      className: 'menubar-item',
      text: t('extensions', lang),
      attrs: { type: 'button', id: 'extensions-menu', 'aria-haspopup': 'menu', 'aria-expanded': 'false' },
    });
    this.button.addEventListener('click', () => this.setOpen(!this.open));
    const items = state.menu.items.map((item) => {
      const button = el('button', {
        className: 'menu-entry',
        text: item.caption,
        attrs: { type: 'button', role: 'menuitem', 'data-function': item.functionName },
      });
      button.addEventListener('click', () => {
        this.setOpen(false);
        this.onPick(item.functionName);
      });
      return button;
    });
    const submenu = el(
      'div',
      { className: 'menu-panel submenu', attrs: { role: 'menu', 'aria-label': state.menu.title } },
      items,
    );
    const addon = el(
      'div',
      { className: 'menu-entry has-submenu', attrs: { role: 'menuitem', 'aria-haspopup': 'menu' } },
      [
        el('span', { className: 'addon-icon', attrs: { 'aria-hidden': 'true' } }),
        el('span', { text: state.menu.title }),
        el('span', { className: 'chevron', text: '\u25B8', attrs: { 'aria-hidden': 'true' } }),
        submenu,
      ],
    );
    this.dropdown = el('div', { className: 'menu-panel dropdown', attrs: { role: 'menu' } }, [addon]);
    this.dropdown.hidden = true;
    const extensions = el('div', { className: 'menubar-anchor' }, [this.button, this.dropdown]);
    this.root.replaceChildren(...INERT.map(inert), extensions, inert('help'));
    this.setOpen(false);
  }

  private setOpen(open: boolean): void {
    this.open = open;
    if (this.dropdown) this.dropdown.hidden = !open;
    this.button?.setAttribute('aria-expanded', String(open));
    this.button?.classList.toggle('open', open);
    if (open) this.dropdown?.querySelector<HTMLElement>('.submenu .menu-entry')?.focus();
  }
}
