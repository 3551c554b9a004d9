/** The preview server's JSON API, and the question-and-replay loop every action goes through. */
import type { ActionReport, Answer, PreviewState, Question } from '../runtime';

export type { ActionReport, Answer, PreviewState, Question };
export type StateReply = { state: PreviewState };
export type ActionReply = ActionReport & StateReply;
/** A cell edit: `refused` is the help text of the input rule that refused it, else null. */
export type CellReply = StateReply & { refused: string | null };

const MAX_QUESTIONS = 20;

export async function api<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store',
  });
  const value = (await response.json().catch(() => ({}))) as T & { error?: string };
  if (!response.ok) throw new Error(value.error ?? `${response.status} ${response.statusText}`);
  return value;
}

/**
 * Runs an action; when it asks a question, asks the user and runs it again from the start with
 * every answer so far (the add-on asks before it writes, so a replay is safe).
 */
export async function withAnswers<R extends ActionReport>(
  attempt: (answers: Answer[]) => Promise<R>,
  ask: (question: Question) => Promise<Answer>,
): Promise<R> {
  const answers: Answer[] = [];
  for (;;) {
    const report = await attempt(answers);
    if (report.status !== 'question' || !report.question) return report;
    if (answers.length >= MAX_QUESTIONS) throw new Error('The add-on kept asking questions.');
    answers.push(await ask(report.question));
  }
}
