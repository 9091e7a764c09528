import type { EventLoopUtilization } from 'node:perf_hooks';
import { parentPort, Worker, workerData, type Transferable } from 'node:worker_threads';

/** What the pool sends a worker, and what a worker sends back. */
type ToWorker<TTask> = { kind: 'task'; id: number; task: TTask } | { kind: 'snapshot'; id: number };
type FromWorker<TResult> =
  | { kind: 'ready' }
  | { kind: 'snapshot'; id: number; snapshot: unknown }
  | { kind: 'result'; id: number; result: TResult }
  | { kind: 'failure'; id: number; message: string }
  | { kind: 'log'; line: string };

/** A task whose worker stopped (crashed, ran out of memory) before answering; or the pool is closing. */
export class WorkerFailedError extends Error {
  override name = 'WorkerFailedError';
  /** Fastify's error handler answers it 503 (SERVICE_UNAVAILABLE) with this message. */
  readonly statusCode = 503;
}

export interface WorkerPoolOptions {
  /** The worker's TypeScript module: it prepares itself, then calls `serveTasks`. */
  module: URL;
  /** How many workers run. */
  size: number;
  /** Handed to every worker (structured clone: plain data, CryptoKeys); `workerInput()` there. */
  input: unknown;
  /** A line a worker logged (see `workerLogDestination`). */
  onLog?: (line: string) => void;
  /** A worker stopped unexpectedly; it has been replaced and its tasks failed. */
  onWorkerLost?: (lost: { exitCode: number; error: Error | undefined; tasks: number }) => void;
}

interface Pending<TResult> {
  resolve: (result: TResult) => void;
  reject: (error: Error) => void;
}

interface Slot<TResult> {
  /** None while a worker that stopped waits to be replaced. */
  worker: Worker | null;
  ready: boolean;
  tasks: Map<number, Pending<TResult>>;
  /** How busy its event loop was over the last sampling period, 0 to 1. */
  utilization: number;
  sample: EventLoopUtilization | undefined;
  /** Its last snapshot (see `snapshots`), and who waits for the one asked for. */
  snapshot: unknown;
  snapshotWaiting: Map<number, (snapshot: unknown) => void>;
}

const entry = new URL('./typescript-worker.mjs', import.meta.url);
/** A worker that dies before it is ready is started again after this pause, not in a tight loop. */
const restartPauseMs = 1_000;
/** How often the workers' event loop utilisation is sampled. */
const samplingMs = 100;

/**
 * Worker threads that run tasks, each task on the least busy worker, so a short task never waits
 * behind a long one while another worker has nothing to do: a worker without tasks first (a
 * ready one before one still starting); if every worker has some, the one whose event loop was
 * least busy lately (its tasks wait on I/O, while one shaping a large answer takes nothing else
 * until it is done), then the one with fewest. A worker that stops is replaced, and its tasks fail with a
 * WorkerFailedError. `close` waits for the tasks in flight, then stops the workers.
 */
export class WorkerPool<TTask, TResult> {
  private readonly slots: Slot<TResult>[] = [];
  private readonly inFlight = new Set<Promise<unknown>>();
  private nextId = 1;
  private closing: Promise<void> | undefined;
  private readonly sampling = setInterval(() => this.sampleUtilization(), samplingMs).unref();

  private constructor(private readonly options: WorkerPoolOptions) {}

