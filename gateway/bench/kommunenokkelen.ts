/**
 * `npm run bench:kommunenokkelen -- [--scale 1] [--runs 5] [--writes 5]`
 *
 * The Kommunenøkkelen document (GET /kommunenokkelen.json) on a fresh system on PostgreSQL,
 * seeded with the demo register at `--scale`, the gateway with its default worker threads and
 * poll interval: how long its first build takes after the gateway is ready; the time to serve
 * it (median and min of `--runs` after one warm-up: request to the whole body, and to the
 * parsed JSON) beside the direct-SQL baseline of register-pull.ts (first statement to the
 * serialised string); whether it equals the anonymous `AllMunicipalitiesOrganisation` answer;
 * and, for `--writes` unit renames, the time from the mutation's answer (after its commit) to
 * the first version that shows it (its new ETag on a HEAD request; then read and checked). Exits with 1 when the document differs from the pull.
 */
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { loadavg, cpus } from 'node:os';
import { print } from 'graphql';
import { testServerUrl } from '@registers/platform/testing';
import {
  AllMunicipalitiesOrganisationDocument,
  type AllMunicipalitiesOrganisationQuery,
} from '@registers/client';
import { UpdateUnitDocument } from '../src/generated/operations.ts';
import { kommunenokkelenPath } from '../src/kommunenokkelen/route.ts';
import { execute, postGraphQL, startSystem } from '../test/support/system.ts';
import {
  currentDatabaseName,
  directAllMunicipalities,
  drizzleRunner,
  postgresRunner,
  type SqlRunner,
} from './direct-sql.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    runs: { type: 'string', default: '5' },
    writes: { type: 'string', default: '5' },
  },
});
const scale = Number(values.scale);
const runs = Number(values.runs);
const writes = Number(values.writes);

const progress = (message: string) => console.error(`[kommunenokkelen] ${message}`);
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (x: number) => x.toFixed(1);

progress(
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')} at the start`,
);
const system = await startSystem({
  demoScale: scale,
  driver: 'postgres',
  // Polling the document every few milliseconds is far beyond the public's rate limit.
  gatewayEnv: { GATEWAY_WORKERS: '2', KOMMUNENOKKELEN_POLL_MS: '250', RATE_LIMIT_PER_MINUTE: '1000000' },
});
const runners: SqlRunner[] = [];
let failed = false;
try {
  const ready = performance.now();
  const url = new URL(kommunenokkelenPath, system.gateway.url).href;
  for (const database of [system.municipality.database, system.interests.database]) {
    await drizzleRunner(database.db).rows('analyze');
    const databaseUrl = new URL(testServerUrl);
    databaseUrl.pathname = `/${await currentDatabaseName(database.db)}`;
    runners.push(postgresRunner(databaseUrl.toString()));
  }
  const [municipalityDb, interestsDb] = runners as [SqlRunner, SqlRunner];
  while ((await fetch(url)).status === 503) await new Promise((resolve) => setTimeout(resolve, 50));
  const firstBuildMs = performance.now() - ready;
  progress(`first build done ${ms(firstBuildMs)} ms after the gateway was ready`);

  // Identity first (what serving costs), then gzip as a browser asks (the first of these
  // makes the version's gzip; fetch undoes it, which is counted).
  const serveAs = async (encoding: string) => {
    const served: number[] = [];
    const parsed: number[] = [];
    let body = '';
    for (let run = 0; run <= runs; run++) {
      const t0 = performance.now();
      const response = await fetch(url, { headers: { 'accept-encoding': encoding } });
      body = await response.text();
      const t1 = performance.now();
      JSON.parse(body);
      const t2 = performance.now();
      if (run > 0) {
        served.push(t1 - t0);
        parsed.push(t2 - t0);
      }
    }
    return { served, parsed, body };
  };
  const identity = await serveAs('identity');
  const gzipped = await serveAs('gzip');
  const text = identity.body;
  const direct: number[] = [];
  let baseline: AllMunicipalitiesOrganisationQuery | undefined;
  for (let run = 0; run <= runs; run++) {
    const t0 = performance.now();
    baseline = await directAllMunicipalities(municipalityDb, interestsDb);
    JSON.stringify({ data: baseline });
    if (run > 0) direct.push(performance.now() - t0);
  }
  const document = JSON.parse(text) as AllMunicipalitiesOrganisationQuery;
  const pulled = await execute(system.gateway.url, AllMunicipalitiesOrganisationDocument);
  const sameAsPull = isDeepStrictEqual(document, pulled.data);
  const sameAsBaseline = isDeepStrictEqual(document, baseline);
  failed = !sameAsPull;

  // Commit to visible: rename units of different municipalities, one at a time.
  const admin = await system.tokenFor({ subject: 'bench-admin', roles: ['administrator'] });
  const withUnits = document.municipalities.filter((municipality) => municipality.units.length > 0);
  const latencies: number[] = [];
  for (let write = 0; write < writes; write++) {
    const unit = withUnits[(write * 37) % withUnits.length]!.units[0]!;
    const name = `Omdøpt ${write} ${Date.now()}`;
    let etag = (await fetch(url, { method: 'HEAD' })).headers.get('etag') ?? '';
    const answer = await postGraphQL(
      system.gateway.url,
      { query: print(UpdateUnitDocument), variables: { input: { id: unit.id, name } } },
      { authorization: `Bearer ${admin}` },
    );
    const committed = performance.now();
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    // A new version shows as a new ETag on HEAD (no body to wait for); then read it to check.
    for (;;) {
      const head = await fetch(url, { method: 'HEAD' });
      const at = performance.now();
      const current = head.headers.get('etag') ?? '';
      if (current !== etag) {
        etag = current;
        const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
        if ((await response.text()).includes(name) && response.headers.get('etag') === current) {
          latencies.push(at - committed);
          break;
        }
      }
      if (performance.now() - committed > 30_000) throw new Error('a rename did not show in 30 s');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  const baselineMedian = median(direct);
  console.log(
    `\nKommunenøkkelen document, scale ${scale}, ${cpus().length} cores, Node ${process.version}, ` +
      `load average ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')} at the end\n`,
  );
  console.log('| what | median ms | min ms | ÷ direct SQL |');
  console.log('| --- | ---: | ---: | ---: |');
  const row = (what: string, xs: number[]) =>
    console.log(
      `| ${what} | ${ms(median(xs))} | ${ms(Math.min(...xs))} | ${(median(xs) / baselineMedian).toFixed(2)}× |`,
    );
  const mb = (Buffer.byteLength(text) / 1e6).toFixed(2);
  row(`document served, identity (request to whole body, ${mb} MB)`, identity.served);
  row('document served, identity, and parsed', identity.parsed);
  row('document served, gzip (request to whole body, ungzipped by fetch)', gzipped.served);
  row('document served, gzip, and parsed', gzipped.parsed);
  console.log(`| direct SQL baseline | ${ms(baselineMedian)} | ${ms(Math.min(...direct))} | 1× |`);
  console.log(
    `| a unit rename, its answer to the document showing it (${writes} writes) | ${ms(median(latencies))} | ${ms(Math.min(...latencies))} (max ${ms(Math.max(...latencies))}) | |`,
  );
  console.log(`\nfirst build: ${ms(firstBuildMs)} ms after the gateway was ready`);
  console.log(
    `document equals the anonymous AllMunicipalitiesOrganisation answer: ${sameAsPull}; equals the direct-SQL baseline: ${sameAsBaseline}`,
  );
} finally {
  await Promise.all(runners.map((runner) => runner.close()));
  await system.close();
}
process.exit(failed ? 1 : 0);
