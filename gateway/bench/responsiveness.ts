/**
 * `npm run bench:responsiveness -- [--scale 1]`
 *
 * Whether one request holds the others up. On a fresh system seeded at `--scale`, run as
 * `npm start` runs it (each service its own process, on embedded PGlite), each heavy
 * request below is sent alone while a light one (`{ counties { number } }` through the gateway,
 * the public's cheapest question; `{ __typename }`, which the gateway answers alone; and each
 * subgraph's `/ready`) is asked again and again, 20 times a second; the table shows how long the
 * light requests took meanwhile (the slowest, and the 99th percentile), against the same with
 * nothing heavy running. The target (issue 7): no
 * single request holds the others up by more than a second. Printed as a markdown table (see
 * BENCHMARKS.md).
 */
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadOrCreateKeyFile, signLocalToken } from '@registers/access';
import { print } from 'graphql';
import { AllMunicipalitiesOrganisationDocument } from '@registers/client';
import { LOCAL_TOKEN_KEY_NAME } from '../src/server.ts';
import { freePort, spawnNpmStart } from '../test/support/npm-start.ts';
import { postGraphQL } from '../test/support/system.ts';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' } } });
const scale = Number(values.scale);
if (!(scale > 0)) {
  console.error('usage: npm run bench:responsiveness -- [--scale 1]');
  process.exit(2);
}

const progress = (message: string) => console.error(`[responsiveness] ${message}`);

