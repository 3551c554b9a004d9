/** The first view of the import panel: choose files or paste rows, with what is going on or went wrong. */
import { IMPORT } from '../../core/catalog/import-panel';
import type { Params, Text } from '../../core/i18n';
import { button, el } from '../dom';

export interface PickOptions {
  t(text: Text, params?: Params): string;
  planName: string;
  /** From sidebarInit (e.g. why there is no plan to import into). */
  notice: string | null;
  /** "Reading contacts.csv…" while a file is read or checked: the controls are disabled. */
  working: string | null;
  /** The server could not check the file: the message, with a button to check again. */
  checkFailed: string | null;
  /** Files that could not be used, one line each. */
  errors: string[];
  pasted: string;
  /** The sheets of this spreadsheet the rows could come from, and the one chosen. */
  sheets: string[];
  sheet: string;
  onSheet(name: string): void;
  onUseSheet(): void;
  onPasted(text: string): void;
  onFiles(files: File[]): void;
  onUsePasted(): void;
  onCheckAgain(): void;
}

export function pickView(o: PickOptions): HTMLElement[] {
  const working = o.working !== null;
  const input = el('input', {
    type: 'file',
    id: 'import-files',
    multiple: true,
    accept: '.csv,.tsv,.txt,.xlsx,.xls',
    disabled: working,
    'aria-describedby': 'import-files-hint',
  });
  input.addEventListener('change', () => {
    const files = Array.from(input.files ?? []);
    input.value = ''; // picking the same file again is a new pick
    if (files.length) o.onFiles(files);
  });
  const paste = el('textarea', {
    id: 'import-paste',
    rows: 4,
    spellcheck: 'false',
    autocomplete: 'off',
    disabled: working,
    'aria-describedby': 'import-paste-hint',
  });
  paste.value = o.pasted;
  paste.addEventListener('input', () => o.onPasted(paste.value));

  const views: (HTMLElement | null)[] = [
    el('p', { class: 'intro' }, o.t(IMPORT.intro)),
    el('p', { class: 'for-plan', id: 'import-plan' }, o.t(IMPORT.forPlan, { name: o.planName })),
    o.notice ? el('p', { class: 'notice', role: 'status' }, o.notice) : null,
    // At the top, where the user looks after picking: files that could not be used.
    o.errors.length
      ? el(
          'ul',
          { class: 'failure pick-errors', role: 'alert', id: 'import-pick-errors' },
          ...o.errors.map((m) => el('li', {}, m)),
        )
      : null,
    el(
      'label',
      { class: `file-pick${working ? ' disabled' : ''}` },
      input,
      el('span', {}, o.t(IMPORT.pickFiles)),
    ),
    el('p', { class: 'hint', id: 'import-files-hint' }, o.t(IMPORT.pickHint)),
    el('p', { class: 'or' }, el('span', {}, o.t(IMPORT.or))),
    el(
      'div',
      { class: 'field' },
      el('label', { for: 'import-paste' }, o.t(IMPORT.pasteLabel)),
      paste,
      el('p', { class: 'hint', id: 'import-paste-hint' }, o.t(IMPORT.pasteHint)),
    ),
    el(
      'div',
      { class: 'actions' },
      button(o.t(IMPORT.usePasted), () => o.onUsePasted(), {
        id: 'import-use-pasted',
        class: 'secondary',
        disabled: working,
      }),
    ),
    el('p', { class: 'or' }, el('span', {}, o.t(IMPORT.or))),
    sheetPick(o, working),
    o.working !== null ? el('p', { class: 'notice', role: 'status', id: 'import-status' }, o.working) : null,
    o.checkFailed !== null
      ? el(
          'div',
          { class: 'failure', role: 'alert', id: 'import-status', tabindex: -1 },
          el('p', {}, o.t(IMPORT.previewFailed, { message: o.checkFailed })),
          el(
            'div',
            { class: 'actions' },
            button(o.t(IMPORT.retryPreview), () => o.onCheckAgain(), {
              id: 'import-check-again',
              class: 'secondary small',
            }),
          ),
        )
      : null,
  ];
  return views.filter((x): x is HTMLElement => x !== null);
}

/** "Use a sheet of this spreadsheet": a list of the sheets with rows, for an .xlsx opened in Sheets. */
function sheetPick(o: PickOptions, working: boolean): HTMLElement {
  const hint = el('p', { class: 'hint', id: 'import-sheet-hint' }, o.t(IMPORT.sheetHint));
  if (!o.sheets.length) {
    return el(
      'div',
      { class: 'field' },
      el('span', { class: 'field-title' }, o.t(IMPORT.sheetLabel)),
      el('p', { class: 'hint', id: 'import-no-sheets' }, o.t(IMPORT.noSheets)),
      hint,
    );
  }
  const select = el(
    'select',
    { id: 'import-sheet', disabled: working, 'aria-describedby': 'import-sheet-hint' },
    ...o.sheets.map((name) => el('option', { value: name, selected: name === o.sheet }, name)),
  );
  select.addEventListener('change', () => o.onSheet(select.value));
  return el(
    'div',
    { class: 'field' },
    el('label', { for: 'import-sheet' }, o.t(IMPORT.sheetLabel)),
    select,
    hint,
    el(
      'div',
      { class: 'actions' },
      button(o.t(IMPORT.useSheet), () => o.onUseSheet(), {
        id: 'import-use-sheet',
        class: 'secondary',
        disabled: working,
      }),
    ),
  );
}
