import { createServer, type Server } from 'node:http';
import { connect, createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { startMunicipalitySubgraph } from '@registers/municipality';
import { loadOrCreateKeyFile, publicIdentity, publicJwk, signInternalToken } from '@registers/access';
import {
  createLogger,
  INTERNAL_TOKEN_KEY_NAME,
  readinessCheckTimeoutMs,
  readSubgraphConfig,
  type RunningService,
} from '@registers/platform';
import { createTestDatabase, testServerUrl, type TestDatabase } from '@registers/platform/testing';
import { getIntrospectionQuery, Kind, print, visit, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AllMunicipalitiesOrganisationDocument } from '@registers/client';
import { readGatewayConfig } from '../src/config.ts';
import { requestErrorStatuses } from '../src/request-errors.ts';
import { postGraphQL, startSystem, type System } from './support/system.ts';

/** The gateway's HTTP edge: what a client meets before and around GraphQL execution. */

let system: System;
const cleanups: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  system = await startSystem({ demoScale: 0.002, driver: 'postgres' });
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await system?.close();
});

/** A plain HTTP server on port 0, standing in for an identity provider. */
async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server: Server = createServer(handler);
  cleanups.push(() => void server.close());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** An address where nothing listens: a connection to it is refused. */
async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

const internalKeys = () => loadOrCreateKeyFile(system.keysDir, INTERNAL_TOKEN_KEY_NAME);

/** A gateway of this system in production mode, with an identity provider that knows no keys. */
async function productionGateway(env: Record<string, string> = {}): Promise<RunningService> {
  const jwksUrl = await serve((_request, response) => response.end(JSON.stringify({ keys: [] })));
  return system.startAnotherGateway({
    NODE_ENV: 'production',
    AUTH_JWKS_URL: jwksUrl,
    AUTH_ISSUER: 'https://login.example.no',
    AUTH_AUDIENCE: 'registertjenester',
    INTERNAL_TOKEN_PRIVATE_KEY: JSON.stringify((await internalKeys()).privateJwk),
    ...env,
  });
}

const errorCode = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];
const messages = (response: { errors?: { message: string }[] }) =>
  (response.errors ?? []).map((error) => error.message).join('\n');

const createUnit = (input: Record<string, unknown>) => ({
  query: 'mutation ($input: CreateUnitInput!) { createUnit(input: $input) { unit { id } } }',
  variables: { input },
});
const misspeltKind = createUnit({ municipalityNumber: '4601', name: 'Skolekontoret', kind: 'SCHOOLL' });
const misspeltField = createUnit({ municipalityNumbr: '4601', name: 'Skolekontoret', kind: 'SCHOOL' });
const misspeltRootField = { query: '{ countie { number } }' };

describe('schema hints', () => {
  it('are given outside production, from the gateway and from a subgraph', async () => {
    expect(messages(await postGraphQL(system.gateway.url, misspeltKind))).toMatch(
      /Did you mean the enum value "SCHOOL"\?/,
    );
    expect(messages(await postGraphQL(system.gateway.url, misspeltField))).toMatch(
      /Did you mean "municipalityNumber"\?/,
    );
    const token = await signInternalToken(publicIdentity, 'municipality', (await internalKeys()).privateKey);
    const direct = await postGraphQL(system.municipality.url, misspeltRootField, {
      authorization: `Bearer ${token}`,
    });
    expect(messages(direct)).toMatch(/Did you mean "counties" or "county"\?/);
  });

  it('reach no client in production, from the gateway', async () => {
    const gateway = await productionGateway();
    for (const body of [misspeltKind, misspeltField, misspeltRootField]) {
      const response = await postGraphQL(gateway.url, body);
      expect(response.status).toBe(400);
      expect(response.errors?.length).toBeGreaterThan(0);
      expect(messages(response)).not.toMatch(/Did you mean/);
    }
    // The error still says what is wrong.
    expect(messages(await postGraphQL(gateway.url, misspeltKind))).toMatch(
      /Value "SCHOOLL" does not exist in "UnitKind" enum\.$/m,
    );
  });

  it('reach no client in production, from a subgraph', async () => {
    const keys = await internalKeys();
    const database: TestDatabase = await createTestDatabase('production_municipality');
    cleanups.push(() => database.drop());
    const subgraph = await startMunicipalitySubgraph(
      readSubgraphConfig('municipality', 0, {
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        MUNICIPALITY_DATABASE_URL: database.url,
        INTERNAL_TOKEN_PUBLIC_KEY: JSON.stringify(publicJwk(keys.privateJwk)),
      }),
      createLogger('municipality', 'silent'),
    );
    cleanups.push(() => subgraph.close());
    const token = await signInternalToken(publicIdentity, 'municipality', keys.privateKey);
    for (const body of [misspeltKind, misspeltField, misspeltRootField]) {
      const response = await postGraphQL(subgraph.url, body, { authorization: `Bearer ${token}` });
      expect(response.status).toBe(400);
      expect(response.errors?.length).toBeGreaterThan(0);
      expect(messages(response)).not.toMatch(/Did you mean/);
    }
  });
});

