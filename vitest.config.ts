import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{packages,subgraphs,gateway,publication}/**/test/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    globalSetup: ['scripts/test-setup.ts'],
    pool: 'forks',
    // Two files at a time, also on a 2-core machine (where the default would be one): much of a
    // file's time is spent waiting on PostgreSQL, on job queues' polling and on retries.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
