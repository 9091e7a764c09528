/**
 * `npm run bench -- [--scale 1] [--driver postgres|pglite] [--runs 5] [--min-ms 1000] [--constancy-scales 0.1,1] [--analyze yes|no] [--executor jit|graphql-js] [--peer hive|none] [--cpu-profile DIR]`
 *
 * The Kommunenøkkelen pull through the gateway, over HTTP as a partner sends it: one
 * municipality's whole organisation (`MunicipalityOrganisation`, for the municipality with the
 * most units; see `biggestMunicipality`) and every municipality's (`AllMunicipalitiesOrganisation`), on a fresh system
 * seeded with the demo register at `--scale` (1 is the national size). For each pull: the wall
 * time (median and min of the measured runs: at least `--runs`, and for at least `--min-ms`, after
 * warm-up runs for as long: a service answers with its code compiled by V8, not cold; the first
 * run is shown too), the response size and the SQL
 * statements both subgraphs sent; then the same JSON built by a direct-SQL baseline in this
 * process (`direct-sql.ts`), timed the same way and checked against the gateway's answer.
 * For each of `--constancy-scales` a system is started to show the statements per pull do not
 * grow with the data. Both databases are ANALYZEd once seeded (`--analyze no` leaves them as
 * the seed left them). With `--peer hive` (the default) each pull also goes through Hive Gateway
 * (gateway/src/hive, in this process) over the same subgraphs, timed the same way and checked
 * against the baseline too. With `--cpu-profile DIR` each series' measured runs are profiled
 * (see `profiled`). Results are printed as markdown tables (see BENCHMARKS.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { testServerUrl } from '@registers/platform/testing';
import {
  AllMunicipalitiesOrganisationDocument,
  MunicipalityOrganisationDocument,
  type AllMunicipalitiesOrganisationQuery,
  type MunicipalityWithOrganisationFragment,
} from '@registers/client';
import { startHiveGatewayFor } from '../test/support/hive.ts';
import { execute, startSystem, type GraphQLResponse, type System } from '../test/support/system.ts';
import {
  currentDatabaseName,
  directAllMunicipalities,
  directMunicipality,
  drizzleRunner,
  postgresRunner,
  type SqlRunner,
} from './direct-sql.ts';

// ---------------------------------------------------------------------------------------------
// Options

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    driver: { type: 'string', default: 'postgres' },
    runs: { type: 'string', default: '5' },
    'min-ms': { type: 'string', default: '1000' },
    'constancy-scales': { type: 'string', default: '0.1,1' },
    analyze: { type: 'string', default: 'yes' },
    executor: { type: 'string' },
    peer: { type: 'string', default: 'hive' },
    'cpu-profile': { type: 'string' },
  },
});

function usage(message: string): never {
  console.error(
    `${message}\nusage: npm run bench -- [--scale 1] [--driver postgres|pglite] [--runs 5] [--min-ms 1000] [--constancy-scales 0.1,1] [--analyze yes|no] [--executor jit|graphql-js] [--peer hive|none] [--cpu-profile DIR]`,
  );
  process.exit(2);
}

const scale = Number(values.scale);
if (!(scale > 0)) usage(`--scale must be a positive number (1 is the national size); got ${values.scale}`);
const driver: 'postgres' | 'pglite' =
  values.driver === 'postgres' || values.driver === 'pglite'
    ? values.driver
    : usage(`--driver must be postgres or pglite; got ${values.driver}`);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) usage(`--runs must be a positive integer; got ${values.runs}`);
/** How long each series warms up, and is measured at least (a pull of one municipality takes some 50 ms). */
const minMs = Number(values['min-ms']);
if (!(minMs >= 0)) usage(`--min-ms must be a number of milliseconds; got ${values['min-ms']}`);
/** ANALYZE both databases once seeded (as autovacuum would soon after a bulk load; the test server may run without it). */
const analyze =
  values.analyze === 'yes'
    ? true
    : values.analyze === 'no'
      ? false
      : usage(`--analyze must be yes or no; got ${values.analyze}`);
/** The subgraphs' executor (`SUBGRAPH_EXECUTOR`); by default theirs. */
const executor = values.executor;
if (executor !== undefined && executor !== 'jit' && executor !== 'graphql-js') {
  usage(`--executor must be jit or graphql-js; got ${executor}`);
}
/** Another router over the same subgraphs, measured beside ours: Hive Gateway, or none. */
const peer: 'hive' | 'none' =
  values.peer === 'hive' || values.peer === 'none'
    ? values.peer
    : usage(`--peer must be hive or none; got ${values.peer}`);