describe('the rate limit', () => {
  const countiesQuery = { query: '{ counties { number } }' };

  it('counts bad tokens against the caller’s address: 401 under the limit, then 429', async () => {
    const gateway = await system.startAnotherGateway({ RATE_LIMIT_PER_MINUTE: '3' });
    const ask = (headers: Record<string, string> = {}) => postGraphQL(gateway.url, countiesQuery, headers);
    const badToken = { authorization: 'Bearer not-a-token' };
    for (let i = 0; i < 3; i++) {
      const refused = await ask(badToken);
      expect(refused.status).toBe(401);
      expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    }
    const limited = await ask(badToken);
    expect(limited.status).toBe(429);
    expect(errorCode(limited)).toBe('RATE_LIMITED');
    // The public shares its address's count; a signed-in user is counted as itself.
    expect((await ask()).status).toBe(429);
    const token = await system.tokenFor({
      subject: 'kr-0301',
      roles: ['kr-contact'],
      municipalities: ['0301'],
    });
    for (let i = 0; i < 3; i++) expect((await ask({ authorization: `Bearer ${token}` })).status).toBe(200);
    expect((await ask({ authorization: `Bearer ${token}` })).status).toBe(429);
  });
});

describe('the limits on an operation', () => {
  /** Apollo Client asks for `__typename` in every selection set; the pull must pass that way too. */
  const withTypenames = (document: DocumentNode) =>
    visit(document, {
      SelectionSet: (node) => ({
        ...node,
        selections: [
          ...node.selections,
          { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } },
        ],
      }),
    });

  it('count __typename aliases: an operation made expensive with them is refused', async () => {
    const typenames = Array.from({ length: 1_000 }, (_, i) => `t${i}: __typename`).join(' ');
    const response = await postGraphQL(system.gateway.url, {
      query: `{ municipalities { units { employments { person { ${typenames} } } } } }`,
    });
    expect(response.status).toBe(400);
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/Aliases limit of 15 exceeded, found 1000/);
    expect(response.data).toBeUndefined();
  });

  it('let the Kommunenøkkelen pull through, as Apollo Client sends it', async () => {
    const response = await postGraphQL(system.gateway.url, {
      query: print(withTypenames(AllMunicipalitiesOrganisationDocument)),
    });
    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
  });

  it("let Apollo Sandbox's introspection query through outside production", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const response = await postGraphQL<{ __schema: { types: unknown[] } }>(system.gateway.url, {
      query,
      operationName: 'IntrospectionQuery',
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.__schema.types.length).toBeGreaterThan(50);
  });
});

describe('the request id', () => {
  const askWithId = (id: string) =>
    fetch(system.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': id },
      body: JSON.stringify({ query: '{ parties { code } }' }),
    });
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

  it('is taken from x-request-id when it is plain', async () => {
    const id = 'partner-42:2026.06.01_a';
    expect((await askWithId(id)).headers.get('x-request-id')).toBe(id);
  });

  it.each([
    ['with markup', '<script>alert(1)</script>'],
    ['with spaces', 'a b'],
    ['percent-encoded', 'a%0d%0aSet-Cookie:x'],
    ['too long', 'a'.repeat(129)],
  ])('is made anew when the one sent is %s', async (_what, id) => {
    const answered = (await askWithId(id)).headers.get('x-request-id');
    expect(answered).toMatch(uuid);
  });
});

