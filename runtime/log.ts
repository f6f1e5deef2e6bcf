/**
 * The runtime's one logger: JSON lines on stderr, filtered by plan.operational.logLevel. Callers pass
 * fields explicitly; nothing here reads requests, so Authorization headers and tokens cannot slip in.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | null | undefined>;

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  /** True when messages at `level` are written, so callers can skip building fields nobody reads. */
  enabled(level: LogLevel): boolean;
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

export type LogSink = (line: string) => void;

export function createLogger(level: LogLevel, sink: LogSink = (line) => process.stderr.write(line)): Logger {
  const min = RANK[level];
  const emit = (lvl: LogLevel) => (msg: string, fields?: LogFields) => {
    if (RANK[lvl] < min) return;
    sink(JSON.stringify({ time: new Date().toISOString(), level: lvl, msg, ...fields }) + '\n');
  };
  return { enabled: (lvl) => RANK[lvl] >= min, debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** For tests and embedders that want silence. */
export const silentLogger: Logger = createLogger('error', () => {});
