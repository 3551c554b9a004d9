/**
 * google.script.run for the sidebar in the preview: any function name, the with* handlers, JSON in
 * and out like Apps Script. Injected before the sidebar's own scripts. Framed by the preview page
 * (?host=preview), questions and alerts go to the page; opened on its own, it shows them itself.
 */
import { api, withAnswers, type ActionReport, type Answer, type Question } from './api';
import { SOURCE, isMessage } from './messages';
import { askQuestion, showNotice } from './modal';

type Handler = (value: unknown, userObject?: unknown) => void;
interface RunnerState {
  success?: Handler;
  failure?: Handler;
  userObject?: unknown;
}

const config = (window as unknown as { __kpiPreview?: { lang?: string } }).__kpiPreview ?? {};
const lang = config.lang === 'ja' ? 'ja' : 'en';
const framed = window.parent !== window && new URLSearchParams(location.search).get('host') === 'preview';

let nextId = 1;
const waiting = new Map<number, (value: unknown) => void>();

window.addEventListener('message', (event) => {
  if (event.origin !== location.origin || event.source !== window.parent) return;
  const data = event.data as unknown;
  if (!isMessage<{ source: string; type: string; id: number; answer?: Answer }>(data)) return;
  const resolve = waiting.get(data.id);
  if (!resolve) return;
  waiting.delete(data.id);
  resolve(data.answer);
});

/** Posts to the page and resolves with its reply (an answer, or an acknowledgement). */
function toParent(
  message: { type: 'question'; question: Question } | { type: 'ran'; report: ActionReport },
): Promise<unknown> {
  return new Promise((resolve) => {
    const id = nextId++;
    waiting.set(id, resolve);
    window.parent.postMessage({ ...message, source: SOURCE, id }, location.origin);
  });
}

function ask(question: Question): Promise<Answer> {
  if (!framed) return askQuestion(question, lang);
  return toParent({ type: 'question', question }) as Promise<Answer>;
}

/** Like Apps Script: the server's alerts are dismissed before the handler runs. */
async function reportToUser(report: ActionReport): Promise<void> {
  if (framed) {
    await toParent({ type: 'ran', report });
    return;
  }
  for (const alert of report.alerts) await showNotice(alert.title, alert.message, lang);
}

/** Apps Script refuses Dates, functions and DOM nodes as arguments. */
function illegal(value: unknown, path: string, depth = 0): string | null {
  if (value instanceof Date || typeof value === 'function' || value instanceof Node) return path;
  if (value === null || typeof value !== 'object' || depth > 50) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = illegal(item, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

function invoke(name: string, args: unknown[], state: RunnerState): void {
  const bad = illegal(args, 'args');
  if (bad) throw new Error(`Failed due to illegal value in property: ${bad.replace(/^args\./, '')}`);
  const payload = JSON.parse(JSON.stringify(args)) as unknown[];
  void (async () => {
    let report: ActionReport;
    try {
      report = await withAnswers(
        (answers) => api<ActionReport>('/api/run', { name, args: payload, answers }),
        ask,
      );
    } catch (error) {
      report = { status: 'error', error: (error as Error).message, alerts: [], toasts: [], opened: [] };
    }
    await reportToUser(report);
    if (report.status === 'done') {
      state.success?.(report.result, state.userObject);
      return;
    }
    const error = new Error(report.error ?? `${name} failed`);
    if (state.failure) state.failure(error, state.userObject);
    else console.error(error);
  })();
}

function runner(state: RunnerState): unknown {
  return new Proxy(
    {},
    {
      get(_target, prop) {
        if (typeof prop !== 'string' || prop === 'then' || prop === 'toJSON') return undefined;
        if (prop === 'withSuccessHandler') return (f: Handler) => runner({ ...state, success: f });
        if (prop === 'withFailureHandler') return (f: Handler) => runner({ ...state, failure: f });
        if (prop === 'withUserObject') return (o: unknown) => runner({ ...state, userObject: o });
        return (...args: unknown[]) => invoke(prop, args, state);
      },
    },
  );
}

const host = {
  origin: location.origin,
  close(): void {
    if (framed) window.parent.postMessage({ source: SOURCE, type: 'close' }, location.origin);
  },
};

(window as unknown as { google: unknown }).google = { script: { run: runner({}), host } };
