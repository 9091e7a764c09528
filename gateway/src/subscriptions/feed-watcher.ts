import type { Logger } from '@registers/platform';
import { readDeclarationFeed, readMunicipalityFeed, type PublicOperationRunner } from '../feeds.ts';
import type { Feed } from './live-query.ts';

/** Told which municipalities' changes came (null: a change filed under none), per feed. */
export type FeedListener = (feed: Feed, municipalities: ReadonlySet<string | null>) => void;

/**
 * Reads both change feeds' new ends every `pollMs`, as the public, and tells the live
 * subscriptions what came, so each runs its own query (with its own rights) only when its feed
 * has moved. The feeds live in the subgraphs' databases, so every gateway replica sees every
 * change, whichever replica (or subgraph job) wrote it. Polls only while someone listens.
 */
export class FeedWatcher {
  private positions: Record<Feed, string | null> = { municipality: null, interests: null };
  private readonly listeners = new Set<FeedListener>();
  private caughtUp: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private failing = false;
  /** Polls were skipped for want of listeners: the positions may be behind the feeds' ends. */
  private behind = false;
  private reading: Promise<void> | undefined;

  constructor(
    private readonly run: PublicOperationRunner,
    private readonly pollMs: number,
    private readonly logger: Logger,
  ) {}

  /**
   * Listens from now on; resolves once the watcher knows both feeds' ends, with `position`, the
   * place a subscription without `after` starts from.
   */
  async listen(
    listener: FeedListener,
  ): Promise<{ position: (feed: Feed) => string | null; stop: () => void }> {
    this.listeners.add(listener);
    const stop = () => {
      this.listeners.delete(listener);
    };
    try {
      await (this.caughtUp ??= this.catchUp());
      // "From now" is from the feeds' ends, not from where the last listener left them.
      if (this.behind) await this.readOnce(true);
    } catch (error) {
      stop();
      throw error;
    }
    return { position: (feed) => this.positions[feed], stop };
  }

  async stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** The feeds' ends at the first subscription; then a poll every `pollMs`. */
  private async catchUp() {
    try {
      await this.read(false);
    } catch (error) {
      this.caughtUp = undefined; // the next subscription tries again
      throw error;
    }
    this.schedule();
  }

  private schedule() {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.poll();
    }, this.pollMs);
  }

  private async poll() {
    if (this.listeners.size === 0) this.behind = true;
    else {
      try {
        await this.readOnce(true);
        if (this.failing) this.logger.info('live subscriptions read the change feeds again');
        this.failing = false;
      } catch (error) {
        // The next poll reads from the same positions; said once per outage.
        if (!this.failing)
          this.logger.error({ err: error }, 'live subscriptions could not read the change feeds');
        this.failing = true;
      }
    }
    this.schedule();
  }

  /** One read at a time: a poll and a listener that catches the positions up share it. */
  private async readOnce(notify: boolean) {
    while (this.reading) await this.reading;
    this.reading = this.read(notify).finally(() => (this.reading = undefined));
    await this.reading;
  }

  private async read(notify: boolean) {
    const [kr, stv] = await Promise.all([
      readMunicipalityFeed(this.run, this.positions.municipality),
      readDeclarationFeed(this.run, this.positions.interests),
    ]);
    this.positions = { municipality: kr.position, interests: stv.position };
    this.behind = false;
    if (!notify) return;
    if (kr.changes.length > 0) {
      const municipalities = new Set(kr.changes.map((change) => change.municipality?.number ?? null));
      for (const listener of this.listeners) listener('municipality', municipalities);
    }
    if (stv.changes.length > 0) {
      for (const listener of this.listeners) listener('interests', new Set());
    }
  }
}