const constancyScales = values['constancy-scales']
  .split(',')
  .map((s) => s.trim())
  .filter((s) => s !== '')
  .map(Number);
if (constancyScales.some((s) => !(s > 0))) {
  usage(`--constancy-scales must be positive numbers separated by commas; got ${values['constancy-scales']}`);
}

// ---------------------------------------------------------------------------------------------
// Progress, and what the services log

const started = performance.now();
const progress = (message: string) =>
  console.log(`${((performance.now() - started) / 1000).toFixed(1).padStart(7)} s  ${message}`);

interface RequestLine {
  service: string;
  durationMs: number;
}

/**
 * The services' log lines as they come: seeding progress is printed, each request line is
 * kept by its request id (the gateway passes its id on to the subgraphs), the rest dropped.
 */
function serviceLogs(label: string) {
  const requests = new Map<string, RequestLine[]>();
  /** Errors the services logged since they were last taken. */
  const errors: string[] = [];
  const sink: Record<string, unknown>[] = [];
  sink.push = (...lines) => {
    for (const line of lines) {
      const { msg, service, requestId, durationMs, level } = line as Record<string, unknown>;
      if (msg === 'request' && typeof requestId === 'string' && typeof durationMs === 'number') {
        const list = requests.get(requestId) ?? [];
        list.push({ service: String(service), durationMs });
        requests.set(requestId, list);
      } else if (typeof msg === 'string' && /seed|generated/.test(msg)) {
        progress(`${label} ${String(service)}: ${msg}`);
      } else if (Number(level) >= 50) {
        const { err } = line as { err?: { message?: string } };
        const error = `${String(service)}: ${String(msg)}${err?.message ? `: ${err.message}` : ''}`;
        errors.push(error);
        progress(`${label} ${error}`);
      }
    }
    return 0;
  };
  return { sink, requests, errors };
}

type ServiceLogs = ReturnType<typeof serviceLogs>;

// ---------------------------------------------------------------------------------------------
// Measuring

interface Sample {
  ms: number;
  bytes: number;
  statements: number;
  /** Through the gateway: the request durations the services logged, summed per service. */
  services?: Record<string, { ms: number; calls: number }>;
  /**
   * The share of the time this process's event loop was busy. Gateway, subgraphs and baseline
   * run in this one process, so it is the share spent in JavaScript (and, with PGlite, in the
   * embedded databases), the rest waiting (on PostgreSQL, which runs in its own processes).
   */
  busy?: number;
  /**
   * The CPU time of this process (all its threads: the gateway's workers too) from request to
   * answer, user and system. Less swayed by other work on a shared machine than the wall time,
   * for comparing two versions of the code; PostgreSQL's own processes are not in it.
   */
  cpuMs?: number;
  /** Why the query failed; its time is then the time to the failure. */
  failure?: string;
}

interface Measured<TData> {
  /** The first warm-up run: the code not yet compiled by V8. */
  warmUp: Sample;
  /** The measured runs; when one failed, it is the last (the warm-up, when that failed). */
  samples: Sample[];
  /** The answer of the last run; null when a run failed. */
  data: TData | null;
}

/**
 * With `--cpu-profile DIR`: a CPU profile of this process's main thread over a series' measured
 * runs, written as `DIR/<series>.cpuprofile` (for Chrome's DevTools): both subgraphs, the
 * gateway's HTTP side and the baseline. The gateway's operations (planning, fetching, merging)
 * run on its worker thread, which this does not see.
 */
