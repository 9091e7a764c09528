import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

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

export default defineConfig({
  resolve: { alias: fromSource },
  test: {
    globalSetup: ['scripts/test-setup.ts'],
    pool: 'forks',
    // Two files at a time, also on a 2-core machine (where the default would be one): much of a
    // file's time is spent waiting on PostgreSQL, on job queues' polling and on retries.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Both run by `npx vitest run`. The slow project holds the fault tests, which kill and restart
    // real processes (`--project default` leaves them out). A project's include and exclude are
    // its own: Vite would add the root's arrays to a project's.
    projects: [
      {
        extends: true,
        test: {
          name: 'default',
          include: [
            '{packages,subgraphs,gateway,publication,web}/**/test/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**', '**/*.slow.test.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'slow', include: ['**/test/**/*.slow.test.ts'], exclude: ['**/node_modules/**'] },
      },
    ],
  },
});
