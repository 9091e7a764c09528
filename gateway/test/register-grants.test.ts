import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeys, loadOrCreateKeyFile, publicIdentity, signInternalToken } from '@registers/access';
import { auditEntries, INTERNAL_TOKEN_KEY_NAME, type RunningService } from '@registers/platform';
import { exportJWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startSystem, type System } from './support/system.ts';

/**
 * With an identity provider, a token says who someone is; the register's own contact-person
 * assignments say what they may do, from the next request on.
 */
let system: System;
let gateway: RunningService;
let jwksServer: Server;
let signToken: (claims: Record<string, unknown>, subject: string) => Promise<string>;

const issuer = 'https://login.example.no';
const audience = 'registertjenester';

beforeAll(async () => {
  system = await startSystem({ demoScale: 0.002, driver: 'postgres' });
  const provider = await generateKeys();
  const jwk = { ...(await exportJWK(provider.publicKey)), kid: 'idp', alg: 'EdDSA' };
  jwksServer = createServer((_request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  gateway = await system.startAnotherGateway({
    AUTH_JWKS_URL: `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks.json`,
    AUTH_ISSUER: issuer,
    AUTH_AUDIENCE: audience,
    AUTH_SERVICE_SUBJECTS: 'operator-admin',
  });
  signToken = (claims, subject) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'EdDSA', kid: 'idp' })
      .setSubject(subject)
      .setIssuer(issuer)
      .setAudience(audience)
      .setExpirationTime('5m')
      .sign(provider.privateKey);
});
afterAll(async () => {
  await system?.close();
  jwksServer?.close();
});

const codes = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (response.errors ?? []).map((error) => error.extensions?.['code']);

async function ask(token: string, query: string, variables: Record<string, unknown> = {}) {
  return postGraphQL<Record<string, any>>(
    gateway.url,
    { query, variables },
    { authorization: `Bearer ${token}` },
  );
}

const renameUnit = `mutation ($input: UpdateUnitInput!) { updateUnit(input: $input) { unit { name } userErrors { code } } }`;
const assign = `mutation ($input: AssignContactPersonInput!) {
  assignContactPerson(input: $input) { contactPerson { id } userErrors { code message } } }`;
const viewer = `{ viewer { person { id } ownDeclarationOnly administrator
  kommuneregisteretContactFor { number } styrevervregisteretContactFor { number } companies { id } } }`;
const unassign = `mutation ($input: RemoveContactPersonInput!) {
  removeContactPerson(input: $input) { removedContactPersonId userErrors { code } } }`;

