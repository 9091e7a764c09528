import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  loadOrCreateKeyFile,
  publicIdentity,
  signInternalToken,
  systemIdentity,
  type Identity,
} from '@registers/access';
import { encodeCursor } from '@registers/graphql-kit';
import { generateDemoDeclarations } from '@registers/interests';
import { INTERNAL_TOKEN_KEY_NAME } from '@registers/platform';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchDeclarationsDocument, type SearchDeclarationsQueryVariables } from '@registers/client';
import { AddPositionDocument, UpdateDeclarationDocument } from '../src/generated/operations.ts';
import { execute, postGraphQL, startSystem, type System, dataAs } from './support/system.ts';

/**
 * The public search of published declarations (searchDeclarations): by name (Kommuneregisteret's,
 * asked through its internal lookup), organisation, municipality and category, page by page; never
 * an unpublished declaration or one whose person has not accepted the terms; bounded input; the
 * internal name lookup refused to everyone but the register; no names or addresses in the logs.
 */
const demoScale = 0.01;
const demo = generateDemoDeclarations(demoScale);
const declared = new Set(demo.declarations.map((d) => d.personId));
const publishedInDemo = new Set(
  demo.declarations.filter((d) => d.published && d.termsAcceptedAt).map((d) => d.personId),
);

const logLines: Record<string, unknown>[] = [];
let system: System;
let holderToken = '';
let holder: System['population']['persons'][number];
const organization = { name: 'Søkbar Fjordkraft Testselskap AS', number: '923609016' };

beforeAll(async () => {
  // The search by name asks Kommuneregisteret about 7 persons at a time, so that a search pages
  // through many lookups here (about 70 published declarations) as it would through thousands.
  system = await startSystem({
    demoScale,
    driver: 'postgres',
    logLines,
    interestsOptions: { nameLookupBatchSize: 7 },
  });
  // A person with no demo declaration, who holds a role in Kommuneregisteret (so the search by
  // municipality finds them through the projection): their declaration is this file's.
  const roleHolders = new Set(system.population.employments.map((e) => e.personId));
  holder = system.population.persons.find((p) => !declared.has(p.id) && roleHolders.has(p.id))!;
  holderToken = await system.tokenFor({
    subject: 'search-holder',
    roles: ['position-holder'],
    personId: holder.id,
  });
});
afterAll(async () => {
  await system?.close();
});

const asHolder = <TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables) =>
  dataAs(system.gateway.url, holderToken, document, variables);

async function search(variables: SearchDeclarationsQueryVariables) {
  const response = await execute(system.gateway.url, SearchDeclarationsDocument, variables);
  expect(response.errors).toBeUndefined();
  return response.data!.searchDeclarations;
}

/** Every declaration a search finds, `first` at a time: the person ids in order, checked unique. */
async function allPages(variables: Omit<SearchDeclarationsQueryVariables, 'first' | 'after'>, first: number) {
  const nodes = [];
  let after: string | null = null;
  for (let page = 0; page < 500; page++) {
    const { edges, pageInfo }: Awaited<ReturnType<typeof search>> = await search({
      ...variables,
      first,
      after,
    });
    expect(edges.length).toBeLessThanOrEqual(first);
    nodes.push(...edges.map((edge) => edge.node));
    if (!pageInfo.hasNextPage) break;
    after = pageInfo.endCursor!;
  }
  const ids = nodes.map((node) => node.person.id);
  expect(new Set(ids).size, 'no person twice').toBe(ids.length);
  return { ids, nodes };
}

/** The persons with a published declaration now, as the interests database holds them. */
async function publishedNow(condition = sql`true`): Promise<string[]> {
  // The tests run on PostgreSQL, where drizzle answers `execute` with the rows themselves.
  const rows = (await system.interests.database.db.execute(
    sql`select person_id from declarations d
        where published and terms_accepted_at is not null and ${condition} order by person_id`,
  )) as unknown as { person_id: string }[];
  return rows.map((row) => row.person_id);
}

const nameOf = (personId: string) => {
  const person = system.population.persons.find((p) => p.id === personId)!;
  return `${person.givenName} ${person.familyName}`;
};

