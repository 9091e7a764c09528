import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '@registers/graphql-kit';
import { maskUnexpectedErrors } from '../src/error-masking.ts';
import { createLogger } from '../src/logger.ts';

describe('error masking', () => {
  const logged: string[] = [];
  const mask = maskUnexpectedErrors(
    createLogger('test', 'error', { write: (line: string) => void logged.push(line) }),
  );
  const asResolverError = (original: Error) =>
    new GraphQLError(original.message, { originalError: original, path: ['person'] });

  it('hides SQL and stack traces behind INTERNAL_SERVER_ERROR, and logs them', () => {
    const sqlError = new Error('Failed query: select "email" from "persons" where id = $1\nparams: x');
    const formatted = mask(
      { message: sqlError.message, extensions: { stacktrace: ['at db.ts:1'] } },
      asResolverError(sqlError),
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logged.some((line) => line.includes('Failed query'))).toBe(true);
  });

  it('passes expected errors with their code', () => {
    const error = new NotFoundError('municipality', 'number 9999');
    const formatted = mask(
      { message: error.message, extensions: { code: 'NOT_FOUND' } },
      asResolverError(error),
    );
    expect(formatted).toMatchObject({
      message: 'No municipality has number 9999.',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it("passes a subgraph's coded error at the gateway, but not its internal errors", () => {
    const gatewayMask = maskUnexpectedErrors(createLogger('test', 'silent'), { fromSubgraphs: true });
    const forbidden = { message: 'No.', extensions: { code: 'FORBIDDEN', serviceName: 'municipality' } };
    expect(gatewayMask(forbidden, forbidden)).toEqual(forbidden);
    const internal = {
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'x' },
    };
    expect(gatewayMask(internal, internal).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    const raised = {
      message: '400: Bad Request',
      extensions: { code: 'INTERNAL_SERVER_ERROR', response: { url: 'http://municipality:4001' } },
    };
    expect(gatewayMask(raised, new GraphQLError('400: Bad Request')).extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
    });
  });
});
