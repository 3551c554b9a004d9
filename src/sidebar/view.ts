/**
 * What a step builds its form with. Inputs are created once per render; on every keystroke only the
 * "live" parts (errors, hints, computed numbers) update, so typing never loses focus or lags.
 */
import { render as renderText, type Lang, type Params, type Text } from '../core/i18n';
import type { WizardMode } from '../core/api';
import type { Plan } from '../core/plan';
import type { Derived } from './derive';
import { el, setText, show } from './dom';
import { fieldId, getAt, readInput, setAt, showValue, type FieldKind } from './fields';

export type ApplyState =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'done'; message: string; sheets: string[] }
  | { status: 'issues'; message: string }
  | { status: 'failed'; message: string };

export type Focus = string | ((plan: Plan) => string);

/** The wizard as a step sees it. */
export interface Host {
  readonly lang: Lang;
  readonly mode: WizardMode;
  readonly plan: Plan;
  readonly applyState: ApplyState;
  /** What the last recompute found. */
  readonly derived: Derived;
  /** A value changed: recompute and update the live parts. */
  change(path: string, value: unknown): void;
  /**
   * The plan's shape changed (or a label depends on the value): edit, re-render, then focus the
   * element with id `focus` (or the id it returns for the edited plan).
   */
  restructure(edit: (plan: Plan) => void, focus?: Focus): void;
  goTo(step: number, focusId?: string): void;
  /** Switches the currency, resizing sample amounts or warning that typed ones stay as they are. */
  switchCurrency(currency: string): void;
  /** Sends the plan to the server; settles once the result (or the failure) is shown. */
  apply(): Promise<void>;
}

export interface FieldOptions {
  path: string;
  kind: FieldKind;
  label: string;
  /** Shown after the input: "%", "JPY", "months". */
  suffix?: string;
  hint?: string;
  multiline?: boolean;
  /** Extra class on the wrapper, e.g. "narrow" for a short number. */
  className?: string;
  /** What an emptied input writes, for optional values (null: "use the default"). */
  blank?: null;
}

export interface SelectOptions {
  path: string;
  label: string;
  options: { value: string | number; label: string }[];
  /** Re-render after a change, for choices that change labels elsewhere (currency, goal type). */
  restructure?: boolean;
  /** Replaces the plain write of the picked value (implies a re-render). */
  onPick?: (plan: Plan, value: string | number) => void;
  /** Hands the picked value to the wizard instead (which edits and re-renders itself). */
  onSelect?: (value: string | number) => void;
  className?: string;
}

export interface Field {
  wrap: HTMLElement;
  input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  /** A slot under the input for step-specific live notes (typical ranges, percent hints). */
  note: HTMLElement;
  error: HTMLElement;
}

export class View {
  private readonly updaters: ((d: Derived) => void)[] = [];

  constructor(readonly host: Host) {}

  get lang(): Lang {
    return this.host.lang;
  }

  get plan(): Plan {
    return this.host.plan;
  }

  t(text: Text, params?: Params): string {
    return renderText(text, this.host.lang, params);
  }

  /** Registers an update that runs after every recompute. */
  live(update: (d: Derived) => void): void {
    this.updaters.push(update);
  }

  update(d: Derived): void {
    for (const u of this.updaters) u(d);
  }

  field(o: FieldOptions): Field {
    const id = fieldId(o.path);
    const input = o.multiline
      ? el('textarea', { id, rows: 2 })
      : el('input', {
          id,
          type: 'text',
          inputmode: o.kind === 'text' ? null : 'decimal',
          autocomplete: 'off',
          spellcheck: o.kind === 'text' ? null : 'false',
        });
    input.value = showValue(o.kind, getAt(this.plan, o.path));
    input.addEventListener('input', () =>
      this.host.change(
        o.path,
        o.blank !== undefined && input.value.trim() === '' ? o.blank : readInput(o.kind, input.value),
      ),
    );
    return this.wrap(o.path, o.label, input, o.suffix, o.hint, o.className);
  }

  select(o: SelectOptions): Field {
    const id = fieldId(o.path);
    const current = getAt(this.plan, o.path);
    const input = el('select', { id });
    for (const opt of o.options) {
      const option = el('option', { value: String(opt.value) }, opt.label);
      option.selected = opt.value === current;
      input.appendChild(option);
    }
    input.addEventListener('change', () => {
      const picked = o.options[input.selectedIndex]?.value;
      const onPick = o.onPick;
      if (o.onSelect) {
        if (picked !== undefined) o.onSelect(picked);
      } else if (onPick) {
        // A change always leaves an option selected; with none there is nothing to switch to.
        if (picked !== undefined) this.host.restructure((plan) => onPick(plan, picked), id);
      } else if (o.restructure) this.host.restructure((plan) => setAt(plan, o.path, picked), id);
      else this.host.change(o.path, picked);
    });
    return this.wrap(o.path, o.label, input, undefined, undefined, o.className);
  }

  private wrap(
    path: string,
    label: string,
    input: Field['input'],
    suffix?: string,
    hint?: string,
    className?: string,
  ): Field {
    const errorId = `${input.id}-error`;
    const hintId = hint ? `${input.id}-hint` : null;
    const note = el('p', { class: 'note', id: `${input.id}-note`, 'aria-live': 'polite' });
    const error = el('p', { class: 'error', id: errorId, 'aria-live': 'polite' });
    note.hidden = true;
    error.hidden = true;
    input.setAttribute('aria-describedby', [hintId, note.id, errorId].filter(Boolean).join(' '));
    const wrap = el(
      'div',
      { class: `field${className ? ` ${className}` : ''}` },
      el('label', { for: input.id }, label),
      el('div', { class: 'control' }, input, suffix ? el('span', { class: 'suffix' }, suffix) : null),
      hintId ? el('p', { class: 'hint', id: hintId }, hint) : null,
      note,
      error,
    );
    this.live((d) => {
      const issue = d.byPath.get(path);
      const message = issue ? issue.message[this.lang] : '';
      setText(error, message);
      show(error, message !== '');
      if (issue) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
      wrap.classList.toggle('invalid', !!issue);
    });
    return { wrap, input, note, error };
  }
}

/** Sets a note's text (empty hides it) and its tone. */
/**
 * Lays fields out side by side with their notes and errors below the row at full width, where a
 * long message has room (a 130 px column would wrap it word by word).
 */
export function fieldRow(...fields: Field[]): HTMLElement[] {
  return [
    el('div', { class: 'row' }, ...fields.map((f) => f.wrap)),
    ...fields.flatMap((f) => [f.note, f.error]),
  ];
}

export function setNote(note: HTMLElement, text: string, tone: 'info' | 'warn' = 'info'): void {
  setText(note, text);
  show(note, text !== '');
  note.classList.toggle('warn', tone === 'warn');
}