async function profiled<T>(label: string, work: () => Promise<T>): Promise<T> {
  const folder = values['cpu-profile'];
  if (!folder) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    mkdirSync(folder, { recursive: true });
    const file = join(folder, `${label.replace(/[^\w-]+/g, '-').replace(/^-|-$/g, '')}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    progress(`${label}: CPU profile of the measured runs in ${file}`);
  }
}

/** Warm-up runs for at least `--min-ms`, then the measured runs (`measuredRuns`); a failure ends the series. */
async function measure<TData>(
  label: string,
  once: () => Promise<{ sample: Sample; data: TData | null }>,
): Promise<Measured<TData>> {
  // At least one run; the first is kept, as the cold one.
  const started = performance.now();
  const first = await once();
  let warmUps = 1;
  let warmUp = first;
  while (!warmUp.sample.failure && performance.now() - started < minMs) {
    warmUp = await once();
    warmUps++;
  }
  if (warmUp.sample.failure) {
    progress(`${label}: warm-up FAILED after ${warmUp.sample.ms.toFixed(0)} ms: ${warmUp.sample.failure}`);
    return { warmUp: first.sample, samples: [warmUp.sample], data: null };
  }
  progress(
    `${label}: warm-up ${first.sample.ms.toFixed(0)} ms${warmUps > 1 ? ` the first run, ${warmUp.sample.ms.toFixed(0)} ms the last of ${warmUps}` : ''}`,
  );
  return profiled(label, () => measuredRuns(label, once, { sample: first.sample, data: warmUp.data }));
}

async function measuredRuns<TData>(
  label: string,
  once: () => Promise<{ sample: Sample; data: TData | null }>,
  warmUp: { sample: Sample; data: TData | null },
): Promise<Measured<TData>> {
  const samples: Sample[] = [];
  let data = warmUp.data;
  const started = performance.now();
  for (let i = 0; i < runs || performance.now() - started < minMs; i++) {
    const run = await once();
    samples.push(run.sample);
    data = run.data;
    if (run.sample.failure) {
      progress(`${label}: run ${i + 1} FAILED after ${run.sample.ms.toFixed(0)} ms: ${run.sample.failure}`);
      return { warmUp: warmUp.sample, samples, data: null };
    }
    if (i < runs) {
      progress(
        `${label}: run ${i + 1}/${runs} ${run.sample.ms.toFixed(0)} ms, ` +
          `${(run.sample.bytes / 1e6).toFixed(2)} MB, ${run.sample.statements} SQL statements`,
      );
    }
  }
  if (samples.length > runs) progress(`${label}: ${samples.length} runs in all`);
  return { warmUp: warmUp.sample, samples, data };
}

const failed = (measured: Measured<unknown>) => measured.samples.find((s) => s.failure);

/** A request through the gateway over HTTP, timed from sending to the parsed answer. */
async function throughGateway<TData>(
  system: System,
  logs: ServiceLogs,
  send: () => Promise<GraphQLResponse<TData>>,
): Promise<{ sample: Sample; data: TData | null }> {
  logs.errors.length = 0;
  const before = system.statementCount();
  const loop = performance.eventLoopUtilization();
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const response = await send();
  const ms = performance.now() - t0;
  const cpuMs = cpuMsSince(cpu);
  const busy = performance.eventLoopUtilization(loop).utilization;
  const statements = system.statementCount() - before;
  // The services log a request when its response has been sent; give the gateway's line a moment.
  const requestId = response.headers.get('x-request-id') ?? '';
  for (let i = 0; i < 100 && !logs.requests.get(requestId)?.some((l) => l.service === 'gateway'); i++) {
    await sleep(1);
  }
  const failedRequest = response.status !== 200 || response.errors || !response.data;
  if (failedRequest) await quiet(system, logs, requestId);
  const services: Record<string, { ms: number; calls: number }> = {};
  for (const line of logs.requests.get(requestId) ?? []) {
    const entry = (services[line.service] ??= { ms: 0, calls: 0 });
    entry.ms += line.durationMs;
    entry.calls++;
  }
  logs.requests.delete(requestId);
  const bytes =
    Number(response.headers.get('content-length')) ||
    Buffer.byteLength(JSON.stringify({ data: response.data, errors: response.errors }));
  if (failedRequest || !response.data) {
    const codes = [...new Set((response.errors ?? []).map((e) => `${e.extensions?.['code']}`))];
    const failure =
      `HTTP ${response.status}, ${response.errors?.length ?? 0} errors (${codes.join(', ')})` +
      (logs.errors.length > 0 ? `; logged: ${[...new Set(logs.errors)].join('; ')}` : '');
    return { sample: { ms, bytes, statements, services, busy, cpuMs, failure }, data: null };
  }
  return { sample: { ms, bytes, statements, services, busy, cpuMs }, data: response.data };
}

function cpuMsSince(before: NodeJS.CpuUsage) {
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}

/**
 * After a failure the gateway has given up, but a subgraph (in this same process) may still be
 * working on a call it abandoned (a time-out): wait until no statement is sent and no request of
 * this id is logged for 3 s, so the next measurement does not share the CPU with it.
 */
async function quiet(system: System, logs: ServiceLogs, requestId: string) {
  const state = () => `${system.statementCount()} ${logs.requests.get(requestId)?.length ?? 0}`;
  const t0 = performance.now();
  for (let before = state(); performance.now() - t0 < 120_000;) {
    await sleep(3_000);
    const now = state();
    if (now === before) return;
    before = now;
  }
}

/** The baseline, timed from the first statement to the serialised JSON. */
async function directly<TData>(
  runners: SqlRunner[],
  build: () => Promise<TData>,
): Promise<{ sample: Sample; data: TData }> {
  const statementsSoFar = () => runners.reduce((sum, runner) => sum + runner.statements, 0);
  const before = statementsSoFar();
  const loop = performance.eventLoopUtilization();
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const data = await build();
  const body = JSON.stringify({ data });
  const ms = performance.now() - t0;
  const cpuMs = cpuMsSince(cpu);
  const busy = performance.eventLoopUtilization(loop).utilization;
  const statements = statementsSoFar() - before;
  return { sample: { ms, bytes: Buffer.byteLength(body), statements, busy, cpuMs }, data };
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const min = (xs: number[]) => Math.min(...xs);
/** The one value all samples share, or every distinct value when they differ. */
const constant = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b).join(' / ');

// ---------------------------------------------------------------------------------------------
// What a pull holds, and whether two answers are the same

function countsOf(municipalities: MunicipalityWithOrganisationFragment[]) {
  const units = municipalities.flatMap((m) => m.units);
  const employments = units.flatMap((u) => u.employments);
  const members = municipalities.flatMap((m) => m.electedBodies).flatMap((b) => b.members);
  const companyRoles = municipalities.flatMap((m) => m.companyOwnerships).flatMap((o) => o.company.roles);
  const persons = [...employments, ...members].map((e) => e.person);
  return {
    units: units.length,
    employments: employments.length,
    members: members.length,
    companyRoles: companyRoles.length,
    declarations: persons.filter((p) => p.declaration).length,
    positions: persons.reduce((sum, p) => sum + (p.declaration?.positions.length ?? 0), 0),
  };
}

type Counts = ReturnType<typeof countsOf>;
const describeCounts = (c: Counts) =>
  `${c.units} units, ${c.employments} employments, ${c.members} members, ` +
  `${c.companyRoles} company roles, ${c.declarations} declarations shown (${c.positions} positions)`;

/** Arrays sorted by their elements' canonical JSON, object keys sorted: order no longer counts. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value
      .map(canonical)
      .map((item) => [JSON.stringify(item), item] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, item]) => item);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** The path of the first difference, with both values. */
function firstDifference(a: unknown, b: unknown, path = 'data'): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length)
      return `${path}: ${a.length} items in the gateway's, ${b.length} in the baseline's`;
    for (let i = 0; i < a.length; i++) {
      const found = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (found) return found;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 200)} in the gateway's, ${JSON.stringify(b)?.slice(0, 200)} in the baseline's`;
}

function compare(gateway: unknown, baseline: unknown): { same: boolean; verdict: string } {
  if (isDeepStrictEqual(gateway, baseline)) {
    return { same: true, verdict: 'identical (deep-equal, in the same order)' };
  }
  const ordered = firstDifference(gateway, baseline);
  if (isDeepStrictEqual(canonical(gateway), canonical(baseline))) {
    return { same: true, verdict: `the same data in another order (first place: ${ordered})` };
  }
  return { same: false, verdict: `DIFFERENT even ignoring order; in order, first at ${ordered}` };
}

// ---------------------------------------------------------------------------------------------
// One system

interface Chosen {
  number: string;
  units: number;
  /** False when the demo gave it no elected-body members or no company roles at this scale. */
  complete: boolean;
}

/**
 * The municipality the demo gave the most units (the lowest number on a tie), among those whose
 * pull reaches every relation (employments, elected-body members, company roles); at the
 * national scale every municipality has them. Without one such, the most units of all.
 */
function biggestMunicipality(system: System): Chosen {
  const { units, employments, electedBodies, memberships, companyOwners, companyRoles } = system.population;
  const unitCount = new Map<string, number>();
  const municipalityOfUnit = new Map<string, string>();
  for (const unit of units) {
    unitCount.set(unit.municipalityNumber, (unitCount.get(unit.municipalityNumber) ?? 0) + 1);
    municipalityOfUnit.set(unit.id, unit.municipalityNumber);
  }
  const municipalityOfBody = new Map(electedBodies.map((b) => [b.id, b.municipalityNumber]));
  const companiesWithRoles = new Set(companyRoles.map((r) => r.companyId));
  const withEmployments = new Set(employments.map((e) => municipalityOfUnit.get(e.unitId)));
  const withMembers = new Set(memberships.map((m) => municipalityOfBody.get(m.bodyId)));
  const withRoles = new Set(
    companyOwners.filter((o) => companiesWithRoles.has(o.companyId)).map((o) => o.municipalityNumber),
  );
  const ranked = [...unitCount]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([number, count]) => ({
      number,
      units: count,
      complete: withEmployments.has(number) && withMembers.has(number) && withRoles.has(number),
    }));
  return ranked.find((m) => m.complete) ?? ranked[0]!;
}

