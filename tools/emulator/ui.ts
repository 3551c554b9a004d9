import { Button, ButtonSet, EnumValue, asReal, enumKey, type ButtonName, type ButtonSetName } from './enums';

type Ui = GoogleAppsScript.Base.Ui;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export interface MenuEntry {
  caption: string;
  functionName: string;
}

export interface DialogRecord {
  kind: 'alert' | 'prompt';
  title: string | null;
  prompt: string;
  buttonSet: ButtonSetName;
  /** The buttons the dialog offers (the user may also close it: CLOSE). */
  buttons: ButtonName[];
  answer: ButtonName | null;
  responseText: string | null;
}

export interface ShownHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
  width: number | null;
  height: number | null;
}

export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number | null;
}

/**
 * Thrown when the add-on opens an alert or prompt and no answer was queued: the preview can show
 * the question, then replay the action with ui.answerNext(...).
 */
export class UnansweredDialogError extends Error {
  constructor(readonly dialog: DialogRecord) {
    super(`Unanswered ${dialog.kind}: ${dialog.title ? `${dialog.title}: ` : ''}${dialog.prompt}`);
    this.name = 'UnansweredDialogError';
  }
}

const BUTTONS: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

/** OK stands for the positive button and CANCEL for the negative one when a default must fit. */
const EQUIVALENT: Partial<Record<ButtonName, ButtonName>> = {
  OK: 'YES',
  CANCEL: 'NO',
  YES: 'OK',
  NO: 'CANCEL',
};

type ButtonLike = ButtonName | EnumValue | GoogleAppsScript.Base.Button;

/** Picks the answer to a dialog nothing was queued for, or returns null to pass it on. */
export type DialogResponder = (
  dialog: DialogRecord,
) => ButtonName | { button: ButtonName; text?: string } | null;

/** What the add-on did to the user interface, and the scripted user who answers its dialogs. */
export class FakeUi {
  private currentMenu: MenuEntry[] = [];
  private menuTitle: string | null = null;
  private readonly dialogLog: DialogRecord[] = [];
  private readonly shownLog: ShownHtml[] = [];
  private readonly toastLog: ToastRecord[] = [];
  private readonly answers: { button: ButtonName; text: string }[] = [];
  private defaultAnswer: ButtonName | null = null;
  private acknowledging = false;
  private responder: DialogResponder | null = null;

  /** The menu of the last addToUi(), submenu items as "Submenu > Item". */
  menu(): MenuEntry[] {
    return this.currentMenu.map((e) => ({ ...e }));
  }
  menuName(): string | null {
    return this.menuTitle;
  }
  dialogs(): DialogRecord[] {
    return this.dialogLog.map((d) => ({ ...d, buttons: [...d.buttons] }));
  }
  /** The last sidebar shown, or null. */
  sidebar(): ShownHtml | null {
    return [...this.shownLog].reverse().find((s) => s.kind === 'sidebar') ?? null;
  }
  /** Every sidebar and dialog shown, in order. */
  shown(): ShownHtml[] {
    return [...this.shownLog];
  }
  toasts(): ToastRecord[] {
    return [...this.toastLog];
  }
  /** Queues the button (and prompt text) the user will pick in the next alert or prompt. */
  answerNext(button: ButtonLike, responseText = ''): void {
    this.answers.push({ button: enumKey(button) as ButtonName, text: responseText });
  }
  /** The answer when nothing is queued; null makes unanswered dialogs throw UnansweredDialogError. */
  setDefaultAnswer(button: ButtonLike | null): void {
    this.defaultAnswer = button === null ? null : (enumKey(button) as ButtonName);
  }

  /**
   * With true, alerts that only offer OK (information, nothing to decide) are answered OK and
   * recorded; questions still take a queued answer, the responder or the default, or throw.
   */
  autoAcknowledge(on = true): void {
    this.acknowledging = on;
  }
  /** Consulted for each dialog nothing was queued for (after autoAcknowledge); null removes it. */
  setResponder(responder: DialogResponder | null): void {
    this.responder = responder;
  }

  // ---- called by the Ui the add-on holds ---------------------------------------------------------

  setMenu(title: string | null, entries: MenuEntry[]): void {
    this.menuTitle = title;
    this.currentMenu = entries;
  }
  show(entry: ShownHtml): void {
    this.shownLog.push(entry);
  }
  toast(entry: ToastRecord): void {
    this.toastLog.push(entry);
  }
  ask(
    kind: DialogRecord['kind'],
    title: string | null,
    prompt: string,
    buttonSet: ButtonSetName,
  ): DialogRecord {
    const buttons = BUTTONS[buttonSet];
    const record: DialogRecord = {
      kind,
      title,
      prompt,
      buttonSet,
      buttons,
      answer: null,
      responseText: null,
    };
    this.dialogLog.push(record);
    const queued = this.answers.shift();
    if (queued) return answered(record, queued.button, queued.text, 'queued');
    if (this.acknowledging && kind === 'alert' && buttonSet === 'OK')
      return answered(record, 'OK', '', 'automatic');
    const response = this.responder?.({ ...record, buttons: [...buttons] }) ?? null;
    if (response !== null) {
      const { button, text = '' } = typeof response === 'string' ? { button: response } : response;
      return answered(record, button, text, 'responder');
    }
    const fallback = this.defaultAnswer;
    const fitting =
      fallback && (buttons.includes(fallback) || fallback === 'CLOSE')
        ? fallback
        : fallback
          ? EQUIVALENT[fallback]
          : undefined;
    if (!fitting || !(buttons.includes(fitting) || fitting === 'CLOSE'))
      throw new UnansweredDialogError({ ...record });
    record.answer = fitting;
    record.responseText = kind === 'prompt' ? '' : null;
    return record;
  }
}

