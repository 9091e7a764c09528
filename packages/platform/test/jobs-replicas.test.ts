import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../src/database.ts';
import { startJobs, type RunningJobs } from '../src/jobs.ts';
import { createLogger } from '../src/logger.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing.ts';

const logger = createLogger('jobs-replicas-test', 'silent');
const migrationsFolder = new URL('./fixtures/jobs-migrations', import.meta.url).pathname;

/**
 * Replicas of a subgraph start their job queues together on a new PostgreSQL database: pg-boss
 * makes its schema in each, and all but the first fail to, which pg-boss expects and passes
 * over. The connection that failed must not stay in its aborted transaction.
 */
describe('job queues of replicas starting together on PostgreSQL', () => {
  let testDatabase: TestDatabase;
  const databases: OpenDatabase<Record<string, unknown>>[] = [];
  const running: RunningJobs[] = [];

  beforeAll(async () => {
    testDatabase = await createTestDatabase('jobs_replicas');
  });
  afterAll(async () => {
    await Promise.all(running.map((jobs) => jobs.stop()));
    await Promise.all(databases.map((database) => database.close()));
    await testDatabase?.drop();
  });

  it('all start, and their connections answer afterwards', async () => {
    const replicas = await Promise.all(
      [1, 2, 3].map(() =>
        openDatabase({ url: testDatabase.url, dataDir: 'memory://', schema: {}, migrationsFolder, logger }),
      ),
    );
    databases.push(...replicas);
    const queues = { work: { handle: async () => {} } };
    running.push(...(await Promise.all(replicas.map((database) => startJobs(database, queues, logger)))));
    // Every connection of each pool, the one that failed to make the schema too.
    for (const database of replicas) {
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => database.executeSql('select $1::int as n', [i])),
      );
      expect(answers.map((answer) => answer.rows[0]?.['n'])).toEqual(Array.from({ length: 20 }, (_, i) => i));
    }
  });

  it('a text of statements that fails inside its own transaction leaves the connection usable', async () => {
    const [database] = databases;
    await expect(database!.executeSql('begin; select 1/0; commit;')).rejects.toThrow(/division by zero/);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => database!.executeSql('select $1::int as n', [i])),
    );
    expect(answers).toHaveLength(20);
  });
});
