import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startSystem, type System } from './support/system.ts';

/**
 * The GraphQL-over-HTTP specification, as its own audit suite (graphql-http) checks a server:
 * the gateway must pass every MUST and every SHOULD; the MAYs are its choice.
 */

let system: System;

beforeAll(async () => {
  // Through a worker thread, as in production: the status codes and headers cross its boundary.
  system = await startSystem({ demoScale: 0.002, driver: 'postgres', gatewayEnv: { GATEWAY_WORKERS: '1' } });
});
afterAll(async () => {
  await system?.close();
});

describe('GraphQL over HTTP', () => {
  it('passes every MUST and SHOULD of the audit at the gateway', async () => {
    const results = await auditServer({ url: system.gateway.url });
    const failures = results
      .filter((result) => result.status !== 'ok' && !result.name.startsWith('MAY '))
      .map((result) => `${result.name}: ${result.status === 'ok' ? '' : result.reason}`);
    expect(results.length).toBeGreaterThan(40);
    expect(failures, failures.join('\n')).toEqual([]);
  });

  const invalid = { query: '{ countie { number } }' };
  const ask = (accept?: string) => postGraphQL(system.gateway.url, invalid, accept ? { accept } : {});

  it('answers a request that cannot run with 400 to the new media type and to no preference', async () => {
    for (const accept of ['application/graphql-response+json', '*/*', undefined]) {
      const response = await ask(accept);
      expect(response.status, accept).toBe(400);
      expect(response.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    expect((await ask('application/graphql-response+json')).headers.get('content-type')).toMatch(
      /^application\/graphql-response\+json/,
    );
  });

  it('answers it with 200 to a client that asks for application/json only (a legacy client)', async () => {
    for (const accept of ['application/json', 'application/json, application/graphql-response+json;q=0.5']) {
      const response = await ask(accept);
      expect(response.status, accept).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.data).toBeUndefined();
    }
  });
});
