/**
 * The preview page: a Sheets-like window around the real add-on. Every action goes to the server,
 * which runs dist/Code.js; questions come back and are asked here, then the action is replayed.
 */
import {
  api,
  withAnswers,
  type ActionReply,
  type CellReply,
  type ActionReport,
  type PreviewState,
  type StateReply,
} from './client/api';
import { byId, el } from './client/dom';
import { Grid, columnLetters, inputText, type Selection } from './client/grid';
import { MenuBar } from './client/menu';
import { SOURCE, isMessage, type FrameMessage, type PageMessage } from './client/messages';
import { askQuestion, showHtmlDialog, showNotice } from './client/modal';
import { t, type Lang } from './client/strings';
import { showToast } from './client/toasts';
import type { SheetView } from './workbook-view';

const LANGUAGES: { locale: string; lang: Lang; label: string }[] = [
  { locale: 'en_US', lang: 'en', label: 'EN' },
  { locale: 'ja', lang: 'ja', label: '日本語' },
];

let lang: Lang = 'en';
let shownSheet: string | null = null;
const selections = new Map<string, Selection>();
const scrolls = new Map<string, { top: number; left: number }>();
let queue: Promise<unknown> = Promise.resolve();
let pending = 0;

const scroller = byId('grid-scroll');
const nameBox = byId<HTMLInputElement>('name-box');
const formulaInput = byId<HTMLInputElement>('formula-input');
const sidebarPanel = byId('sidebar-panel');
const sidebarFrame = byId<HTMLIFrameElement>('sidebar-frame');

const grid = new Grid(scroller, {
  onSelect(selection, cell) {
    nameBox.value = `${columnLetters(selection.col)}${selection.row}`;
    formulaInput.value = inputText(cell);
    formulaInput.dataset.original = formulaInput.value;
    if (shownSheet) selections.set(shownSheet, selection);
  },
  onCommit(at, value) {
    const sheet = shownSheet;
    if (!sheet) return;
    void serially(() => editCell(sheet, at, value));
  },
});
const menu = new MenuBar(byId('menubar'), (functionName) => {
  void serially(async () => {
    const reply = await withAnswers(
      (answers) => api<ActionReply>('/api/menu', { functionName, answers }),
      (question) => askQuestion(question, lang),
    );
    await afterAction(reply, reply.state);
  });
});

/** Sends what was typed; a value the cell's input rule refuses is named in a box, as Sheets does. */
async function editCell(sheet: string, at: Selection, value: string | boolean): Promise<void> {
  const reply = await api<CellReply>('/api/cell', { sheet, row: at.row, col: at.col, value });
  applyState(reply.state);
  if (reply.refused) await showNotice(t('refused', lang), reply.refused, lang, { error: true });
}

/** One action at a time, in order, with the progress bar shown while any is running. */
function serially(task: () => Promise<void>): Promise<void> {
  pending++;
  document.body.classList.add('busy');
  byId('progress').hidden = false;
  const run = queue
    .then(task)
    .catch((error: Error) => showNotice(null, error.message, lang, { error: true }));
  queue = run.finally(() => {
    pending--;
    if (!pending) {
      document.body.classList.remove('busy');
      byId('progress').hidden = true;
    }
  });
  return run;
}

/** Shows what an action did. A failed google.script.run call goes to its failure handler instead. */
async function afterAction(report: ActionReport, next: PreviewState, fromFrame = false): Promise<void> {
  applyState(next);
  for (const toast of report.toasts) showToast(byId('toasts'), toast, lang);
  for (const opened of report.opened) {
    if (opened.kind === 'sidebar') openSidebar(opened.title, opened.index);
  }
  for (const alert of report.alerts) await showNotice(alert.title, alert.message, lang);
  if (report.status === 'error' && !fromFrame)
    await showNotice(null, report.error ?? '', lang, { error: true });
  for (const opened of report.opened) {
    if (opened.kind !== 'sidebar')
      await showHtmlDialog(opened.title, `/dialog/${opened.index}?host=preview`, lang);
  }
}

function openSidebar(title: string, index: number): void {
  byId('sidebar-title').textContent = title;
  const src = `/sidebar?host=preview&v=${index}`;
  if (sidebarFrame.getAttribute('src') !== src || sidebarPanel.hidden) sidebarFrame.src = src;
  sidebarPanel.hidden = false;
  document.body.classList.add('sidebar-open');
}

function closeSidebar(): void {
  sidebarPanel.hidden = true;
  document.body.classList.remove('sidebar-open');
  sidebarFrame.removeAttribute('src');
  void serially(async () => applyState((await api<StateReply>('/api/sidebar/close', {})).state));
}