describe('searchDeclarations', () => {
  it('lists every published declaration and nothing else, page by page without gaps or repeats', async () => {
    const expected = await publishedNow();
    expect(expected.length).toBeGreaterThan(20);
    expect(new Set(expected)).toEqual(publishedInDemo);
    const byThree = await allPages({}, 3);
    expect(byThree.ids).toEqual(expected);
    expect((await allPages({}, 100)).ids).toEqual(expected);
    expect(byThree.nodes.every((node) => node.published)).toBe(true);
  });

  it("finds by part of the person's name in any case, with the name from Kommuneregisteret", async () => {
    const someone = [...publishedInDemo][0]!;
    const { familyName } = system.population.persons.find((p) => p.id === someone)!;
    const term = familyName.slice(1, 5).toUpperCase();
    const expected = [...publishedInDemo]
      .filter((id) => nameOf(id).toLowerCase().includes(term.toLowerCase()))
      .sort();
    const found = await allPages({ name: term }, 2);
    expect(found.ids).toContain(someone);
    expect(found.ids).toEqual(expected);
    for (const node of found.nodes) expect(node.person.name).toBe(nameOf(node.person.id));
    // A name no one with a published declaration bears: nothing, however many others bear it.
    const unpublishedName = system.population.persons.find(
      (p) =>
        !publishedInDemo.has(p.id) && ![...publishedInDemo].some((id) => nameOf(id).includes(p.familyName)),
    )!;
    expect((await allPages({ name: unpublishedName.familyName }, 10)).ids).toEqual([]);
  });

  it('finds by part of an organisation name in any case, or its exact organisation number', async () => {
    const position = demo.positions.find(
      (p) => publishedInDemo.has(p.personId) && p.organizationNumber && p.organizationName.length > 6,
    )!;
    const byNumber = await allPages({ organization: position.organizationNumber! }, 5);
    expect(byNumber.ids).toContain(position.personId);
    for (const node of byNumber.nodes)
      expect(node.positions.map((p) => p.organizationNumber)).toContain(position.organizationNumber);

    const term = position.organizationName.slice(1, 6).toLowerCase();
    const expected = await publishedNow(
      sql`exists (select 1 from positions p where p.person_id = d.person_id
          and strpos(lower(p.organization_name), ${term}) > 0)`,
    );
    const byName = await allPages({ organization: term.toUpperCase() }, 4);
    expect(byName.ids).toContain(position.personId);
    expect(byName.ids).toEqual(expected);
  });

  it('finds by municipality: registered there or a role there, from the projection of the feed', async () => {
    const someone = [...publishedInDemo].find((id) =>
      system.population.employments.some((e) => e.personId === id),
    )!;
    const employment = system.population.employments.find((e) => e.personId === someone)!;
    const { municipalityNumber } = system.population.units.find((u) => u.id === employment.unitId)!;
    const expected = await publishedNow(
      sql`(exists (select 1 from kr_persons k where k.person_id = d.person_id and k.municipality_number = ${municipalityNumber})
        or exists (select 1 from kr_roles r where r.person_id = d.person_id and r.municipality_number = ${municipalityNumber}))`,
    );
    const found = await allPages({ municipalityNumber }, 2);
    expect(found.ids).toContain(someone);
    expect(found.ids).toEqual(expected);
    expect(found.ids.length).toBeLessThan(publishedInDemo.size);
  });

  it('finds by category, and with an organisation too, the same position', async () => {
    const position = demo.positions.find(
      (p) => publishedInDemo.has(p.personId) && p.category === 'COMPANY_BOARD',
    )!;
    const expected = await publishedNow(
      sql`exists (select 1 from positions p where p.person_id = d.person_id and p.category = 'COMPANY_BOARD')`,
    );
    const found = await allPages({ category: 'COMPANY_BOARD' }, 5);
    expect(found.ids).toContain(position.personId);
    expect(found.ids).toEqual(expected);
    for (const node of found.nodes) expect(node.positions.map((p) => p.category)).toContain('COMPANY_BOARD');

    // A category the person has no position of: the organisation's position is not of it.
    const absent = (['GIFT', 'PAID_TRAVEL', 'REAL_ESTATE', 'OTHER'] as const).find(
      (category) => !demo.positions.some((p) => p.personId === position.personId && p.category === category),
    )!;
    const both = await allPages({ category: absent, organization: position.organizationName }, 10);
    expect(both.ids).not.toContain(position.personId);
    const same = await allPages({ category: 'COMPANY_BOARD', organization: position.organizationName }, 10);
    expect(same.ids).toContain(position.personId);
  });

  it('never finds an unpublished declaration, nor one whose person has not accepted the terms', async () => {
    const everyFilter = {
      name: holder.familyName,
      organization: organization.name,
      municipalityNumber: holder.municipalityNumber,
      category: 'COMPANY_BOARD' as const,
    };
    const searches = [
      { organization: organization.number },
      { organization: 'fjordkraft testselskap' },
      { name: `${holder.givenName} ${holder.familyName}`.toUpperCase() },
      everyFilter,
      {},
    ];
    const finds = async () => {
      const results = [];
      for (const variables of searches)
        results.push((await allPages(variables, 100)).ids.includes(holder.id));
      return results;
    };
    const nowhere = searches.map(() => false);
    const everywhere = searches.map(() => true);

    const added = await asHolder(AddPositionDocument, {
      input: {
        personId: holder.id,
        category: 'COMPANY_BOARD',
        organizationName: organization.name,
        organizationNumber: organization.number,
        role: 'Styremedlem',
      },
    });
    expect(added.addPosition.userErrors).toEqual([]);
    expect(await finds()).toEqual(nowhere);

    const update = async (input: { acceptTerms?: boolean; published?: boolean }) => {
      const data = await asHolder(UpdateDeclarationDocument, { input: { personId: holder.id, ...input } });
      expect(data.updateDeclaration.userErrors).toEqual([]);
    };
    await update({ acceptTerms: true });
    expect(await finds(), 'terms accepted, not published').toEqual(nowhere);
    await update({ published: true });
    expect(await finds(), 'published').toEqual(everywhere);
    const node = (await search({ organization: organization.number })).edges.find(
      (edge) => edge.node.person.id === holder.id,
    )!.node;
    expect(node.person.name).toBe(`${holder.givenName} ${holder.familyName}`);
    expect(node.positions).toContainEqual({
      category: 'COMPANY_BOARD',
      organizationName: organization.name,
      organizationNumber: organization.number,
      role: 'Styremedlem',
    });

    await update({ published: false });
    expect(await finds(), 'unpublished').toEqual(nowhere);
    await update({ published: true });
    await update({ acceptTerms: false });
    expect(await finds(), 'terms withdrawn').toEqual(nowhere);

    // Published without terms cannot be written through the API; were it in the table, the
    // search would still not show it.
    await system.interests.database.db.execute(
      sql`update declarations set published = true, terms_accepted_at = null where person_id = ${holder.id}`,
    );
    expect(await finds(), 'published, terms never accepted').toEqual(nowhere);
  });

  it('takes a blank term as no filter', async () => {
    const all = (await allPages({}, 100)).ids;
    expect((await allPages({ name: '  ', organization: '' }, 100)).ids).toEqual(all);
  });

  it('takes % and _ literally', async () => {
    expect((await allPages({ organization: '%' }, 100)).ids).toEqual([]);
    expect((await allPages({ organization: '_' }, 100)).ids).toEqual([]);
    expect((await allPages({ name: '%' }, 100)).ids).toEqual([]);
    expect((await allPages({ name: '_' }, 100)).ids).toEqual([]);
  });
});

