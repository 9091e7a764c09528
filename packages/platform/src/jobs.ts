import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import { systemIdentity, type Identity } from '@registers/access';
import { toPostgresJsValue, type AnyTransaction, type OpenDatabase } from './database.ts';
import type { Logger } from './logger.ts';
import { Gauge, type Registry } from './metrics.ts';

/** pg-boss keeps its tables in this schema of the subgraph's own database, made at its first start. */
export const JOBS_SCHEMA = 'pgboss';

/** Any lock number would do; this one spells "jobs". */
const queuesLock = 0x6a6f_6273;

export interface JobContext {
  /** Work no user asked for acts as the system, named by its queue, and is audited as such. */
  identity: Identity;
  jobId: string;
  /** The job's idempotency key, as it was sent. */
  key: string | null;
  /** 0 on the first run, then 1, 2, … on retries and after a run that died with its process. */
  retryCount: number;
}

/** One queue: its handler and how its jobs are retried. */
export interface JobQueue<TData extends object = Record<string, unknown>> {
  handle(data: TData, context: JobContext): Promise<void>;
  /** Runs after the first that fail (default 3). */
  retryLimit?: number;
  /** Seconds before a retry (default 10); with `retryBackoff`, doubled on each retry. */
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  /**
   * A job still running this long is taken as dead (its process died, or it hangs) and runs
   * again while retries remain (default 15 minutes, pg-boss's).
   */
  expireInSeconds?: number;
}

/** Queues by name (letters, digits, `-`, `_`, `.`, `/`). */
export type JobQueues = Record<string, JobQueue<any>>;

export interface JobsOptions {
  /** How often an idle worker asks for work (default 2 s). */
  pollingIntervalSeconds?: number;
  /** How often pg-boss expires dead jobs and archives finished ones (default 60 s). */
  maintenanceIntervalSeconds?: number;
  /** How long stopping waits for running jobs before failing them for a retry (default 30 s). */
  stopTimeoutMs?: number;
  /** Where the queues' depth is reported (`jobs_queue_depth`), read when scraped. */
  metrics?: Registry;
}

export interface RunningJobs {
  /** Stops taking work and waits for running jobs; the database may close after it. */
  stop(): Promise<void>;
}

/**
 * Starts pg-boss on the subgraph's own connection and a worker for each queue. pg-boss creates
 * or migrates its schema on start; queues are created, or updated to the definition's retry
 * settings, before any worker runs.
 */
export async function startJobs(
  database: Pick<OpenDatabase<Record<string, unknown>>, 'executeSql' | 'exclusively'>,
  queues: JobQueues,
  logger: Logger,
  options: JobsOptions = {},
): Promise<RunningJobs> {
  // pg-boss does not await the statement that marks a job done: track every statement so the
  // database is closed only after the last one.
  const inFlight = new Set<Promise<unknown>>();
  const executeSql = (text: string, values?: unknown[]) => {
    const running = database.executeSql(text, values);
    inFlight.add(running);
    void running.then(
      () => inFlight.delete(running),
      () => inFlight.delete(running),
    );
    return running;
  };
  // The jobs being run: a fetch still in flight when the stop begins brings one after pg-boss
  // has found none in progress and stopped.
  const handling = new Set<Promise<unknown>>();
  const boss = new PgBoss({
    db: { executeSql },
    schema: JOBS_SCHEMA,
    // Schedules poll the database every few seconds; nothing uses them yet.
    schedule: false,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
  });
  boss.on('error', (error: Error & { queue?: string }) =>
    logger.error({ err: error, queue: error.queue }, 'background work failed to reach its queue'),
  );
  const started = Date.now();
  // Replicas starting together would each make pg-boss's schema (and fail on the one another
  // made) and create the queues they find missing (pg-boss's create_queue deadlocks with
  // itself): one replica at a time starts pg-boss and defines the queues.
  await database.exclusively(queuesLock, () => boss.start());
  try {
    await database.exclusively(queuesLock, async () => {
      for (const [name, queue] of Object.entries(queues)) {
        const settings = {
          name,
          retryLimit: queue.retryLimit ?? 3,
          retryDelay: queue.retryDelaySeconds ?? 10,
          retryBackoff: queue.retryBackoff ?? true,
          ...(queue.expireInSeconds ? { expireInSeconds: queue.expireInSeconds } : {}),
        };
        if (await boss.getQueue(name)) await boss.updateQueue(name, settings);
        else await boss.createQueue(name, settings);
      }
    });
    for (const [name, queue] of Object.entries(queues)) {
      const identity = systemIdentity(`jobs:${name}`);
      let workerId: string | undefined;
      workerId = await boss.work<object>(
        name,
        {
          includeMetadata: true,
          batchSize: 1,
          ...(options.pollingIntervalSeconds
            ? { pollingIntervalSeconds: options.pollingIntervalSeconds }
            : {}),
        },
        async ([job]) => {
          if (!job) return;
          const context = { identity, jobId: job.id, key: job.singletonKey, retryCount: job.retryCount };
          // A handler that throws before its first await fails its promise all the same.
          const handled = (async () => queue.handle(job.data, context))();
          handling.add(handled);
          try {
            await handled;
          } catch (error) {
            // The data may hold personal data: the log names the job, pg-boss keeps the error.
            logger.warn({ err: error, queue: name, jobId: job.id, retryCount: job.retryCount }, 'job failed');
            throw error;
          } finally {
            handling.delete(handled);
            // A worker that found work asks again at once: it waits its polling interval only
            // when the queue is empty (a round of 8,400 notices would otherwise take hours).
            if (workerId) boss.notifyWorker(workerId);
          }
        },
      );
    }
  } catch (error) {
    await boss.stop({ graceful: false, wait: true });
    throw error;
  }
  logger.info({ queues: Object.keys(queues), ms: Date.now() - started }, 'background work started');
  if (options.metrics) {
    new Gauge({
      name: 'jobs_queue_depth',
      help: 'Jobs waiting in a queue (created or waiting for a retry, not yet running)',
      labelNames: ['queue'],
      registers: [options.metrics],
      async collect() {
        for (const name of Object.keys(queues)) {
          // A scrape while the database is away reports nothing for the queue rather than failing.
          const depth = await boss.getQueueSize(name).catch(() => undefined);
          if (depth === undefined) this.remove({ queue: name });
          else this.set({ queue: name }, depth);
        }
      },
    });
  }

  return {
    stop: async () => {
      const timeoutMs = options.stopTimeoutMs ?? 30_000;
      const deadline = Date.now() + timeoutMs;
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
      // pg-boss waits for the jobs it knows to be in progress, not for a worker's fetch still in
      // flight: the job that fetch brings is run, and marked done or failed, before the database
      // may close (a statement on a closed database would fail pg-boss's unawaited completion).
      // A job's handler and its completion follow a statement within the same turn, so the work
      // is over once a turn passes with neither.
      while ((inFlight.size > 0 || handling.size > 0) && Date.now() < deadline) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          Promise.allSettled([...inFlight, ...handling]),
          new Promise((resolve) => (timer = setTimeout(resolve, Math.max(0, deadline - Date.now())))),
        ]);
        clearTimeout(timer);
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
  };
}

