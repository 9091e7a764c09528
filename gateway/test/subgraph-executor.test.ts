import { loadOrCreateKeyFile, publicIdentity, signInternalToken, type Identity } from '@registers/access';
import { INTERNAL_TOKEN_KEY_NAME } from '@registers/platform';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AllMunicipalitiesOrganisationDocument } from '@registers/client';
import {
  postGraphQL,
  startSystem,
  startTwinSubgraphs,
  type GraphQLResponse,
  type System,
} from './support/system.ts';

/**
 * The subgraphs' two executors (`SUBGRAPH_EXECUTOR`) answer alike: one system runs graphql-js,
 * and a second municipality and interests subgraph over the same two databases run graphql-jit,
 * with a gateway of their own. Every operation below goes to both, and the answers (status,
 * data, errors with their paths, locations and extensions) must be identical.
 */

let system: System;
let jit: Awaited<ReturnType<typeof startTwinSubgraphs>>;

beforeAll(async () => {
  system = await startSystem({
    demoScale: 0.004,
    driver: 'postgres',
    subgraphEnv: { SUBGRAPH_EXECUTOR: 'graphql-js' },
  });
  jit = await startTwinSubgraphs(system, { SUBGRAPH_EXECUTOR: 'jit' });
});
afterAll(async () => {
  await jit?.close();
  await system?.close();
});

type Target = 'gateway' | 'municipality' | 'interests';
type Caller = 'public' | 'admin' | 'someone';

async function headersFor(target: Target, caller: Caller): Promise<Record<string, string>> {
  if (target === 'gateway') {
    if (caller === 'public') return {};
    const token = await system.tokenFor(
      caller === 'admin' ? { subject: 'test-admin', roles: ['administrator'] } : { subject: 'test-someone' },
    );
    return { authorization: `Bearer ${token}` };
  }
  const identity: Identity =
    caller === 'admin'
      ? { ...publicIdentity, subject: 'test-admin', roles: ['administrator'] }
      : caller === 'someone'
        ? { ...publicIdentity, subject: 'test-someone' }
        : publicIdentity;
  const key = (await loadOrCreateKeyFile(system.keysDir, INTERNAL_TOKEN_KEY_NAME)).privateKey;
  return { authorization: `Bearer ${await signInternalToken(identity, target, key)}` };
}

/** The operation's answer from both executors: [graphql-js, jit]. */
async function both(
  target: Target,
  body: { query: string; variables?: Record<string, unknown>; operationName?: string },
  caller: Caller = 'public',
): Promise<[GraphQLResponse<unknown>, GraphQLResponse<unknown>]> {
  const headers = await headersFor(target, caller);
  const answers = [];
  for (const service of [system[target], jit[target]]) {
    const { status, data, errors } = await postGraphQL(service.url, body, headers);
    answers.push({ status, data, errors } as GraphQLResponse<unknown>);
  }
  return answers as [GraphQLResponse<unknown>, GraphQLResponse<unknown>];
}

/**
 * Sends the operation to both, expects identical answers, and returns the answer. Errors are
 * compared in order of path, then message: either executor lists the errors of fields resolved
 * concurrently in the order their promises settled (two NOT_FOUND root fields, each behind its
 * own statement, came in either order from graphql-js alone), which the GraphQL spec leaves open.
 */
async function same(...args: Parameters<typeof both>): Promise<GraphQLResponse<any>> {
  const [graphqlJs, compiled] = await both(...args);
  expect(inOrder(compiled)).toStrictEqual(inOrder(graphqlJs));
  return graphqlJs;
}

const inOrder = (response: GraphQLResponse<unknown>) =>
  response.errors
    ? {
        ...response,
        errors: [...response.errors].sort((a, b) =>
          `${JSON.stringify(a.path)} ${a.message}`.localeCompare(`${JSON.stringify(b.path)} ${b.message}`),
        ),
      }
    : response;

const codes = (response: GraphQLResponse<unknown>) =>
  [...new Set((response.errors ?? []).map((error) => error.extensions?.['code']))].sort();