function answered(record: DialogRecord, button: ButtonName, text: string, source: string): DialogRecord {
  if (button !== 'CLOSE' && !record.buttons.includes(button)) {
    throw new Error(
      `The ${source} answer ${button} is not a button of this dialog (${record.buttons.join(', ')}).`,
    );
  }
  record.answer = button;
  record.responseText = record.kind === 'prompt' ? text : null;
  return record;
}

type MenuItem =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; menu: FakeMenu };

export class FakeMenu implements GoogleAppsScript.Base.Menu {
  readonly items: MenuItem[] = [];
  constructor(
    private readonly ui: FakeUi,
    readonly caption: string | null,
  ) {}
  addItem(caption: string, functionName: string): GoogleAppsScript.Base.Menu {
    this.items.push({ kind: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): GoogleAppsScript.Base.Menu {
    this.items.push({ kind: 'separator' });
    return this;
  }
  addSubMenu(menu: GoogleAppsScript.Base.Menu): GoogleAppsScript.Base.Menu {
    if (!(menu instanceof FakeMenu)) throw new Error('Expected a Menu from createMenu().');
    this.items.push({ kind: 'submenu', menu });
    return this;
  }
  addToUi(): void {
    this.ui.setMenu(this.caption, this.entries());
  }
  entries(prefix = ''): MenuEntry[] {
    return this.items.flatMap((item): MenuEntry[] => {
      if (item.kind === 'item') return [{ caption: prefix + item.caption, functionName: item.functionName }];
      if (item.kind === 'submenu') return item.menu.entries(`${prefix}${item.menu.caption ?? ''} > `);
      return [];
    });
  }
}

class FakePromptResponse implements GoogleAppsScript.Base.PromptResponse {
  constructor(private readonly record: DialogRecord) {}
  getResponseText(): string {
    return this.record.responseText ?? '';
  }
  getSelectedButton(): GoogleAppsScript.Base.Button {
    return asReal(Button[this.record.answer ?? 'CLOSE']);
  }
}

function buttonSetName(value: unknown): ButtonSetName {
  const key = enumKey(value);
  if (!(key in BUTTONS)) throw new Error(`Unknown ButtonSet: ${key}`);
  return key as ButtonSetName;
}

/** Dialog arguments: (prompt), (prompt, buttons) or (title, prompt, buttons). */
function dialogArgs(args: unknown[]): { title: string | null; prompt: string; buttonSet: ButtonSetName } {
  if (args.length >= 3)
    return { title: String(args[0]), prompt: String(args[1]), buttonSet: buttonSetName(args[2]) };
  if (args.length === 2 && args[1] instanceof EnumValue) {
    return { title: null, prompt: String(args[0]), buttonSet: buttonSetName(args[1]) };
  }
  if (args.length === 2) return { title: String(args[0]), prompt: String(args[1]), buttonSet: 'OK' };
  return { title: null, prompt: String(args[0] ?? ''), buttonSet: 'OK' };
}

/** SpreadsheetApp.getUi() */
export class ScriptUi implements Pick<
  Ui,
  | 'Button'
  | 'ButtonSet'
  | 'alert'
  | 'prompt'
  | 'createAddonMenu'
  | 'createMenu'
  | 'showSidebar'
  | 'showModalDialog'
  | 'showModelessDialog'
> {
  readonly Button = asReal<typeof GoogleAppsScript.Base.Button>(Button);
  readonly ButtonSet = asReal<typeof GoogleAppsScript.Base.ButtonSet>(ButtonSet);

  constructor(private readonly ui: FakeUi) {}

  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    const { title, prompt, buttonSet } = dialogArgs(args);
    return asReal(Button[this.ui.ask('alert', title, prompt, buttonSet).answer ?? 'CLOSE']);
  }
  prompt(...args: unknown[]): GoogleAppsScript.Base.PromptResponse {
    const { title, prompt, buttonSet } = dialogArgs(args);
    return new FakePromptResponse(this.ui.ask('prompt', title, prompt, buttonSet));
  }
  createAddonMenu(): GoogleAppsScript.Base.Menu {
    return new FakeMenu(this.ui, null);
  }
  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    return new FakeMenu(this.ui, String(caption));
  }
  showSidebar(userInterface: HtmlOutput): void {
    this.ui.show(shownHtml('sidebar', userInterface, userInterface.getTitle()));
  }
  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this.ui.show(shownHtml('modal', userInterface, title));
  }
  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this.ui.show(shownHtml('modeless', userInterface, title));
  }
}

function shownHtml(kind: ShownHtml['kind'], output: HtmlOutput, title: string): ShownHtml {
  return {
    kind,
    title: String(title),
    html: output.getContent(),
    width: output.getWidth() || null,
    height: output.getHeight() || null,
  };
}
