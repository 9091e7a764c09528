import { pino, type DestinationStream, type Logger, type LevelWithSilent } from 'pino';

export type { Logger };

/** Structured JSON logs, one line per event, tagged with the service's name; to stdout by default. */
export function createLogger(
  service: string,
  level: LevelWithSilent = 'info',
  destination?: DestinationStream,
): Logger {
  const options = {
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: { err: safeError, error: safeError },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * Writes a line logged elsewhere in this format (by a worker thread's logger, at this logger's
 * level) where this logger writes, as it is: logging it again would serialise its `err` anew.
 */
export function writeLogLine(logger: Logger, line: string): void {
  (logger as unknown as Record<symbol, DestinationStream>)[pino.symbols.streamSym]!.write(line);
}

interface DatabaseErrorFields {
  code?: unknown;
  routine?: unknown;
  constraint_name?: unknown;
  constraint?: unknown;
  table_name?: unknown;
  table?: unknown;
}

const isDatabaseError = (candidate: unknown): candidate is Error & DatabaseErrorFields =>
  candidate instanceof Error &&
  typeof (candidate as DatabaseErrorFields).code === 'string' &&
  /^[0-9A-Z]{5}$/.test((candidate as DatabaseErrorFields).code as string);

/**
 * An error as the log may show it: never personal data. A failed statement is logged by its
 * SQL text (placeholders only) and the database's error code, constraint and table: its
 * parameters, and the database's message and detail, can quote the values written ("Key
 * (email)=(…) already exists", "invalid input syntax …: \"…\"").
 */
export function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const cause = (error as { cause?: unknown }).cause;
  const database = [error, cause].find(isDatabaseError);
  const query = (error as { query?: unknown }).query;
  if (database || typeof query === 'string') {
    return {
      type: error.name,
      ...(typeof query === 'string' ? { query } : {}),
      ...(database
        ? {
            code: database.code,
            routine: database.routine,
            constraint: database.constraint_name ?? database.constraint,
            table: database.table_name ?? database.table,
          }
        : {}),
      stack: stackFrames(error),
    };
  }
  return {
    type: error.name,
    message: error.message,
    stack: stackFrames(error),
    ...(cause instanceof Error ? { cause: safeError(cause) } : {}),
  };
}

/** Where the error was thrown: the stack without its first line, which repeats the message. */
function stackFrames(error: Error): string | undefined {
  return error.stack
    ?.split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
}
