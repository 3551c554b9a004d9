import { AT_POSITION, ERROR_TEXT, type ErrorCode } from './catalog/errors';
import { render, type Lang, type Params } from './i18n';

/** A problem with one input, as plain data: what went wrong, where, and with what value. */
export interface Problem {
  code: ErrorCode;
  /** The input's name as the user sees it: a parameter name (`win_rate`) or a plan field path. */
  field: string;
  params?: Params;
  /** 1-based position inside a range argument, when the value came from a range. */
  at?: { row: number; col: number };
}

/** Thrown by core functions; carries a Problem so any face can render it in the user's language. */
export class KpiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(describe(problem, 'en'));
    this.name = 'KpiError';
    this.problem = problem;
  }
}

export function fail(code: ErrorCode, field: string, params: Params = {}): never {
  throw new KpiError({ code, field, params });
}

export function describe(problem: Problem, lang: Lang): string {
  const params = { ...problem.params, field: problem.field };
  let text = render(ERROR_TEXT[problem.code], lang, params);
  if (problem.at) text += render(AT_POSITION, lang, problem.at);
  return text;
}

/** Renders any thrown value for the user: KpiErrors in their language, anything else as-is. */
export function messageOf(error: unknown, lang: Lang): string {
  if (error instanceof KpiError) return describe(error.problem, lang);
  return error instanceof Error ? error.message : String(error);
}
