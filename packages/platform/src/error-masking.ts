import { UserFacingError } from '@registers/graphql-kit';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from './logger.ts';

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

/** graphql-js's suggestions (`Did you mean "counties"?`, `Did you mean the enum value "SCHOOL"?`). */
const schemaHint = / ?Did you mean [^?]*\?/g;

/**
 * Apollo's `formatError`: expected errors pass, everything else (SQL, stack traces, bugs) is
 * logged and replaced by a generic INTERNAL_SERVER_ERROR. With `hideSchemaHints` (production)
 * no message suggests names from the schema: Apollo's own option strips them from validation
 * errors only, not from variable coercion errors or what a subgraph said.
 */
export function maskUnexpectedErrors(
  logger: Logger,
  { fromSubgraphs = false, hideSchemaHints = false } = {},
) {
  const format = maskUnexpected(logger, fromSubgraphs);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const masked = format(formatted, error);
    return hideSchemaHints ? { ...masked, message: masked.message.replace(schemaHint, '') } : masked;
  };
}

function maskUnexpected(logger: Logger, fromSubgraphs: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.['code'];
    const expected =
      original instanceof UserFacingError ||
      (isGraphQLError(original) && typeof code === 'string' && requestErrorCodes.has(code)) ||
      // The gateway tags a subgraph's errors with its name; the subgraph has masked them already.
      (fromSubgraphs &&
        typeof formatted.extensions?.['serviceName'] === 'string' &&
        typeof code === 'string' &&
        code !== 'INTERNAL_SERVER_ERROR');
    if (expected) return withShortValues(formatted);
    const unreachable = fromSubgraphs ? null : databaseConnectionFailure(original);
    if (unreachable) {
      // The code alone: drizzle's message holds the statement's parameters.
      logger.warn({ code: unreachable, path: formatted.path }, 'the database cannot be reached');
      return {
        message: 'The register cannot reach its database just now. Try again shortly.',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error');
    return {
      message: 'Internal server error',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * graphql-js quotes a refused variable's whole value in its message ("got invalid value …"):
 * a megabyte of input would come back as a megabyte of error. Quoted values are cut short.
 */
function withShortValues(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.message.length <= 500) return formatted;
  const message = formatted.message.replace(
    /"((?:[^"\\]|\\.){40})(?:[^"\\]|\\.)+"/g,
    (_quoted, start: string) => `"${start}…"`,
  );
  return { ...formatted, message: message.length <= 2_000 ? message : `${message.slice(0, 2_000)}…` };
}

/**
 * postgres.js's codes for a connection that could not be made or was lost, and PostgreSQL's for
 * a server that is stopping or starting (57P01-57P03) or a connection failure (class 08).
 */
const connectionFailures = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  '57P01',
  '57P02',
  '57P03',
]);

/**
 * The code of the failure when a statement failed because the database could not be reached (a
 * restart, a failover), not because of the statement: a client may try again; null otherwise.
 * Drizzle wraps the driver's error as the cause of its own.
 */
function databaseConnectionFailure(error: unknown): string | null {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    const { code } = cause as { code?: unknown };
    if (typeof code === 'string' && (connectionFailures.has(code) || code.startsWith('08'))) return code;
  }
  return null;
}

/** What a resolver threw, from the GraphQLError graphql-js wrapped it in. */
function unwrapResolverError(error: unknown): unknown {
  const originalError = (error as { originalError?: unknown } | null)?.originalError;
  return error instanceof Error && originalError instanceof Error ? originalError : error;
}

/**
 * By shape, not `instanceof`: graphql is loaded both as CommonJS (by @apollo/gateway and
 * @apollo/subgraph) and as ESM, each with its own GraphQLError class, and Apollo's request
 * errors are subclasses with names of their own.
 */
function isGraphQLError(error: unknown): boolean {
  return error instanceof Error && typeof (error as { extensions?: unknown }).extensions === 'object';
}
