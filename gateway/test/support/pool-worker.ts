import { threadId } from 'node:worker_threads';
import { serveTasks, workerInput } from '../../src/workers/pool.ts';

/** A worker for the pool's tests: tasks that take a while, answer, fail or end the worker. */
export type PoolTestTask =
  | { kind: 'echo' }
  | { kind: 'spin'; ms: number }
  | { kind: 'wait'; ms: number }
  | { kind: 'throw' }
  | { kind: 'exit' };

const { failAtStart } = workerInput<{ failAtStart?: boolean }>();
if (failAtStart) throw new Error('cannot start: broken configuration');

serveTasks<PoolTestTask, { threadId: number }>(async (task) => {
  switch (task.kind) {
    case 'echo':
      return { result: { threadId } };
    case 'spin': {
      // Busy, as a worker merging a large answer is: its event loop takes nothing else meanwhile.
      const until = performance.now() + task.ms;
      while (performance.now() < until);
      return { result: { threadId } };
    }
    case 'wait':
      // Waiting, as a worker waiting for a subgraph's answer is: it takes other work meanwhile.
      await new Promise((resolve) => setTimeout(resolve, task.ms));
      return { result: { threadId } };
    case 'throw':
      throw new Error('this task fails');
    case 'exit':
      process.exit(3);
  }
});