  /** Starts every worker and waits until all are ready; fails with the first one's start-up error. */
  static async start<TTask, TResult>(options: WorkerPoolOptions): Promise<WorkerPool<TTask, TResult>> {
    const pool = new WorkerPool<TTask, TResult>(options);
    const started = Array.from({ length: options.size }, () => pool.addSlot());
    try {
      await Promise.all(started);
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  /** Workers that take tasks now (the others are being replaced); none once closing. */
  get readyWorkers(): number {
    return this.closing ? 0 : this.slots.filter((slot) => slot.ready).length;
  }

  /** Workers with at least one task in flight. */
  get busyWorkers(): number {
    return this.slots.filter((slot) => slot.tasks.size > 0).length;
  }

  /**
   * Each running worker's snapshot (its metrics), asked for now. A worker busy past `timeoutMs`
   * (shaping a large answer) is represented by its last one, so its counters do not seem to drop.
   */
  async snapshots(timeoutMs: number): Promise<unknown[]> {
    const asked = this.slots.map(async (slot) => {
      const worker = slot.worker;
      if (!worker || !slot.ready) return slot.snapshot;
      const id = this.nextId++;
      const fresh = new Promise<unknown>((resolve) => {
        slot.snapshotWaiting.set(id, resolve);
        worker.postMessage({ kind: 'snapshot', id } satisfies ToWorker<TTask>);
      });
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<undefined>(
        (resolve) => (timer = setTimeout(() => resolve(undefined), timeoutMs)),
      );
      const snapshot = await Promise.race([fresh, late]);
      clearTimeout(timer);
      slot.snapshotWaiting.delete(id);
      if (snapshot !== undefined) slot.snapshot = snapshot;
      return slot.snapshot;
    });
    return (await Promise.all(asked)).filter((snapshot) => snapshot !== undefined);
  }

  /** Tasks in flight per worker. */
  get load(): number[] {
    return this.slots.map((slot) => slot.tasks.size);
  }

  run(task: TTask, transfer: readonly Transferable[] = []): Promise<TResult> {
    if (this.closing) return Promise.reject(new WorkerFailedError('The service is shutting down.'));
    const slot = this.leastBusy();
    const worker = slot?.worker;
    if (!slot || !worker)
      return Promise.reject(new WorkerFailedError('No worker is running; try again shortly.'));
    const id = this.nextId++;
    const answer = new Promise<TResult>((resolve, reject) => {
      slot.tasks.set(id, { resolve, reject });
      worker.postMessage({ kind: 'task', id, task } satisfies ToWorker<TTask>, transfer);
    });
    const settled: Promise<unknown> = answer.then(
      () => this.inFlight.delete(settled),
      () => this.inFlight.delete(settled),
    );
    this.inFlight.add(settled);
    return answer;
  }

  /** Waits for the tasks in flight (new ones are refused), then stops every worker. */
  close(): Promise<void> {
    return (this.closing ??= (async () => {
      await Promise.all(this.inFlight);
      clearInterval(this.sampling);
      await Promise.all(this.slots.map((slot) => slot.worker?.terminate()));
    })());
  }

  private leastBusy(): Slot<TResult> | undefined {
    const rank = (slot: Slot<TResult>) =>
      slot.tasks.size === 0
        ? [0, slot.ready ? 0 : 1]
        : [1, Math.round(slot.utilization * 10), slot.tasks.size, slot.ready ? 0 : 1];
    let best: Slot<TResult> | undefined;
    let bestRank: number[] = [];
    for (const slot of this.slots) {
      if (!slot.worker) continue;
      const slotRank = rank(slot);
      if (!best || precedes(slotRank, bestRank)) [best, bestRank] = [slot, slotRank];
    }
    return best;
  }

  private sampleUtilization(): void {
    for (const slot of this.slots) {
      if (!slot.worker) continue;
      const sample = slot.worker.performance.eventLoopUtilization();
      slot.utilization = slot.sample
        ? slot.worker.performance.eventLoopUtilization(sample, slot.sample).utilization
        : 0;
      slot.sample = sample;
    }
  }

  /** Starts a worker in a new slot; resolves when it is ready, rejects if it stops before. */
  private addSlot(): Promise<void> {
    const slot: Slot<TResult> = {
      worker: this.spawn(),
      ready: false,
      tasks: new Map(),
      utilization: 0,
      sample: undefined,
      snapshot: undefined,
      snapshotWaiting: new Map(),
    };
    this.slots.push(slot);
    return this.watch(slot);
  }

  private spawn(): Worker {
    const { module, input } = this.options;
    // A built module (npm start) runs as it is; a TypeScript one through tsx, registered by `entry`.
    const runs = module.pathname.endsWith('.ts') ? entry : module;
    return new Worker(runs, { workerData: { module: module.href, input } });
  }

  private watch(slot: Slot<TResult>): Promise<void> {
    const worker = slot.worker!;
    let failure: Error | undefined;
    return new Promise<void>((started, failedToStart) => {
      worker.on('message', (message: FromWorker<TResult>) => {
        switch (message.kind) {
          case 'ready':
            slot.ready = true;
            started();
            return;
          case 'log':
            this.options.onLog?.(message.line);
            return;
          case 'snapshot':
            slot.snapshotWaiting.get(message.id)?.(message.snapshot);
            return;
          case 'result':
            this.settle(slot, message.id)?.resolve(message.result);
            return;
          case 'failure':
            this.settle(slot, message.id)?.reject(new Error(message.message));
            return;
        }
      });
      worker.on('error', (error) => {
        failure = error;
      });
      worker.on('exit', (exitCode) => {
        const wasReady = slot.ready;
        slot.ready = false;
        slot.worker = null;
        // A new worker starts its counts from zero.
        slot.snapshot = undefined;
        const lost = [...slot.tasks.values()];
        slot.tasks.clear();
        for (const pending of lost) {
          pending.reject(
            new WorkerFailedError(
              'The gateway worker running this operation stopped (out of memory or a fault) before it answered.',
            ),
          );
        }
        if (this.closing) return;
        if (!wasReady)
          failedToStart(failure ?? new Error(`A worker stopped while starting (exit code ${exitCode}).`));
        this.options.onWorkerLost?.({ exitCode, error: failure, tasks: lost.length });
        // A replacement for a worker that never became ready waits a little: it may fail the same way.
        setTimeout(
          () => {
            if (this.closing) return;
            slot.worker = this.spawn();
            slot.sample = undefined;
            this.watch(slot).catch(() => {
              // reported by its own exit, as above
            });
          },
          wasReady ? 0 : restartPauseMs,
        ).unref();
      });
    });
  }

  private settle(slot: Slot<TResult>, id: number): Pending<TResult> | undefined {
    const pending = slot.tasks.get(id);
    slot.tasks.delete(id);
    return pending;
  }
}

/** Whether rank `a` comes before rank `b`, compared element by element. */
function precedes(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]!;
  }
  return false;
}

