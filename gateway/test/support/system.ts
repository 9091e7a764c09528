import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { readInterestsConfig, startInterestsSubgraph, type InterestsOptions } from '@registers/interests';
import { startMunicipalitySubgraph } from '@registers/municipality';
import { generateDemoPopulation } from '@registers/demo-register';
import { loadOrCreateKeyFile, signLocalToken, type LocalTokenRequest } from '@registers/access';
import { createLogger, readSubgraphConfig, type Logger, type RunningService } from '@registers/platform';
import { createTestDatabase, templateDatabases } from '@registers/platform/testing';
import { print, type GraphQLFormattedError } from 'graphql';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGatewayConfig } from '../../src/config.ts';
import { LOCAL_TOKEN_KEY_NAME, startGateway } from '../../src/server.ts';

export interface SystemOptions {
  /** Demo scale both subgraphs seed at (1 is the national size). */
  demoScale: number;
  /** `postgres` gives each subgraph a fresh database on the test server; `pglite` a data folder. */
  driver: 'postgres' | 'pglite';
  /** With pglite: the folder holding `municipality/` and `interests/`; default in memory. */
  dataDir?: string;
  /** Where the services' JSON log lines go; by default nowhere. */
  logLines?: Record<string, unknown>[];
  /** More gateway variables, as in its environment (`NODE_ENV`, `RATE_LIMIT_PER_MINUTE`, …). */
  gatewayEnv?: Record<string, string>;
  /** More variables for both subgraphs (`STATEMENT_TIMEOUT_MS`, `SMTP_URL`, …). */
  subgraphEnv?: Record<string, string>;
  /**
   * How often the interests subgraph polls Kommuneregisteret's feed; by default once at start
   * and then only when a test calls `interests.follower.catchUp()`, so no poll runs unasked.
   */
  followIntervalMs?: number;
  /**
   * The interests subgraph's clock and job timings. Its automatic notice rounds start only when
   * a test starts them (else a test run on 20 January would send them from every system).
   */
  interestsOptions?: InterestsOptions;
}

/**
 * The whole system as in production, on port 0: both subgraphs, each on its own database,
 * then the gateway against their real URLs, all configured through their configuration
 * readers. Keys are made for this system alone.
 */
