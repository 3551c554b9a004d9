/** Small, strict HTTP helpers for a server that only its own page on 127.0.0.1 may talk to. */
import type { IncomingMessage, ServerResponse } from 'node:http';

const MAX_BODY_BYTES = 1024 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The sidebar is one self-contained file: inline script and style, nothing from anywhere else. */
const SIDEBAR_CSP = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

export function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  csp: 'page' | 'sidebar' | null = null,
): void {
  const headers: Record<string, string> = {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'same-origin',
  };
  if (csp) headers['content-security-policy'] = csp === 'page' ? PAGE_CSP : SIDEBAR_CSP;
  res.writeHead(status, headers);
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/**
 * Only this page may call: the Host must be the loopback address we listen on (no DNS rebinding),
 * an Origin, when sent, must be ours, and POSTs must be JSON (other sites cannot send that
 * without a CORS preflight, which this server never grants).
 */
export function checkCaller(req: IncomingMessage, port: number): void {
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowed.includes(String(req.headers.host ?? ''))) throw new HttpError(403, 'Unexpected Host header.');
  const origin = req.headers.origin;
  if (origin !== undefined && !allowed.some((host) => origin === `http://${host}`)) {
    throw new HttpError(403, 'Cross-origin requests are not allowed.');
  }
  const fetchSite = req.headers['sec-fetch-site'];
  if (fetchSite === 'cross-site') throw new HttpError(403, 'Cross-site requests are not allowed.');
  if (req.method === 'POST' && !/^application\/json\b/i.test(String(req.headers['content-type'] ?? ''))) {
    throw new HttpError(415, 'POST a JSON body (content-type: application/json).');
  }
}

export function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const tooLarge = () => new HttpError(413, `The request body is over ${MAX_BODY_BYTES} bytes.`);
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) return reject(tooLarge());
      const text = Buffer.concat(chunks).toString('utf8');
      if (!text.trim()) return resolve({});
      try {
        const value: unknown = JSON.parse(text);
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
          return reject(new HttpError(400, 'The body must be a JSON object.'));
        }
        resolve(value as Record<string, unknown>);
      } catch {
        reject(new HttpError(400, 'The body is not valid JSON.'));
      }
    });
  });
}
