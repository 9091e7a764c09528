import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  internalTokenVerifier,
  loadOrCreateKeyFile,
  signInternalToken,
  systemIdentity,
  type Identity,
} from '@registers/access';
import { AllMunicipalitiesOrganisationDocument, MunicipalityOrganisationDocument } from '@registers/client';
import { INTERNAL_TOKEN_KEY_NAME } from '@registers/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHiveGatewayFor } from './support/hive.ts';
import { execute, postGraphQL, startSystem, type System } from './support/system.ts';

/**
 * Hive Gateway (gateway/src/hive) in front of the same subgraphs as our gateway: the same
 * answers, the same access, and at the subgraph boundary only what our gateway sends (an
 * internal token it signed for the identity it verified, and the request id).
 */

let system: System;
let hive: Awaited<ReturnType<typeof startHiveGatewayFor>>;
/** Hive Gateway whose municipality subgraph is reached through `recorder`. */
let recorded: Awaited<ReturnType<typeof startHiveGatewayFor>>;
let recorder: ReturnType<typeof createServer>;
/** The headers of each request that reached the municipality subgraph through `recorder`. */
const seen: IncomingHttpHeaders[] = [];
let verifyMunicipalityToken: (token: string) => Promise<Identity>;
let adminToken: string;
let positionHolderToken: string;

const personQuery = 'query ($id: ID!) { person(id: $id) { name email } }';

beforeAll(async () => {
  system = await startSystem({ demoScale: 0.01, driver: 'postgres' });
  hive = await startHiveGatewayFor(system);
  // A real HTTP relay in front of the real municipality subgraph, which keeps what it was sent.
  const target = new URL(system.municipality.url);
  recorder = createServer((incoming, outgoing) => {
    seen.push({ ...incoming.headers });
    const relay = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: incoming.method,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    incoming.pipe(relay);
  });
  await new Promise<void>((listening) => recorder.listen(0, '127.0.0.1', listening));
  const { port } = recorder.address() as AddressInfo;
  recorded = await startHiveGatewayFor(system, {
    MUNICIPALITY_SUBGRAPH_URL: `http://127.0.0.1:${port}${target.pathname}`,
  });
  const internalKeys = await loadOrCreateKeyFile(system.keysDir, INTERNAL_TOKEN_KEY_NAME);
  verifyMunicipalityToken = internalTokenVerifier('municipality', internalKeys.publicKey);
  adminToken = await system.tokenFor({ subject: 'test-admin', roles: ['administrator'] });
  positionHolderToken = await system.tokenFor({
    subject: 'test-other',
    roles: ['position-holder'],
    personId: system.population.persons[1]!.id,
  });
});
afterAll(async () => {
  await recorded?.close();
  recorder?.closeAllConnections();
  await new Promise((closed) => (recorder ? recorder.close(closed) : closed(undefined)));
  await hive?.close();
  await system?.close();
});

describe('the register pull through Hive Gateway', () => {
  it('answers every municipality as our gateway does', async () => {
    const [ours, theirs] = await Promise.all([
      execute(system.gateway.url, AllMunicipalitiesOrganisationDocument),
      execute(hive.url, AllMunicipalitiesOrganisationDocument),
    ]);
    expect(ours.errors).toBeUndefined();
    expect(theirs.status).toBe(200);
    expect(theirs.errors).toBeUndefined();
    expect(ours.data!.municipalities.flatMap((m) => m.units).length).toBeGreaterThan(0);
    expect(theirs.data).toEqual(ours.data);
  });

  it('answers one municipality as our gateway does', async () => {
    const number = system.population.units[0]!.municipalityNumber;
    const [ours, theirs] = await Promise.all([
      execute(system.gateway.url, MunicipalityOrganisationDocument, { number }),
      execute(hive.url, MunicipalityOrganisationDocument, { number }),
    ]);
    expect(ours.errors).toBeUndefined();
    expect(ours.data?.municipality?.units.length).toBeGreaterThan(0);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data).toEqual(ours.data);
  });
});

