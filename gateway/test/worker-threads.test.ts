import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, type RunningService } from '@registers/platform';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readGatewayConfig } from '../src/config.ts';
import { startGateway } from '../src/server.ts';
import { postGraphQL } from './support/system.ts';
import { listenOnLoopback } from './support/loopback.ts';

/**
 * The gateway runs operations on worker threads, so one operation that keeps the gateway busy
 * for a long time (shaping and serialising a large answer) does not hold the others up.
 *
 * A stand-in for the subgraphs makes the order certain. It sends the large answer but its last
 * byte, so that the worker running the heavy operation waits; the light operation's call then
 * comes in, and only then does the large answer end, with the light one's answer a little after
 * it. With a worker to itself, the light operation is answered while the heavy one's worker is
 * busy with the large answer (seconds); on the heavy one's worker (one worker, or a gateway on
 * one thread) it would wait until that is done.
 */

const municipalityCount = 300_000;
const heavyQuery = '{ municipalities { number name } }';
const heavyAnswer = JSON.stringify({
  data: {
    municipalities: Array.from({ length: municipalityCount }, (_, i) => ({
      number: String(i % 10_000).padStart(4, '0'),
      name: `Kommune ${i}`,
    })),
  },
});

function signal() {
  let fire!: () => void;
  const fired = new Promise<void>((resolve) => (fire = resolve));
  return { fire, fired };
}

const heavyCallArrived = signal();
const lightCallArrived = signal();
const heavyAnswerEnded = signal();
let subgraph: ReturnType<typeof createServer>;
let subgraphUrl: string;
let keysDir: string;
let gateway: RunningService;

async function readBody(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += chunk;
  return body;
}

beforeAll(async () => {
  subgraph = createServer(async (request, response) => {
    const { query } = JSON.parse(await readBody(request)) as { query: string };
    response.setHeader('content-type', 'application/json');
    if (query.includes('counties')) {
      lightCallArrived.fire();
      await heavyAnswerEnded.fired;
      // Long enough for the heavy answer's last byte to reach its worker first (they come on two
      // connections), far shorter than that worker's shaping and serialising (about 400 ms).
      await new Promise((resolve) => setTimeout(resolve, 50));
      response.end(JSON.stringify({ data: { counties: [{ number: '03' }, { number: '46' }] } }));
      return;
    }
    response.setHeader('content-length', Buffer.byteLength(heavyAnswer));
    response.write(heavyAnswer.slice(0, -1));
    heavyCallArrived.fire();
    await lightCallArrived.fired;
    response.on('finish', heavyAnswerEnded.fire);
    response.end(heavyAnswer.slice(-1));
  });
  subgraphUrl = await listenOnLoopback(subgraph, '/graphql');
  keysDir = mkdtempSync(join(tmpdir(), 'registers-keys-'));
  gateway = await startGateway(
    readGatewayConfig({
      GATEWAY_PORT: '0',
      HOST: '127.0.0.1',
      AUTH_KEYS_DIR: keysDir,
      MUNICIPALITY_SUBGRAPH_URL: subgraphUrl,
      INTERESTS_SUBGRAPH_URL: subgraphUrl,
      GATEWAY_WORKERS: '2',
      // The stand-in answers only these two operations: no Kommunenøkkelen document polling it.
      KOMMUNENOKKELEN_POLL_MS: 'off',
    }),
    createLogger('gateway', 'silent'),
  );
});

afterAll(async () => {
  await gateway?.close();
  subgraph?.closeAllConnections();
  subgraph?.close();
  rmSync(keysDir, { recursive: true, force: true });
});

test('a light request is answered while a worker merges a large answer, which a shutdown lets finish', async () => {
  const finished: string[] = [];
  // Its status line comes once the worker has shaped and serialised the whole answer.
  const heavy = fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: heavyQuery }),
  }).then((response) => (finished.push('heavy'), response));
  await heavyCallArrived.fired;
  const light = await postGraphQL(gateway.url, { query: '{ counties { number } }' });
  finished.push('light');
  expect(light).toMatchObject({ status: 200, data: { counties: [{ number: '03' }, { number: '46' }] } });

  // SIGTERM closes the service: the operation in flight is still answered in full.
  const closed = gateway.close();
  const response = await heavy;
  const answer = (await response.json()) as { data: { municipalities: unknown[] } };
  await closed;
  expect(finished).toEqual(['light', 'heavy']);
  expect(response.status).toBe(200);
  expect(answer.data.municipalities).toHaveLength(municipalityCount);
}, 60_000);

test('GATEWAY_WORKERS takes 0 (operations on the HTTP thread) to 32, and refuses anything else', () => {
  expect(readGatewayConfig({ GATEWAY_WORKERS: '0' }).workers).toBe(0);
  expect(readGatewayConfig({ GATEWAY_WORKERS: '32' }).workers).toBe(32);
  expect(readGatewayConfig({}).workers).toBe(2);
  for (const value of ['-1', '33', '1.5', 'two']) {
    expect(() => readGatewayConfig({ GATEWAY_WORKERS: value }), value).toThrow(/GATEWAY_WORKERS/);
  }
});
