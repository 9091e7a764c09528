import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './npm-start.ts';
import { spawnBuiltService, type ServiceName } from './processes.ts';

export type { ServiceName };

/**
 * One replica of a service as a child process of its own, as a pod runs it (`node dist/main.js`
 * with the service's variables), on a fixed port, so that a restarted replica is where nginx
 * expects it. Its JSON log lines are kept across restarts.
 */
export class Replica {
  readonly logs: Record<string, unknown>[] = [];
  /** What the process wrote that was not a JSON log line (a crash's stack), for failures. */
  stderr = '';
  starts = 0;
  private child: ChildProcess | null = null;
  private exited: Promise<number | null> = Promise.resolve(null);

  constructor(
    readonly name: string,
    readonly service: ServiceName,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child !== null;
  }

  /** Starts the process and waits until its `/ready` answers 200. */
  async start(deadline = Date.now() + 60_000): Promise<void> {
    if (this.child) throw new Error(`${this.name} is running`);
    this.starts += 1;
    const child = spawnBuiltService(this.service, this.env);
    this.child = child;
    this.exited = new Promise((resolve) =>
      child.on('exit', (code) => {
        if (this.child === child) this.child = null;
        resolve(code);
      }),
    );
    let pending = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        try {
          this.logs.push({ replica: this.name, ...(JSON.parse(line) as Record<string, unknown>) });
        } catch {
          this.stderr += `${line}\n`;
        }
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    const exitedEarly = this.exited.then((code) => {
      const said = this.logs.slice(-3).map((line) => JSON.stringify(line));
      throw new Error(
        `${this.name} exited (${code}) while starting:\n${said.join('\n')}\n${this.stderr.slice(-2000)}`,
      );
    });
    const ready = (async () => {
      while (Date.now() < deadline && this.child === child) {
        const ok = await fetch(`${this.url}/ready`).then(
          (response) => response.ok,
          () => false,
        );
        if (ok) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      if (this.child === child) throw new Error(`${this.name} was not ready in time`);
    })();
    try {
      await Promise.race([ready, exitedEarly]);
    } finally {
      exitedEarly.catch(() => {});
    }
  }

  /** kill -9: no goodbye, requests in flight are cut, the database sees the connections drop. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM, as a rolling update stops a pod: it finishes what it has, then stops. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill('SIGTERM');
    const stopped = await Promise.race([
      this.exited.then(() => true),
      new Promise((resolve) => setTimeout(() => resolve(false), 15_000)),
    ]);
    if (!stopped) await this.kill();
  }

  /** Log lines with this message. */
  logged(message: string): Record<string, unknown>[] {
    return this.logs.filter((line) => line['msg'] === message);
  }
}

export interface Nginx {
  /** Per service, nginx's address for it: `http://127.0.0.1:<port>`. */
  urls: Record<ServiceName, string>;
  /** nginx's error log so far (what it says about upstreams that failed). */
  errorLog(): string;
  stop(): Promise<void>;
}

/**
 * Debian's nginx (`/usr/sbin/nginx`, or `NGINX_PATH`) on loopback, in front of each service's
 * replicas: an upstream per service, with its own listening port. Run in the foreground from a
 * folder of its own (its configuration, pid, logs and temporary files), never the system's.
 *
 * A failed connection moves a request on to the next replica whatever its method (nothing was
 * sent). A reply cut off mid-way is retried only for idempotent requests (GET, as the
 * test's reads are sent); a POST may have been applied, and nginx answers it 502.
 */
export async function startNginx(
  dir: string,
  upstreams: Record<ServiceName, readonly number[]>,
): Promise<Nginx> {
  const ports = {
    gateway: await freePort(),
    municipality: await freePort(),
    interests: await freePort(),
  };
  for (const folder of ['temp', 'logs']) mkdirSync(join(dir, folder), { recursive: true });
  const servers = Object.entries(upstreams).map(
    ([service, replicaPorts]) => `
  upstream ${service} {
${replicaPorts.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=1s;`).join('\n')}
    keepalive 8;
  }
  server {
    listen 127.0.0.1:${ports[service as ServiceName]};
    client_max_body_size 256m;
    location / {
      proxy_pass http://${service};
      proxy_http_version 1.1;
      proxy_set_header Host $host;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_next_upstream error timeout http_502 http_503 http_504;
      proxy_next_upstream_tries 3;
      proxy_connect_timeout 1s;
      proxy_read_timeout 60s;
      proxy_buffering off;
    }
  }`,
  );
  const config = `
daemon off;
master_process off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'logs', 'error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${join(dir, 'temp', 'body')};
  proxy_temp_path ${join(dir, 'temp', 'proxy')};
  fastcgi_temp_path ${join(dir, 'temp', 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'temp', 'uwsgi')};
  scgi_temp_path ${join(dir, 'temp', 'scgi')};
  # WebSocket upgrades pass through; other requests keep their upstream connections alive.
  map $http_upgrade $connection_upgrade {
    default upgrade;
    '' '';
  }
${servers.join('\n')}
}
`;
  const configFile = join(dir, 'nginx.conf');
  writeFileSync(configFile, config);
  const binary = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';
  const child = spawn(binary, ['-p', dir, '-c', configFile, '-e', join(dir, 'logs', 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.on('error', (error) => (stderr += String(error)));
  const urls = {
    gateway: `http://127.0.0.1:${ports.gateway}`,
    municipality: `http://127.0.0.1:${ports.municipality}`,
    interests: `http://127.0.0.1:${ports.interests}`,
  };
  const errorLog = () => {
    try {
      return readFileSync(join(dir, 'logs', 'error.log'), 'utf8');
    } catch {
      return '';
    }
  };
  // Listening once a connection to each port is taken (an answer of any status, 502 included).
  const deadline = Date.now() + 10_000;
  for (const url of Object.values(urls)) {
    for (;;) {
      if (child.exitCode !== null || Date.now() > deadline)
        throw new Error(`nginx did not start: ${stderr}${errorLog()}`);
      const listening = await fetch(`${url}/health`).then(
        () => true,
        () => false,
      );
      if (listening) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    urls,
    errorLog,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
