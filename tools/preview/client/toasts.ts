/** Spreadsheet.toast(): a small card in the corner that goes away after its timeout; as in Sheets, a new toast replaces the one shown. */
import type { ActionReport } from './api';
import { el } from './dom';
import { t, type Lang } from './strings';

const DEFAULT_SECONDS = 5;
const MAX_SECONDS = 30;

export function showToast(root: HTMLElement, toast: ActionReport['toasts'][number], lang: Lang): void {
  const close = el('button', {
    className: 'toast-close',
    text: '\u2715',
    attrs: { type: 'button', 'aria-label': t('dismiss', lang) },
  });
  const card = el('div', { className: 'toast', attrs: { role: 'status' } }, [
    el('div', { className: 'toast-text' }, [
      toast.title ? el('div', { className: 'toast-title', text: toast.title }) : null,
      el('div', { className: 'toast-message', text: toast.message }),
    ]),
    close,
  ]);
  close.addEventListener('click', () => card.remove());
  root.replaceChildren(card);
  const seconds =
    toast.timeoutSeconds === null || toast.timeoutSeconds < 0 ? DEFAULT_SECONDS : toast.timeoutSeconds;
  window.setTimeout(() => card.remove(), Math.min(seconds || DEFAULT_SECONDS, MAX_SECONDS) * 1000);
}
