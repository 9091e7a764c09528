/**
 * An async iterator fed by a producer that runs on its own: `return()` (the subscriber left)
 * ends it at once, even while the producer waits for the feed to move, which an async
 * generator's `return()` would not (it waits for the generator's next `yield`).
 */
export class EventQueue<T> implements AsyncIterableIterator<T> {
  private readonly buffered: T[] = [];
  private readonly waiting: ((result: IteratorResult<T>) => void)[] = [];
  private drained: (() => void) | undefined;
  private done = false;

  constructor(
    /** Told when the consumer has gone, to stop producing. */
    private readonly onReturn: () => void,
    /** Events kept for a slow consumer before `push` waits. */
    private readonly highWaterMark = 100,
  ) {}

  get closed() {
    return this.done;
  }

  /** Resolves once the event is taken or buffered below the high-water mark. */
  async push(value: T): Promise<void> {
    if (this.done) return;
    const taker = this.waiting.shift();
    if (taker) return taker({ value, done: false });
    this.buffered.push(value);
    if (this.buffered.length >= this.highWaterMark) {
      await new Promise<void>((resolve) => (this.drained = resolve));
    }
  }

  /** No more events: the consumer gets what is buffered, then the end. */
  end() {
    if (this.done) return;
    this.done = true;
    if (this.buffered.length === 0)
      for (const taker of this.waiting.splice(0)) taker({ value: undefined, done: true });
  }

  next(): Promise<IteratorResult<T>> {
    const value = this.buffered.shift();
    if (value !== undefined) {
      if (this.buffered.length < this.highWaterMark) this.release();
      return Promise.resolve({ value, done: false });
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.done = true;
    this.buffered.length = 0;
    for (const taker of this.waiting.splice(0)) taker({ value: undefined, done: true });
    this.release();
    this.onReturn();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  private release() {
    const drained = this.drained;
    this.drained = undefined;
    drained?.();
  }
}
