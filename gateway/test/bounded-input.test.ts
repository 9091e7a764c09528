import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startSystem, type System } from './support/system.ts';

/**
 * No request may hold the others up: every free-text input has a documented maximum, refused at
 * the edge before any SQL runs, and on PostgreSQL every statement has a time limit.
 */
let system: System;
let admin: string;

beforeAll(async () => {
  system = await startSystem({
    demoScale: 0.002,
    driver: 'postgres',
    subgraphEnv: { STATEMENT_TIMEOUT_MS: '300' },
  });
  admin = await system.tokenFor({ subject: 'admin', roles: ['administrator'] });
});
afterAll(async () => {
  await system?.close();
});

const codes = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (response.errors ?? []).map((error) => error.extensions?.['code']);

describe('long text', () => {
  const million = 'a'.repeat(1_000_000);

  it.each([
    ['a public search for persons', 'searchPersons', 'SearchText', 100],
    ['a public search for units', 'searchUnits', 'SearchText', 100],
  ])('%s is refused before the database is asked', async (_what, field, scalar, limit) => {
    const statements = system.statementCount();
    const response = await postGraphQL(system.gateway.url, {
      query: `query ($name: ${scalar}!) { ${field}(name: $name) { edges { cursor } } }`,
      variables: { name: million },
    });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toContain(`at most ${limit} characters`);
    // The answer does not carry the value back.
    expect(JSON.stringify(response).length).toBeLessThan(2_000);
    expect(system.statementCount()).toBe(statements);

    const atTheLimit = await postGraphQL(system.gateway.url, {
      query: `query ($name: ${scalar}!) { ${field}(name: $name) { edges { cursor } } }`,
      variables: { name: 'a'.repeat(limit) },
    });
    expect(atTheLimit.errors).toBeUndefined();
  });

  it('in a mutation is refused before the database is asked, and writes nothing', async () => {
    const statements = system.statementCount();
    const response = await postGraphQL(
      system.gateway.url,
      {
        query: `mutation ($input: AddPersonInput!) { addPerson(input: $input) { person { id } userErrors { code } } }`,
        variables: {
          input: {
            municipalityNumber: '0301',
            givenName: million,
            familyName: 'Nordmann',
            email: 'ola@example.no',
          },
        },
      },
      { authorization: `Bearer ${admin}` },
    );
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toContain('Name must be at most 200 characters');
    expect(system.statementCount()).toBe(statements);
  });

  it('as a cursor is refused unread', async () => {
    const response = await postGraphQL(system.gateway.url, {
      query: `query ($after: String) { changes(after: $after) { edges { cursor } } }`,
      variables: { after: million },
    });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('statements on PostgreSQL', () => {
  it('are cancelled when they run longer than STATEMENT_TIMEOUT_MS', async () => {
    const { db } = system.municipality.database;
    await expect(db.execute(sql`select pg_sleep(2)`)).rejects.toMatchObject({
      cause: expect.objectContaining({ code: '57014' }), // query_canceled
    });
    // The connection is usable afterwards.
    expect(await system.municipality.database.ping()).toBe(true);
  });
});
