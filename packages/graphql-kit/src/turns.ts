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

  /** Lets one chunk of waiters go; their work runs (as microtasks) right after this callback. */
  private readonly run = () => {
    const now = performance.now();
    if (this.lastCount > 0) {
      const perWaiter = Math.max((now - this.lastStart) / this.lastCount, 0.001);
      this.chunk = Math.max(1, Math.min(this.chunk * 2, Math.floor(this.sliceMs / perWaiter)));
    }
    const end = Math.min(this.next + this.chunk, this.waiting.length);
    this.lastStart = now;
    this.lastCount = end - this.next;
    while (this.next < end) this.waiting[this.next++]!();
    if (this.next < this.waiting.length) {
      // Asked for from inside a check-phase callback, this runs in the next turn of the loop.
      setImmediate(this.run);
    } else {
      this.waiting = [];
      this.next = 0;
      this.scheduled = false;
    }
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
