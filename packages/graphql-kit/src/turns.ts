/**
 * Cooperative scheduling for large answers. A subgraph that answers thousands of list items
 * from rows already loaded completes them without a single await, so one large request would
 * hold the event loop (and every other request, `/ready` included) until its whole answer is
 * built. Items that wait for their turn are let through a chunk per turn of the event loop
 * instead: the next turn is asked for only after the previous chunk's work has run, so I/O is
 * polled in between, and the chunk is sized from how long the previous ones took so that a turn
 * lasts about `sliceMs`.
 */
export class Turns {
  private waiting: (() => void)[] = [];
  private next = 0;
  private scheduled = false;
  private chunk = 1;
  private lastStart = 0;
  private lastCount = 0;

  constructor(private readonly sliceMs = 20) {}

  /** Resolves in a later turn of the event loop, after the waiters before it. */
  wait(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      if (!this.scheduled) {
        this.scheduled = true;
        this.lastCount = 0;
        // Two turns for the first chunk: a turn asked for while the loop handles I/O (a request,
        // a database answer) runs right after it, before the loop polls again.
        setImmediate(() => setImmediate(this.run));
      }
    });
  }

  /**
   * Lets waiters go a chunk at a time; their work runs (as microtasks) right after each chunk.
   * While the turn has lasted less than `sliceMs`, the next chunk goes in the same turn once
   * that work has run: a list that takes less than a slice is completed in one turn, not in
   * one turn per doubling of the chunk.
   */
  private readonly run = () => {
    const turnStarted = performance.now();
    const release = () => {
      const now = performance.now();
      if (this.lastCount > 0) {
        const perWaiter = Math.max((now - this.lastStart) / this.lastCount, 0.001);
        // What is left of this turn's slice (all of it at a turn's start).
        const left = this.sliceMs - (now - turnStarted);
        this.chunk = Math.max(1, Math.min(this.chunk * 2, Math.floor(left / perWaiter)));
      }
      const end = Math.min(this.next + this.chunk, this.waiting.length);
      this.lastStart = now;
      this.lastCount = end - this.next;
      while (this.next < end) this.waiting[this.next++]!();
      if (this.next >= this.waiting.length) {
        this.waiting = [];
        this.next = 0;
        this.scheduled = false;
        return;
      }
      // After the released waiters' work: a tick asked for from a microtask runs once every
      // microtask has, those the work chains on included.
      queueMicrotask(() =>
        process.nextTick(() => {
          if (performance.now() - turnStarted < this.sliceMs) release();
          // Asked for from inside the check phase, this runs in the next turn of the loop.
          else setImmediate(this.run);
        }),
      );
    };
    release();
  };
}

const turnsByRequest = new WeakMap<object, Turns>();

/** The request's turns: all its large lists share one queue. */
export function turnsOf(context: object): Turns {
  let turns = turnsByRequest.get(context);
  if (!turns) turnsByRequest.set(context, (turns = new Turns()));
  return turns;
}

/**
 * The items of a large list, each resolved in its turn (see Turns): graphql-js completes an
 * item's fields when its promise resolves, so a chunk of items is completed per turn.
 */
export function inTurns<T>(items: readonly T[], turns: Turns): Promise<T>[] {
  return items.map((item) => turns.wait().then(() => item));
}