describe('a bad identifier', () => {
  it.each([
    ['a municipality number', '{ municipality(number: "46") { name } }', /MunicipalityNumber/],
    ['an organisation number', '{ company(organizationNumber: "123456789") { name } }', /OrganizationNumber/],
  ])(
    'written into the query as %s is the caller’s error, 400, with its message',
    async (_what, query, names) => {
      const response = await postGraphQL(system.gateway.url, { query });
      expect(response.status).toBe(400);
      expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.errors?.[0]?.message).toMatch(names);
      expect(response.data).toBeUndefined();
    },
  );

  it('sent as a variable is BAD_USER_INPUT, 400', async () => {
    const response = await postGraphQL(system.gateway.url, {
      query: 'query ($number: MunicipalityNumber!) { municipality(number: $number) { name } }',
      variables: { number: '46' },
    });
    expect(response.status).toBe(400);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/MunicipalityNumber/);
  });

  it('beside data from another part of the operation makes a partial answer, 200', async () => {
    // No operation reaches that today (see requestErrorStatuses), so the plugin is asked directly.
    const response = {
      http: { status: 400, headers: new Map() },
      body: { kind: 'single', singleResult: { data: { parties: [], municipality: null }, errors: [] } },
    };
    const listener = await requestErrorStatuses.requestDidStart!({} as never);
    await listener!.willSendResponse!({ request: {}, response } as never);
    expect(response.http.status).toBe(200);
    expect(response.body.singleResult.data).toEqual({ parties: [], municipality: null });
  });
});

describe('an operation that cannot be chosen or run', () => {
  it.each([
    [
      'an unknown operationName',
      { query: 'query Counties { counties { number } }', operationName: 'Parties' },
      'OPERATION_RESOLUTION_FAILURE',
      /Unknown operation named "Parties"/,
    ],
    [
      'two operations and no operationName',
      { query: 'query Counties { counties { number } } query Parties { parties { code } }' },
      'OPERATION_RESOLUTION_FAILURE',
      /Must provide operation name/,
    ],
    [
      'two anonymous operations',
      { query: '{ counties { number } } { parties { code } }' },
      'GRAPHQL_VALIDATION_FAILED',
      /anonymous operation must be the only defined operation/,
    ],
    [
      'a subscription',
      { query: 'subscription { counties { number } }' },
      'GRAPHQL_VALIDATION_FAILED',
      /subscription operation is not supported/,
    ],
  ])('is the caller’s mistake: %s is 400 with a code', async (_what, body, code, message) => {
    const response = await postGraphQL(system.gateway.url, body);
    expect(response.status).toBe(400);
    expect(errorCode(response)).toBe(code);
    expect(response.errors?.[0]?.message).toMatch(message);
    expect(response.data).toBeUndefined();
  });

  it('runs the operation named, of several', async () => {
    const response = await postGraphQL<{ parties: unknown[] }>(system.gateway.url, {
      query: 'query Counties { counties { number } } query Parties { parties { code } }',
      operationName: 'Parties',
    });
    expect(response.status).toBe(200);
    expect(response.data?.parties.length).toBeGreaterThan(0);
  });
});

describe('CORS', () => {
  const allowedOrigin = 'https://kommunenokkelen.example.no';
  const otherOrigin = 'https://evil.example';
  let gateway: RunningService;
  beforeAll(async () => {
    gateway = await system.startAnotherGateway({ CORS_ORIGINS: `${allowedOrigin}, http://localhost:5173` });
  });

  const preflight = (url: string, origin: string) =>
    fetch(url, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });
  const post = (url: string, origin: string) =>
    fetch(url, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ parties { code } }' }),
    });
  /** What a page of any origin can send without a preflight: a form, or a plain GET. */
  const simpleRequests = (url: string, origin: string) => [
    fetch(url, {
      method: 'POST',
      headers: { origin, 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ parties { code } }' }),
    }),
    fetch(`${url}?query=${encodeURIComponent('{ parties { code } }')}`, { headers: { origin } }),
  ];

  it('lets a page of an allowed origin through a preflight, and its requests read the answer', async () => {
    const allowed = await preflight(gateway.url, allowedOrigin);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(allowedOrigin);
    expect(allowed.headers.get('access-control-allow-methods')).toMatch(/\bPOST\b/);
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/content-type.*authorization/);
    expect(allowed.headers.get('vary')).toMatch(/origin/i);

    const answered = await post(gateway.url, allowedOrigin);
    expect(answered.status).toBe(200);
    expect(answered.headers.get('access-control-allow-origin')).toBe(allowedOrigin);
    expect(answered.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
  });

  it('gives another origin no CORS headers, and none by default', async () => {
    for (const url of [gateway.url, system.gateway.url]) {
      const refused = await preflight(url, otherOrigin);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
      expect((await post(url, otherOrigin)).headers.get('access-control-allow-origin')).toBeNull();
    }
    const byDefault = await preflight(system.gateway.url, allowedOrigin);
    expect(byDefault.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps CSRF prevention: a request without a preflight is refused, from any origin', async () => {
    for (const origin of [otherOrigin, allowedOrigin]) {
      for (const response of await Promise.all(simpleRequests(gateway.url, origin))) {
        expect(response.status).toBe(400);
        expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
      }
    }
  });

  it('refuses a CORS_ORIGINS entry that is not an origin, naming the variable', () => {
    for (const value of ['kommunenokkelen.example.no', 'https://kommunenokkelen.example.no/app']) {
      expect(() => readGatewayConfig({ CORS_ORIGINS: value })).toThrow(/CORS_ORIGINS.*not an origin/);
    }
  });
});

