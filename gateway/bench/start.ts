/**
 * How long `npm start` takes until the whole system is ready (issue 9, target 5): the README's
 * first command, run as a newcomer runs it, in a fresh data folder (the first start: migrating
 * and seeding the embedded databases) and then again on the same folder (warm starts).
 *
 *   npm run bench:start -- [--warm 3] [--scale 0.05]
 *
 * Without `--scale`, at npm start's own DEMO_SCALE (its default, 0.05, unless the environment sets it).
 *
 * Ready is the gateway's `/ready` answering 200, which it does only once both subgraphs answer
 * their own `/ready` (migrated, seeded, schema loaded). Polled every 25 ms from the moment the
 * command is spawned; each service's "listening" line is timed too, from its output.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, spawnNpmStart } from '../test/support/npm-start.ts';

const { values } = parseArgs({
  options: {
    warm: { type: 'string', default: '3' },
    scale: { type: 'string' },
  },
});
const warmStarts = Number(values.warm);
const scale = values.scale;

interface StartTimes {
  readyMs: number;
  listeningMs: Record<string, number>;
  /** CPU time the processes of `npm start` had used when it was ready (Linux), in ms. */
  cpuMs: number | undefined;
}

/**
 * The CPU time used so far by the processes of a process group, and by their children that have
 * ended, from /proc (Linux only): less moved by other load on the machine than the wall time.
 */
function groupCpuMs(group: number): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const ticksPerSecond = 100; // USER_HZ, 100 on every Linux architecture Node runs on
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    // After the command name in parentheses: state, ppid, pgrp, …; utime is field 14.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) !== group) continue;
    ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  }
  return (ticks / ticksPerSecond) * 1000;
}

type Ports = Parameters<typeof spawnNpmStart>[0]['ports'];

async function startOnce(dataDir: string, ports: Ports): Promise<StartTimes> {
  const started = performance.now();
  const system = spawnNpmStart({ dataDir, ports, scale });
  const listeningMs: Record<string, number> = {};
  let output = '';
  const read = (chunk: Buffer) => {
    output += chunk.toString();
    for (const match of output.matchAll(/"service":"(\w+)"[^\n]*listening on/g)) {
      listeningMs[match[1]!] ??= performance.now() - started;
    }
  };
  system.child.stdout!.on('data', read);
  system.child.stderr!.on('data', read);
  const ready = new URL('/ready', system.urls.gateway);
  const deadline = started + 180_000;
  try {
    for (;;) {
      const answered = await fetch(ready).then(
        (response) => response.ok,
        () => false,
      );
      if (answered) break;
      if (performance.now() > deadline) throw new Error(`not ready in 180 s; its output:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return { readyMs: performance.now() - started, listeningMs, cpuMs: groupCpuMs(system.group) };
  } finally {
    system.interrupt();
    await Promise.race([system.exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
    try {
      process.kill(-system.group, 'SIGKILL');
    } catch {
      // every process of the group has ended
    }
  }
}

const seconds = (ms: number | undefined) => (ms === undefined ? '–' : (ms / 1000).toFixed(2));
const row = (label: string, times: StartTimes) =>
  `| ${label} | ${seconds(times.listeningMs['municipality'])} | ${seconds(times.listeningMs['interests'])} | ${seconds(times.listeningMs['gateway'])} | ${seconds(times.readyMs)} | ${seconds(times.cpuMs)} |`;

const dataDir = mkdtempSync(join(tmpdir(), 'registers-start-bench-'));
try {
  const ports = { gateway: await freePort(), municipality: await freePort(), interests: await freePort() };
  console.log(
    `npm start at DEMO_SCALE ${scale ?? "npm start's default"}: ${cpus().length} cores, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}`,
  );
  console.log(
    '| start | municipality listening s | interests listening s | gateway listening s | all ready s | CPU s until ready |',
  );
  console.log('| ----- | ---: | ---: | ---: | ---: | ---: |');
  console.log(row('first (migrate and seed)', await startOnce(dataDir, ports)));
  const warm: number[] = [];
  for (let run = 1; run <= warmStarts; run++) {
    const times = await startOnce(dataDir, ports);
    warm.push(times.readyMs);
    console.log(row(`warm ${run}`, times));
  }
  warm.sort((a, b) => a - b);
  if (warm.length) console.log(`warm start median: ${seconds(warm[Math.floor(warm.length / 2)])} s`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
