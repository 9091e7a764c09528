import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { interestsSubgraph } from '@registers/interests';
import {
  createLogger,
  readSubgraphConfig,
  sendJob,
  startSubgraph,
  type JobContext,
} from '@registers/platform';
import { afterAll, describe, expect, it } from 'vitest';

const folder = mkdtempSync(join(tmpdir(), 'subgraph-jobs-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const config = readSubgraphConfig('interests', 0, {
  HOST: '127.0.0.1',
  INTERESTS_DATA_DIR: join(folder, 'data'),
  INTERESTS_SEED: 'none',
  AUTH_KEYS_DIR: join(folder, 'keys'),
});
const logger = createLogger('interests', 'silent');

describe("a subgraph's background work", () => {
  it('starts with the subgraph, and closing waits for the running job before the database closes', async () => {
    const events: string[] = [];
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let started = (_context: JobContext) => {};
    const running = new Promise<JobContext>((resolve) => (started = resolve));
    const subgraph = await startSubgraph(
      {
        ...interestsSubgraph,
        jobs: {
          'declaration-reminder': {
            handle: async (_data, context) => {
              events.push('job started');
              started(context);
              await released;
              events.push('job finished');
            },
          },
        },
        jobsOptions: { pollingIntervalSeconds: 0.5 },
      },
      config,
      logger,
    );
    await subgraph.database.db.transaction((tx) =>
      sendJob(tx, 'declaration-reminder', { declaration: 'd1' }, { key: 'reminder:d1' }),
    );
    expect((await running).identity.subject).toBe('system:jobs:declaration-reminder');

    const closed = subgraph.close().then(() => events.push('subgraph closed'));
    setTimeout(release, 200);
    await closed;
    expect(events).toEqual(['job started', 'job finished', 'subgraph closed']);

    // The job's completion was written before the database closed: it does not run again.
    const again = await startSubgraph(
      {
        ...interestsSubgraph,
        jobs: { 'declaration-reminder': { handle: async () => void events.push('rerun') } },
      },
      config,
      logger,
    );
    try {
      const { rows } = await again.database.executeSql(
        'select state from pgboss.job where singleton_key = $1',
        ['reminder:d1'],
      );
      expect(rows).toEqual([{ state: 'completed' }]);
    } finally {
      await again.close();
    }
    expect(events).not.toContain('rerun');
  }, 60_000);
});
