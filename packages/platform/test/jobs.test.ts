import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemIdentity } from '@registers/access';
import { openDatabase, type OpenDatabase } from '../src/database.ts';
import { sendJob, startJobs, type JobContext, type JobQueues, type RunningJobs } from '../src/jobs.ts';
import { createLogger } from '../src/logger.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing.ts';
import { slowQueue } from './fixtures/jobs-fixture.ts';

const logger = createLogger('jobs-test', 'silent');
const migrationsFolder = new URL('./fixtures/jobs-migrations', import.meta.url).pathname;
const repositoryRoot = new URL('../../../', import.meta.url).pathname;
const fast = { pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, stopTimeoutMs: 5_000 };

/** Waits for an outcome, failing after a deadline rather than asserting on timing. */
async function eventually<T>(probe: () => T | Promise<T>, deadlineMs = 20_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('the outcome did not come before the deadline');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A place for a database per driver: a PostgreSQL database, or a PGlite folder that outlives a process. */
interface Place {
  url?: string;
  dataDir: string;
  remove(): Promise<void>;
}

async function createPlace(driver: 'pglite' | 'postgres', label: string): Promise<Place> {
  if (driver === 'postgres') {
    const database: TestDatabase = await createTestDatabase(label);
    return { url: database.url, dataDir: 'memory://', remove: database.drop };
  }
  const dataDir = mkdtempSync(join(tmpdir(), `${label}-`));
  return { dataDir, remove: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

const open = (place: Place) =>
  openDatabase({ url: place.url, dataDir: place.dataDir, schema: {}, migrationsFolder, logger });

const jobRows = async (database: OpenDatabase<Record<string, unknown>>, key: string) =>
  (await database.executeSql('select state from pgboss.job where singleton_key = $1', [key])).rows;

describe.each(['pglite', 'postgres'] as const)('background work on %s', (driver) => {
  let place: Place;
  let database: OpenDatabase<Record<string, unknown>>;
  let jobs: RunningJobs;
  const runs: { queue: string; data: unknown; context: JobContext }[] = [];
  const record =
    (queue: string) =>
    async (data: object, context: JobContext): Promise<void> => {
      runs.push({ queue, data, context });
    };
  const flakyAttempts: number[] = [];
  const queues: JobQueues = {
    'note-written': { handle: record('note-written') },
    flaky: {
      retryLimit: 3,
      retryDelaySeconds: 1,
      retryBackoff: true,
      handle: async (data, context) => {
        flakyAttempts.push(context.retryCount);
        if (context.retryCount < 2) throw new Error('the mail server did not answer');
        await record('flaky')(data, context);
      },
    },
  };

  beforeAll(async () => {
    place = await createPlace(driver, 'jobs');
    database = await open(place);
    await database.db.execute(sql`create table notes (id serial primary key, text text not null)`);
    jobs = await startJobs(database, queues, logger, fast);
  });

  afterAll(async () => {
    await jobs?.stop();
    await database?.close();
    await place?.remove();
  });

  it('runs a job sent in a transaction that commits once, as the system; one that rolled back never', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`insert into notes (text) values ('rolled back')`);
        await sendJob(tx, 'note-written', { text: 'rolled back' }, { key: 'note:rolled-back' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`insert into notes (text) values ('committed')`);
      expect(await sendJob(tx, 'note-written', { text: 'committed' }, { key: 'note:committed' })).toBe(true);
    });

    await eventually(async () => (await jobRows(database, 'note:committed'))[0]?.['state'] === 'completed');
    const committed = runs.filter((run) => run.context.key === 'note:committed');
    expect(committed).toHaveLength(1);
    expect(committed[0]?.data).toEqual({ text: 'committed' });
    expect(committed[0]?.context.identity).toEqual(systemIdentity('jobs:note-written'));
    // No job row exists for the rolled-back change, so it can never run.
    expect(await jobRows(database, 'note:rolled-back')).toEqual([]);
    expect(runs.some((run) => run.context.key === 'note:rolled-back')).toBe(false);
  });

  it('makes one job of the same key sent twice, also after the first ran', async () => {
    const send = () =>
      database.db.transaction((tx) => sendJob(tx, 'note-written', { text: 'twice' }, { key: 'note:twice' }));
    expect(await send()).toBe(true);
    expect(await send()).toBe(false);
    await eventually(async () => (await jobRows(database, 'note:twice'))[0]?.['state'] === 'completed');
    expect(await send()).toBe(false);
    expect(await jobRows(database, 'note:twice')).toHaveLength(1);
    expect(runs.filter((run) => run.context.key === 'note:twice')).toHaveLength(1);
  });

  it('makes one job of the same key sent by two transactions at once', async () => {
    let commitFirst = () => {};
    const firstMayCommit = new Promise<void>((resolve) => (commitFirst = resolve));
    let firstSent = () => {};
    const sentByFirst = new Promise<void>((resolve) => (firstSent = resolve));
    const first = database.db.transaction(async (tx) => {
      const made = await sendJob(tx, 'note-written', { text: 'race' }, { key: 'note:race' });
      firstSent();
      await firstMayCommit;
      return made;
    });
    await sentByFirst;
    // The second waits on the first's key (PostgreSQL) or its transaction (PGlite) until it commits.
    const second = database.db.transaction((tx) =>
      sendJob(tx, 'note-written', { text: 'race' }, { key: 'note:race' }),
    );
    commitFirst();
    expect(await Promise.all([first, second])).toEqual([true, false]);
    expect(await jobRows(database, 'note:race')).toHaveLength(1);
  });

  it('retries a failing job with backoff until it succeeds', async () => {
    await database.db.transaction((tx) => sendJob(tx, 'flaky', { to: 'someone' }, { key: 'flaky:1' }));
    await eventually(async () => (await jobRows(database, 'flaky:1'))[0]?.['state'] === 'completed', 30_000);
    expect(flakyAttempts).toEqual([0, 1, 2]);
    expect(runs.filter((run) => run.queue === 'flaky')).toHaveLength(1);
  }, 40_000);

  it("runs the job that a worker's last fetch brings, and marks it done, before a stop resolves", async () => {
    // A fetch that pg-boss has sent but not yet had answered when the stop begins: pg-boss sees
    // no job in progress and stops at once, and the job the fetch then brings would run, and be
    // marked done, on a database closed by then. A second pg-boss on this database, with a
    // queue of its own, whose fetches are held.
    let holding = false;
    let fetchHeld = () => {};
    const aFetchIsHeld = new Promise<void>((resolve) => (fetchHeld = resolve));
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const slowFetches = {
      ...database,
      executeSql: async (text: string, values?: unknown[]) => {
        if (holding && text.includes('FOR UPDATE SKIP LOCKED')) {
          fetchHeld();
          await released;
        }
        return database.executeSql(text, values);
      },
    };
    const ran: string[] = [];
    const stopping = await startJobs(
      slowFetches,
      {
        'last-fetch': {
          handle: async (_data, context) => {
            await new Promise((resolve) => setTimeout(resolve, 50));
            ran.push(context.key!);
          },
        },
      },
      logger,
      fast,
    );
    try {
      holding = true;
      await aFetchIsHeld;
      await database.db.transaction((tx) => sendJob(tx, 'last-fetch', {}, { key: 'last-fetch:1' }));
      const stopped = stopping.stop();
      // pg-boss finds no job in progress and stops its workers; then the held fetch is answered.
      await new Promise((resolve) => setTimeout(resolve, 200));
      release();
      await stopped;
      expect(ran).toEqual(['last-fetch:1']);
      expect(await jobRows(database, 'last-fetch:1')).toEqual([{ state: 'completed' }]);
    } finally {
      release();
      await stopping.stop();
    }
  });

  it('refuses a job for a queue no one defined, so a typo does not lose work', async () => {
    await expect(
      database.db.transaction((tx) => sendJob(tx, 'no-such-queue', {}, { key: 'x' })),
    ).rejects.toThrow('no job queue named no-such-queue');
  });
});