export async function startSystem({
  demoScale,
  driver,
  dataDir,
  logLines,
  gatewayEnv = {},
  subgraphEnv = {},
  followIntervalMs = 3_600_000,
  interestsOptions,
}: SystemOptions) {
  const logger = (service: string) =>
    logLines
      ? createLogger(service, 'info', { write: (line: string) => void logLines.push(JSON.parse(line)) })
      : createLogger(service, 'silent');
  const keysDir = mkdtempSync(join(tmpdir(), 'registers-keys-'));
  // On PostgreSQL each subgraph gets a copy of this run's migrated and seeded databases at this
  // scale (made once, by the first system that asks), so that a system starts without
  // migrating and seeding again.
  const templates =
    driver === 'postgres'
      ? await templateDatabases(`scale_${demoScale}`, ['municipality', 'interests'], async (urls) => {
          const seeded = await startSubgraphs({ demoScale, databaseUrls: urls, keysDir, logger: silent });
          await seeded.close();
        })
      : undefined;
  const databases =
    driver === 'postgres'
      ? await Promise.all(
          ['municipality', 'interests'].map((label, index) =>
            createTestDatabase(label, templates ? { template: templates[index]! } : {}),
          ),
        )
      : [];
  const { municipality, interests } = await startSubgraphs({
    demoScale,
    databaseUrls: databases.map((database) => database.url),
    dataDir,
    keysDir,
    logger,
    subgraphEnv,
    followIntervalMs,
    interestsOptions,
  });
  const gateways: RunningService[] = [];
  /** A gateway over these subgraphs, configured by these variables on top of the defaults here. */
  const startAnotherGateway = async (env: Record<string, string> = {}) => {
    const started = await startGateway(
      readGatewayConfig({
        GATEWAY_PORT: '0',
        HOST: '127.0.0.1',
        AUTH_KEYS_DIR: keysDir,
        MUNICIPALITY_SUBGRAPH_URL: municipality.url,
        INTERESTS_SUBGRAPH_URL: interests.url,
        // Operations on the HTTP thread: a worker thread costs 2-3 s of CPU to start (its own
        // Apollo Gateway, its own module loading), and these tests start some 40 gateways on a
        // small machine. The tests of traffic across the worker boundary (access, logs, GraphQL
        // over HTTP, errors, the embedded start) ask for workers, worker-threads.test.ts for two.
        GATEWAY_WORKERS: '0',
        // No Kommunenøkkelen document unless a test asks for one: its background build and
        // polls would add to every test's statements, logs and load.
        KOMMUNENOKKELEN_POLL_MS: 'off',
        ...env,
      }),
      logger('gateway'),
    );
    gateways.push(started);
    return started;
  };
  const gateway = await startAnotherGateway(gatewayEnv);
  const localTokenKey = (await loadOrCreateKeyFile(keysDir, LOCAL_TOKEN_KEY_NAME)).privateKey;
  return {
    municipality,
    interests,
    gateway,
    keysDir,
    /** With postgres: the subgraphs' database URLs, for another instance of a subgraph on the same data. */
    databaseUrls: { municipality: databases[0]?.url, interests: databases[1]?.url },
    /** What the municipality subgraph seeded. */
    population: generateDemoPopulation({ scale: demoScale }),
    /** SQL statements sent by both subgraphs so far. */
    statementCount: () => municipality.database.statementCount + interests.database.statementCount,
    /** A bearer token for this system's gateway, as `npm run token` makes one. */
    tokenFor: (request: LocalTokenRequest) => signLocalToken(request, localTokenKey),
    startAnotherGateway,
    async close() {
      await Promise.all(gateways.map((started) => started.close()));
      await Promise.all([municipality.close(), interests.close()]);
      await Promise.all(databases.map((database) => database.drop()));
      rmSync(keysDir, { recursive: true, force: true });
    },
  };
}

const silent = (service: string) => createLogger(service, 'silent');

/** Both subgraphs on their databases (PostgreSQL URLs, or PGlite in a folder or in memory), seeding demo data when empty. */
async function startSubgraphs({
  demoScale,
  databaseUrls,
  dataDir,
  keysDir,
  logger,
  subgraphEnv = {},
  followIntervalMs = 3_600_000,
  interestsOptions,
}: {
  demoScale: number;
  databaseUrls: (string | undefined)[];
  dataDir?: string | undefined;
  keysDir: string;
  logger: (service: string) => Logger;
  subgraphEnv?: Record<string, string>;
  followIntervalMs?: number;
  interestsOptions?: InterestsOptions | undefined;
}) {
  const subgraphEnvironment = (name: string, index: number) => {
    const prefix = name.toUpperCase();
    return {
      HOST: '127.0.0.1',
      AUTH_KEYS_DIR: keysDir,
      DEMO_SCALE: String(demoScale),
      [`${prefix}_SEED`]: 'demo',
      [`${prefix}_DATABASE_URL`]: databaseUrls[index],
      [`${prefix}_DATA_DIR`]: dataDir ? `${dataDir}/${name}` : 'memory://',
      // `SUBGRAPH_EXECUTOR=graphql-js npx vitest run …` runs a suite's subgraphs on the other executor.
      ...(process.env['SUBGRAPH_EXECUTOR'] ? { SUBGRAPH_EXECUTOR: process.env['SUBGRAPH_EXECUTOR'] } : {}),
      ...subgraphEnv,
    };
  };
  const municipality = await startMunicipalitySubgraph(
    readSubgraphConfig('municipality', 0, subgraphEnvironment('municipality', 0)),
    logger('municipality'),
  );
  const interests = await startInterestsSubgraph(
    readInterestsConfig(0, {
      MUNICIPALITY_SUBGRAPH_URL: municipality.url,
      INTERESTS_FOLLOW_INTERVAL_MS: String(followIntervalMs),
      MAIL_DIR: join(keysDir, 'mail'),
      ...subgraphEnvironment('interests', 1),
    }),
    logger('interests'),
    { automaticNoticeRounds: false, ...interestsOptions },
  ).catch(async (error: unknown) => {
    await municipality.close();
    throw error;
  });
  return {
    municipality,
    interests,
    async close() {
      await Promise.all([municipality.close(), interests.close()]);
    },
  };
}