async function startMeasuredSystem(demoScale: number) {
  const label = `[scale ${demoScale}, ${driver}]`;
  progress(
    `${label} starting both subgraphs on fresh databases, seeding the demo register, then the gateway`,
  );
  const logs = serviceLogs(label);
  // The gateway's operations on a worker thread, as in production (the tests' default is the
  // HTTP thread); one, as the numbers in BENCHMARKS.md were measured with.
  const system = await startSystem({
    demoScale,
    driver,
    logLines: logs.sink,
    gatewayEnv: { GATEWAY_WORKERS: '1' },
    subgraphEnv: executor ? { SUBGRAPH_EXECUTOR: executor } : {},
  });
  if (analyze) {
    for (const database of [system.municipality.database, system.interests.database]) {
      await drizzleRunner(database.db).rows('analyze');
    }
  }
  progress(`${label} system ready${analyze ? ', both databases analyzed' : ', databases not analyzed'}`);
  return { label, logs, system };
}

const pullOne = (system: System, logs: ServiceLogs, number: string) =>
  throughGateway(system, logs, () =>
    execute(system.gateway.url, MunicipalityOrganisationDocument, { number }),
  );
const pullAll = (system: System, logs: ServiceLogs) =>
  throughGateway(system, logs, () => execute(system.gateway.url, AllMunicipalitiesOrganisationDocument));

