import {
  CountiesDocument,
  MunicipalityOrganisationDocument,
  PublishedDeclarationDocument,
  RegisterChangesDocument,
  RegisterClient,
  RegisterClientError,
  SearchDeclarationsDocument,
  SearchPersonsDocument,
  type RegisterChangesQuery,
} from '@registers/client';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UpdateUnitDocument } from '../src/generated/operations.ts';
import { postGraphQL, startSystem, type System } from './support/system.ts';

/**
 * @registers/client against the real system, as a partner: its typed operations by hash, its
 * errors, paging through a connection and following a change feed from a stored cursor.
 */
let system: System;
let client: RegisterClient;
let tokensAsked = 0;
let adminToken = '';

beforeAll(async () => {
  system = await startSystem({ demoScale: 0.01, driver: 'postgres' });
  const partnerToken = await system.tokenFor({ subject: 'ks', roles: ['partner'] });
  adminToken = await system.tokenFor({ subject: 'operator', roles: ['administrator'] });
  client = new RegisterClient({
    url: system.gateway.url,
    token: async () => {
      tokensAsked += 1;
      return partnerToken;
    },
  });
});
afterAll(async () => {
  await system?.close();
});

type ChangeEdge = RegisterChangesQuery['changes']['edges'][number];

async function renameUnit(index: number, name: string) {
  const unit = system.population.units[index]!;
  const response = await postGraphQL<{ updateUnit: { userErrors: unknown[] } }>(
    system.gateway.url,
    { query: print(UpdateUnitDocument), variables: { input: { id: unit.id, name } } },
    { authorization: `Bearer ${adminToken}` },
  );
  expect(response.errors).toBeUndefined();
  expect(response.data!.updateUnit.userErrors).toEqual([]);
}

async function wholeFeed(): Promise<ChangeEdge[]> {
  const edges: ChangeEdge[] = [];
  for await (const edge of client.paginate(
    RegisterChangesDocument,
    { first: 1000 },
    (data) => data.changes,
  )) {
    edges.push(edge);
  }
  return edges;
}

describe('a typed operation', () => {
  it('runs by its hash as a partner, with typed variables and result, asking for the token each time', async () => {
    const before = tokensAsked;
    const { municipality } = await client.execute(MunicipalityOrganisationDocument, { number: '4601' });
    expect(municipality).toMatchObject({ name: 'Bergen', kind: 'MUNICIPALITY', county: { number: '46' } });
    const { counties } = await client.execute(CountiesDocument);
    expect(counties).toHaveLength(15);
    expect(tokensAsked).toBe(before + 2);
  });

  it("reads the interest register's public data of a person", async () => {
    const { searchDeclarations } = await client.execute(SearchDeclarationsDocument, { first: 1 });
    const person = searchDeclarations.edges[0]!.node.person;
    const { person: read } = await client.execute(PublishedDeclarationDocument, { personId: person.id });
    expect(read).toMatchObject({ id: person.id, name: person.name, declaration: { published: true } });
  });

  it('turns GraphQL errors into a RegisterClientError carrying extensions.code', async () => {
    const unknown = client.execute(MunicipalityOrganisationDocument, { number: '9999' });
    await expect(unknown).rejects.toBeInstanceOf(RegisterClientError);
    await expect(unknown).rejects.toMatchObject({ code: 'NOT_FOUND', status: 200 });

    const badToken = new RegisterClient({ url: system.gateway.url, token: 'not-a-token' });
    await expect(badToken.execute(CountiesDocument)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      status: 401,
    });
  });
});

describe('paging', () => {
  it('pages through a connection to its end, each page after the one before, without repeats', async () => {
    const ids = async (first: number) => {
      const found: string[] = [];
      const pages = client.paginate(
        SearchPersonsDocument,
        { name: 'an', first },
        (data) => data.searchPersons,
      );
      for await (const edge of pages) found.push(edge.node.id);
      return found;
    };
    const bySeven = await ids(7);
    expect(bySeven.length).toBeGreaterThan(3 * 7);
    expect(new Set(bySeven).size).toBe(bySeven.length);
    expect(bySeven).toEqual(await ids(100));
  });
});

describe('following a change feed', () => {
  it('goes on from a stored cursor with no gap and no repeat, waiting for changes once caught up', async () => {
    for (const [index, name] of ['Første', 'Andre', 'Tredje', 'Fjerde'].entries()) {
      await renameUnit(index, `Klientenhet ${name}`);
    }
    const before = await wholeFeed();
    expect(before.length).toBeGreaterThanOrEqual(4);
    const stored = before.length - 3;

    // The first run processes some changes, storing each one's cursor, and stops.
    const firstRun: ChangeEdge[] = [];
    let cursor: string | null = null;
    for await (const edge of client.follow(RegisterChangesDocument, { first: 2 }, (data) => data.changes)) {
      firstRun.push(edge);
      cursor = edge.cursor;
      if (firstRun.length === stored) break;
    }

    // The next run starts from the stored cursor, catches up, and sees what is written while it waits.
    const secondRun: ChangeEdge[] = [];
    const following = new AbortController();
    let writing: Promise<void> | undefined;
    for await (const edge of client.follow(
      RegisterChangesDocument,
      { after: cursor, first: 2 },
      (data) => data.changes,
      {
        pollIntervalMs: 50,
        signal: following.signal,
      },
    )) {
      secondRun.push(edge);
      if (secondRun.length === before.length - stored) {
        writing = (async () => {
          await new Promise((resolve) => setTimeout(resolve, 200));
          await renameUnit(4, 'Klientenhet Femte');
          await renameUnit(5, 'Klientenhet Sjette');
        })();
      }
      if (secondRun.length === before.length - stored + 2) following.abort();
    }
    await writing;

    const after = await wholeFeed();
    expect(after.length).toBe(before.length + 2);
    const sequences = (edges: ChangeEdge[]) => edges.map((edge) => edge.node.sequence);
    expect([...sequences(firstRun), ...sequences(secondRun)]).toEqual(sequences(after));
    expect(secondRun.slice(-2).map((edge) => edge.node.entityId)).toEqual([
      system.population.units[4]!.id,
      system.population.units[5]!.id,
    ]);
  });

  it('stops at once when its signal aborts while waiting', async () => {
    const following = new AbortController();
    const edges = client.follow(RegisterChangesDocument, { first: 1000 }, (data) => data.changes, {
      pollIntervalMs: 60_000,
      signal: following.signal,
    });
    const started = Date.now();
    setTimeout(() => following.abort(), 300);
    for await (const _edge of edges) {
      // the feed up to now
    }
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
