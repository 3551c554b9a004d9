import { formatString } from './utilities';

export interface LogEntry {
  source: 'Logger' | 'console';
  level: string;
  message: string;
}

/** Logger and console record what the add-on logs, silently. */
export class LogBook {
  readonly entries: LogEntry[] = [];
  add(source: LogEntry['source'], level: string, args: unknown[]): void {
    const [first, ...rest] = args;
    const message =
      typeof first === 'string' && rest.length > 0 && first.includes('%')
        ? formatString(first, ...rest)
        : args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    this.entries.push({ source, level, message });
  }
}

export class FakeLogger implements GoogleAppsScript.Base.Logger {
  constructor(private readonly book: LogBook) {}
  clear(): void {
    this.book.entries.splice(
      0,
      this.book.entries.length,
      ...this.book.entries.filter((e) => e.source !== 'Logger'),
    );
  }
  getLog(): string {
    return this.book.entries
      .filter((e) => e.source === 'Logger')
      .map((e) => e.message)
      .join('\n');
  }
  log(...args: unknown[]): GoogleAppsScript.Base.Logger {
    this.book.add('Logger', 'info', args);
    return this;
  }
}

export interface FakeConsole {
  log(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
  time(label?: string): void;
  timeEnd(label?: string): void;
}

export function fakeConsole(book: LogBook): FakeConsole {
  const at =
    (level: string) =>
    (...args: unknown[]) =>
      book.add('console', level, args);
  return {
    log: at('log'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    time: () => {},
    timeEnd: () => {},
  };
}