/** Asks the light questions one after another, 50 ms apart, until stopped; their latencies. */
function probe(system: Urls) {
  const latencies: number[] = [];
  const slowest = [0, 0, 0, 0];
  let running = true;
  const light = [
    () => postGraphQL(system.gateway, { query: '{ counties { number } }' }),
    // Answered by the gateway alone: whether the gateway itself holds requests up.
    () => postGraphQL(system.gateway, { query: '{ __typename }' }),
    () => fetch(system.municipality.replace(/graphql$/, 'ready')),
    () => fetch(system.interests.replace(/graphql$/, 'ready')),
  ];
  const loop = (async () => {
    for (let i = 0; running; i++) {
      const started = performance.now();
      const response = await light[i % light.length]!();
      if (response.status !== 200) throw new Error(`a light request answered ${response.status}`);
      const took = performance.now() - started;
      latencies.push(took);
      slowest[i % light.length] = Math.max(slowest[i % light.length]!, took);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      const sorted = [...latencies].sort((a, b) => a - b);
      return {
        count: sorted.length,
        max: sorted.at(-1) ?? 0,
        p99: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0,
        /** The slowest through the gateway, of `{ __typename }` (the gateway alone), of the municipality subgraph's and the interests subgraph's /ready. */
        slowest,
      };
    },
  };
}

const heavy: { name: string; run: (system: Urls, admin: string) => Promise<unknown> }[] = [
  {
    // Not a request, but what the system does first after every start: the gateway builds the
    // Kommunenøkkelen document, a municipality at a time, in the background. Measured until it is
    // served, so that the rows below measure each heavy request alone.
    name: 'the gateway building the Kommunenøkkelen document after start',
    run: async (system) => {
      const url = system.gateway.replace(/graphql$/, 'kommunenokkelen.json');
      for (;;) {
        const response = await fetch(url);
        await response.body?.cancel();
        if (response.status === 200) return;
        if (response.status !== 503) throw new Error(`the document answered ${response.status}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    },
  },
  { name: 'nothing (baseline, 3 s)', run: () => new Promise((resolve) => setTimeout(resolve, 3_000)) },
  {
    name: 'the whole register (`AllMunicipalitiesOrganisation`)',
    run: async (system) => {
      const response = await postGraphQL(system.gateway, {
        query: print(AllMunicipalitiesOrganisationDocument),
      });
      if (response.errors) throw new Error(JSON.stringify(response.errors));
    },
  },
  {
    name: 'a person search matching everyone, 100 a page, 20 pages',
    run: async (system) => {
      let after: string | null = null;
      for (let page = 0; page < 20; page++) {
        const response: Awaited<ReturnType<typeof postGraphQL<any>>> = await postGraphQL<any>(
          system.gateway,
          {
            query: `query ($after: String) { searchPersons(name: "e", first: 100, after: $after) {
            edges { node { name roles { __typename } } } pageInfo { endCursor } } }`,
            variables: { after },
          },
        );
        after = response.data?.searchPersons.pageInfo.endCursor ?? null;
      }
    },
  },
  {
    name: 'a search term of the longest length (100 characters) that matches nothing',
    run: (system) =>
      postGraphQL(system.gateway, {
        query: 'query ($name: SearchText!) { searchPersons(name: $name) { edges { cursor } } }',
        variables: { name: '%_'.repeat(50) },
      }),
  },
  {
    name: 'a search term of 1,000,000 characters (refused)',
    run: (system) =>
      postGraphQL(system.gateway, {
        query: 'query ($name: SearchText!) { searchPersons(name: $name) { edges { cursor } } }',
        variables: { name: 'a'.repeat(1_000_000) },
      }),
  },
  {
    name: 'the change feed, 1,000 events a page, 10 pages, as an administrator',
    run: async (system, admin) => {
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const response: Awaited<ReturnType<typeof postGraphQL<any>>> = await postGraphQL<any>(
          system.gateway,
          {
            query: `query ($after: String) { changes(first: 1000, after: $after) { edges { cursor } pageInfo { endCursor } } }`,
            variables: { after },
          },
          { authorization: `Bearer ${admin}` },
        );
        after = response.data?.changes.pageInfo.endCursor ?? null;
      }
    },
  },
];

interface Urls {
  gateway: string;
  municipality: string;
  interests: string;
}

progress(`starting the system at scale ${scale} as npm start does (seeding takes a while at scale 1)`);
const dataDir = mkdtempSync(join(tmpdir(), 'registers-responsiveness-'));
const servicesLogPath = join(dataDir, 'services.log');
const servicesLog = openSync(servicesLogPath, 'w');
const npmStart = spawnNpmStart({
  dataDir,
  ports: { gateway: await freePort(), municipality: await freePort(), interests: await freePort() },
  scale,
  // Their output goes to a file, shown if they stop before they are ready.
  stdio: ['ignore', servicesLog, servicesLog],
  env: { LOG_LEVEL: 'warn' },
});
const system: Urls = npmStart.urls;
const services = npmStart.child;
const stop = npmStart.interrupt;
process.on('exit', stop);
services.on('exit', (code) => {
  if (ready) return;
  console.error(readFileSync(servicesLogPath, 'utf8').split('\n').slice(-30).join('\n'));
  progress(`npm start stopped (exit code ${code}) before the system was ready`);
  process.exit(1);
});
let ready = false;
for (const url of Object.values(system).map((url) => url.replace(/graphql$/, 'ready'))) {
  for (;;) {
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
ready = true;
const admin = await signLocalToken(
  { subject: 'bench-admin', roles: ['administrator'] },
  (await loadOrCreateKeyFile(join(dataDir, 'keys'), LOCAL_TOKEN_KEY_NAME)).privateKey,
);
try {
  const rows: string[] = [];
  for (const { name, run } of heavy) {
    progress(name);
    const probes = probe(system);
    const started = performance.now();
    await run(system, admin);
    const took = performance.now() - started;
    const { count, max, p99, slowest } = await probes.stop();
    rows.push(
      `| ${name} | ${Math.round(took)} | ${count} | ${Math.round(p99)} | ${Math.round(max)} | ${slowest.map(Math.round).join(' / ')} |`,
    );
  }
  console.log(`\nScale ${scale}, PGlite, Node ${process.version}, ${availableParallelism()} cores\n`);
  console.log(
    '| while this runs | it took (ms) | light requests | their p99 (ms) | their slowest (ms) | slowest: gateway / gateway alone / municipality / interests (ms) |',
  );
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const row of rows) console.log(row);
} finally {
  stop();
  await new Promise((resolve) => services.on('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}