describe('access through Hive Gateway', () => {
  const person = () => system.population.persons.find((p) => p.email)!;

  it("refuses a person's e-mail to the public, as our gateway does", async () => {
    const { id } = person();
    const [ours, theirs] = await Promise.all([
      postGraphQL<{ person: { name: string; email: string | null } }>(system.gateway.url, {
        query: personQuery,
        variables: { id },
      }),
      postGraphQL<{ person: { name: string; email: string | null } }>(hive.url, {
        query: personQuery,
        variables: { id },
      }),
    ]);
    expect(ours.data?.person.name).toBeTruthy();
    expect(ours.data?.person.email).toBeNull();
    expect(theirs.status).toBe(200);
    expect(theirs.data).toEqual(ours.data);
    expect(theirs.errors).toEqual(ours.errors);
    expect(theirs.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it("answers a person's e-mail to an administrator", async () => {
    const response = await postGraphQL<{ person: { email: string | null } }>(
      hive.url,
      { query: personQuery, variables: { id: person().id } },
      { authorization: `Bearer ${adminToken}` },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.person.email).toBe(person().email);
  });

  it('refuses a token that does not verify with 401, as our gateway does', async () => {
    const tampered = `${adminToken.slice(0, -4)}AAAA`;
    for (const authorization of [`Bearer ${tampered}`, 'Basic dXNlcjpwYXNz']) {
      const [ours, theirs] = await Promise.all([
        postGraphQL(system.gateway.url, { query: '{ __typename }' }, { authorization }),
        postGraphQL(hive.url, { query: '{ __typename }' }, { authorization }),
      ]);
      expect(ours.status).toBe(401);
      expect(theirs.status).toBe(401);
      expect(theirs.headers.get('www-authenticate')).toBe('Bearer');
      expect(theirs.data).toBeUndefined();
      expect(theirs.errors?.map((e) => e.extensions?.['code'])).toEqual(['UNAUTHENTICATED']);
    }
  });

  it("refuses an internal token sent by the caller: a subgraph's token is no user's", async () => {
    // As if stolen from between the gateway and a subgraph: signed with the right key, for the subgraph.
    const { privateKey } = await loadOrCreateKeyFile(system.keysDir, INTERNAL_TOKEN_KEY_NAME);
    const internal = await signInternalToken(systemIdentity('gateway'), 'municipality', privateKey);
    const response = await postGraphQL<{ person: { email: string | null } }>(
      hive.url,
      { query: personQuery, variables: { id: person().id } },
      { authorization: `Bearer ${internal}` },
    );
    expect(response.status).toBe(401);
    expect(response.data).toBeUndefined();
  });
});

describe("Hive Gateway's requests to a subgraph", () => {
  it('carry an internal token for the verified identity and the request id, and nothing the caller sent', async () => {
    seen.length = 0;
    const response = await postGraphQL<{ person: { email: string | null } }>(
      recorded.url,
      {
        query: personQuery,
        variables: { id: system.population.persons[0]!.id },
        // Headers the HTTP executor would merge into a subgraph request, if a caller's reached it.
        extensions: { headers: { authorization: 'Bearer forged', 'x-user-roles': 'administrator' } },
      },
      {
        authorization: `Bearer ${positionHolderToken}`,
        'x-request-id': 'hive-boundary-test-1',
        // What a caller might hope a subgraph believes.
        'x-forwarded-for': '10.0.0.1',
        'x-user-roles': 'administrator',
        cookie: 'session=administrator',
        'apollographql-client-name': 'intruder',
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('hive-boundary-test-1');
    // Someone else's e-mail: refused to a position holder, as the subgraph decides from the token.
    expect(response.data?.person.email).toBeNull();
    expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    // Our authenticator's own lookup of the user's rights (grants.ts), as our gateway makes it,
    // then Hive Gateway's fetches for the operation.
    const sent = await Promise.all(
      seen.map(async (headers) => ({
        headers,
        identity: await verifyMunicipalityToken(headers.authorization!.replace(/^Bearer /, '')),
      })),
    );
    const [lookUp, ...fetches] = sent;
    expect(lookUp?.identity.subject).toBe('system:gateway');
    expect(fetches.length).toBeGreaterThan(0);
    for (const { headers, identity } of fetches) {
      const fromHive = Object.keys(headers).filter(
        (name) =>
          ![
            'host',
            'connection',
            'content-length',
            'accept-encoding',
            'user-agent',
            'accept-language',
            'sec-fetch-mode',
          ].includes(name),
      );
      expect(fromHive.sort()).toEqual(['accept', 'authorization', 'content-type', 'x-request-id']);
      expect(headers['x-request-id']).toBe('hive-boundary-test-1');
      expect(identity.subject).toBe('test-other');
      expect(identity.roles).toEqual(['position-holder']);
    }
  });

  it("replace an unsafe request id, and sign the public's token for the public", async () => {
    seen.length = 0;
    const response = await postGraphQL(
      recorded.url,
      { query: '{ municipalities(kinds: [MUNICIPALITY]) { number } }' },
      { 'x-request-id': 'a b\tc' },
    );
    expect(response.status).toBe(200);
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen.map((headers) => headers['x-request-id'])).toEqual([requestId]);
    const identity = await verifyMunicipalityToken(seen[0]!.authorization!.replace(/^Bearer /, ''));
    expect(identity.subject).toBeNull();
  });
});