describe('rights from the register', () => {
  const person = () => system.population.persons[0]!;
  const unit = () =>
    system.population.units.find((u) => u.municipalityNumber === person().municipalityNumber)!;

  it("binds a token to a person by verified e-mail: they see their own data and nothing else's", async () => {
    const token = await signToken({ email: person().email, email_verified: true }, 'idp|kari');
    const own = await ask(token, 'query ($id: ID!) { person(id: $id) { email } }', { id: person().id });
    expect(own.errors).toBeUndefined();
    expect(own.data?.['person'].email).toBe(person().email);

    const other = system.population.persons[1]!;
    const theirs = await ask(token, 'query ($id: ID!) { person(id: $id) { email } }', { id: other.id });
    expect(codes(theirs)).toEqual(['FORBIDDEN']);

    // An address the provider has not verified binds nothing.
    const unverified = await signToken({ email: person().email, email_verified: false }, 'idp|kari');
    const refused = await ask(unverified, 'query ($id: ID!) { person(id: $id) { email } }', {
      id: person().id,
    });
    expect(codes(refused)).toEqual(['FORBIDDEN']);
  });

  it('ignores the role claims of a user, and honours those of a configured service identity', async () => {
    const claimed = await signToken(
      { roles: ['kr-contact'], municipalities: [unit().municipalityNumber], email: person().email },
      'idp|kari',
    );
    const response = await ask(claimed, renameUnit, { input: { id: unit().id, name: 'Tatt over' } });
    expect(codes(response)).toEqual(['FORBIDDEN']);

    const service = await signToken({ roles: ['administrator'] }, 'operator-admin');
    const allowed = await ask(service, 'query ($id: ID!) { person(id: $id) { email } }', { id: person().id });
    expect(allowed.errors).toBeUndefined();
  });

  it('takes an assignment into account on the next request, and its removal too, audited', async () => {
    const token = await signToken({ person_id: person().id }, 'idp|kari');
    const admin = await signToken({ roles: ['administrator'] }, 'operator-admin');
    const before = await ask(token, renameUnit, { input: { id: unit().id, name: 'Før tildeling' } });
    expect(codes(before)).toEqual(['FORBIDDEN']);
    const nobody = {
      person: { id: person().id },
      ownDeclarationOnly: false,
      administrator: false,
      kommuneregisteretContactFor: [],
      styrevervregisteretContactFor: [],
      companies: [],
    };
    expect((await ask(token, viewer)).data?.['viewer']).toEqual(nobody);

    const assigned = await ask(admin, assign, {
      input: { personId: person().id, role: 'KR', municipalityNumber: unit().municipalityNumber },
    });
    expect(assigned.data?.['assignContactPerson'].userErrors).toEqual([]);
    const assignmentId = assigned.data?.['assignContactPerson'].contactPerson.id;

    const during = await ask(token, renameUnit, { input: { id: unit().id, name: 'Servicekontoret' } });
    expect(during.errors).toBeUndefined();
    expect(during.data?.['updateUnit']).toEqual({ unit: { name: 'Servicekontoret' }, userErrors: [] });
    // The viewer says so too, for the web to show the desk of that municipality.
    expect((await ask(token, viewer)).data?.['viewer']).toEqual({
      ...nobody,
      kommuneregisteretContactFor: [{ number: unit().municipalityNumber }],
    });

    const removed = await ask(admin, unassign, { input: { id: assignmentId } });
    expect(removed.data?.['removeContactPerson'].userErrors).toEqual([]);
    const after = await ask(token, renameUnit, { input: { id: unit().id, name: 'Etter fjerning' } });
    expect(codes(after)).toEqual(['FORBIDDEN']);
    expect((await ask(token, viewer)).data?.['viewer']).toEqual(nobody);

    const audited = await system.municipality.database.db.select().from(auditEntries);
    const contactEntries = audited.filter((entry) => entry.entityId === assignmentId);
    expect(contactEntries.map((entry) => [entry.actor, entry.action])).toEqual([
      ['operator-admin', 'created'],
      ['operator-admin', 'deleted'],
    ]);
  });

  it('shows the public as a viewer with no person and no rights', async () => {
    const response = await postGraphQL<Record<string, any>>(gateway.url, { query: viewer });
    expect(response.errors).toBeUndefined();
    expect(response.data?.['viewer']).toEqual({
      person: null,
      ownDeclarationOnly: false,
      administrator: false,
      kommuneregisteretContactFor: [],
      styrevervregisteretContactFor: [],
      companies: [],
    });
  });

  it('makes an administrator of a person assigned as one', async () => {
    const other = system.population.persons[2]!;
    const admin = await signToken({ roles: ['administrator'] }, 'operator-admin');
    const assigned = await ask(admin, assign, { input: { personId: other.id, role: 'ADMINISTRATOR' } });
    expect(assigned.data?.['assignContactPerson'].userErrors).toEqual([]);
    const token = await signToken({ person_id: other.id }, 'idp|ola');
    const response = await ask(token, 'query ($id: ID!) { person(id: $id) { email } }', { id: person().id });
    expect(response.errors).toBeUndefined();
    expect(response.data?.['person'].email).toBe(person().email);
    const seen = (await ask(token, viewer)).data?.['viewer'];
    expect([seen.person, seen.administrator]).toEqual([{ id: other.id }, true]);
  });

  it('holds a partner to the trusted operations whether or not its role claims are trusted', async () => {
    // The partner role only restricts, so an untrusted subject's claim of it counts too.
    for (const subject of ['operator-admin', 'idp|partner-system']) {
      const token = await signToken({ roles: ['partner'] }, subject);
      const response = await ask(token, '{ counties { number } }');
      expect(response.status).toBe(403);
      expect(codes(response)).toEqual(['PERSISTED_QUERY_NOT_IN_LIST']);
    }
  });

  it("refuses a user's token that claims to be the register itself", async () => {
    const token = await signToken({ roles: ['system'] }, 'operator-admin');
    const response = await ask(token, '{ counties { number } }');
    expect(response.status).toBe(401);
  });
});

describe('the grant lookup', () => {
  it('answers 503 when the register cannot say what a signed-in person may do', async () => {
    const unreachable = await system.startAnotherGateway({
      MUNICIPALITY_SUBGRAPH_URL: 'http://127.0.0.1:9/graphql',
      SUBGRAPH_TIMEOUT_MS: '2000',
    });
    const bound = await system.tokenFor({ subject: 'bound', personId: system.population.persons[0]!.id });
    const response = await postGraphQL(
      unreachable.url,
      { query: '{ counties { number } }' },
      { authorization: `Bearer ${bound}` },
    );
    expect(response.status).toBe(503);
    expect(codes(response)).toEqual(['SERVICE_UNAVAILABLE']);
    // A token bound to nobody needs no lookup.
    const admin = await system.tokenFor({ subject: 'admin', roles: ['administrator'] });
    const unbound = await postGraphQL(
      unreachable.url,
      { query: '{ __typename }' },
      { authorization: `Bearer ${admin}` },
    );
    expect(unbound.status).toBe(200);
  });

  it('is not in the public API', async () => {
    const response = await postGraphQL(gateway.url, {
      query: `{ identityGrants(personId: "${system.population.persons[0]!.id}") { administrator } }`,
    });
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('is refused by the subgraph to anyone but the register itself', async () => {
    const key = (await loadOrCreateKeyFile(system.keysDir, INTERNAL_TOKEN_KEY_NAME)).privateKey;
    const admin = { ...publicIdentity, subject: 'admin', roles: ['administrator' as const] };
    const response = await postGraphQL(
      system.municipality.url,
      { query: `{ identityGrants(personId: "${system.population.persons[0]!.id}") { administrator } }` },
      { authorization: `Bearer ${await signInternalToken(admin, 'municipality', key)}` },
    );
    expect(codes(response)).toEqual(['FORBIDDEN']);
  });
});
