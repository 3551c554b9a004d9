/**
 * Ui.alert and Ui.prompt as a modal like Sheets draws them. Used by the page and, when the sidebar
 * is opened on its own, by the sidebar shim, so it brings its own styles.
 */
import type { Answer, Question } from './api';
import { el } from './dom';
import { t, type Lang } from './strings';

const STYLE = `
.kpi-modal-backdrop{position:fixed;inset:0;background:rgba(32,33,36,.45);display:flex;align-items:center;
justify-content:center;z-index:1000;padding:16px;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,
"Helvetica Neue",Arial,"Hiragino Sans","Yu Gothic UI",Meiryo,"IPAGothic",sans-serif;color:#1f1f1f}
.kpi-modal{background:#fff;border-radius:8px;box-shadow:0 4px 8px 3px rgba(60,64,67,.15),0 1px 3px rgba(60,64,67,.3);
width:min(480px,100%);max-height:min(80vh,640px);display:flex;flex-direction:column;outline:none}
.kpi-modal.wide{width:min(720px,100%);height:min(80vh,560px)}
.kpi-modal-head{display:flex;align-items:flex-start;gap:8px;padding:20px 16px 4px 24px}
.kpi-modal-title{flex:1;margin:0;font-size:18px;font-weight:400;line-height:1.4;word-break:break-word}
.kpi-modal-x{border:0;background:none;width:32px;height:32px;border-radius:50%;cursor:pointer;color:#444746;font-size:16px;margin-top:-4px}
.kpi-modal-x:hover{background:#f1f3f4}
.kpi-modal-body{padding:4px 24px 8px;overflow:auto;white-space:pre-wrap;word-break:break-word;color:#444746}
.kpi-modal-body iframe{border:0;width:100%;height:100%;min-height:300px}
.kpi-modal-input{margin:8px 24px 0;padding:8px 10px;border:1px solid #747775;border-radius:4px;font:inherit}
.kpi-modal-input:focus{outline:2px solid #0b57d0;border-color:transparent}
.kpi-modal-buttons{display:flex;justify-content:flex-end;gap:8px;padding:16px 24px 20px;flex-wrap:wrap}
.kpi-modal-buttons button{min-width:72px;height:36px;padding:0 18px;border-radius:18px;font:500 14px/1 inherit;
font-family:inherit;cursor:pointer;border:1px solid #747775;background:#fff;color:#0b57d0}
.kpi-modal-buttons button:hover{background:#f0f4fa}
.kpi-modal-buttons button.primary{background:#0b57d0;border-color:#0b57d0;color:#fff}
.kpi-modal-buttons button.primary:hover{background:#1f62d6;box-shadow:0 1px 2px rgba(60,64,67,.3)}
.kpi-modal.error .kpi-modal-title{color:#b3261e}
`;

function ensureStyle(): void {
  if (document.getElementById('kpi-modal-style')) return;
  const style = el('style', { attrs: { id: 'kpi-modal-style' } });
  style.textContent = STYLE;
  document.head.appendChild(style);
}

const PRIMARY: Record<string, boolean> = { OK: true, YES: true };

interface ModalSpec {
  title: string;
  message?: string;
  buttons: { id: string; label: string; primary?: boolean }[];
  input?: boolean;
  frameSrc?: string;
  error?: boolean;
  lang: Lang;
}

/** Shows one modal; resolves with the button chosen (CLOSE for the x or Escape) and the text. */
function openModal(spec: ModalSpec): Promise<{ button: string; text: string }> {
  ensureStyle();
  return new Promise((resolve) => {
    const previous = document.activeElement as HTMLElement | null;
    const titleId = `kpi-modal-title-${Math.random().toString(36).slice(2)}`;
    const input = spec.input ? el('input', { className: 'kpi-modal-input', attrs: { type: 'text' } }) : null;
    const close = (button: string) => {
      backdrop.remove();
      document.removeEventListener('keydown', onKey, true);
      window.removeEventListener('message', onMessage);
      previous?.focus?.();
      resolve({ button, text: input?.value ?? '' });
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close('CLOSE');
      } else if (event.key === 'Enter' && input && document.activeElement === input) {
        event.preventDefault();
        close(spec.buttons[0].id);
      }
    };
    const buttons = spec.buttons.map((b) => {
      const button = el('button', {
        className: b.primary ? 'primary' : '',
        text: b.label,
        attrs: { type: 'button', 'data-button': b.id },
      });
      button.addEventListener('click', () => close(b.id));
      return button;
    });
    const x = el('button', {
      className: 'kpi-modal-x',
      text: '\u2715',
      attrs: { type: 'button', 'aria-label': t('CLOSE', spec.lang) },
    });
    x.addEventListener('click', () => close('CLOSE'));
    let frame: HTMLIFrameElement | null = null;
    // google.script.host.close() inside a framed dialog closes it.
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { source?: string; type?: string } | null;
      if (
        frame &&
        event.source === frame.contentWindow &&
        data?.source === 'kpi-preview' &&
        data.type === 'close'
      ) {
        close('CLOSE');
      }
    };
    window.addEventListener('message', onMessage);
    let body: HTMLElement | null = null;
    if (spec.frameSrc) {
      frame = el('iframe', { attrs: { src: spec.frameSrc, title: spec.title } });
      body = el('div', { className: 'kpi-modal-body' }, [frame]);
    } else if (spec.message) body = el('div', { className: 'kpi-modal-body', text: spec.message });
    const dialog = el(
      'div',
      {
        className: `kpi-modal${spec.error ? ' error' : ''}${spec.frameSrc ? ' wide' : ''}`,
        attrs: {
          role: spec.error ? 'alertdialog' : 'dialog',
          'aria-modal': 'true',
          'aria-labelledby': titleId,
          tabindex: '-1',
        },
      },
      [
        el('div', { className: 'kpi-modal-head' }, [
          el('h2', { className: 'kpi-modal-title', text: spec.title, attrs: { id: titleId } }),
          x,
        ]),
        body,
        input,
        buttons.length ? el('div', { className: 'kpi-modal-buttons' }, buttons) : null,
      ],
    );
    const backdrop = el('div', { className: 'kpi-modal-backdrop' }, [dialog]);
    document.body.appendChild(backdrop);
    document.addEventListener('keydown', onKey, true);
    (input ?? buttons.find((_, i) => spec.buttons[i].primary) ?? buttons[0] ?? dialog).focus();
  });
}

/** A Yes/No (or OK/Cancel, or prompt) question from the add-on. */
export async function askQuestion(question: Question, lang: Lang): Promise<Answer> {
  const { button, text } = await openModal({
    title: question.title ?? question.prompt,
    message: question.title ? question.prompt : undefined,
    buttons: question.buttons.map((id) => ({ id, label: t(id, lang), primary: PRIMARY[id] })),
    input: question.kind === 'prompt',
    lang,
  });
  return { button: button as Answer['button'], text, prompt: question.prompt };
}

/** An information alert (OK only), or an error when `error` is set. */
export async function showNotice(
  title: string | null,
  message: string,
  lang: Lang,
  options: { error?: boolean } = {},
): Promise<void> {
  await openModal({
    title: title ?? (options.error ? t('error', lang) : message),
    message: title || options.error ? message : undefined,
    buttons: [{ id: 'OK', label: t('OK', lang), primary: true }],
    error: options.error,
    lang,
  });
}

/** An HTML dialog the add-on showed (showModalDialog), framed from the server. */
export async function showHtmlDialog(title: string, src: string, lang: Lang): Promise<void> {
  await openModal({ title, frameSrc: src, buttons: [], lang });
}
