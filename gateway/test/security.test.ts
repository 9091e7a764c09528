import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  generateKeys,
  loadOrCreateKeyFile,
  publicIdentity,
  signInternalToken,
  signLocalToken,
} from '@registers/access';
import { INTERNAL_TOKEN_KEY_NAME } from '@registers/platform';
import { exportJWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startSystem, type System } from './support/system.ts';

let system: System;
const servers: Server[] = [];

beforeAll(async () => {
  system = await startSystem({ demoScale: 0.002, driver: 'postgres' });
});
afterAll(async () => {
  await system?.close();
  for (const server of servers) server.close();
});

/** A plain HTTP server on port 0, for what the gateway talks to: an identity provider, a stuck subgraph. */
async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const errorCode = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

const emailQuery = (id: string) => ({
  query: 'query ($id: ID!) { person(id: $id) { email } }',
  variables: { id },
});

describe('tokens at the gateway', () => {
  const admin = { ...publicIdentity, subject: 'admin', roles: ['administrator' as const] };

  it('takes a valid token', async () => {
    const token = await system.tokenFor(admin);
    const response = await postGraphQL(
      system.gateway.url,
      { query: '{ counties { number } }' },
      {
        authorization: `Bearer ${token}`,
      },
    );
    expect(response.status).toBe(200);
  });

  it.each([
    ['signed with another key', async () => signLocalToken(admin, (await generateKeys()).privateKey)],
    ['expired', async () => signLocalToken(admin, await localKey(), '-1m')],
    ['not a JWT', async () => 'not-a-token'],
    [
      'with claims that are not an identity',
      async () =>
        new SignJWT({ roles: ['superuser'] })
          .setProtectedHeader({ alg: 'EdDSA' })
          .setSubject('x')
          .setIssuer('registers-local')
          .setAudience('registers')
          .setExpirationTime('1h')
          .sign(await localKey()),
    ],
    [
      'an internal token, meant for a subgraph',
      async () => signInternalToken(admin, 'municipality', await internalKey()),
    ],
  ])('refuses a token %s with 401, never as the public', async (_what, makeToken) => {
    const response = await postGraphQL(
      system.gateway.url,
      { query: '{ counties { number } }' },
      {
        authorization: `Bearer ${await makeToken()}`,
      },
    );
    expect(response.status).toBe(401);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0]?.message).toMatch(/token/i);
    expect(response.data).toBeUndefined();
  });

  it("takes a token from `npm run token`, the README's way to try a role", async () => {
    const { population } = system;
    const employment = population.employments[0]!;
    const municipality = population.units.find((u) => u.id === employment.unitId)!.municipalityNumber;
    const { stdout } = await promisify(execFile)(
      'npm',
      ['run', '-s', 'token', '--', '--role', 'contact', '--municipality', municipality],
      {
        cwd: fileURLToPath(new URL('../..', import.meta.url)),
        env: { ...process.env, AUTH_KEYS_DIR: system.keysDir },
      },
    );
    const response = await postGraphQL(system.gateway.url, emailQuery(employment.personId), {
      authorization: `Bearer ${stdout.trim()}`,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      person: { email: population.persons.find((p) => p.id === employment.personId)!.email },
    });
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    const response = await postGraphQL(
      system.gateway.url,
      { query: '{ counties { number } }' },
      {
        authorization: 'Basic YWRtaW46YWRtaW4=',
      },
    );
    expect(response.status).toBe(401);
  });

  it('ignores identity headers a client makes up', async () => {
    const personId = system.population.persons[0]!.id;
    const internal = await signInternalToken(admin, 'municipality', await internalKey());
    const response = await postGraphQL(system.gateway.url, emailQuery(personId), {
      'x-user-roles': 'administrator',
      'x-forwarded-user': 'admin',
      'x-internal-token': internal,
    });
    expect(response.data).toEqual({ person: { email: null } });
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
  });

  it('takes tokens from an identity provider through its JWKS', async () => {
    const provider = await generateKeys();
    const jwk = { ...(await exportJWK(provider.publicKey)), kid: 'test-key', alg: 'EdDSA' };
    const jwksUrl = await serve((_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ keys: [jwk] }));
    });
    const gateway = await system.startAnotherGateway({
      AUTH_JWKS_URL: `${jwksUrl}/.well-known/jwks.json`,
      AUTH_ISSUER: 'https://login.example.no',
      AUTH_AUDIENCE: 'registertjenester',
      AUTH_SERVICE_SUBJECTS: 'ssb-statistikk, admin-service',
    });
    const signed = (issuer: string, subject = 'admin-service') =>
      new SignJWT({ roles: ['administrator'] })
        .setProtectedHeader({ alg: 'EdDSA', kid: 'test-key' })
        .setSubject(subject)
        .setIssuer(issuer)
        .setAudience('registertjenester')
        .setExpirationTime('5m')
        .sign(provider.privateKey);
    const personId = system.population.persons[0]!.id;

    const accepted = await postGraphQL(gateway.url, emailQuery(personId), {
      authorization: `Bearer ${await signed('https://login.example.no')}`,
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data).toEqual({ person: { email: system.population.persons[0]!.email } });

    const otherIssuer = await postGraphQL(gateway.url, emailQuery(personId), {
      authorization: `Bearer ${await signed('https://evil.example')}`,
    });
    expect(otherIssuer.status).toBe(401);

    // A user's own role claims count for nothing: their rights come from the register.
    const user = await postGraphQL(gateway.url, emailQuery(personId), {
      authorization: `Bearer ${await signed('https://login.example.no', 'someone@ks.no')}`,
    });
    expect(user.data).toEqual({ person: { email: null } });
    expect(errorCode(user)).toBe('FORBIDDEN');
  });
});

