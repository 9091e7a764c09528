import type { Logger } from '@registers/platform';
import type { InterestsTransaction } from '../../db/index.ts';
import type { FeedChange, MunicipalityClient } from './client.ts';
import { municipalityFeed, type ProjectionStore } from './store.ts';

export interface FollowerOptions {
  /** How long to wait between polls once caught up. */
  pollIntervalMs: number;
  /** Changes asked for per page (at most 1000, the feed's limit). */
  pageSize?: number;
  /** How often the declarations of persons without a role are looked for (default hourly). */
  sweepIntervalMs?: number;
  /**
   * Deletes the declarations of persons without a qualifying role past the grace period (and
   * whatever else the deletion rules say is due at `now`); returns the persons without a role.
   */
  sweep?: (now: Date) => Promise<string[]>;
  /** The time the sweep goes by (tests move it). */
  clock?: () => Date;
  /** Runs in each page's transaction with the persons whose facts changed (positions follow). */
  onPersonsChanged?: (tx: InterestsTransaction, personIds: readonly string[]) => Promise<void>;
  /**
   * Looks up, before a page's transaction, what the page's changes need beyond role facts (a
   * confirmed election result); the function it returns runs in the page's transaction, last.
   */
  prepareChanges?: (changes: readonly FeedChange[]) => Promise<(tx: InterestsTransaction) => Promise<void>>;
}

export interface RunningFollower {
  /** Stops polling and waits for the page being applied. */
  stop(): Promise<void>;
  /** Polls now until caught up (tests, and a first start); resolves with the cursor's sequence. */
  catchUp(): Promise<number>;
  /** Runs the sweep now, at the clock's time (tests); resolves with what it returned. */
  sweep(): Promise<string[]>;
}

/** Organisations whose name or number a position shows: their changes refresh their holders. */
const organizationTypes = new Set(['UNIT', 'ELECTED_BODY', 'COMPANY']);
/** Roles, whose holder may change (a merge in KR). */
const roleTypes = new Set(['EMPLOYMENT', 'MEMBERSHIP', 'COMPANY_ROLE']);

/**
 * Follows Kommuneregisteret's change feed: from the cursor stored in this database, page by
 * page, it asks for the role facts of the persons each page touches and applies them with the
 * new cursor in one transaction, then acknowledges the page (the change receipt). At least once
 * and idempotent: a page is applied by replacing the persons' facts with KR's current ones, so
 * a page read again after a crash (before its commit) changes nothing more, and one committed
 * but not acknowledged is acknowledged on the next poll. A follower that was down starts from
 * its cursor and so catches up without a gap (the feed numbers changes in commit order).
 */
export async function startFollower(
  client: MunicipalityClient,
  store: ProjectionStore,
  logger: Logger,
  options: FollowerOptions,
): Promise<RunningFollower> {
  const pageSize = options.pageSize ?? 500;
  const clock = options.clock ?? (() => new Date());
  let acknowledged = -1;
  let stopped = false;
  let running: Promise<number> | null = null;
  let wake: (() => void) | null = null;

  async function acknowledge(sequence: number) {
    if (sequence <= acknowledged || sequence === 0) return;
    try {
      await client.acknowledge(sequence);
      acknowledged = sequence;
    } catch (error) {
      // Applied is applied: the receipt follows on the next poll.
      logger.warn({ err: error, sequence }, 'could not acknowledge the changes applied; will try again');
    }
  }

  /** One page; whether there is more to read now. */
  async function followOnePage(): Promise<{ more: boolean; sequence: number }> {
    const stored = await store.cursorOf(municipalityFeed);
    const from = stored?.sequence ?? 0;
    const page = await client.changesAfter(stored?.cursor ?? null, pageSize);
    const last = page.changes.at(-1);
    if (!last) {
      await acknowledge(from);
      return { more: false, sequence: from };
    }
    const personIds = await affectedPersons(page.changes);
    const facts = personIds.length > 0 ? await client.roleFacts(personIds) : [];
    const prepared = options.prepareChanges ? await options.prepareChanges(page.changes) : null;
    const applied = await store.applyPage(
      { personIds, facts, from, sequence: last.sequence, cursor: page.endCursor },
      async (tx, changed) => {
        await options.onPersonsChanged?.(tx, changed);
        await prepared?.(tx);
      },
    );
    if (applied) {
      logger.info(
        { from, to: last.sequence, changes: page.changes.length, persons: personIds.length },
        'applied changes from Kommuneregisteret',
      );
      await acknowledge(last.sequence);
    }
    return { more: page.hasNextPage || !applied, sequence: last.sequence };
  }

  async function affectedPersons(changes: readonly FeedChange[]): Promise<string[]> {
    const persons = new Set<string>();
    const organizations = new Set<string>();
    const roles = new Set<string>();
    for (const change of changes) {
      if (change.entityType === 'PERSON') persons.add(change.entityId);
      else if (organizationTypes.has(change.entityType)) organizations.add(change.entityId);
      else if (change.personId) {
        persons.add(change.personId);
        if (roleTypes.has(change.entityType)) roles.add(change.entityId);
      }
    }
    for (const id of await store.personsInOrganizations([...organizations])) persons.add(id);
    // A role given to another person names its new holder; the projection knows the earlier one.
    for (const id of await store.holdersOfRoles([...roles])) persons.add(id);
    return [...persons];
  }

  async function catchUpOnce(): Promise<number> {
    for (;;) {
      const { more, sequence } = await followOnePage();
      if (!more || stopped) return sequence;
    }
  }

  function catchUp(): Promise<number> {
    running ??= catchUpOnce().finally(() => (running = null));
    return running;
  }

  let lastSweep = 0;
  const poll = async () => {
    try {
      await catchUp();
    } catch (error) {
      logger.warn({ err: error }, 'could not follow Kommuneregisteret; will try again');
    }
    if (!options.sweep || stopped || Date.now() - lastSweep < (options.sweepIntervalMs ?? 3_600_000)) return;
    lastSweep = Date.now();
    try {
      const deleted = await options.sweep(clock());
      if (deleted.length > 0)
        logger.info({ declarations: deleted.length }, 'deleted the declarations of persons without a role');
    } catch (error) {
      logger.warn({ err: error }, 'could not delete the declarations of persons without a role');
    }
  };
  // The first poll before serving: a subgraph that can reach Kommuneregisteret starts caught up.
  await poll();
  const loop = (async () => {
    while (!stopped) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.pollIntervalMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
      if (!stopped) await poll();
    }
  })();

  return {
    async stop() {
      stopped = true;
      wake?.();
      await loop;
      await running?.catch(() => {});
    },
    catchUp,
    sweep: async () => (options.sweep ? options.sweep(clock()) : []),
  };
}