function renderTabs(sheets: SheetView[], active: string): void {
  const tabs = sheets.map((sheet) => {
    const tab = el('button', {
      className: `tab${sheet.name === active ? ' active' : ''}`,
      text: sheet.name,
      attrs: { type: 'button', role: 'tab', 'aria-selected': String(sheet.name === active) },
    });
    if (sheet.tabColor) tab.style.setProperty('--tab-color', sheet.tabColor);
    tab.addEventListener('click', () => {
      if (sheet.name === shownSheet) return;
      void serially(async () =>
        applyState((await api<StateReply>('/api/activate', { sheet: sheet.name })).state),
      );
    });
    return tab;
  });
  const add = el('button', {
    className: 'tab-tool',
    text: '+',
    title: t('notInPreview', lang),
    attrs: { type: 'button', disabled: '', 'aria-label': '+' },
  });
  const all = el('span', {
    className: 'tab-tool list',
    title: t('allSheets', lang),
    attrs: { 'aria-hidden': 'true' },
  });
  byId('tabs').replaceChildren(
    add,
    all,
    el('div', { className: 'tab-list', attrs: { role: 'tablist' } }, tabs),
  );
  byId('tabs').querySelector('.tab.active')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

function renderChrome(next: PreviewState): void {
  document.documentElement.lang = lang;
  byId('doc-title').textContent = next.spreadsheetName;
  byId('badge').textContent = t('badge', lang);
  const reset = byId('reset');
  reset.textContent = t('reset', lang);
  menu.render(next, lang);
  const switcher = byId('lang-switch');
  switcher.setAttribute('aria-label', t('language', lang));
  switcher.replaceChildren(
    ...LANGUAGES.map((option) => {
      const button = el('button', {
        className: option.lang === lang ? 'active' : '',
        text: option.label,
        attrs: { type: 'button', 'aria-pressed': String(option.lang === lang), 'data-locale': option.locale },
      });
      button.addEventListener('click', () => {
        if (option.lang === lang) return;
        void serially(async () =>
          applyState((await api<StateReply>('/api/locale', { locale: option.locale })).state),
        );
      });
      return button;
    }),
  );
  formulaInput.placeholder = t('formulaReadOnly', lang);
}

function applyState(next: PreviewState): void {
  lang = next.lang;
  renderChrome(next);
  const sheets = next.workbook.sheets;
  const sheet = sheets.find((s) => s.name === next.workbook.activeSheet) ?? sheets[0];
  renderTabs(sheets, sheet?.name ?? '');
  if (shownSheet && shownSheet !== sheet?.name) {
    scrolls.set(shownSheet, { top: scroller.scrollTop, left: scroller.scrollLeft });
  }
  const switched = shownSheet !== sheet?.name;
  shownSheet = sheet?.name ?? null;
  if (!sheet) {
    scroller.replaceChildren();
    return;
  }
  grid.render(sheet, switched ? (selections.get(sheet.name) ?? { row: 1, col: 1 }) : grid.selection);
  if (switched) {
    const scroll = scrolls.get(sheet.name) ?? { top: 0, left: 0 };
    scroller.scrollTop = scroll.top;
    scroller.scrollLeft = scroll.left;
  }
  if (!next.sidebar && !sidebarPanel.hidden) {
    sidebarPanel.hidden = true;
    document.body.classList.remove('sidebar-open');
    sidebarFrame.removeAttribute('src');
  }
}

// Sidebars and dialogs ask their questions here, and tell the page when a call has finished.
window.addEventListener('message', (event) => {
  if (event.origin !== location.origin || !isMessage<FrameMessage>(event.data)) return;
  const source = event.source as Window | null;
  const message = event.data;
  const reply = (extra: Partial<PageMessage> = {}) => {
    if (message.type === 'close' || !source) return;
    const out: PageMessage = { source: SOURCE, type: 'reply', id: message.id, ...extra };
    source.postMessage(out, location.origin);
  };
  if (message.type === 'question') {
    void askQuestion(message.question, lang).then((answer) => reply({ answer }));
  } else if (message.type === 'ran') {
    void serially(async () => {
      try {
        await afterAction(message.report, await api<PreviewState>('/api/state'), true);
      } finally {
        reply();
      }
    });
  } else if (message.type === 'close' && source === sidebarFrame.contentWindow) {
    closeSidebar();
  }
});

byId('sidebar-close').addEventListener('click', closeSidebar);
byId('reset').addEventListener('click', () => {
  void serially(async () => {
    const question = { kind: 'alert', title: t('reset', lang), prompt: t('resetQuestion', lang) } as const;
    const { button } = await askQuestion({ ...question, buttons: ['YES', 'NO'] }, lang);
    if (button !== 'YES') return;
    selections.clear();
    scrolls.clear();
    shownSheet = null;
    applyState((await api<StateReply>('/api/reset', {})).state);
  });
});
formulaInput.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') {
    event.preventDefault();
    const value = formulaInput.value;
    const at = grid.selection;
    scroller.focus();
    if (value !== formulaInput.dataset.original && shownSheet) {
      const sheet = shownSheet;
      void serially(() => editCell(sheet, at, value));
    }
  } else if (event.key === 'Escape') {
    formulaInput.value = formulaInput.dataset.original ?? '';
    scroller.focus();
  }
});
void serially(async () => {
  const first = await api<PreviewState>('/api/state');
  applyState(first);
  if (first.sidebar) openSidebar(first.sidebar.title, first.sidebar.index);
  scroller.focus({ preventScroll: true });
});