/** The statements of a series, warm-up included: the one number every run sent, or each when they differ. */
function statementsOf(measured: Measured<unknown>): string {
  const failure = failed(measured);
  if (failure) return `failed (${failure.statements} sent before the failure)`;
  return constant([measured.warmUp, ...measured.samples].map((s) => s.statements));
}

interface Constancy {
  scale: number;
  chosen: Chosen;
  one: { statements: string };
  all: { statements: string; counts: Counts };
}

/** Just the statements of each pull (warm-up, then one run) at a scale. */
async function constancyAt(demoScale: number): Promise<Constancy> {
  const { label, logs, system } = await startMeasuredSystem(demoScale);
  try {
    const chosen = biggestMunicipality(system);
    const twice = async <TData>(
      name: string,
      pull: () => Promise<{ sample: Sample; data: TData | null }>,
    ) => {
      const first = await pull();
      const second = first.sample.failure ? first : await pull();
      const measured = { warmUp: first.sample, samples: [second.sample], data: second.data };
      const failure = failed(measured);
      if (failure) progress(`${label} ${name}: FAILED after ${failure.ms.toFixed(0)} ms: ${failure.failure}`);
      return measured;
    };
    const one = await twice('one municipality', () => pullOne(system, logs, chosen.number));
    const all = await twice('all municipalities', () => pullAll(system, logs));
    const result: Constancy = {
      scale: demoScale,
      chosen,
      one: { statements: statementsOf(one) },
      // Through the gateway when it answered, else what the demo seeded.
      all: {
        statements: statementsOf(all),
        counts: all.data ? countsOf(all.data.municipalities) : seededCounts(system),
      },
    };
    progress(`${label} one municipality (${chosen.number}): ${result.one.statements} statements`);
    progress(
      `${label} all municipalities: ${result.all.statements} statements; ${describeCounts(result.all.counts)}`,
    );
    return result;
  } finally {
    await system.close();
  }
}

