import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangeFeedWriter, changeTypeOf, changedFieldsOf, listChangeEvents } from '../src/change-feed.ts';
import { openDatabase, type OpenDatabase } from '../src/database.ts';
import { createLogger } from '../src/logger.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing.ts';

const logger = createLogger('change-feed-test', 'silent');
const migrationsFolder = new URL('./fixtures/jobs-migrations', import.meta.url).pathname;

async function eventually<T>(probe: () => T | Promise<T>, deadlineMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('the outcome did not come before the deadline');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the change feed on PostgreSQL', () => {
  let testDatabase: TestDatabase;
  let database: OpenDatabase<Record<string, unknown>>;

  beforeAll(async () => {
    testDatabase = await createTestDatabase('change_feed');
    database = await openDatabase({
      url: testDatabase.url,
      dataDir: 'memory://',
      schema: {},
      migrationsFolder,
      logger,
    });
    // The table as the subgraphs' migrations make it.
    await database.executeSql(`
      create type change_type as enum ('CREATED', 'UPDATED', 'DELETED');
      create table change_events (
        id bigserial primary key,
        at timestamptz not null default now(),
        municipality_number varchar(4),
        entity_type text not null,
        entity_id text not null,
        person_id text,
        change_type change_type not null,
        changed_fields text[] not null
      );`);
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  const event = (entityId: string) => ({
    municipalityNumber: '4601',
    entityType: 'UNIT',
    entityId,
    personId: null,
    changeType: 'CREATED' as const,
    changedFields: ['name'],
  });

  /** A follower: reads from its cursor and moves it to the last id it saw, as partners do. */
  function follower() {
    let cursor = 0;
    const seen: string[] = [];
    return {
      seen,
      async poll() {
        const rows = await listChangeEvents(database.db, { afterSequence: cursor, limit: 100 });
        for (const row of rows) {
          seen.push(row.entityId);
          cursor = row.id;
        }
      },
    };
  }

  it('numbers events in commit order, so a follower polling between two open writers skips none', async () => {
    let releaseFirst!: () => void;
    const firstMayCommit = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstWrote!: () => void;
    const firstHasWritten = new Promise<void>((resolve) => (firstWrote = resolve));

    // The first transaction writes its event, then stays open.
    const first = database.db.transaction(async (tx) => {
      const feed = new ChangeFeedWriter();
      feed.record(event('first'));
      await feed.write(tx);
      firstWrote();
      await firstMayCommit;
    });
    await firstHasWritten;
    // A second, later transaction writes its event and commits while the first is still open.
    const second = database.db.transaction(async (tx) => {
      const feed = new ChangeFeedWriter();
      feed.record(event('second'));
      await feed.write(tx);
    });
    let secondDone = false;
    void second.then(() => (secondDone = true));
    // Wait until the second is either committed or waiting for the feed's lock.
    await eventually(async () => {
      if (secondDone) return true;
      const waiting = await database.executeSql(
        "select 1 from pg_locks where locktype = 'advisory' and not granted",
      );
      return waiting.rows.length > 0;
    });

    const partner = follower();
    await partner.poll();
    releaseFirst();
    await Promise.all([first, second]);
    await partner.poll();

    expect(partner.seen).toEqual(['first', 'second']);
    const rows = await listChangeEvents(database.db, { afterSequence: 0, limit: 10 });
    expect(rows.map((row) => row.entityId)).toEqual(['first', 'second']);
  });

  it('writes nothing for a transaction that rolls back', async () => {
    const before = await listChangeEvents(database.db, { afterSequence: 0, limit: 100 });
    await expect(
      database.db.transaction(async (tx) => {
        const feed = new ChangeFeedWriter();
        feed.record(event('rolled back'));
        await feed.write(tx);
        tx.rollback();
      }),
    ).rejects.toThrow();
    const after = await listChangeEvents(database.db, { afterSequence: 0, limit: 100 });
    expect(after).toHaveLength(before.length);
    await database.db.execute(sql`select 1`);
  });

  it('numbers events without a gap, also after a transaction that wrote some and rolled back', async () => {
    const write = (...entityIds: string[]) =>
      database.db.transaction(async (tx) => {
        const feed = new ChangeFeedWriter();
        for (const entityId of entityIds) feed.record(event(entityId));
        await feed.write(tx);
      });
    await write('before');
    await expect(
      database.db.transaction(async (tx) => {
        const feed = new ChangeFeedWriter();
        feed.record(event('rolled back'));
        feed.record(event('rolled back too'));
        await feed.write(tx);
        tx.rollback();
      }),
    ).rejects.toThrow();
    await write('after', 'and after');
    const rows = await listChangeEvents(database.db, { afterSequence: 0, limit: 100 });
    expect(rows.map((row) => row.id)).toEqual(rows.map((_, index) => index + 1));
    expect(rows.slice(-3).map((row) => row.entityId)).toEqual(['before', 'after', 'and after']);
  });

  it('says what changed', () => {
    expect(changeTypeOf(null, { a: 1 })).toBe('CREATED');
    expect(changeTypeOf({ a: 1 }, null)).toBe('DELETED');
    expect(changeTypeOf({ a: 1 }, { a: 2 })).toBe('UPDATED');
    expect(changedFieldsOf({ a: 1, b: 2 }, { a: 1, b: 3 })).toEqual(['b']);
    expect(changedFieldsOf(null, { b: 1, a: 2 })).toEqual(['a', 'b']);
    expect(changedFieldsOf({ a: 1 }, null)).toEqual([]);
  });
});
