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

  it('answers SERVICE_UNAVAILABLE when the database cannot be reached, whatever wraps the driver’s error', () => {
    const warnings: string[] = [];
    const subgraphMask = maskUnexpectedErrors(
      createLogger('test', 'warn', { write: (line: string) => void warnings.push(line) }),
    );
    const query = (cause: Error) => new Error('Failed query: select 1\nparams: ola@example.no', { cause });
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const shutdown = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
    });
    for (const cause of [refused, shutdown]) {
      expect(subgraphMask({ message: 'x', path: ['person'] }, asResolverError(query(cause)))).toEqual({
        message: 'The register cannot reach its database just now. Try again shortly.',
        path: ['person'],
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
    }
    // Logged as a warning by its code, without the statement's parameters.
    expect(warnings.map((line) => JSON.parse(line).code)).toEqual(['ECONNREFUSED', '57P01']);
    expect(warnings.join('\n')).not.toContain('example.no');
    // A statement the server refused is the register's own fault, not the connection's.
    const duplicate = Object.assign(new Error('duplicate key'), { code: '23505' });
    expect(subgraphMask({ message: 'x' }, asResolverError(query(duplicate))).extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
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
