/** postMessage between the page and a framed sidebar or dialog (same origin only). */
import type { ActionReport, Answer, Question } from './api';

export const SOURCE = 'kpi-preview';

export type FrameMessage =
  | { source: typeof SOURCE; type: 'question'; id: number; question: Question }
  | { source: typeof SOURCE; type: 'ran'; id: number; report: ActionReport }
  | { source: typeof SOURCE; type: 'close' };

/** The reply to a question (with the answer) or to 'ran' (once its alerts are dismissed). */
export type PageMessage = { source: typeof SOURCE; type: 'reply'; id: number; answer?: Answer };

export function isMessage<T extends { source: string }>(data: unknown): data is T {
  return typeof data === 'object' && data !== null && (data as { source?: unknown }).source === SOURCE;
}