describe("the gateway's /ready", () => {
  const ready = async (url: string) => {
    const response = await fetch(new URL('/ready', url));
    return { status: response.status, body: (await response.json()) as { checks: Record<string, string> } };
  };

  it('says the gateway is ready when every subgraph is', async () => {
    const answer = await ready(system.gateway.url);
    expect(answer.status).toBe(200);
    expect(answer.body.checks).toEqual({ schema: 'ok', municipality: 'ok', interests: 'ok' });
  });

  it('answers 503 naming the subgraph that is not ready or cannot be reached', async () => {
    const notReady = await serve((_request, response) => {
      response.statusCode = 503;
      response.end('{"status":"not ready"}');
    });
    const waiting = await system.startAnotherGateway({ INTERESTS_SUBGRAPH_URL: `${notReady}/graphql` });
    expect(await ready(waiting.url)).toEqual({
      status: 503,
      body: expect.objectContaining({ checks: { schema: 'ok', municipality: 'ok', interests: 'failing' } }),
    });

    const gone = await system.startAnotherGateway({
      MUNICIPALITY_SUBGRAPH_URL: `${await closedPort()}/graphql`,
    });
    expect(await ready(gone.url)).toEqual({
      status: 503,
      body: expect.objectContaining({ checks: { schema: 'ok', municipality: 'failing', interests: 'ok' } }),
    });
  });

  it('answers within its time limit when a subgraph does not answer, naming it', async () => {
    const silent = await serve(() => {}); // takes the request and never answers
    const waiting = await system.startAnotherGateway({ INTERESTS_SUBGRAPH_URL: `${silent}/graphql` });
    const started = performance.now();
    expect(await ready(waiting.url)).toEqual({
      status: 503,
      body: expect.objectContaining({ checks: { schema: 'ok', municipality: 'ok', interests: 'failing' } }),
    });
    expect(performance.now() - started).toBeLessThan(readinessCheckTimeoutMs + 1_000);
  });
});

describe("a subgraph's /ready", () => {
  it('answers within its time limit when its database stops answering', async () => {
    // The subgraph reaches PostgreSQL through a proxy that can stop passing anything on, as a
    // database behind a broken network does: its ping then waits with no answer and no error.
    const server = new URL(testServerUrl);
    let frozen = false;
    const sockets: Socket[] = [];
    const proxy = createNetServer((client) => {
      const upstream = connect(Number(server.port || 5432), server.hostname);
      sockets.push(client, upstream);
      client.on('data', (chunk) => void (frozen || upstream.write(chunk)));
      upstream.on('data', (chunk) => void (frozen || client.write(chunk)));
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    cleanups.push(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => proxy.close(resolve));
    });
    const database: TestDatabase = await createTestDatabase('ready_municipality');
    cleanups.push(() => database.drop());
    const viaProxy = new URL(database.url);
    viaProxy.host = `127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const subgraph = await startMunicipalitySubgraph(
      readSubgraphConfig('municipality', 0, {
        HOST: '127.0.0.1',
        AUTH_KEYS_DIR: system.keysDir,
        MUNICIPALITY_DATABASE_URL: viaProxy.toString(),
        MUNICIPALITY_SEED: 'none',
      }),
      createLogger('municipality', 'silent'),
    );
    const ready = async () => {
      const response = await fetch(new URL('/ready', subgraph.url));
      return { status: response.status, checks: ((await response.json()) as { checks: object }).checks };
    };
    expect(await ready()).toEqual({ status: 200, checks: { schema: 'ok', database: 'ok' } });

    frozen = true;
    const started = performance.now();
    expect(await ready()).toEqual({ status: 503, checks: { schema: 'ok', database: 'failing' } });
    expect(performance.now() - started).toBeLessThan(readinessCheckTimeoutMs + 1_000);
    // Closing does not wait on the statements the frozen connections still owe.
    for (const socket of sockets) socket.destroy();
    await subgraph.close();
  });
});