describe('subgraphs answer only the gateway', () => {
  const subgraphs = () => [
    { name: 'municipality', url: system.municipality.url, other: 'interests' },
    { name: 'interests', url: system.interests.url, other: 'municipality' },
  ];
  const probes = [
    { what: '_service', body: { query: '{ _service { sdl } }' } },
    {
      what: '_entities',
      body: { query: '{ _entities(representations: [{ __typename: "Person", id: "x" }]) { __typename } }' },
    },
  ];

  it.each(probes)('refuses $what without the gateway credential', async ({ body }) => {
    for (const { url } of subgraphs()) {
      const response = await postGraphQL(url, body);
      expect(response.status).toBe(401);
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a credential for another subgraph, signed by another key, or expired', async () => {
    const key = await internalKey();
    for (const { url, name, other } of subgraphs()) {
      const forOther = await signInternalToken(publicIdentity, other, key);
      const wrongKey = await signInternalToken(publicIdentity, name, (await generateKeys()).privateKey);
      const expired = await new SignJWT({ public: true })
        .setProtectedHeader({ alg: 'EdDSA' })
        .setIssuer('registers-gateway')
        .setAudience(name)
        .setExpirationTime(Math.floor(Date.now() / 1000) - 120)
        .sign(key);
      for (const token of [forOther, wrongKey, expired]) {
        const response = await postGraphQL(url, probes[0]!.body, { authorization: `Bearer ${token}` });
        expect(response.status).toBe(401);
      }
    }
  });

  it('answers the gateway credential, _service included', async () => {
    for (const { url, name } of subgraphs()) {
      const token = await signInternalToken(publicIdentity, name, await internalKey());
      const response = await postGraphQL<{ _service: { sdl: string } }>(url, probes[0]!.body, {
        authorization: `Bearer ${token}`,
      });
      expect(response.status).toBe(200);
      expect(response.data?._service.sdl).toContain('type Person');
    }
  });
});

describe('limits on incoming operations', () => {
  it('lets the whole register through as nested data', async () => {
    const response = await postGraphQL(system.gateway.url, {
      query: `{ counties { municipalities { units { id parent { id } children { id } employments { title
        person { id name declaration { published positions { category organizationName } } } } } } } }`,
    });
    expect(response.errors).toBeUndefined();
  });

  it('refuses a deep query', async () => {
    // 18 levels: municipality → county → municipalities → county → …
    const levels = Array.from({ length: 8 }, () => 'county { municipalities {').join(' ');
    const deep = `{ municipalities { ${levels} name ${'} } '.repeat(8)} } }`;
    const response = await postGraphQL(system.gateway.url, { query: deep });
    expect(response.status).toBe(400);
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses a query that would cost too much, within the depth limit', async () => {
    // A page of 1000 changes, each pulling its municipality's whole organisation.
    const response = await postGraphQL(system.gateway.url, {
      query: `{ changes(first: 1000) { edges { node { municipality { name units { name employments {
        title person { name roles { __typename } } } } } } } } }`,
    });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/cost limit/i);
  });

  it('refuses an alias flood', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: counties { number }`).join(' ');
    const response = await postGraphQL(system.gateway.url, { query: `{ ${aliases} }` });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/aliases/i);
  });

  it('refuses a query of too many tokens', async () => {
    const fields = Array.from({ length: 4_100 }, () => 'number').join(' ');
    const response = await postGraphQL(system.gateway.url, { query: `{ counties { ${fields} } }` });
    expect(response.status).toBe(400);
    expect(errorCode(response)).toBe('GRAPHQL_PARSE_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/tokens/i);
  });

  it('refuses an oversized body with 413', async () => {
    const response = await postGraphQL(system.gateway.url, {
      query: '{ counties { number } }',
      variables: { padding: 'x'.repeat(1_100_000) },
    });
    expect(response.status).toBe(413);
    expect(errorCode(response)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses batched requests', async () => {
    const response = await postGraphQL(system.gateway.url, [
      { query: '{ counties { number } }' },
      { query: '{ counties { name } }' },
    ]);
    expect(response.status).toBe(400);
  });

  it('refuses a simple cross-site request (CSRF prevention)', async () => {
    const response = await fetch(
      `${system.gateway.url}?query=${encodeURIComponent('{ counties { number } }')}`,
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it('limits requests per client a minute, with a clear error', async () => {
    const gateway = await system.startAnotherGateway({ RATE_LIMIT_PER_MINUTE: '3' });
    const ask = (headers: Record<string, string> = {}) =>
      postGraphQL(gateway.url, { query: '{ counties { number } }' }, headers);
    for (let i = 0; i < 3; i++) expect((await ask()).status).toBe(200);
    const limited = await ask();
    expect(limited.status).toBe(429);
    expect(errorCode(limited)).toBe('RATE_LIMITED');
    expect(limited.errors?.[0]?.message).toMatch(/at most 3 a minute/);
    // A signed-in client is counted as itself.
    const token = await system.tokenFor({
      subject: 'kr-0301',
      roles: ['kr-contact'],
      municipalities: ['0301'],
    });
    expect((await ask({ authorization: `Bearer ${token}` })).status).toBe(200);
  });
});

describe('production mode', () => {
  it('hides introspection and field suggestions', async () => {
    const jwksUrl = await serve((_request, response) => response.end(JSON.stringify({ keys: [] })));
    const keys = await loadOrCreateKeyFile(system.keysDir, INTERNAL_TOKEN_KEY_NAME);
    const gateway = await system.startAnotherGateway({
      NODE_ENV: 'production',
      AUTH_JWKS_URL: jwksUrl,
      AUTH_ISSUER: 'https://login.example.no',
      AUTH_AUDIENCE: 'registertjenester',
      INTERNAL_TOKEN_PRIVATE_KEY: JSON.stringify(keys.privateJwk),
    });

    const introspection = await postGraphQL(gateway.url, { query: '{ __schema { types { name } } }' });
    expect(introspection.status).toBe(400);
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);

    const typo = await postGraphQL(gateway.url, { query: '{ countie { number } }' });
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const typoInDevelopment = await postGraphQL(system.gateway.url, { query: '{ countie { number } }' });
    expect(typoInDevelopment.errors?.[0]?.message).toMatch(/Did you mean "counties"/);

    const answered = await postGraphQL(gateway.url, { query: '{ counties { number } }' });
    expect(answered.errors).toBeUndefined();
  });
});

describe('calls to the subgraphs', () => {
  it('give up after the timeout, without trying again', async () => {
    let requests = 0;
    const stuck = await serve(() => void requests++); // never answers
    const gateway = await system.startAnotherGateway({
      MUNICIPALITY_SUBGRAPH_URL: `${stuck}/graphql`,
      SUBGRAPH_TIMEOUT_MS: '200',
    });
    const query = await postGraphQL(gateway.url, { query: '{ counties { number } }' });
    expect(errorCode(query)).toBe('SUBGRAPH_UNAVAILABLE');
    expect(query.errors?.[0]?.message).toBe('The municipality register did not answer within 200 ms.');
    expect(requests).toBe(1);
  });

  it('try a query three times after a network error, a mutation once', async () => {
    let requests = 0;
    const failing = await serve((request) => {
      requests++;
      request.socket.destroy(); // the connection drops before an answer
    });
    const gateway = await system.startAnotherGateway({ MUNICIPALITY_SUBGRAPH_URL: `${failing}/graphql` });

    const query = await postGraphQL(gateway.url, { query: '{ counties { number } }' });
    expect(errorCode(query)).toBe('SUBGRAPH_UNAVAILABLE');
    expect(query.errors?.[0]?.message).toBe('The municipality register could not be reached.');
    expect(requests).toBe(3);

    requests = 0;
    const mutation = await postGraphQL(gateway.url, {
      query: 'mutation { updateUnit(input: { id: "x", name: "y" }) { userErrors { code } } }',
    });
    expect(errorCode(mutation)).toBe('SUBGRAPH_UNAVAILABLE');
    expect(requests).toBe(1);
  });
});

async function localKey() {
  return (await loadOrCreateKeyFile(system.keysDir, 'local-token')).privateKey;
}

async function internalKey() {
  return (await loadOrCreateKeyFile(system.keysDir, INTERNAL_TOKEN_KEY_NAME)).privateKey;
}