describe('bad input', () => {
  const refused = async (variables: SearchDeclarationsQueryVariables) => {
    const started = performance.now();
    const response = await execute(system.gateway.url, SearchDeclarationsDocument, variables);
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
    expect(response.data ?? null).toBeNull();
    return performance.now() - started;
  };

  it('refuses a cursor this search did not give out', async () => {
    const { pageInfo } = await search({ first: 1 });
    expect(pageInfo.endCursor).toBeTruthy();
    // A person search's cursor names a person too, and is refused: it pages another list.
    const persons = await postGraphQL<{ searchPersons: { pageInfo: { endCursor: string } } }>(
      system.gateway.url,
      { query: '{ searchPersons(name: "a", first: 1) { pageInfo { endCursor } } }' },
    );
    expect(persons.data!.searchPersons.pageInfo.endCursor).toBeTruthy();
    for (const after of [
      persons.data!.searchPersons.pageInfo.endCursor,
      encodeCursor('declaration-change', [1]),
      'x',
      encodeCursor('declaration-search', ['not-a-person-id']),
      encodeCursor('declaration-search', [1]),
      encodeCursor('person-search', ['a', 'b', holder.id]),
      'a'.repeat(5_000),
    ]) {
      await refused({ after });
    }
  });

  it('refuses a page larger than 100 or empty, and search text over 100 characters, at once', async () => {
    await refused({ first: 101 });
    await refused({ first: 0 });
    const long = 'a'.repeat(10_000);
    const statements = system.statementCount();
    expect(await refused({ name: long })).toBeLessThan(1_000);
    expect(await refused({ organization: long })).toBeLessThan(1_000);
    expect(system.statementCount(), 'refused before the database is asked').toBe(statements);
    await refused({ municipalityNumber: '46011' });
    expect((await search({ name: 'a'.repeat(100), first: 100 })).edges).toEqual([]);
  });
});

