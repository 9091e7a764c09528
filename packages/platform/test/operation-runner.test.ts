import { request } from 'node:http';
import { publicIdentity, type Identity } from '@registers/access';
import { afterEach, expect, test } from 'vitest';
import {
  createLogger,
  startGraphQLService,
  type GraphQLHttpRequest,
  type OperationRunner,
  type RunningService,
} from '../src/index.ts';

/**
 * A service whose operations run elsewhere (the gateway's worker threads): this thread hands
 * each request over as plain data and sends back what it is given, with the request's log line.
 */

interface Context {
  requestId: string;
  identity: Identity;
}

let service: RunningService | undefined;
afterEach(() => service?.close());

async function serve(operations: OperationRunner<Context>, logLines: Record<string, unknown>[] = []) {
  service = await startGraphQLService<Context>(
    {
      name: 'gateway',
      logger: createLogger('gateway', 'info', {
        write: (line: string) => void logLines.push(JSON.parse(line)),
      }),
      operations,
      authenticate: async () => publicIdentity,
      context: async ({ requestId, identity }) => ({ requestId, identity }),
      readinessChecks: {},
    },
    { port: 0, host: '127.0.0.1' },
  );
  return service;
}

test('hands the request over as plain data and answers with what comes back', async () => {
  const received: { request: GraphQLHttpRequest; context: Context }[] = [];
  const logLines: Record<string, unknown>[] = [];
  const { url } = await serve(
    {
      run: async (request, context) => {
        received.push({ request, context });
        return {
          status: 200,
          headers: [['content-type', 'application/graphql-response+json; charset=utf-8']],
          body: new TextEncoder().encode('{"data":{"counties":[{"name":"Østfold"}]}}'),
          operationName: 'Counties',
        };
      },
      ready: () => true,
      close: async () => {},
    },
    logLines,
  );
  const response = await fetch(`${url}?extra=1`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'request-1' },
    body: JSON.stringify({ query: 'query Counties { counties { name } }' }),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
  expect(response.headers.get('x-request-id')).toBe('request-1');
  expect(await response.json()).toEqual({ data: { counties: [{ name: 'Østfold' }] } });
  expect(received).toEqual([
    {
      request: {
        method: 'POST',
        headers: expect.arrayContaining([['x-request-id', 'request-1']]),
        search: '?extra=1',
        body: { query: 'query Counties { counties { name } }' },
      },
      context: { requestId: 'request-1', identity: publicIdentity },
    },
  ]);
  expect(structuredClone(received[0])).toEqual(received[0]);
  expect(logLines).toContainEqual(
    expect.objectContaining({ requestId: 'request-1', statusCode: 200, operationName: 'Counties' }),
  );
});

test('answers 503 with the runner’s reason when the operation’s worker stopped, and is not ready without one', async () => {
  let workers = 1;
  const { url } = await serve({
    run: async () => {
      workers = 0;
      throw Object.assign(
        new Error('The gateway worker running this operation stopped before it answered.'),
        {
          statusCode: 503,
        },
      );
    },
    ready: () => workers > 0,
    close: async () => {},
  });
  const ready = () => fetch(url.replace(/graphql$/, 'ready')).then((response) => response.status);
  expect(await ready()).toBe(200);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ counties { name } }' }),
  });
  expect(response.status).toBe(503);
  expect(await response.json()).toEqual({
    errors: [
      {
        message: 'The gateway worker running this operation stopped before it answered.',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      },
    ],
  });
  expect(await ready()).toBe(503);
});

test('closing lets a large answer that was sent before it be written in full', async () => {
  // Far more than the sockets' buffers hold: most of it is still to be written when closing starts.
  const answer = `{"data":{"name":"${'a'.repeat(30_000_000)}"}}`;
  const { url } = await serve({
    run: async () => ({
      status: 200,
      headers: [['content-type', 'application/graphql-response+json; charset=utf-8']],
      body: new TextEncoder().encode(answer),
      operationName: null,
    }),
    ready: () => true,
    close: async () => {},
  });
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ name }' }),
  });
  // The answer is sent and the connection kept alive; the body is read only after closing began.
  const closed = service!.close();
  const body = await response.text();
  await closed;
  expect(body.length).toBe(answer.length);
});

test('closes at once after a client went away while its operation ran', async () => {
  let answered!: () => void;
  const done = new Promise<void>((resolve) => (answered = resolve));
  const { url } = await serve({
    run: async () => {
      // The answer comes after the client has gone.
      await new Promise((resolve) => setTimeout(resolve, 300));
      answered();
      return {
        status: 200,
        headers: [['content-type', 'application/graphql-response+json; charset=utf-8']],
        body: new TextEncoder().encode('{"data":{"counties":[]}}'),
        operationName: 'Counties',
      };
    },
    ready: () => true,
    close: async () => {},
  });
  // A client on a connection of its own, which it closes while waiting (a closed browser tab).
  const client = request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    agent: false,
  });
  client.on('error', () => {});
  client.end(JSON.stringify({ query: 'query Counties { counties { name } }' }));
  await new Promise((resolve) => setTimeout(resolve, 100));
  client.destroy();
  await done;
  await new Promise((resolve) => setTimeout(resolve, 50));
  // Its response was never written, and never will be: closing does not wait for it.
  const started = Date.now();
  await service!.close();
  expect(Date.now() - started).toBeLessThan(1_000);
});
