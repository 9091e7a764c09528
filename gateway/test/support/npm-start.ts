import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** A port free now on loopback; a service started soon after may take it. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface NpmStart {
  child: ChildProcess;
  /** The process group: Ctrl-C and the rest go to all of it. */
  group: number;
  urls: { gateway: string; municipality: string; interests: string };
  /** Resolves when `npm start` has ended. */
  exited: Promise<number | null>;
  /** Sends what Ctrl-C sends to the whole group (nothing when it has ended). */
  interrupt(): void;
}

/**
 * The README's first command, as a newcomer runs it, in its own process group (as a terminal
 * gives it), on the given ports and with its data (embedded databases and keys) in `dataDir`.
 */
export function spawnNpmStart(options: {
  dataDir: string;
  ports: { gateway: number; municipality: number; interests: number };
  /** DEMO_SCALE; npm start's own default when absent. */
  scale?: number | string;
  stdio?: StdioOptions;
  env?: Record<string, string>;
}): NpmStart {
  const { ports, dataDir } = options;
  const url = (port: number) => `http://localhost:${port}/graphql`;
  const urls = {
    gateway: url(ports.gateway),
    municipality: url(ports.municipality),
    interests: url(ports.interests),
  };
  const child = spawn('npm', ['start'], {
    cwd: repositoryRoot,
    detached: true,
    stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      GATEWAY_PORT: String(ports.gateway),
      MUNICIPALITY_PORT: String(ports.municipality),
      INTERESTS_PORT: String(ports.interests),
      MUNICIPALITY_SUBGRAPH_URL: urls.municipality,
      INTERESTS_SUBGRAPH_URL: urls.interests,
      MUNICIPALITY_DATA_DIR: join(dataDir, 'municipality'),
      INTERESTS_DATA_DIR: join(dataDir, 'interests'),
      AUTH_KEYS_DIR: join(dataDir, 'keys'),
      ...(options.scale !== undefined && { DEMO_SCALE: String(options.scale) }),
      ...options.env,
    },
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    group: child.pid!,
    urls,
    exited,
    interrupt: () => {
      try {
        process.kill(-child.pid!, 'SIGINT');
      } catch {
        // every process of the group has ended
      }
    },
  };
}
