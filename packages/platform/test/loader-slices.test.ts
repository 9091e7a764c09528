import { PGlite } from '@electric-sql/pglite';
import { loadOneByKey } from '@registers/graphql-kit';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { publicIdentity } from '@registers/access';
import { contextFactory } from '../src/subgraph.ts';

/**
 * A request's loaders send at most 5,000 keys to one statement on embedded PGlite, which runs
 * statements in the service's own thread; on PostgreSQL a batch stays one statement.
 */
describe("a request's loaders", () => {
  const pglite = new PGlite();
  const client = postgres('postgres://nobody@127.0.0.1:1/none', { max: 1 }); // never connected
  afterAll(async () => {
    await pglite.close();
    await client.end();
  });

  const slicesOf = async (db: unknown) => {
    const slices: number[] = [];
    const createContext = contextFactory(
      () => ({}),
      () => ({
        row: loadOneByKey(
          async (ids: readonly number[]) => (slices.push(ids.length), ids.map((id) => ({ id }))),
          (row) => row.id,
        ),
      }),
    );
    const { loaders } = createContext(db, { requestId: 'r', identity: publicIdentity, headers: {} });
    const rows = await loaders.row.loadAll(Array.from({ length: 12_001 }, (_, index) => index));
    expect(rows.map((row) => row?.id)).toEqual(Array.from({ length: 12_001 }, (_, index) => index));
    return slices;
  };

  it('fetch a large batch in slices of 5,000 keys on PGlite', async () => {
    expect(await slicesOf(drizzlePglite({ client: pglite }))).toEqual([5_000, 5_000, 2_001]);
  });

  it('fetch it in one statement on PostgreSQL', async () => {
    expect(await slicesOf(drizzlePostgres({ client }))).toEqual([12_001]);
  });
});
