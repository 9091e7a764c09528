/**
 * Fails when a subgraph's drizzle tables have changed without a generated migration:
 * drizzle-kit generates into a copy of the committed migrations and must find nothing to do.
 * Run in a subgraph folder (`npm run migrations:check`).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const copy = mkdtempSync(join(tmpdir(), 'migrations-'));
try {
  cpSync('drizzle', copy, { recursive: true });
  // drizzle-kit takes `--out` relative to the working folder.
  const output = execFileSync(
    'npx',
    [
      'drizzle-kit',
      'generate',
      '--dialect',
      'postgresql',
      '--schema',
      './src/db/schema/index.ts',
      '--out',
      relative(process.cwd(), copy),
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // drizzle-kit exits 0 even when it fails, so only its own "nothing to do" counts as a pass.
  if (!output.includes('No schema changes')) {
    console.error(output);
    console.error(
      `${process.cwd()}: the drizzle tables changed without a migration: run \`npm run migrations:generate\` and commit drizzle/.`,
    );
    process.exit(1);
  }
  console.log('migrations match the drizzle tables');
} finally {
  rmSync(copy, { recursive: true, force: true });
}
