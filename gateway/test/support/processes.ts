import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadOrCreateKeyFile, signLocalToken, type LocalTokenRequest } from '@registers/access';
import { INTERNAL_TOKEN_KEY_NAME } from '@registers/platform';
import { LOCAL_TOKEN_KEY_NAME } from '../../src/server.ts';
import { freePort } from './npm-start.ts';
import type { GraphQLResponse } from './system.ts';

const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** Where each service's built entry is (`npm start`'s build, which the test run's setup runs). */
const entries = {
  gateway: 'gateway/dist/main.js',
  municipality: 'subgraphs/municipality/dist/main.js',
  interests: 'subgraphs/interests/dist/main.js',
} as const;

export type ServiceName = keyof typeof entries;

/**
 * A service as a pod or `npm start` runs it: its built `dist/main.js` under node, a process of
 * its own, configured by its environment alone (with development's defaults where `env` is
 * silent), its output piped.
 */
export function spawnBuiltService(name: ServiceName, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [entries[name]], {
    cwd: repositoryRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: process.env['HOME'] ?? '/tmp',
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ...env,
    },
  });
}

const portVariables: Record<ServiceName, string> = {
  gateway: 'GATEWAY_PORT',
  municipality: 'MUNICIPALITY_PORT',
  interests: 'INTERESTS_PORT',
};

export interface ServiceProcess {
  name: ServiceName;
  child: ChildProcess;
  /** `http://127.0.0.1:<port>/graphql` */
  url: string;
  port: number;
  /** What it wrote to stdout and stderr so far (its JSON log lines), for a failing test's message. */
  output(): string;
  /** Resolves with its exit code (null when a signal ended it) once it has ended. */
  exited: Promise<number | null>;
  /** Whether it is still running. */
  running(): boolean;
  /** Sends the signal and waits for the process to end. */
  stop(signal: NodeJS.Signals): Promise<number | null>;
}

/**
 * A service as `npm start` runs it (its built `dist/main.js` under node, one process of its
 * own), configured by environment variables only, on the port given or a free one; resolves
 * once its `/ready` answers 200. The test run's setup has built `dist/`.
 */
export async function spawnService(
  name: ServiceName,
  env: Record<string, string>,
  options: { port?: number; readyWithinMs?: number } = {},
): Promise<ServiceProcess> {
  const port = options.port ?? (await freePort());
  const child = spawnBuiltService(name, { [portVariables[name]]: String(port), ...env });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let ended = false;
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      ended = true;
      resolve(code);
    }),
  );
  const service: ServiceProcess = {
    name,
    child,
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    output: () => output,
    exited,
    running: () => !ended,
    stop: async (signal) => {
      if (!ended) child.kill(signal);
      return exited;
    },
  };
  const deadline = Date.now() + (options.readyWithinMs ?? 120_000);
  while ((await readiness(service.url)).status !== 200) {
    if (ended || Date.now() > deadline) {
      await service.stop('SIGKILL');
      throw new Error(`${name} did not become ready; it wrote:\n${output.slice(-4_000)}`);
    }
    await sleep(100);
  }
  return service;
}

/** A service's `GET /ready`: its status (0 when nothing answers) and its checks. */
export async function readiness(url: string): Promise<{ status: number; checks?: Record<string, string> }> {
  try {
    const response = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(5_000) });
    const body = (await response.json()) as { checks?: Record<string, string> };
    return { status: response.status, ...(body.checks && { checks: body.checks }) };
  } catch {
    return { status: 0 };
  }
}

/**
 * The key pairs the services share, made before any of them starts (two services starting at
 * once would each make their own), and a local token for the gateway, as `npm run token` makes one.
 */
export async function prepareKeys(keysDir: string) {
  await loadOrCreateKeyFile(keysDir, INTERNAL_TOKEN_KEY_NAME);
  const localKey = (await loadOrCreateKeyFile(keysDir, LOCAL_TOKEN_KEY_NAME)).privateKey;
  return { tokenFor: (request: LocalTokenRequest) => signLocalToken(request, localKey) };
}

/** One request's outcome under {@link load}: times from `performance.now()`. */
export interface Answered {
  started: number;
  ended: number;
  status: number;
  data?: unknown;
  /** The network error's message when there was no answer. */
  failure?: string;
  codes: string[];
}

/**
 * `loops` clients each sending one request after the other until `stop` resolves, every answer
 * (or network failure) recorded with when it was sent and answered.
 */
export async function load(
  loops: number,
  send: () => Promise<GraphQLResponse<unknown>>,
  stop: Promise<unknown>,
): Promise<Answered[]> {
  let stopped = false;
  void stop.then(() => (stopped = true));
  const answers: Answered[] = [];
  await Promise.all(
    Array.from({ length: loops }, async () => {
      while (!stopped) {
        const startedAt = performance.now();
        try {
          const response = await send();
          answers.push({
            started: startedAt,
            ended: performance.now(),
            status: response.status,
            data: response.data,
            codes: (response.errors ?? []).map((error) => String(error.extensions?.['code'])),
          });
        } catch (error) {
          answers.push({
            started: startedAt,
            ended: performance.now(),
            status: 0,
            failure: String((error as Error).cause ?? error),
            codes: [],
          });
        }
      }
    }),
  );
  return answers;
}

/** Waits until the probe answers something truthy, polling every 100 ms. */
export async function eventually<T>(
  what: string,
  probe: () => T | Promise<T>,
  withinMs = 20_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${withinMs} ms`);
    await sleep(100);
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
