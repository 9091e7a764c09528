import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from './logger.ts';

/** An expected error: its message and `extensions.code` reach the client as they are. */
export class UserFacingError extends GraphQLError {
  constructor(code: string, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class NotFoundError extends UserFacingError {
  constructor(what: string, key: string) {
    super('NOT_FOUND', `No ${what} has ${key}.`);
  }
}

export class BadUserInputError extends UserFacingError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, extensions);
  }
}

/** Codes raised by Apollo Server itself for bad requests; safe to show. */
const requestErrorCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Apollo's `formatError`: expected errors pass, everything else (SQL, stack traces, bugs) is
 * logged and replaced by a generic INTERNAL_SERVER_ERROR.
 */
export function maskUnexpectedErrors(logger: Logger, { fromSubgraphs = false } = {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.['code'];
    const expected =
      original instanceof UserFacingError ||
      (original instanceof GraphQLError && typeof code === 'string' && requestErrorCodes.has(code)) ||
      // At the gateway, a subgraph's error arrives as the plain JSON object the subgraph sent,
      // already masked there; errors raised in the gateway itself are Error instances.
      (fromSubgraphs && !(original instanceof Error) && typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR');
    if (expected) return formatted;
    logger.error({ err: original, path: formatted.path }, 'unexpected error');
    return {
      message: 'Internal server error',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** The row, or a NOT_FOUND error naming what was looked up: `found(row, 'unit', 'id …')`. */
export function found<T>(row: T | null | undefined, what: string, key: string): T {
  if (row === null || row === undefined) throw new NotFoundError(what, key);
  return row;
}
