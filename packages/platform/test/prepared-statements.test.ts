import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { preparingRepeats, RepeatedStatements } from '../src/database.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing.ts';

/**
 * drizzle asks postgres.js for every statement unprepared, which costs a statement with
 * parameters two round trips; the platform's client prepares a text from its second sending on,
 * up to a bound, and in transactions too. One connection, so what it prepared can be seen.
 */
let database: TestDatabase;
let client: postgres.Sql;

beforeAll(async () => {
  database = await createTestDatabase('prepared_statements');
  client = postgres(database.url, { max: 1, onnotice: () => {} });
});
afterAll(async () => {
  await client.end();
  await database.drop();
});

/** The connection's prepared statements that name this column (this query is one itself). */
const prepared = async (column: string) =>
  (await client`select statement from pg_prepared_statements`)
    .map((row) => String(row['statement']))
    .filter((text) => text.includes(column));

test('a statement sent again is prepared once on its connection; one sent once is not', async () => {
  const db = drizzle({ client: preparingRepeats(client, new RepeatedStatements()) });
  const square = (n: number) => db.execute(sql`select ${n}::int * ${n}::int as square`);
  expect([...(await square(3))]).toEqual([{ square: 9 }]);
  expect(await prepared('square')).toHaveLength(0);
  for (const n of [4, 5, 6]) expect([...(await square(n))]).toEqual([{ square: n * n }]);
  expect(await prepared('square')).toHaveLength(1);

  await db.execute(sql`select ${1}::int as once`);
  expect(await prepared('once')).toHaveLength(0);

  // In a transaction as outside it.
  await db.transaction(async (tx) => {
    for (let i = 0; i < 2; i++) await tx.execute(sql`select ${i}::int as in_transaction`);
  });
  expect(await prepared('in_transaction')).toHaveLength(1);
});

test('no more texts are prepared than the bound', async () => {
  const db = drizzle({ client: preparingRepeats(client, new RepeatedStatements(2)) });
  for (const column of ['a', 'b', 'c', 'd']) {
    for (let i = 0; i < 3; i++)
      await db.execute(sql`select ${i}::int as ${sql.identifier(`bounded_${column}`)}`);
  }
  expect(await prepared('bounded_')).toHaveLength(2);
});
