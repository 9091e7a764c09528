import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WorkerFailedError, WorkerPool } from '../src/workers/pool.ts';
import type { PoolTestTask } from './support/pool-worker.ts';

const module = new URL('./support/pool-worker.ts', import.meta.url);
type Pool = WorkerPool<PoolTestTask, { threadId: number }>;

describe('a pool of two workers', () => {
  let pool: Pool;
  const lost: { exitCode: number; tasks: number }[] = [];
  beforeAll(async () => {
    pool = await WorkerPool.start({
      module,
      size: 2,
      input: {},
      onWorkerLost: ({ exitCode, tasks }) => lost.push({ exitCode, tasks }),
    });
  });
  afterAll(() => pool.close());

  test('a short task goes to the idle worker and is answered while the other is busy', async () => {
    const finished: string[] = [];
    const long = pool.run({ kind: 'spin', ms: 1_500 }).then((answer) => {
      finished.push('long');
      return answer;
    });
    expect(pool.load.toSorted()).toEqual([0, 1]);
    const short = [];
    for (let i = 0; i < 3; i++) {
      short.push(await pool.run({ kind: 'echo' }));
      finished.push(`short ${i}`);
    }
    const busy = await long;
    expect(finished).toEqual(['short 0', 'short 1', 'short 2', 'long']);
    expect(short.every(({ threadId }) => threadId !== busy.threadId)).toBe(true);
  });

  test('with a task on every worker, the next goes to the one that waits, not the one that computes', async () => {
    const finished: string[] = [];
    const computing = pool.run({ kind: 'spin', ms: 2_000 }).then((answer) => (finished.push('spin'), answer));
    const waiting = pool.run({ kind: 'wait', ms: 2_000 }).then((answer) => (finished.push('wait'), answer));
    // Long enough for the pool to sample both workers' event loops a few times.
    await new Promise((resolve) => setTimeout(resolve, 400));
    const next = await pool.run({ kind: 'echo' });
    finished.push('echo');
    expect(next.threadId).toBe((await waiting).threadId);
    expect(next.threadId).not.toBe((await computing).threadId);
    expect(finished[0]).toBe('echo');
  });

  test('a task that throws fails alone; its worker goes on', async () => {
    await expect(pool.run({ kind: 'throw' })).rejects.toThrow('this task fails');
    await expect(pool.run({ kind: 'echo' })).resolves.toHaveProperty('threadId');
    expect(lost).toEqual([]);
  });

  test('a worker that stops fails its task with a clear error and is replaced', async () => {
    const before = new Set(await Promise.all([pool.run({ kind: 'echo' }), pool.run({ kind: 'echo' })]));
    const failed = pool.run({ kind: 'exit' });
    await expect(failed).rejects.toBeInstanceOf(WorkerFailedError);
    await expect(failed).rejects.toThrow(/stopped .* before it answered/);
    expect(lost).toEqual([{ exitCode: 3, tasks: 1 }]);
    // The other worker answers at once; the replacement soon.
    await expect(pool.run({ kind: 'echo' })).resolves.toHaveProperty('threadId');
    await expect.poll(() => pool.readyWorkers, { timeout: 15_000 }).toBe(2);
    const after = await Promise.all([pool.run({ kind: 'spin', ms: 200 }), pool.run({ kind: 'echo' })]);
    const threads = new Set(after.map(({ threadId }) => threadId));
    expect(threads.size).toBe(2);
    expect([...threads].filter((thread) => ![...before].some((b) => b.threadId === thread))).toHaveLength(1);
  });
});

test('close lets the tasks in flight finish, then refuses new ones', async () => {
  const pool: Pool = await WorkerPool.start({ module, size: 1, input: {} });
  const inFlight = pool.run({ kind: 'spin', ms: 300 });
  const closed = pool.close();
  await expect(pool.run({ kind: 'echo' })).rejects.toThrow('shutting down');
  await expect(inFlight).resolves.toHaveProperty('threadId');
  await closed;
});

test('a worker that cannot start fails the start with its error', async () => {
  await expect(WorkerPool.start({ module, size: 2, input: { failAtStart: true } })).rejects.toThrow(
    'broken configuration',
  );
});
