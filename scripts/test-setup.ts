import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { randomBytes } from 'node:crypto';
import { dropTemplateDatabases, TEMPLATE_PREFIX_VARIABLE, testServerUrl } from '@registers/platform/testing';

/**
 * Fails the run at once, with a hint, when the PostgreSQL server the tests use is not there; then
 * runs `npm start`'s build once (nothing when nothing changed), so that the test files that need
 * it (the web's, `npm start`'s) find it done and never build into the same folders at once.
 * Names this run's template databases (the seeded databases each test system's are copied
 * from: gateway/test/support/system.ts), which the test processes inherit; drops them at the
 * end, and any a run that was killed left more than a day ago.
 */
export default async function setUpTestRun() {
  await checkTestDatabaseServer();
  await dropTemplatesOlderThan(24 * 3600 * 1000);
  const prefix = `${TEMPLATE_PREFIX}${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  process.env[TEMPLATE_PREFIX_VARIABLE] = prefix;
  execFileSync(process.execPath, [fileURLToPath(new URL('build.mjs', import.meta.url))], {
    stdio: 'inherit',
  });
  return () => dropTemplateDatabases(prefix);
}

const TEMPLATE_PREFIX = 'test_template_';

async function dropTemplatesOlderThan(ageMs: number) {
  const sql = postgres(testServerUrl, { max: 1, onnotice: () => {} });
  try {
    const names = await sql<{ datname: string }[]>`
      select datname from pg_database where starts_with(datname, ${TEMPLATE_PREFIX})`;
    for (const { datname } of names) {
      const madeAt = parseInt(datname.slice(TEMPLATE_PREFIX.length).split('_')[0]!, 36);
      if (Date.now() - madeAt > ageMs) await dropTemplateDatabases(datname);
    }
  } finally {
    await sql.end();
  }
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