let personId: string;
let municipalityNumber: string;

describe('graphql-jit and graphql-js answer alike', () => {
  it('the register pull, through the gateway (unions, entities across the subgraphs)', async () => {
    const answer = await same('gateway', { query: print(AllMunicipalitiesOrganisationDocument) });
    expect(answer.status).toBe(200);
    expect(answer.errors).toBeUndefined();
    const municipalities = (answer.data as { municipalities: { number: string; units: unknown[] }[] })
      .municipalities;
    expect(municipalities.length).toBeGreaterThan(300);
    municipalityNumber = municipalities.find((m) => JSON.stringify(m).includes('"employments":[{'))!.number;
  });

  it('private fields: UNAUTHENTICATED for the public, FORBIDDEN for someone, shown to an administrator', async () => {
    const query = `query ($n: MunicipalityNumber!) {
      municipality(number: $n) { number units { id employments { id person { id name email phone } } } }
    }`;
    const variables = { n: municipalityNumber };
    const asPublic = await same('gateway', { query, variables });
    expect(codes(asPublic)).toEqual(['UNAUTHENTICATED']);
    expect(asPublic.errors!.length).toBeGreaterThan(1);
    expect(codes(await same('gateway', { query, variables }, 'someone'))).toEqual(['FORBIDDEN']);
    const asAdmin = await same('gateway', { query, variables }, 'admin');
    expect(asAdmin.errors).toBeUndefined();
    const units = (asAdmin.data as any).municipality.units as { employments: { person: { id: string } }[] }[];
    personId = units.flatMap((unit) => unit.employments)[0]!.person.id;
    // The same, straight to the subgraph.
    expect(codes(await same('municipality', { query, variables }, 'someone'))).toEqual(['FORBIDDEN']);
  });

  it('refused variables: BAD_USER_INPUT, status 400, the same messages', async () => {
    const query = 'query ($n: MunicipalityNumber!) { municipality(number: $n) { name } }';
    for (const variables of [{ n: '12' }, { n: 12 }, { n: null }, {}, { n: ['0301'] }]) {
      for (const target of ['gateway', 'municipality'] as const) {
        const answer = await same(target, { query, variables });
        expect(answer.status).toBe(400);
        expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
      }
    }
    const create = 'mutation ($input: CreateUnitInput!) { createUnit(input: $input) { unit { id } } }';
    const misspelt = await same(
      'municipality',
      {
        query: create,
        variables: { input: { municipalityNumber: '4601', name: 'Kontoret', kind: 'SCHOOLL' } },
      },
      'admin',
    );
    expect(misspelt.status).toBe(400);
    const many = await same('municipality', {
      query:
        'query ($a: MunicipalityNumber!, $b: CountyNumber, $c: [MunicipalityKind!]) { a: municipality(number: $a) { name } municipalities(countyNumber: $b, kinds: $c) { number } }',
      variables: { a: 'x', b: '3', c: ['NONE'] },
    });
    expect(many.errors!.length).toBe(3);
  });

  it('coerced variables reach the resolvers alike (normalised scalars, lists from one value, defaults)', async () => {
    const query = `query ($c: CountyNumber, $k: [MunicipalityKind!]) {
      municipalities(countyNumber: $c, kinds: $k) { number kind }
    }`;
    for (const variables of [{ c: '03' }, { c: '46', k: 'COUNTY_MUNICIPALITY' }, { k: null }, {}]) {
      await same('municipality', { query, variables });
    }
  });

  it('a bad scalar literal and an unknown field: refused before execution', async () => {
    expect((await same('gateway', { query: '{ municipality(number: "12") { name } }' })).status).toBe(400);
    expect((await same('municipality', { query: '{ municipality(number: "12") { name } }' })).status).toBe(
      400,
    );
    expect((await same('municipality', { query: '{ municipality(number: "0301") { nam } }' })).status).toBe(
      400,
    );
  });

  it('NOT_FOUND at its path; the other fields answered', async () => {
    const answer = await same('gateway', {
      query: `{ a: municipality(number: "9999") { name } b: municipality(number: "0301") { name }
        c: unit(id: "00000000-0000-4000-8000-000000000000") { name } counties { number } }`,
    });
    expect(codes(answer)).toEqual(['NOT_FOUND']);
    expect(answer.errors!.map((error) => error.path).sort()).toEqual([['a'], ['c']]);
  });

  it('null bubbling: a non-null root field refused nulls the whole answer', async () => {
    const query = '{ counties { number } changeReceipts { __typename } }';
    const direct = await same('municipality', { query });
    expect(direct.data).toBeNull();
    expect(codes(direct)).not.toEqual([]);
    await same('municipality', { query }, 'someone');
    await same('municipality', { query }, 'admin');
  });

  it('@skip and @include, by literal and by variable', async () => {
    const query = `query ($skip: Boolean!, $include: Boolean = true) {
      municipalities { number name @skip(if: $skip) units @include(if: $include) { id name @include(if: false) } }
      counties @skip(if: true) { number }
    }`;
    for (const variables of [{ skip: true }, { skip: false, include: false }, { skip: false }]) {
      await same('municipality', { query, variables });
    }
  });

  it('fragments on unions and __typename', async () => {
    const query = `query ($id: ID!) {
      person(id: $id) { ...P roles { __typename ...R } }
    }
    fragment P on Person { id name municipalityNumbers }
    fragment R on PersonRole {
      ... on Employment { id title unit { id name } }
      ... on Membership { id }
      ... on CompanyRole { id }
    }`;
    const answer = await same('gateway', { query, variables: { id: personId } }, 'admin');
    expect(answer.errors).toBeUndefined();
    await same('municipality', { query, variables: { id: personId } });
  });

  it('_entities: each representation at its index, unknown keys null, an access error at its path', async () => {
    const query = `query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        __typename
        ... on Person { id name email }
        ... on Municipality { number name }
        ... on Unit { id name }
      }
    }`;
    const representations = [
      { __typename: 'Person', id: personId },
      { __typename: 'Municipality', number: '9999' },
      { __typename: 'Unit', id: '00000000-0000-4000-8000-000000000000' },
      { __typename: 'Municipality', number: '0301' },
    ];
    const answer = await same('municipality', { query, variables: { representations } });
    // Unknown keys are null; the public may not see the e-mail address.
    expect(answer.errors!.map((error) => [error.path, error.extensions?.['code']])).toEqual([
      [['_entities', 0, 'email'], 'UNAUTHENTICATED'],
    ]);
    expect((answer.data as any)._entities.slice(1)).toMatchObject([null, null, { number: '0301' }]);
    // A key that is no UUID finds nothing either.
    await same('municipality', {
      query,
      variables: { representations: [...representations, { __typename: 'Unit', id: 'not-a-uuid' }] },
    });
    await same('municipality', { query, variables: { representations } }, 'admin');
    // A type the subgraph does not know fails the whole list, a non-null field: data is null.
    const unknownType = await same('municipality', {
      query,
      variables: { representations: [...representations, { __typename: 'Nothing', id: '1' }] },
    });
    expect(unknownType.data).toBeNull();
    // A representation without __typename fails the whole list too.
    expect(
      (await same('municipality', { query, variables: { representations: [{ id: '1' }] } })).data,
    ).toBeNull();
    const declarations = await same('interests', {
      query: `query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Person { id declaration { published positions { category organizationName role } } }
        }
      }`,
      variables: {
        representations: [{ __typename: 'Person', id: personId, municipalityNumbers: [municipalityNumber] }],
      },
    });
    expect(declarations.status).toBe(200);
  });

  it('a mutation refused for the public, introspection, and _service', async () => {
    await same('gateway', {
      query:
        'mutation { createUnit(input: { municipalityNumber: "4601", name: "Kontoret", kind: SCHOOL }) { unit { id } } }',
    });
    await same('municipality', {
      query: '{ __schema { queryType { name } } __type(name: "PersonRole") { possibleTypes { name } } }',
    });
    await same('interests', { query: '{ _service { sdl } }' });
  });
});
