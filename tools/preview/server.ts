/**
 * `npm start`: a local page where the real dist/Code.js runs against the in-memory spreadsheet.
 * Loopback only; the page and the sidebar load nothing from the network.
 *
 *   GET  /                 the page          GET /api/state            locale, menu, workbook, sidebar
 *   GET  /sidebar          the open sidebar  GET /dialog/<index>       an HTML dialog the add-on showed
 *   POST /api/menu   {functionName, answers}        a menu click
 *   POST /api/run    {name, args, answers}          google.script.run (JSON in and out)
 *   POST /api/cell   {sheet, row, col, value}       a user typing into a cell (-> refused: the rule's help text, or null)
 *   POST /api/activate {sheet}   POST /api/locale {locale}   POST /api/reset   POST /api/sidebar/close
 *   POST /api/test/setup {documentProperties?, userProperties?, cells?}   (testHooks only)
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { AppsScriptEnvironment, Instant } from '../emulator';
import type { ButtonName } from '../emulator/enums';
import { buildAssets, defaultSourceDir, withShim, type PreviewAssets } from './assets';
import { HttpError, checkCaller, readJson, send, sendJson } from './http';
import { MAX_ANSWERS, PreviewRuntime, type ActionReport, type Answer } from './runtime';

export interface PreviewOptions {
  /** 0 picks a free port; default 8765. */
  port?: number;
  /** en_US or ja (any Apps Script locale); default en_US. */
  locale?: string;
  /** Where Code.js and Sidebar.html are; default <cwd>/dist. */
  distDir?: string;
  /** Where page.html, page.ts and page.css are; default this module's folder. */
  sourceDir?: string;
  /** Enables POST /api/test/setup. */
  testHooks?: boolean;
  /** What the add-on's clock shows (tests pin it); default the real clock, so the sample plan starts now. */
  now?: Instant;
}

export interface Preview {
  url: string;
  /** The current in-memory Apps Script (a new one after Reset workbook). */
  readonly env: AppsScriptEnvironment;
  runtime: PreviewRuntime;
  close(): Promise<void>;
}

const BUTTONS: ButtonName[] = ['OK', 'CANCEL', 'YES', 'NO', 'CLOSE'];
const LOCALE = /^[a-z]{2,3}(?:[_-][A-Za-z]{2,4})?$/;

function answersOf(value: unknown): Answer[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_ANSWERS) {
    throw new HttpError(400, `answers must be an array of at most ${MAX_ANSWERS} answers.`);
  }
  return value.map((item): Answer => {
    const answer = typeof item === 'string' ? { button: item } : (item as Record<string, unknown>);
    const { button, text, prompt } = answer ?? {};
    if (!BUTTONS.includes(button as ButtonName))
      throw new HttpError(400, `Unknown button: ${String(button)}`);
    if (text !== undefined && (typeof text !== 'string' || text.length > 50_000)) {
      throw new HttpError(400, 'An answer text must be a string.');
    }
    if (prompt !== undefined && typeof prompt !== 'string')
      throw new HttpError(400, 'prompt must be a string.');
    return {
      button: button as ButtonName,
      text: text as string | undefined,
      prompt: prompt as string | undefined,
    };
  });
}

function stringField(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== 'string' || !value || value.length > 200)
    throw new HttpError(400, `${key} must be a string.`);
  return value;
}

function indexField(body: Record<string, unknown>, key: string): number {
  const value = body[key];
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 100_000) {
    throw new HttpError(400, `${key} must be a 1-based index.`);
  }
  return value as number;
}

function cellValue(value: unknown): string | number | boolean | null {
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return value;
  if (typeof value === 'string' && value.length <= 50_000) return value;
  throw new HttpError(400, 'value must be text, a number, a boolean or null.');
}