export interface SendJobOptions {
  /**
   * What makes this job one of a kind, e.g. the event that caused it: the same key on the same
   * queue makes one job, however often it is sent, for as long as pg-boss keeps the job.
   */
  key: string;
  /** Not before this time (a delay for reminders and bursts). */
  startAfter?: Date;
}

// Only builds pg-boss's insert: every send passes the transaction as its connection.
const sender = new PgBoss({
  db: { executeSql: () => Promise.reject(new Error('a job is sent in a transaction: pass it')) },
  schema: JOBS_SCHEMA,
});

/**
 * Sends a job inside the write transaction that causes it, so the job exists exactly when the
 * change committed. Returns false when a job with the same key was sent before (nothing new).
 */
export async function sendJob(
  tx: AnyTransaction,
  queue: string,
  data: object,
  options: SendJobOptions,
): Promise<boolean> {
  const db = { executeSql: (text: string, values?: unknown[]) => executeInTransaction(tx, text, values) };
  const id = jobIdFor(queue, options.key);
  // A finished job moves to the archive after a while; the same key must not make a new one.
  const archived = await db.executeSql(`select 1 from ${JOBS_SCHEMA}.archive where name = $1 and id = $2`, [
    queue,
    id,
  ]);
  if (archived.rows.length > 0) return false;
  const sent = await sender.send(queue, data, {
    db,
    id,
    singletonKey: options.key,
    ...(options.startAfter ? { startAfter: options.startAfter } : {}),
  });
  if (sent) return true;
  const known = await db.executeSql(`select 1 from ${JOBS_SCHEMA}.queue where name = $1`, [queue]);
  if (known.rows.length === 0)
    throw new Error(`no job queue named ${queue}: a subgraph's definition names it`);
  return false;
}

/**
 * The job's id follows from its queue and key (a name-based UUID), so a second send of the same
 * key conflicts with the first job's primary key and inserts nothing; the two transactions that
 * race to send it wait for each other on that key.
 */
function jobIdFor(queue: string, key: string): string {
  const hex = createHash('sha256').update(`${queue}\u0000${key}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

/** pg-boss's `$1`-style SQL through drizzle's public `execute`, on the transaction's connection. */
async function executeInTransaction(
  tx: AnyTransaction,
  text: string,
  values: readonly unknown[] = [],
): Promise<{ rows: Record<string, unknown>[] }> {
  const parts = text.split(/\$(\d+)/);
  const chunks: SQL[] = parts.map((part, index) =>
    index % 2 === 0 ? sql.raw(part) : sql`${toPostgresJsValue(values[Number(part) - 1] ?? null)}`,
  );
  const result = (await tx.execute(sql.join(chunks))) as unknown;
  return {
    rows: (Array.isArray(result) ? result : (result as { rows: Record<string, unknown>[] }).rows) ?? [],
  };
}
