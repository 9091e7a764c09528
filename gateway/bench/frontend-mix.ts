/**
 * `npm run bench:frontend -- [--scale 1] [--concurrency 8] [--requests 2000] [--rounds 3]`
 *
 * What a frontend pays for the gateway (issue 9, target 3). A mix of the pages a frontend asks
 * for (a municipality's page, a person search, a person with their declaration, a public search
 * of declarations) is sent at a fixed concurrency on loopback, through the gateway and, in
 * turns, as the same subgraph requests sent straight to the subgraphs. "The same" is what the
 * gateway itself sent: each operation is first run once through a gateway whose subgraph URLs
 * point at recording proxies, and the direct run replays those requests, in the same order,
 * those the gateway sent at once at once, with an internal token of the public as the gateway
 * signs one. The direct answers are checked against what the subgraphs answered the gateway.
 * Printed: p50 and p99 per operation and for the mix, both ways, and their ratio (the target:
 * ≤ 1.5×). On PostgreSQL, both subgraphs and the gateway in this process (the gateway's
 * operations on a worker thread), as `npm run bench` runs them.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { loadOrCreateKeyFile, publicIdentity, signInternalToken } from '@registers/access';
import { INTERNAL_TOKEN_KEY_NAME } from '@registers/platform';
import { sql } from 'drizzle-orm';
import { startSystem } from '../test/support/system.ts';
import { frontendMix } from './frontend-operations.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '8' },
    requests: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '3' },
  },
});
const scale = Number(values.scale);
const concurrency = Number(values.concurrency);
const requests = Number(values.requests);
const rounds = Number(values.rounds);
if (!(scale > 0) || !(concurrency >= 1) || !(requests >= concurrency) || !(rounds >= 1)) {
  console.error(
    'usage: npm run bench:frontend -- [--scale 1] [--concurrency 8] [--requests 2000] [--rounds 3]',
  );
  process.exit(2);
}
const progress = (message: string) => console.error(`[frontend-mix] ${message}`);

interface SubgraphCall {
  subgraph: string;
  body: string;
  answer: string;
  started: number;
  ended: number;
}

/** A proxy in front of a subgraph that keeps every request and answer the gateway exchanged. */
async function recordingProxy(subgraph: string, target: string, calls: SubgraphCall[]) {
  const server: Server = createServer((request: IncomingMessage, response) => {
    const started = performance.now();
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers: Record<string, string> = {};
      for (const name of ['authorization', 'content-type', 'x-request-id', 'accept']) {
        const value = request.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      const answered = await fetch(target, { method: 'POST', headers, body });
      const answer = await answered.text();
      calls.push({ subgraph, body, answer, started, ended: performance.now() });
      response.writeHead(answered.status, { 'content-type': answered.headers.get('content-type') ?? '' });
      response.end(answer);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}

/**
 * The calls as the gateway made them: a call that starts after every call before it has ended
 * waited for them (a new stage); one that starts while another runs runs beside it.
 */
function stagesOf(calls: readonly SubgraphCall[]): SubgraphCall[][] {
  const stages: SubgraphCall[][] = [];
  let stageEnd = -Infinity;
  for (const call of [...calls].sort((a, b) => a.started - b.started)) {
    if (call.started >= stageEnd) {
      stages.push([call]);
      stageEnd = call.ended;
    } else {
      stages.at(-1)!.push(call);
      stageEnd = Math.max(stageEnd, call.ended);
    }
  }
  return stages;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

progress(`starting both subgraphs and the gateway at scale ${scale} on PostgreSQL (seeding takes a while)`);
const system = await startSystem({
  demoScale: scale,
  driver: 'postgres',
  // The rate limit (600 a minute from one address by default) is for the public, not this bench.
  gatewayEnv: { GATEWAY_WORKERS: '1', RATE_LIMIT_PER_MINUTE: '100000000' },
});
try {
  const subgraphUrls: Record<string, string> = {
    municipality: system.municipality.url,
    interests: system.interests.url,
  };
  const calls: SubgraphCall[] = [];
  const proxies = await Promise.all(
    Object.entries(subgraphUrls).map(([name, url]) => recordingProxy(name, url, calls)),
  );
  const recorder = await system.startAnotherGateway({
    MUNICIPALITY_SUBGRAPH_URL: proxies[0]!.url,
    INTERESTS_SUBGRAPH_URL: proxies[1]!.url,
  });

  // The mix's inputs: Bergen's page, a common name, a person whose declaration is published.
  const published = (await system.interests.database.db.execute(
    sql`select person_id from declarations where published and terms_accepted_at is not null order by person_id limit 1`,
  )) as unknown as { person_id: string }[];
  const personId = published[0]?.person_id;
  if (!personId) throw new Error('the demo register has no published declaration at this scale');
  const mix = frontendMix(personId);

  // What the gateway sends the subgraphs for each, recorded once.
  const recorded: ((typeof mix)[number] & { stages: SubgraphCall[][] })[] = [];
  for (const operation of mix) {
    calls.length = 0;
    const response = await fetch(recorder.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: operation.query, variables: operation.variables }),
    });
    const answer = (await response.json()) as { errors?: unknown };
    if (response.status !== 200 || answer.errors)
      throw new Error(`${operation.name}: ${response.status} ${JSON.stringify(answer.errors)}`);
    const stages = stagesOf(calls);
    recorded.push({ ...operation, stages });
    progress(
      `${operation.name}: ${calls.length} subgraph request(s) in ${stages.length} stage(s): ` +
        stages.map((stage) => stage.map((call) => call.subgraph).join('+')).join(' → '),
    );
  }
  await recorder.close();
  await Promise.all(proxies.map(({ server }) => new Promise((resolve) => server.close(resolve))));

  // Straight to the subgraphs with an internal token of the public, as the gateway signs one
  // (renewed well within its 60 s).
  const internalKey = (await loadOrCreateKeyFile(system.keysDir, INTERNAL_TOKEN_KEY_NAME)).privateKey;
  const tokens = new Map<string, { token: string; at: number }>();
  const tokenFor = async (subgraph: string) => {
    const held = tokens.get(subgraph);
    if (held && performance.now() - held.at < 30_000) return held.token;
    const token = await signInternalToken(publicIdentity, subgraph, internalKey);
    tokens.set(subgraph, { token, at: performance.now() });
    return token;
  };
  const direct = async (stages: SubgraphCall[][], check: boolean) => {
    for (const stage of stages) {
      await Promise.all(
        stage.map(async (call) => {
          const response = await fetch(subgraphUrls[call.subgraph]!, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${await tokenFor(call.subgraph)}`,
            },
            body: call.body,
          });
          const answer = await response.text();
          if (check && answer !== call.answer)
            throw new Error(
              `the ${call.subgraph} subgraph answered a direct request differently from the gateway's`,
            );
        }),
      );
    }
  };
  const viaGateway = async (operation: (typeof recorded)[number]) => {
    const response = await fetch(system.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: operation.query, variables: operation.variables }),
    });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${operation.name}: ${response.status}`);
  };
  for (const operation of recorded) await direct(operation.stages, true);

  /** `requests` operations of the mix, round robin, `concurrency` at a time; latencies per operation. */
  const run = async (how: 'gateway' | 'direct') => {
    const latencies = recorded.map(() => [] as number[]);
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let index = next++; index < requests; index = next++) {
          const which = index % recorded.length;
          const operation = recorded[which]!;
          const started = performance.now();
          if (how === 'gateway') await viaGateway(operation);
          else await direct(operation.stages, false);
          latencies[which]!.push(performance.now() - started);
        }
      }),
    );
    return latencies;
  };

  progress(`warming up, then ${rounds} round(s) of ${requests} requests each way, ${concurrency} at a time`);
  await run('gateway');
  await run('direct');
  const totals = { gateway: recorded.map(() => [] as number[]), direct: recorded.map(() => [] as number[]) };
  const load = loadavg()[0]!.toFixed(1);
  for (let round = 1; round <= rounds; round++) {
    for (const how of ['gateway', 'direct'] as const) {
      const latencies = await run(how);
      latencies.forEach((list, which) => totals[how][which]!.push(...list));
    }
    progress(`round ${round} done`);
  }
  const row = (name: string, gateway: number[], straight: number[]) => {
    const g = [...gateway].sort((a, b) => a - b);
    const d = [...straight].sort((a, b) => a - b);
    const [g50, g99, d50, d99] = [
      percentile(g, 0.5),
      percentile(g, 0.99),
      percentile(d, 0.5),
      percentile(d, 0.99),
    ];
    return `| ${name} | ${g50.toFixed(1)} | ${g99.toFixed(1)} | ${d50.toFixed(1)} | ${d99.toFixed(1)} | ${(g50 / d50).toFixed(2)}× | ${(g99 / d99).toFixed(2)}× |`;
  };
  console.log(
    [
      `Scale ${scale}, PostgreSQL, ${concurrency} at a time, ${rounds} × ${requests} requests each way, ` +
        `Node ${process.version}, ${availableParallelism()} cores, load average ${load} at the start`,
      '',
      '| operation | gateway p50 (ms) | gateway p99 (ms) | direct p50 (ms) | direct p99 (ms) | p50 ratio | p99 ratio |',
      '|---|---:|---:|---:|---:|---:|---:|',
      ...recorded.map((operation, which) =>
        row(operation.name, totals.gateway[which]!, totals.direct[which]!),
      ),
      row('**the mix**', totals.gateway.flat(), totals.direct.flat()),
    ].join('\n'),
  );
} finally {
  await system.close();
}