describe.each(['pglite', 'postgres'] as const)('a job whose process died, on %s', (driver) => {
  let place: Place;
  beforeAll(async () => {
    place = await createPlace(driver, 'jobs_crash');
  });
  afterAll(() => place?.remove());

  it('runs again after a restart on the same database', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'packages/platform/test/fixtures/dying-worker.ts'],
      {
        cwd: repositoryRoot,
        env: {
          ...process.env,
          JOBS_TEST_DATA_DIR: place.dataDir,
          ...(place.url ? { JOBS_TEST_DATABASE_URL: place.url } : {}),
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const lines = createInterface({ input: child.stdout! });
    const runningJobId = await new Promise<string>((resolve, reject) => {
      lines.on('line', (line) => line.startsWith('running ') && resolve(line.slice('running '.length)));
      child.once('exit', (code) => reject(new Error(`the worker exited (${code}) before running its job`)));
    });
    child.kill('SIGKILL');
    await exited;

    const database = await open(place);
    const reruns: JobContext[] = [];
    const jobs = await startJobs(
      database,
      {
        [slowQueue.name]: {
          ...slowQueue.settings,
          handle: async (_data, context) => void reruns.push(context),
        },
      },
      logger,
      fast,
    );
    try {
      await eventually(() => reruns.length > 0);
      expect(reruns[0]).toMatchObject({ jobId: runningJobId, key: 'slow-1', retryCount: 1 });
    } finally {
      await jobs.stop();
      await database.close();
    }
  }, 60_000);
});
