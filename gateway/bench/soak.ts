/**
 * `npm run bench:soak -- [--minutes 10] [--connections 8] [--scale 0.05]`
 *
 * A bounded soak on loopback (issue 12): the system started as `npm start` starts it (each
 * service its own process, on embedded PGlite, at `--scale`, npm start's own demo scale by
 * default), then a frontend's mix of pages (bench:frontend's, `frontend-operations.ts`) sent
 * by autocannon from `--connections` connections, each cycling through the mix, for
 * `--minutes`. Every answer is checked: a status other than 2xx, or a body with GraphQL
 * `errors`, is an error. Each service's resident memory (VmRSS of the gateway, municipality and
 * interests processes) is sampled every 10 s. Progress lines go to stderr; the result, as
 * markdown for BENCHMARKS.md, to stdout: requests, errors, p50/p99/max latency, and each
 * process's RSS at the start, after 1 minute and at the end with its slope per minute after the
 * first minute (the warm-up). Exits 1 when there was any error.
 */
import { mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { freePort, spawnNpmStart } from '../test/support/npm-start.ts';
import { postGraphQL } from '../test/support/system.ts';
import { frontendMix, publishedPersonQuery } from './frontend-operations.ts';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    connections: { type: 'string', default: '8' },
    scale: { type: 'string' },
  },
});
const minutes = Number(values.minutes);
const connections = Number(values.connections);
const scale = values.scale === undefined ? undefined : Number(values.scale);
if (!(minutes > 0) || !(connections >= 1) || (scale !== undefined && !(scale > 0))) {
  console.error('usage: npm run bench:soak -- [--minutes 10] [--connections 8] [--scale 0.05]');
  process.exit(2);
}
const progress = (message: string) => console.error(`[soak] ${message}`);
const sampleEveryMs = 10_000;
const warmUpMs = 60_000;

const services = {
  gateway: 'gateway/dist/main.js',
  municipality: 'subgraphs/municipality/dist/main.js',
  interests: 'subgraphs/interests/dist/main.js',
} as const;
type Service = keyof typeof services;

/** The services' processes: those of npm start's process group running each one's bundle. */
function serviceProcesses(group: number): Record<Service, number> {
  const found: Partial<Record<Service, number>> = {};
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The fields after the command's name, which is in parentheses and may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const processGroup = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (processGroup !== group) continue;
      const commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      for (const [service, bundle] of Object.entries(services) as [Service, string][]) {
        if (commandLine.some((argument) => argument.endsWith(bundle))) found[service] = Number(entry);
      }
    } catch {
      // The process ended while being read.
    }
  }
  for (const service of Object.keys(services) as Service[]) {
    if (found[service] === undefined) throw new Error(`no ${service} process in npm start's group`);
  }
  return found as Record<Service, number>;
}

/** Resident memory in MiB, from /proc/<pid>/status. */
function residentMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.match(/(\d+)/)?.[1] ?? NaN) / 1024;
}

/** Least-squares slope of (minute, MiB) points, in MiB a minute. */
function slopePerMinute(points: readonly { minute: number; mib: number }[]): number {
  if (points.length < 2) return NaN;
  const n = points.length;
  const meanX = points.reduce((sum, p) => sum + p.minute, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.mib, 0) / n;
  const covariance = points.reduce((sum, p) => sum + (p.minute - meanX) * (p.mib - meanY), 0);
  const variance = points.reduce((sum, p) => sum + (p.minute - meanX) ** 2, 0);
  return covariance / variance;
}

progress(
  `starting the system as npm start does${scale ? ` at scale ${scale}` : ''} (seeding on the first start)`,
);
const dataDir = mkdtempSync(join(tmpdir(), 'registers-soak-'));
const servicesLogPath = join(dataDir, 'services.log');
const servicesLog = openSync(servicesLogPath, 'w');
const npmStart = spawnNpmStart({
  dataDir,
  ports: { gateway: await freePort(), municipality: await freePort(), interests: await freePort() },
  scale,
  stdio: ['ignore', servicesLog, servicesLog],
  // The soak comes from one address, far over the public's rate limit.
  env: { LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '1000000000' },
});
let ready = false;
process.on('exit', npmStart.interrupt);
const stoppedEarly = (code: number | null) => {
  console.error(readFileSync(servicesLogPath, 'utf8').split('\n').slice(-30).join('\n'));
  progress(
    `npm start stopped (exit code ${code}) ${ready ? 'during the soak' : 'before the system was ready'}`,
  );
  process.exit(1);
};
npmStart.child.on('exit', stoppedEarly);

