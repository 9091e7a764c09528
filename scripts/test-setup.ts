import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { testServerUrl } from '@registers/platform/testing';

/**
 * Fails the run at once, with a hint, when the PostgreSQL server the tests use is not there; then
 * runs `npm start`'s build once (nothing when nothing changed), so that the test files that need
 * it (the web's, `npm start`'s) find it done and never build into the same folders at once.
 */
export default async function setUpTestRun() {
  await checkTestDatabaseServer();
  execFileSync(process.execPath, [fileURLToPath(new URL('build.mjs', import.meta.url))], {
    stdio: 'inherit',
  });
}

async function checkTestDatabaseServer() {
  const sql = postgres(testServerUrl, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await sql`select 1`;
  } catch (error) {
    throw new Error(
      `The tests need a PostgreSQL server at ${testServerUrl} (set TEST_DATABASE_URL to use another): ${String(error)}`,
    );
  } finally {
    await sql.end();
  }
}
