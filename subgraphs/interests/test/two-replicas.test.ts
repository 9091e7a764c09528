import { createLogger, openDatabase, type OpenDatabase } from '@registers/platform';
import { createTestDatabase, type TestDatabase } from '@registers/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder, schema } from '../src/db/index.ts';
import { feedCursors } from '../src/db/schema/index.ts';
import { ProjectionStore } from '../src/modules/kommuneregisteret/store.ts';

/**
 * Two replicas of the subgraph on one PostgreSQL database, as the Kubernetes base runs them:
 * they start together on a new database, and both follow Kommuneregisteret's feed.
 * (`gateway/test/replicas.slow.test.ts` runs whole replicas behind nginx.)
 */
const logger = createLogger('two-replicas-test', 'silent');
let testDatabase: TestDatabase;
const opened: OpenDatabase<typeof schema>[] = [];

const open = async () => {
  const database = await openDatabase({
    url: testDatabase.url,
    dataDir: 'memory://',
    schema,
    migrationsFolder,
    logger,
  });
  opened.push(database);
  return database;
};

beforeAll(async () => {
  testDatabase = await createTestDatabase('two_replicas');
});
afterAll(async () => {
  await Promise.all(opened.map((database) => database.close()));
  await testDatabase?.drop();
});

describe('two replicas of the interests subgraph', () => {
  it('migrate a new database together: one makes the tables, the others wait and find them made', async () => {
    const [first, second, third] = await Promise.all([open(), open(), open()]);
    for (const database of [first!, second!, third!]) {
      expect(await database.db.select().from(feedCursors)).toEqual([]);
    }
  });

  it("apply the feed's first page once when both read it before either has a cursor", async () => {
    const [one, other] = [opened[0] ?? (await open()), opened[1] ?? (await open())];
    // Each follower holds its page's transaction open until the other has come as far, or half a
    // second has passed: so both are inside at once unless one waits for the other's commit.
    let arrived = 0;
    const bothInside = () =>
      new Promise<void>((resolve) => {
        arrived += 1;
        const started = Date.now();
        const check = () => (arrived >= 2 || Date.now() - started > 500 ? resolve() : setTimeout(check, 10));
        check();
      });
    const page = (sequence: number) => ({
      personIds: [],
      facts: [],
      from: 0,
      sequence,
      cursor: `cursor-${sequence}`,
    });
    const applied = await Promise.all([
      new ProjectionStore(one.db).applyPage(page(5), bothInside),
      new ProjectionStore(other.db).applyPage(page(3), bothInside),
    ]);
    expect(applied.filter(Boolean)).toHaveLength(1);
    const [cursor] = await one.db.select().from(feedCursors);
    // The cursor is the page applied, never moved back by the other.
    expect(cursor?.sequence).toBe(applied[0] ? 5 : 3);
  });
});