/** What the demo seeded, for a scale where the gateway could not answer the whole pull. */
function seededCounts(system: System): Counts {
  const p = system.population;
  const rolesOfCompany = new Map<string, number>();
  for (const role of p.companyRoles) {
    rolesOfCompany.set(role.companyId, (rolesOfCompany.get(role.companyId) ?? 0) + 1);
  }
  return {
    units: p.units.length,
    employments: p.employments.length,
    members: p.memberships.length,
    // Reached through each owner, as the pull reaches them.
    companyRoles: p.companyOwners.reduce((sum, o) => sum + (rolesOfCompany.get(o.companyId) ?? 0), 0),
    declarations: Number.NaN,
    positions: Number.NaN,
  };
}

interface PullResult {
  pull: string;
  gateway: Measured<unknown>;
  direct: Measured<unknown>;
  counts: { gateway?: Counts; direct?: Counts; peer?: Counts };
  check: { same: boolean; verdict: string };
  /** Through Hive Gateway (`--peer hive`), and its answer against the baseline's. */
  peer?: { measured: Measured<unknown>; check: { same: boolean; verdict: string } };
}

/** The full measurement at the main scale. */
async function benchmarkAt(demoScale: number) {
  const { label, logs, system } = await startMeasuredSystem(demoScale);
  const runners: SqlRunner[] = [];
  // On this process's event loop (ours runs its operations on a worker thread).
  const hive = peer === 'hive' ? await startHiveGatewayFor(system) : undefined;
  if (hive) progress(`${label} Hive Gateway ready over the same subgraphs`);
  try {
    const chosen = biggestMunicipality(system);
    progress(
      `${label} the single-municipality pull asks for ${chosen.number} (${chosen.units} units, the most)`,
    );
    if (driver === 'postgres') {
      // Connections of its own, straight to the databases the subgraphs use.
      for (const database of [system.municipality.database, system.interests.database]) {
        const url = new URL(testServerUrl);
        url.pathname = `/${await currentDatabaseName(database.db)}`;
        runners.push(postgresRunner(url.toString()));
      }
    } else {
      // An embedded database belongs to the process that opened it: go through it.
      runners.push(
        drizzleRunner(system.municipality.database.db),
        drizzleRunner(system.interests.database.db),
      );
    }
    const [municipalityDb, interestsDb] = runners as [SqlRunner, SqlRunner];

    const results: PullResult[] = [];
    for (const [pull, viaGateway, viaPeer, viaSql, municipalitiesOf] of [
      [
        `one municipality (${chosen.number}, ${chosen.units} units)`,
        () => pullOne(system, logs, chosen.number),
        (url: string) =>
          throughGateway(system, logs, () =>
            execute(url, MunicipalityOrganisationDocument, { number: chosen.number }),
          ),
        () => directly(runners, () => directMunicipality(municipalityDb, interestsDb, chosen.number)),
        (data: unknown) => [(data as { municipality: MunicipalityWithOrganisationFragment }).municipality],
      ],
      [
        'all municipalities',
        () => pullAll(system, logs),
        (url: string) =>
          throughGateway(system, logs, () => execute(url, AllMunicipalitiesOrganisationDocument)),
        () => directly(runners, () => directAllMunicipalities(municipalityDb, interestsDb)),
        (data: unknown) => (data as AllMunicipalitiesOrganisationQuery).municipalities,
      ],
    ] as const) {
      const gateway = await measure<unknown>(`${label} ${pull}, gateway`, viaGateway);
      const peered = hive
        ? await measure<unknown>(`${label} ${pull}, Hive Gateway`, () => viaPeer(hive.url))
        : undefined;
      const direct = await measure<unknown>(`${label} ${pull}, direct SQL`, viaSql);
      const counts = {
        ...(gateway.data ? { gateway: countsOf(municipalitiesOf(gateway.data)) } : {}),
        ...(direct.data ? { direct: countsOf(municipalitiesOf(direct.data)) } : {}),
        ...(peered?.data ? { peer: countsOf(municipalitiesOf(peered.data)) } : {}),
      };
      const check =
        gateway.data && direct.data
          ? compare(gateway.data, direct.data)
          : { same: false, verdict: 'not compared: the gateway gave no answer' };
      if (counts.gateway) progress(`${label} ${pull}: gateway ${describeCounts(counts.gateway)}`);
      if (counts.direct) progress(`${label} ${pull}: direct  ${describeCounts(counts.direct)}`);
      progress(`${label} ${pull}: the baseline's answer is ${check.verdict}`);
      const peerCheck = peered
        ? peered.data && direct.data
          ? compare(peered.data, direct.data)
          : { same: false, verdict: 'not compared: Hive Gateway gave no answer' }
        : undefined;
      if (peerCheck)
        progress(`${label} ${pull}: against Hive Gateway's, the baseline's answer is ${peerCheck.verdict}`);
      results.push({
        pull,
        gateway,
        direct,
        counts,
        check,
        ...(peered && peerCheck && { peer: { measured: peered, check: peerCheck } }),
      });
      // Let the answers go before the next pull.
      gateway.data = direct.data = null;
      if (peered) peered.data = null;
    }
    progress(`${label} process memory now: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB resident`);
    return { chosen, results, seeded: seededCounts(system) };
  } finally {
    await Promise.all(runners.map((runner) => runner.close()));
    await hive?.close();
    await system.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Run, then report

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const mb = (bytes: number) => (bytes / 1e6).toFixed(2);
const cpuMedian = (samples: Sample[]) => fmt(median(samples.map((s) => s.cpuMs ?? Number.NaN)));
const percent = (samples: Sample[]) =>
  `${(median(samples.map((s) => s.busy ?? Number.NaN)) * 100).toFixed(0)} %`;

progress(
  `register pull at scale ${scale} on ${driver}: ${runs} runs after a warm-up; ` +
    `statements at scales ${constancyScales.join(', ')}`,
);
const constancy: Constancy[] = [];
for (const s of constancyScales.filter((s) => s !== scale)) constancy.push(await constancyAt(s));
const main = await benchmarkAt(scale);
if (constancyScales.includes(scale)) {
  const [one, all] = main.results as [PullResult, PullResult];
  constancy.push({
    scale,
    chosen: main.chosen,
    one: { statements: statementsOf(one.gateway) },
    all: { statements: statementsOf(all.gateway), counts: all.counts.gateway ?? main.seeded },
  });
}
constancy.sort((a, b) => a.scale - b.scale);

const lines: string[] = [];
lines.push(
  '',
  `## Register pull, scale ${scale}, ${driver} (at least ${runs} runs and ${minMs} ms after warming up as long; databases ${analyze ? '' : 'not '}analyzed; subgraph executor ${executor ?? 'default'}; Node ${process.version})`,
  '',
  '| pull | path | median ms | min ms | runs | first run ms | response MB | SQL statements per query (every run) | median vs direct SQL | Node event loop busy | CPU of this process, median ms |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
);
for (const { pull, gateway, direct, peer: peerOf } of main.results) {
  const d = direct.samples;
  const directMedian = median(d.map((s) => s.ms));
  const failure = failed(gateway);
  if (failure) {
    lines.push(
      `| ${pull} | gateway (HTTP) | FAILED after ${fmt(failure.ms)} ms: ${failure.failure} | | | | | ${failure.statements} before the failure | | ${percent([failure])} | ${fmt(failure.cpuMs ?? Number.NaN)} |`,
    );
  } else {
    const g = gateway.samples;
    lines.push(
      `| ${pull} | gateway (HTTP) | ${fmt(median(g.map((s) => s.ms)))} | ${fmt(min(g.map((s) => s.ms)))} | ${g.length} | ${fmt(gateway.warmUp.ms)} | ${mb(median(g.map((s) => s.bytes)))} | ${statementsOf(gateway)} | ${(median(g.map((s) => s.ms)) / directMedian).toFixed(1)}× | ${percent(g)} | ${cpuMedian(g)} |`,
    );
  }
  if (peerOf) {
    const failure = failed(peerOf.measured);
    const h = peerOf.measured.samples;
    lines.push(
      failure
        ? `| ${pull} | Hive Gateway (HTTP) | FAILED after ${fmt(failure.ms)} ms: ${failure.failure} | | | | | ${failure.statements} before the failure | | ${percent([failure])} | ${fmt(failure.cpuMs ?? Number.NaN)} |`
        : `| ${pull} | Hive Gateway (HTTP) | ${fmt(median(h.map((s) => s.ms)))} | ${fmt(min(h.map((s) => s.ms)))} | ${h.length} | ${fmt(peerOf.measured.warmUp.ms)} | ${mb(median(h.map((s) => s.bytes)))} | ${statementsOf(peerOf.measured)} | ${(median(h.map((s) => s.ms)) / directMedian).toFixed(1)}× | ${percent(h)} | ${cpuMedian(h)} |`,
    );
  }
  lines.push(
    `| ${pull} | direct SQL | ${fmt(directMedian)} | ${fmt(min(d.map((s) => s.ms)))} | ${d.length} | ${fmt(direct.warmUp.ms)} | ${mb(median(d.map((s) => s.bytes)))} | ${statementsOf(direct)} | 1× | ${percent(d)} | ${cpuMedian(d)} |`,
  );
}
lines.push(
  '',
  'Where the gateway time goes (medians, or the failed run; the request durations the services log, summed per service over its calls):',
  '',
  '| pull | client wall ms | gateway request ms | municipality subgraph ms (calls) | interests subgraph ms (calls) |',
  '|---|---:|---:|---:|---:|',
);
for (const { pull, gateway, peer: peerOf } of main.results) {
  const paths: [string, Measured<unknown>][] = [['', gateway]];
  // Hive Gateway logs no request line of its own: its time is the client's.
  if (peerOf) paths.push([', Hive Gateway', peerOf.measured]);
  for (const [path, measured] of paths) {
    const samples = failed(measured) ? [failed(measured)!] : measured.samples;
    const service = (name: string) => {
      const entries = samples.map((s) => s.services?.[name] ?? { ms: 0, calls: 0 });
      return { ms: median(entries.map((e) => e.ms)), calls: constant(entries.map((e) => e.calls)) };
    };
    const [gw, mun, int] = [service('gateway'), service('municipality'), service('interests')];
    lines.push(
      `| ${pull}${path}${failed(measured) ? ' (failed)' : ''} | ${fmt(median(samples.map((s) => s.ms)))} | ${path ? '–' : fmt(gw.ms)} | ${fmt(mun.ms)} (${mun.calls}) | ${fmt(int.ms)} (${int.calls}) |`,
    );
  }
}
lines.push(
  '',
  `Same data? (the last gateway answer against the last baseline answer${peer === 'hive' ? "; Hive Gateway's too" : ''})`,
  '',
  '| pull | units | employments | members | company roles | declarations shown | positions | check |',
  '|---|---:|---:|---:|---:|---:|---:|---|',
);
for (const { pull, counts, check, peer: peerOf } of main.results) {
  const shown = (key: keyof Counts) => {
    const [g, d] = [counts.gateway?.[key], counts.direct?.[key]];
    return g === d ? `${g}` : `gateway ${g ?? '–'}, baseline ${d ?? '–'}`;
  };
  lines.push(
    `| ${pull} | ${shown('units')} | ${shown('employments')} | ${shown('members')} | ${shown('companyRoles')} | ${shown('declarations')} | ${shown('positions')} | ${check.verdict} |`,
  );
  if (peerOf) {
    const ofPeer = (key: keyof Counts) => {
      const [h, d] = [counts.peer?.[key], counts.direct?.[key]];
      return h === d ? `${h}` : `Hive ${h ?? '–'}, baseline ${d ?? '–'}`;
    };
    lines.push(
      `| ${pull}, Hive Gateway | ${ofPeer('units')} | ${ofPeer('employments')} | ${ofPeer('members')} | ${ofPeer('companyRoles')} | ${ofPeer('declarations')} | ${ofPeer('positions')} | ${peerOf.check.verdict} |`,
    );
  }
}
lines.push(
  '',
  `SQL statements per query through the gateway, by data size (${driver}; rows as the gateway answered, or as seeded when it failed):`,
  '',
  '| scale | units | employments | members | company roles | one municipality (number: units) | all municipalities |',
  '|---:|---:|---:|---:|---:|---:|---:|',
);
for (const c of constancy) {
  const a = c.all.counts;
  lines.push(
    `| ${c.scale} | ${a.units} | ${a.employments} | ${a.members} | ${a.companyRoles} | ${c.one.statements} (${c.chosen.number}: ${c.chosen.units}${c.chosen.complete ? '' : ', not every relation'}) | ${c.all.statements} |`,
  );
}
console.log(lines.join('\n'));
const unmatched = main.results.flatMap((r) => [
  ...(r.check.same ? [] : [r.pull]),
  ...(r.peer && !r.peer.check.same ? [`${r.pull} (Hive Gateway)`] : []),
]);
if (unmatched.length > 0) {
  console.error(
    `\nNot shown to build the same data (gateway failure or a difference): ${unmatched.join(', ')}`,
  );
  process.exitCode = 1;
}
