/**
 * The "Import CRM export…" panel: pick files or paste rows, read them in the browser, let the server
 * say what it recognised, confirm the columns and values, then send the rows in chunks with a
 * progress bar. A failed chunk keeps every choice and can be sent again.
 */
import type { SidebarInit } from '../../core/api';
import { IMPORT } from '../../core/catalog/import-panel';
import { render as renderText, type Lang, type Params, type Text } from '../../core/i18n';
import type { ImportChoice } from '../../core/import/types';
import type { Plan } from '../../core/plan';
import { call } from '../bridge';
import { button, el, replaceChildren, setText } from '../dom';
import { langSwitch } from '../lang-switch';
import { ImportDraft } from './draft';
import { columnsEditor, type EditorHost } from './editor';
import { pickView } from './pick';
import { countingRules, problemsSection, summary } from './recognised';
import { reportView, type Done } from './report';
import { MAX_IMPORT_CELLS } from '../../core/import/table';
import { NotTextError } from './decode';
import { MAX_ENTRY_BYTES } from './zip';
import { readFile, sourceFromSheet, sourceFromText, type ImportSource } from './source';
import { previewRows, uploadChunks, uploadId } from './upload';

const NOT_TEXT = {
  xls: IMPORT.xlsFile,
  locked: IMPORT.lockedFile,
  markup: IMPORT.markupFile,
  badXlsx: IMPORT.badXlsxFile,
  bigXlsx: IMPORT.bigXlsxFile,
  binary: IMPORT.binaryFile,
};

type Phase =
  | { name: 'pick' }
  | { name: 'reading'; file: string }
  | { name: 'checking'; file: string }
  | { name: 'checkFailed'; message: string }
  | { name: 'ready' }
  | { name: 'importing'; index: number; total: number }
  | { name: 'failed'; message: string }
  | { name: 'done'; report: Done };

/** One upload in progress: the chunks, the choice they are sent with, and the next chunk to send. */
interface Upload {
  id: string;
  choice: string;
  chunks: string[][][];
  next: number;
  /** The chunk whose call last failed: failing twice there, the server may hold it already. */
  failedAt: number | null;
}

interface Current {
  source: ImportSource;
  draft: ImportDraft;
  upload: Upload | null;
}

