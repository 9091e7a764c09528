import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{packages,subgraphs,gateway}/**/test/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    globalSetup: ['scripts/test-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
