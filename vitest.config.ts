import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { LongestFirstSequencer } from './scripts/test-sequencer.ts';

// Workspace packages published as JavaScript (@registers/client) are read from their TypeScript
// source, as their `@registers/source` export condition says for tsc and tsx, so tests never need a build.
const client = (path: string) => fileURLToPath(new URL(`packages/client/${path}`, import.meta.url));
const fromSource = [
  { find: /^@registers\/client$/, replacement: client('src/index.ts') },
  {
    find: /^@registers\/client\/persisted-documents\.json$/,
    replacement: client('src/generated/persisted-documents.json'),
  },
];

/** Tests that start many processes and take a minute or more: the `slow` project runs them. */
const slowTests = '**/test/**/*.slow.test.ts';

export default defineConfig({
  resolve: { alias: fromSource },
  test: {
    globalSetup: ['scripts/test-setup.ts'],
    pool: 'forks',
    // Each worker process keeps the modules it has imported from one test file to the next
    // (Apollo, graphql, drizzle, the services): importing them again for each of the 78 files
    // took 90 s of a run's 346 (16 s so). Every file still starts its own system on its own
    // databases, and no test relies on a module's state from another file.
    isolate: false,
    // Two files at a time, also on a 2-core machine (where the default would be one): much of a
    // file's time is spent waiting on PostgreSQL, on job queues' polling and on retries.
    maxWorkers: 2,
    // The longest files first, across both projects (scripts/test-sequencer.ts).
    sequence: { sequencer: LongestFirstSequencer },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // How long `expect.poll` waits for a page, a feed or a job to reach what it asserts: vitest's
    // 1 s was too short for the browser tests on a busy 2-core machine (a desk test timed out
    // once with seven browser files and the replicas test running). Only the wait is longer;
    // what is asserted, and how often it is checked, are the same.
    expect: { poll: { timeout: 5_000 } },
    // `npx vitest run` runs both projects; `--project default` leaves the slow tests out. Each
    // project names its own files (a project's `include` would add to one set here).
    projects: [
      {
        extends: true,
        test: {
          name: 'default',
          include: [
            '{packages,subgraphs,gateway,publication,web}/**/test/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**', slowTests],
        },
      },
      {
        extends: true,
        test: { name: 'slow', include: [slowTests], exclude: ['**/node_modules/**'], testTimeout: 180_000 },
      },
    ],
  },
});