describe('the internal name lookup', () => {
  const lookup = (personIds: string[], name = 'a') =>
    `{ personsMatchingName(name: ${JSON.stringify(name)}, personIds: ${JSON.stringify(personIds)}) }`;

  async function asInternal(identity: Identity, query: string) {
    const key = (await loadOrCreateKeyFile(system.keysDir, INTERNAL_TOKEN_KEY_NAME)).privateKey;
    return postGraphQL<{ personsMatchingName: string[] }>(
      system.municipality.url,
      { query },
      { authorization: `Bearer ${await signInternalToken(identity, 'municipality', key)}` },
    );
  }

  it('is not in the public API', async () => {
    const admin = await system.tokenFor({ subject: 'admin', roles: ['administrator'] });
    const response = await postGraphQL(
      system.gateway.url,
      { query: lookup([holder.id]) },
      { authorization: `Bearer ${admin}` },
    );
    expect(response.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.data ?? null).toBeNull();
  });

  it.each<[string, Identity, string]>([
    ['the public', publicIdentity, 'UNAUTHENTICATED'],
    ['an administrator', { ...publicIdentity, subject: 'admin', roles: ['administrator'] }, 'FORBIDDEN'],
    [
      'an STV contact person',
      { ...publicIdentity, subject: 'stv', roles: ['stv-contact'], stvContactFor: ['0301'] },
      'FORBIDDEN',
    ],
  ])('is refused by the subgraph to %s', async (_name, identity, code) => {
    const response = await asInternal(identity, lookup([holder.id], holder.familyName));
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual([code]);
    expect(response.data ?? null).toBeNull();
  });

  it('answers the register itself: the ids asked about that bear the name, in order, at most 1000', async () => {
    const [first, second, third] = system.population.persons;
    const asked = [third!.id, first!.id, second!.id];
    const response = await asInternal(systemIdentity('test'), lookup(asked, first!.familyName.toUpperCase()));
    expect(response.errors).toBeUndefined();
    const expected = asked.filter((id) => nameOf(id).toLowerCase().includes(first!.familyName.toLowerCase()));
    expect(response.data!.personsMatchingName).toEqual(expected);
    expect(JSON.stringify(response.data)).not.toContain(first!.familyName);

    const tooMany = Array.from({ length: 1_001 }, () => first!.id);
    const refused = await asInternal(systemIdentity('test'), lookup(tooMany));
    expect(refused.errors?.map((error) => error.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
  });
});

describe('the logs of searches', () => {
  it('hold no name or e-mail address of the persons searched for or found', async () => {
    const before = logLines.length;
    const sought = system.population.persons.filter((p) => publishedInDemo.has(p.id)).slice(0, 5);
    const found = new Set<string>();
    for (const person of sought) {
      for (const variables of [
        { name: person.familyName },
        { name: `${person.givenName} ${person.familyName}` },
        { name: person.email.slice(0, 100) },
        { name: person.familyName, organization: 'a', first: 1 },
      ]) {
        const page = await search(variables);
        for (const edge of page.edges) found.add(edge.node.person.id);
      }
    }
    const lines = logLines.slice(before).map((line) => JSON.stringify(line).toLowerCase());
    expect(lines.length).toBeGreaterThan(0);
    const personal = [...sought.map((p) => p.id), ...found].flatMap((id) => {
      const person = system.population.persons.find((p) => p.id === id)!;
      return [person.familyName, `${person.givenName} ${person.familyName}`, person.email];
    });
    for (const text of personal) {
      const leaks = lines.filter((line) => line.includes(text.toLowerCase()));
      expect(leaks, text).toEqual([]);
    }
  });
});
