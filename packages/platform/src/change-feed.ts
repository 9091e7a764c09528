import { and, asc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import { bigserial, index, pgEnum, pgTable, text, timestamp, varchar } from 'drizzle-orm/pg-core';
import type { AnyTransaction, Database } from './database.ts';

export const changeType = pgEnum('change_type', ['CREATED', 'UPDATED', 'DELETED']);

/**
 * A change feed (endringer) partners follow, after Enhetsregisteret's `oppdateringer`: one
 * event per change, numbered 1, 2, 3, … in commit order, so that a follower polling from the last id it
 * saw misses nothing. Each subgraph has this table in its own database (its drizzle schema
 * re-exports it), written in the change's transaction by a {@link ChangeFeedWriter}.
 */
export const changeEvents = pgTable(
  'change_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** The municipality the changed entity belongs to, where it belongs to one. */
    municipalityNumber: varchar('municipality_number', { length: 4 }),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    /**
     * The person the change concerns, where it concerns one: the person itself, or the holder
     * of a role or a declaration. A follower learns from it whose facts to look up again, also
     * once the entity is deleted.
     */
    personId: text('person_id'),
    changeType: changeType('change_type').notNull(),
    /** The fields that changed; all of them for a created entity, none for a deleted one. */
    changedFields: text('changed_fields').array().notNull(),
  },
  (table) => [
    index('change_events_municipality_number_idx').on(table.municipalityNumber, table.id),
    index('change_events_entity_type_idx').on(table.entityType, table.id),
  ],
);

export type ChangeEventRow = typeof changeEvents.$inferSelect;
export type NewChangeEvent = Omit<typeof changeEvents.$inferInsert, 'id' | 'at'>;
export type ChangeType = ChangeEventRow['changeType'];

/** Any lock number would do; this one spells the feed. */
const feedLock = 0x4645_4544;

/**
 * The feed events of one transaction, written last. A feed read by `id > cursor` must hand out
 * its ids in commit order, or a follower reading while an earlier transaction is still open
 * would see a later id, move its cursor past the earlier one, and skip it for good. So the
 * events are written under a transaction-scoped lock held until the commit: a second writer
 * takes its ids only once the first has committed. Taking the lock only at the end means no
 * transaction waits for a row while holding it, and the lock is held for one insert.
 */
export class ChangeFeedWriter {
  private readonly events: NewChangeEvent[] = [];

  /** Queues an event; it is written by {@link write}, in the order recorded. */
  record(event: NewChangeEvent): void {
    this.events.push(event);
  }

  get pending(): number {
    return this.events.length;
  }

  /**
   * Writes the queued events: the transaction's last write. They are numbered on from the
   * feed's last event, which the lock makes safe (no other writer until this one commits), so
   * the numbers have no gaps: a transaction that rolls back after writing its events, or whose
   * process dies before its commit, leaves its numbers to the next (a sequence would have
   * skipped them), and a follower may take a gap for a lost event.
   */
  async write(tx: AnyTransaction): Promise<void> {
    if (this.events.length === 0) return;
    await tx.execute(sql`select pg_advisory_xact_lock(${feedLock})`);
    const last = sql`(select coalesce(max(${changeEvents.id}), 0) from ${changeEvents})`;
    await tx
      .insert(changeEvents)
      .values(this.events.splice(0).map((event, index) => ({ ...event, id: sql`${last} + ${index + 1}` })));
  }
}

/** The fields of `after` that differ from `before`: all of them for a created entity, none for a deleted one. */
export function changedFieldsOf(before: object | null, after: object | null): string[] {
  if (!after) return [];
  const previous = (before ?? {}) as Record<string, unknown>;
  return Object.entries(after)
    .filter(([field, value]) => !before || JSON.stringify(previous[field]) !== JSON.stringify(value))
    .map(([field]) => field)
    .sort();
}

/** CREATED, UPDATED or DELETED, by what the change had before and after. */
export const changeTypeOf = (before: unknown, after: unknown): ChangeType =>
  !before ? 'CREATED' : !after ? 'DELETED' : 'UPDATED';

export interface ChangeFeedFilter {
  afterSequence: number;
  limit: number;
  municipalityNumber?: string | null;
  entityTypes?: readonly string[] | null;
}

/**
 * The feed read with a keyset, `id > after`, oldest first; one more than asked for, so the
 * caller knows whether there is a next page.
 */
export function listChangeEvents(
  db: Database<Record<string, unknown>> | AnyTransaction,
  { afterSequence, limit, municipalityNumber, entityTypes }: ChangeFeedFilter,
): Promise<ChangeEventRow[]> {
  const conditions: SQL[] = [gt(changeEvents.id, afterSequence)];
  if (municipalityNumber) conditions.push(eq(changeEvents.municipalityNumber, municipalityNumber));
  if (entityTypes?.length) conditions.push(inArray(changeEvents.entityType, [...entityTypes]));
  return (db as Database<Record<string, unknown>>)
    .select()
    .from(changeEvents)
    .where(and(...conditions))
    .orderBy(asc(changeEvents.id))
    .limit(limit + 1);
}

/** The newest sequence in the feed, 0 when it is empty. */
export async function latestChangeSequence(
  db: Database<Record<string, unknown>> | AnyTransaction,
): Promise<number> {
  const [row] = await (db as Database<Record<string, unknown>>)
    .select({ id: sql<number>`coalesce(max(${changeEvents.id}), 0)`.mapWith(Number) })
    .from(changeEvents);
  return row?.id ?? 0;
}