export class ImportPanel implements EditorHost {
  lang: Lang;
  readonly plan: Plan;
  private phase: Phase = { name: 'pick' };
  private queue: ImportSource[] = [];
  private position = 0;
  private current: Current | null = null;
  private pickErrors: string[] = [];
  private pasted = '';
  private sheet = '';
  private sheets: string[];
  private busy = false;
  private runButton: HTMLButtonElement | null = null;
  private status: HTMLElement | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly init: SidebarInit,
  ) {
    this.lang = init.lang;
    this.plan = init.plan;
    this.sheets = init.importSheets;
  }

  t(text: Text, params?: Params): string {
    return renderText(text, this.lang, params);
  }

  start(): void {
    // A sheet added while the panel was open (File > Import) is listed once the panel has the focus back.
    window.addEventListener('focus', () => void this.refreshSheets());
    this.render();
  }

  private async refreshSheets(): Promise<void> {
    const idle = () => this.phase.name === 'pick' && !this.busy;
    if (!idle()) return;
    const names = await call('importSheetNames').catch(() => null);
    if (!names || !idle() || names.join('\n') === this.sheets.join('\n')) return;
    this.sheets = names;
    if (!names.includes(this.sheet)) this.sheet = '';
    this.rerender(document.activeElement?.id ?? '');
  }

  // ----- EditorHost -----

  rerender(focusId: string): void {
    this.render();
    document.getElementById(focusId)?.focus();
  }

  /** After a failure, a changed choice means a fresh upload: the failure message no longer applies. */
  edited(): void {
    if (this.phase.name !== 'failed') return;
    this.phase = { name: 'ready' };
    if (this.runButton) setText(this.runButton, this.t(IMPORT.import));
    if (this.status) replaceChildren(this.status);
  }

  // ----- rendering -----

  private render(): void {
    document.documentElement.lang = this.lang;
    document.title = this.t(IMPORT.title);
    this.runButton = null;
    this.status = null;
    const header = el(
      'header',
      {},
      el(
        'div',
        { class: 'bar import-bar' },
        langSwitch(this.lang, (l) => this.setLang(l)),
      ),
    );
    const section = el(
      'section',
      { class: 'step import', 'aria-labelledby': 'import-heading' },
      el('h2', { id: 'import-heading', tabindex: -1 }, this.t(IMPORT.heading)),
    );
    const p = this.phase;
    if (p.name === 'done') {
      const next = this.queue[this.position + 1];
      const fileName = this.current?.source.fileName ?? '';
      section.append(...reportView(this, p.report, fileName, next?.fileName ?? null, () => this.next()));
    } else if (this.current && (p.name === 'ready' || p.name === 'importing' || p.name === 'failed'))
      section.append(...this.previewView(this.current));
    else section.append(...this.pickView());
    replaceChildren(this.root, header, el('main', { id: 'main' }, section));
  }

  private pickView(): HTMLElement[] {
    const p = this.phase;
    return pickView({
      t: (text, params) => this.t(text, params),
      planName: this.plan.name,
      notice: this.init.notice,
      working:
        p.name === 'reading' || p.name === 'checking'
          ? this.t(p.name === 'reading' ? IMPORT.reading : IMPORT.checking, { file: p.file })
          : null,
      checkFailed: p.name === 'checkFailed' ? p.message : null,
      errors: this.pickErrors,
      pasted: this.pasted,
      sheets: this.sheets,
      sheet: this.sheet,
      onSheet: (name) => (this.sheet = name),
      onUseSheet: () => void this.useSheet(),
      onPasted: (text) => (this.pasted = text),
      onFiles: (files) => void this.readFiles(files),
      onUsePasted: () => this.usePasted(),
      onCheckAgain: () => void this.check(),
    });
  }

  private previewView(c: Current): HTMLElement[] {
    const p = this.phase;
    const importing = p.name === 'importing';
    const fileOf =
      this.queue.length > 1
        ? this.t(IMPORT.fileOf, { n: this.position + 1, total: this.queue.length })
        : null;
    const editor = el(
      'fieldset',
      { class: 'import-editor', disabled: importing },
      columnsEditor(this, c.draft),
    );
    const run = button(
      this.t(importing ? IMPORT.importing : p.name === 'failed' ? IMPORT.retry : IMPORT.import),
      () => {
        run.disabled = true; // before anything else: a second click must not send the file twice
        void this.runImport();
      },
      {
        id: 'import-run',
        class: 'primary',
        disabled: importing,
        'aria-busy': importing ? 'true' : null,
        'aria-describedby': 'import-status',
      },
    );
    const status = el('div', { id: 'import-status', tabindex: -1 });
    this.runButton = run;
    this.status = status;
    this.showStatus();
    return [
      // Files of the same pick that could not be used stay listed while the others are imported.
      ...(this.pickErrors.length
        ? [
            el(
              'ul',
              { class: 'warning skipped', id: 'import-skipped' },
              ...this.pickErrors.map((m) => el('li', {}, m)),
            ),
          ]
        : []),
      summary(this, c.draft, c.source, fileOf),
      problemsSection(this, c.draft.preview.problems),
      countingRules(this),
      editor,
      el(
        'div',
        { class: 'create import-run' },
        run,
        status,
        el(
          'div',
          { class: 'actions' },
          button(this.t(IMPORT.chooseOther), () => this.reset(), {
            id: 'import-choose-other',
            class: 'link',
            disabled: importing,
          }),
        ),
      ),
    ];
  }

  /** Fills the status under the Import button for the current phase. */
  private showStatus(): void {
    const status = this.status;
    if (!status) return;
    const p = this.phase;
    status.className = '';
    status.removeAttribute('role');
    if (p.name === 'importing') {
      status.className = 'progress';
      status.setAttribute('role', 'status');
      const text = this.t(IMPORT.progress, { n: p.index + 1, total: p.total });
      replaceChildren(
        status,
        el('progress', {
          id: 'import-progress',
          max: p.total,
          value: p.index,
          'aria-label': this.t(IMPORT.progressLabel),
        }),
        el('p', { id: 'import-progress-text' }, text),
      );
    } else if (p.name === 'failed') {
      status.className = 'failure';
      status.setAttribute('role', 'alert');
      replaceChildren(
        status,
        el('p', {}, p.message),
        el('p', { class: 'hint' }, this.t(IMPORT.previousKept)),
      );
    } else replaceChildren(status);
  }

  private focus(id: string): void {
    document.getElementById(id)?.focus();
  }

  // ----- actions -----

  private setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    this.render();
    this.focus(`lang-${lang}`);
  }

  /** Why a source cannot be imported, or null when it has a header row and records. */
  private unusable(source: ImportSource): string | null {
    if (source.rows.length === 0) return this.t(IMPORT.noRows, { file: source.fileName });
    if (source.rows.length === 1) return this.t(IMPORT.noDataRows, { file: source.fileName });
    return null;
  }

  private async readFiles(files: File[]): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.pickErrors = [];
    const sources: ImportSource[] = [];
    try {
      for (const file of files) {
        this.phase = { name: 'reading', file: file.name };
        this.render();
        try {
          const source = await readFile(file);
          const problem = this.unusable(source);
          if (problem) this.pickErrors.push(problem);
          else sources.push(source);
        } catch (error) {
          const kind = error instanceof NotTextError ? error.kind : null;
          const message = (error as Error).message;
          this.pickErrors.push(
            kind
              ? this.t(NOT_TEXT[kind], {
                  file: file.name,
                  cells: MAX_IMPORT_CELLS,
                  mb: MAX_ENTRY_BYTES / 2 ** 20,
                })
              : this.t(IMPORT.unreadable, { file: file.name, message }),
          );
        }
      }
    } finally {
      this.busy = false;
    }
    this.queueSources(sources);
  }

  /** Reads the chosen sheet's rows from the server, then checks them like a file. */
  private async useSheet(): Promise<void> {
    const name = this.sheet || this.sheets[0];
    if (this.busy || name === undefined) return;
    this.busy = true;
    this.pickErrors = [];
    this.phase = { name: 'reading', file: name };
    this.render();
    let source: ImportSource | null = null;
    try {
      source = sourceFromSheet(name, await call('importSheetRows', name));
    } catch (error) {
      this.pickErrors.push(this.t(IMPORT.unreadable, { file: name, message: (error as Error).message }));
    } finally {
      this.busy = false;
    }
    const problem = source ? this.unusable(source) : null;
    if (problem) this.pickErrors.push(problem);
    this.queueSources(source && !problem ? [source] : []);
  }

  private usePasted(): void {
    if (this.busy) return;
    this.pickErrors = [];
    if (this.pasted.trim() === '') {
      this.pickErrors.push(this.t(IMPORT.pasteEmpty));
      this.render();
      this.focus('import-paste');
      return;
    }
    const source = sourceFromText(this.t(IMPORT.pastedName), this.pasted, 'pasted');
    const problem = this.unusable(source);
    if (problem) this.pickErrors.push(problem);
    this.queueSources(problem ? [] : [source]);
  }

  /** Queues the sources read and checks the first; with none, back to picking with the errors. */
  private queueSources(sources: ImportSource[]): void {
    this.queue = sources;
    this.position = 0;
    this.current = null;
    if (sources.length) {
      void this.check();
      return;
    }
    this.phase = { name: 'pick' };
    this.render();
    this.focus(this.pickErrors.length ? 'import-files' : 'import-heading');
  }

  /** Asks the server what the current source is (on the first PREVIEW_ROWS of a large file). */
  private async check(): Promise<void> {
    const source = this.queue[this.position];
    if (!source || this.busy) return;
    this.busy = true;
    this.phase = { name: 'checking', file: source.fileName };
    this.render();
    try {
      const rows = previewRows(source.rows);
      const preview = await call('previewImport', source.fileName, rows);
      const targets = {
        stages: this.plan.stages.map((s) => s.id),
        channels: this.plan.channels.map((c) => c.id),
      };
      this.current = { source, draft: new ImportDraft(preview, rows, targets), upload: null };
      this.phase = { name: 'ready' };
    } catch (error) {
      this.phase = { name: 'checkFailed', message: (error as Error).message };
    } finally {
      this.busy = false;
    }
    this.render();
    this.focus(this.phase.name === 'ready' ? 'import-heading' : 'import-status');
  }

  /** Sends the chunks from the first one not yet accepted; a changed choice starts a new upload. */
  private async runImport(): Promise<void> {
    const c = this.current;
    if (!c || this.busy) return;
    this.busy = true;
    const choice = c.draft.choice();
    const key = JSON.stringify(choice);
    if (!c.upload || c.upload.choice !== key)
      c.upload = {
        id: uploadId(),
        choice: key,
        chunks: uploadChunks(c.source.rows),
        next: 0,
        failedAt: null,
      };
    const upload = c.upload;
    const total = upload.chunks.length;
    this.phase = { name: 'importing', index: upload.next, total };
    this.render();
    this.focus('import-status');
    try {
      for (let index = upload.next; index < total; index++) {
        this.phase = { name: 'importing', index, total };
        this.showStatus();
        const rows = upload.chunks[index] ?? [];
        const sent: ImportChoice = { ...choice, upload: { id: upload.id, index, total } };
        const report = await call('applyImport', c.source.fileName, rows, sent);
        if (!report.ok) {
          // The server refused the upload (bad rows, too large, parts lost): the next try starts over.
          this.phase = { name: 'failed', message: this.t(IMPORT.refused, { message: report.message }) };
          c.upload = null;
          break;
        }
        upload.next = index + 1;
        if (index < total - 1) continue;
        if (report.complete) this.phase = { name: 'done', report };
        else {
          // The server holds no whole file under this id: the next try sends everything again.
          this.phase = { name: 'failed', message: this.t(IMPORT.incomplete) };
          c.upload = null;
        }
      }
    } catch (error) {
      // A call can fail after the server kept its chunk; sending that chunk again is then refused
      // (the server counts parts), so a second failure at the same chunk starts over next time.
      const again = upload.failedAt === upload.next;
      upload.failedAt = upload.next;
      if (again) c.upload = null;
      const params = { n: upload.next + 1, total, message: (error as Error).message };
      this.phase = {
        name: 'failed',
        message: this.t(again ? IMPORT.chunkFailedAgain : IMPORT.chunkFailed, params),
      };
    } finally {
      this.busy = false;
    }
    this.render();
    this.focus('import-status');
  }

  /** The next queued file, or back to picking. */
  private next(): void {
    if (this.busy) return;
    if (this.position + 1 < this.queue.length) {
      this.position++;
      this.current = null;
      void this.check();
      return;
    }
    this.reset();
  }

  private reset(): void {
    if (this.busy) return;
    this.queue = [];
    this.position = 0;
    this.current = null;
    this.pickErrors = [];
    this.phase = { name: 'pick' };
    this.render();
    this.focus('import-heading');
  }
}