export type System = Awaited<ReturnType<typeof startSystem>>;

/**
 * A second municipality and interests subgraph over a postgres system's two databases, with more
 * variables (`SUBGRAPH_EXECUTOR`), and a gateway of the system's in front of them: to compare
 * two configurations on the same data. They seed nothing and follow no feed (the system's own
 * interests subgraph keeps the shared database current); `close` stops them.
 */
export async function startTwinSubgraphs(
  system: System,
  env: Record<string, string>,
  logger: (service: string) => Logger = (service) => createLogger(service, 'silent'),
) {
  const variables = (name: string, url: string | undefined) => ({
    HOST: '127.0.0.1',
    AUTH_KEYS_DIR: system.keysDir,
    [`${name.toUpperCase()}_DATABASE_URL`]: url,
    [`${name.toUpperCase()}_SEED`]: 'none',
    ...env,
  });
  const municipality = await startMunicipalitySubgraph(
    readSubgraphConfig('municipality', 0, variables('municipality', system.databaseUrls.municipality)),
    logger('municipality'),
  );
  const interests = await startInterestsSubgraph(
    {
      ...readInterestsConfig(0, {
        ...variables('interests', system.databaseUrls.interests),
        MUNICIPALITY_SUBGRAPH_URL: municipality.url,
        MAIL_DIR: join(system.keysDir, 'mail-twin'),
      }),
      follower: undefined,
    },
    logger('interests'),
    { automaticNoticeRounds: false },
  ).catch(async (error: unknown) => {
    await municipality.close();
    throw error;
  });
  const gateway = await system.startAnotherGateway({
    MUNICIPALITY_SUBGRAPH_URL: municipality.url,
    INTERESTS_SUBGRAPH_URL: interests.url,
  });
  return {
    municipality,
    interests,
    gateway,
    async close() {
      await gateway.close();
      await interests.close();
      await municipality.close();
    },
  };
}

export interface GraphQLResponse<TData> {
  status: number;
  headers: Headers;
  data?: TData | null;
  errors?: GraphQLFormattedError[];
}

/** Sends a typed operation over HTTP, as a partner system would. */
export async function execute<TData, TVariables>(
  url: string,
  document: TypedDocumentNode<TData, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<GraphQLResponse<TData>> {
  return postGraphQL<TData>(url, { query: print(document), variables });
}

/**
 * A typed operation sent with a bearer token, as a test's own setup and writes send it: an
 * answer with any error fails the test (it throws, naming them); otherwise its data.
 */
export async function dataAs<TData, TVariables>(
  url: string,
  token: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  const response = await postGraphQL<TData>(
    url,
    { query: print(document), variables },
    { authorization: `Bearer ${token}` },
  );
  if (response.errors?.length || response.data == null) {
    throw new Error(`${print(document).split('\n', 1)[0]} failed: ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}

/** Posts any body to a GraphQL endpoint: for malformed and hand-written requests. */
export async function postGraphQL<TData = unknown>(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const json = (await response.json()) as { data?: TData | null; errors?: GraphQLFormattedError[] };
  return { status: response.status, headers: response.headers, ...json };
}