const { urls } = npmStart;
const waitFor = async (url: string, ok: (status: number) => boolean) => {
  for (;;) {
    const status = await fetch(url).then(
      async (response) => (await response.arrayBuffer(), response.status),
      () => 0,
    );
    if (ok(status)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
};
for (const url of Object.values(urls)) await waitFor(url.replace(/graphql$/, 'ready'), (s) => s === 200);
// The gateway builds the Kommunenøkkelen document after each start; the soak measures after it.
await waitFor(urls.gateway.replace(/graphql$/, 'kommunenokkelen.json'), (s) => s === 200);
ready = true;

const found = await postGraphQL<{ searchDeclarations: { edges: { node: { person: { id: string } } }[] } }>(
  urls.gateway,
  publishedPersonQuery,
);
const personId = found.data?.searchDeclarations.edges[0]?.node.person.id;
if (!personId) throw new Error(`no published declaration to ask for: ${JSON.stringify(found.errors)}`);
const mix = frontendMix(personId);
const pids = serviceProcesses(npmStart.group);

const started = performance.now();
const samples: { minute: number; rss: Record<Service, number> }[] = [];
const sample = () => {
  const rss = Object.fromEntries(
    (Object.keys(services) as Service[]).map((service) => [service, residentMiB(pids[service])]),
  ) as Record<Service, number>;
  samples.push({ minute: (performance.now() - started) / 60_000, rss });
  return rss;
};
sample();

let graphqlErrors = 0;
let checked = 0;
progress(
  `${mix.length} operations from ${connections} connections for ${minutes} minute(s); ` +
    `pids: ${Object.entries(pids)
      .map(([service, pid]) => `${service} ${pid}`)
      .join(', ')}`,
);
let responses = 0;
const finished = new Promise<autocannon.Result>((resolve, reject) => {
  const instance = autocannon(
    {
      url: urls.gateway,
      connections,
      duration: Math.max(1, Math.round(minutes * 60)),
      requests: mix.map((operation) => ({
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: operation.query, variables: operation.variables }),
        onResponse: (status: number, body: string) => {
          checked++;
          // A body with errors names them at its top level; the cheap test first, then the parse.
          if (status < 300 && body.includes('"errors"') && 'errors' in (JSON.parse(body) as object))
            graphqlErrors++;
        },
      })),
    },
    (error, result) => (error ? reject(error) : resolve(result)),
  );
  instance.on('response', () => responses++);
});

const sampler = setInterval(() => {
  const rss = sample();
  const elapsed = (performance.now() - started) / 1000;
  progress(
    `${Math.round(elapsed)} s: ${Math.round(responses / elapsed)} requests/s, ` +
      `${graphqlErrors} GraphQL errors so far, RSS ${Object.entries(rss)
        .map(([service, mib]) => `${service} ${mib.toFixed(0)} MiB`)
        .join(', ')}, load ${loadavg()[0]!.toFixed(1)}`,
  );
}, sampleEveryMs);
const result = await finished;
clearInterval(sampler);
sample();

npmStart.child.off('exit', stoppedEarly);
npmStart.interrupt();
await npmStart.exited;
rmSync(dataDir, { recursive: true, force: true });

const errors = result.non2xx + result.errors + result.timeouts + graphqlErrors;
const at = (minute: number) => samples.find((s) => s.minute >= minute) ?? null;
const first = samples[0]!;
const afterWarmUp = at(warmUpMs / 60_000);
const last = samples.at(-1)!;
const mib = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(0));
console.log(
  `\n${minutes} minute(s), ${connections} connections, scale ${scale ?? "npm start's default"}, PGlite, ` +
    `Node ${process.version}, ${availableParallelism()} cores, load ${loadavg()[0]!.toFixed(1)} at the end\n`,
);
console.log(
  '| requests | errors (non-2xx / socket / timeouts / GraphQL) | req/s | p50 (ms) | p99 (ms) | max (ms) |',
);
console.log('|---:|---|---:|---:|---:|---:|');
console.log(
  `| ${result.requests.total} | ${errors} (${result.non2xx} / ${result.errors} / ${result.timeouts} / ${graphqlErrors} of ${checked} checked) | ` +
    `${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${result.latency.max} |`,
);
console.log('\n| process | RSS at start (MiB) | after 1 min | at the end | slope after 1 min (MiB/min) |');
console.log('|---|---:|---:|---:|---:|');
for (const service of Object.keys(services) as Service[]) {
  const slope = slopePerMinute(
    samples
      .filter((s) => s.minute >= warmUpMs / 60_000)
      .map((s) => ({ minute: s.minute, mib: s.rss[service] })),
  );
  console.log(
    `| ${service} | ${mib(first.rss[service])} | ${afterWarmUp ? mib(afterWarmUp.rss[service]) : '—'} | ` +
      `${mib(last.rss[service])} | ${Number.isNaN(slope) ? '— (under 1 min)' : slope.toFixed(2)} |`,
  );
}
process.exit(errors > 0 ? 1 : 0);
