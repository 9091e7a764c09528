import postgres from 'postgres';
import { testServerUrl } from '@registers/platform/testing';

/** Fails the run at once, with a hint, when the PostgreSQL server the tests use is not there. */
export default async function checkTestDatabaseServer() {
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