export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const distDir = resolve(options.distDir ?? join(process.cwd(), 'dist'));
  const assets: PreviewAssets = await buildAssets(options.sourceDir ?? defaultSourceDir());
  let runtime: PreviewRuntime;
  try {
    runtime = new PreviewRuntime({ distDir, locale: options.locale, now: options.now });
  } catch (error) {
    const reason = error instanceof Error ? error : new Error(String(error));
    reason.message = `Cannot load ${join(distDir, 'Code.js')} (run npm run build first): ${reason.message}`;
    throw reason;
  }
  let port = 0;

  const withState = (report: ActionReport | Record<string, never>) => ({ ...report, state: runtime.state() });

  async function post(path: string, body: Record<string, unknown>): Promise<unknown> {
    switch (path) {
      case '/api/menu': {
        const name = stringField(body, 'functionName');
        if (!runtime.env.ui.menu().some((item) => item.functionName === name)) {
          throw new HttpError(404, `${name} is not in the add-on menu.`);
        }
        return withState(runtime.run(name, [], answersOf(body.answers)));
      }
      case '/api/run': {
        const name = stringField(body, 'name');
        if (!runtime.globals().includes(name))
          throw new HttpError(404, `${name} is not a function of the add-on.`);
        const args = body.args ?? [];
        if (!Array.isArray(args)) throw new HttpError(400, 'args must be an array.');
        return runtime.run(name, args, answersOf(body.answers));
      }
      case '/api/cell': {
        const sheet = stringField(body, 'sheet');
        let refused: string | null;
        try {
          refused = runtime.editCell(
            sheet,
            indexField(body, 'row'),
            indexField(body, 'col'),
            cellValue(body.value),
          );
        } catch (error) {
          if (error instanceof HttpError) throw error;
          throw new HttpError(400, String((error as Error).message ?? error));
        }
        return { refused, state: runtime.state() };
      }
      case '/api/activate':
        try {
          runtime.activate(stringField(body, 'sheet'));
        } catch (error) {
          if (error instanceof HttpError) throw error;
          throw new HttpError(404, (error as Error).message);
        }
        return withState({});
      case '/api/locale': {
        const locale = stringField(body, 'locale');
        if (!LOCALE.test(locale)) throw new HttpError(400, 'locale must look like en_US or ja.');
        runtime.setLocale(locale);
        return withState({});
      }
      case '/api/reset':
        runtime.reset();
        return withState({});
      case '/api/sidebar/close':
        runtime.closeSidebar();
        return withState({});
      case '/api/test/setup':
        if (!options.testHooks) throw new HttpError(404, 'Not found.');
        setUp(runtime, body);
        return withState({});
      default:
        throw new HttpError(404, 'Not found.');
    }
  }

  function get(path: string, res: ServerResponse): void {
    if (path === '/' || path === '/index.html')
      return send(res, 200, 'text/html; charset=utf-8', assets.pageHtml, 'page');
    if (path === '/page.js') return send(res, 200, 'text/javascript; charset=utf-8', assets.pageJs);
    if (path === '/page.css') return send(res, 200, 'text/css; charset=utf-8', assets.pageCss);
    if (path === '/api/state') return sendJson(res, 200, runtime.state());
    const dialog = /^\/dialog\/(\d{1,6})$/.exec(path);
    if (path === '/sidebar' || dialog) {
      const html = runtime.shownHtml(dialog ? Number(dialog[1]) : undefined);
      if (html === null) throw new HttpError(404, 'No sidebar is open.');
      const page = withShim(html, assets.shimJs, { lang: runtime.state().lang });
      return send(res, 200, 'text/html; charset=utf-8', page, 'sidebar');
    }
    throw new HttpError(404, 'Not found.');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      checkCaller(req, port);
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      if (req.method === 'GET' || req.method === 'HEAD') return get(path, res);
      if (req.method !== 'POST') throw new HttpError(405, 'Method not allowed.');
      const body = await readJson(req);
      sendJson(res, 200, await post(path, body));
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (status === 500) console.error(error);
      if (!res.headersSent) sendJson(res, status, { error: message });
    }
  }

  const server = createServer((req, res) => void handle(req, res));
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 8765, '127.0.0.1', () => {
      server.off('error', fail);
      done();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    get env() {
      return runtime.env;
    },
    runtime,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** Test hook: property stores and cell values, as if an earlier session had left them. */
function setUp(runtime: PreviewRuntime, body: Record<string, unknown>): void {
  const { properties } = runtime.env;
  const stores = { documentProperties: properties.document, userProperties: properties.user };
  for (const [key, store] of Object.entries(stores)) {
    const values = body[key];
    if (values === undefined) continue;
    if (!values || typeof values !== 'object') throw new HttpError(400, `${key} must be an object.`);
    store.setProperties(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])));
  }
  const cells = body.cells ?? [];
  if (!Array.isArray(cells)) throw new HttpError(400, 'cells must be an array.');
  for (const cell of cells as Record<string, unknown>[]) {
    runtime.editCell(
      stringField(cell, 'sheet'),
      indexField(cell, 'row'),
      indexField(cell, 'col'),
      cellValue(cell.value),
    );
  }
}
