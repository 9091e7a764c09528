/**
 * `npm run bench:executors -- [--scale 0.25] [--rounds 5]`
 *
 * The subgraphs' two executors (`SUBGRAPH_EXECUTOR`) on the same data, in turns: a PostgreSQL
 * system whose subgraphs run graphql-js, and a second pair of subgraphs over the same two
 * databases running graphql-jit, each pair behind a gateway of its own. Each round pulls the whole
 * register (`AllMunicipalitiesOrganisation`) once through each gateway, in alternating order, so
 * that a shared machine's load falls on both alike. Shown per executor: the medians of the wall
 * time and of the durations each subgraph logged (summed over its calls); the answers must be
 * identical (exit 1 otherwise).
 */
import { loadavg, cpus } from 'node:os';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { createLogger } from '@registers/platform';
import { AllMunicipalitiesOrganisationDocument } from '@registers/client';
import { execute, startSystem, startTwinSubgraphs } from '../test/support/system.ts';

const { values } = parseArgs({
  options: { scale: { type: 'string', default: '0.25' }, rounds: { type: 'string', default: '5' } },
});
const scale = Number(values.scale);
const rounds = Number(values.rounds);
if (!(scale > 0) || !Number.isInteger(rounds) || rounds < 1) {
  console.error('usage: npm run bench:executors -- [--scale 0.25] [--rounds 5]');
  process.exit(2);
}

const logLines: Record<string, unknown>[] = [];
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
const loadAtStart = load();
const system = await startSystem({
  demoScale: scale,
  driver: 'postgres',
  logLines,
  subgraphEnv: { SUBGRAPH_EXECUTOR: 'graphql-js' },
});
const jit = await startTwinSubgraphs(system, { SUBGRAPH_EXECUTOR: 'jit' }, (service) =>
  createLogger(`${service}-jit`, 'info', { write: (line: string) => void logLines.push(JSON.parse(line)) }),
);
const gateways = { 'graphql-js': system.gateway.url, jit: jit.gateway.url } as const;
type Executor = keyof typeof gateways;

interface Run {
  wallMs: number;
  municipalityMs: number;
  interestsMs: number;
}
const runs: Record<Executor, Run[]> = { 'graphql-js': [], jit: [] };
const answers: Partial<Record<Executor, unknown>> = {};

async function pull(executor: Executor): Promise<Run> {
  const started = performance.now();
  const response = await execute(gateways[executor], AllMunicipalitiesOrganisationDocument);
  const wallMs = performance.now() - started;
  if (response.status !== 200 || response.errors) {
    console.error(executor, response.status, JSON.stringify(response.errors));
    process.exit(1);
  }
  answers[executor] = response.data;
  const requestId = response.headers.get('x-request-id');
  // The subgraphs log a request when its answer is sent; give the last lines a moment.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const summed = (service: string) =>
    logLines
      .filter(
        (line) => line['msg'] === 'request' && line['requestId'] === requestId && line['service'] === service,
      )
      .reduce((sum, line) => sum + Number(line['durationMs']), 0);
  const suffix = executor === 'jit' ? '-jit' : '';
  return {
    wallMs,
    municipalityMs: summed(`municipality${suffix}`),
    interestsMs: summed(`interests${suffix}`),
  };
}

const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

try {
  // Warm-up: jit compiles each subgraph operation once; both load their code paths.
  await pull('graphql-js');
  await pull('jit');
  for (let round = 0; round < rounds; round++) {
    const order: Executor[] = round % 2 ? ['jit', 'graphql-js'] : ['graphql-js', 'jit'];
    for (const executor of order) runs[executor].push(await pull(executor));
  }
  const same = isDeepStrictEqual(answers['graphql-js'], answers.jit);
  const lines = [
    `## Subgraph executors, whole register at scale ${scale}, postgres, ${rounds} rounds after one warm-up each`,
    `Node ${process.version}, ${cpus().length} cores, load average (1, 5, 15 min) ${loadAtStart} at the start, ${load()} at the end`,
    '',
    '| executor | wall median ms | wall min ms | municipality subgraph median ms | interests subgraph median ms (2 calls) |',
    '|---|---:|---:|---:|---:|',
    ...(['graphql-js', 'jit'] as const).map((executor) => {
      const list = runs[executor];
      return `| ${executor} | ${median(list.map((r) => r.wallMs)).toFixed(0)} | ${Math.min(...list.map((r) => r.wallMs)).toFixed(0)} | ${median(list.map((r) => r.municipalityMs)).toFixed(0)} | ${median(list.map((r) => r.interestsMs)).toFixed(0)} |`;
    }),
    '',
    `Answers: ${same ? 'identical (deep-equal, in the same order)' : 'DIFFERENT'}`,
  ];
  console.log(lines.join('\n'));
  if (!same) process.exitCode = 1;
} finally {
  await jit.close();
  await system.close();
}