/** In a worker: what the pool was given as `input`. */
export function workerInput<T>(): T {
  return (workerData as { input: T }).input;
}

/** In a worker: answers the pool's tasks. Call it once the worker is ready to take them. */
export function serveTasks<TTask, TResult>(
  handle: (task: TTask) => Promise<{ result: TResult; transfer?: Transferable[] }>,
  /** What the pool's `snapshots` gets from this worker (its metrics), as plain data. */
  snapshot?: () => Promise<unknown>,
): void {
  const port = parentPort!;
  port.on('message', async (message: ToWorker<TTask>) => {
    const { id } = message;
    if (message.kind === 'snapshot') {
      port.postMessage({ kind: 'snapshot', id, snapshot: await snapshot?.() } satisfies FromWorker<TResult>);
      return;
    }
    const { task } = message;
    try {
      const { result, transfer = [] } = await handle(task);
      port.postMessage({ kind: 'result', id, result } satisfies FromWorker<TResult>, transfer);
    } catch (error) {
      port.postMessage({
        kind: 'failure',
        id,
        message: error instanceof Error ? error.message : 'The task failed.',
      } satisfies FromWorker<TResult>);
    }
  });
  port.postMessage({ kind: 'ready' } satisfies FromWorker<TResult>);
}

/** In a worker: a log destination whose lines the pool hands to `onLog` in the main thread. */
export function workerLogDestination(): { write(line: string): void } {
  const port = parentPort!;
  return { write: (line) => port.postMessage({ kind: 'log', line } satisfies FromWorker<never>) };
}
