import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { startInterestsSubgraph } from '@registers/interests';
import { startMunicipalitySubgraph } from '@registers/municipality';
import { createLogger, type SubgraphConfig } from '@registers/service-runtime';
import { createTestDatabase } from '@registers/service-runtime/testing';
import { print, type GraphQLFormattedError } from 'graphql';
import { startGateway } from '../../src/server.ts';

export interface SystemOptions {
  /** Demo scale both subgraphs seed at (1 is the national size). */
  demoScale: number;
  /** `postgres` gives each subgraph a fresh database on the test server; `pglite` a data folder. */
  driver: 'postgres' | 'pglite';
  /** With pglite: the folder holding `municipality/` and `interests/`; default in memory. */
  dataDir?: string;
  /** Where the services' JSON log lines go; by default nowhere. */
  logLines?: Record<string, unknown>[];
}

/**
 * The whole system as in production, on port 0: both subgraphs, each on its own database,
 * then the gateway against their real URLs.
 */
export async function startSystem({ demoScale, driver, dataDir, logLines }: SystemOptions) {
  const logger = (service: string) =>
    logLines
      ? createLogger(service, 'info', { write: (line: string) => void logLines.push(JSON.parse(line)) })
      : createLogger(service, 'silent');
  const databases =
    driver === 'postgres'
      ? await Promise.all([createTestDatabase('municipality'), createTestDatabase('interests')])
      : [];
  const subgraphConfig = (name: string, index: number): SubgraphConfig => ({
    port: 0,
    host: '127.0.0.1',
    databaseUrl: databases[index]?.url,
    dataDir: dataDir ? `${dataDir}/${name}` : 'memory://',
    seed: 'demo',
    demoScale,
    logLevel: 'silent',
  });
  const municipality = await startMunicipalitySubgraph(
    subgraphConfig('municipality', 0),
    logger('municipality'),
  );
  const interests = await startInterestsSubgraph(subgraphConfig('interests', 1), logger('interests'));
  const gateway = await startGateway(
    {
      port: 0,
      host: '127.0.0.1',
      supergraphPath: new URL('../../../schema/supergraph.graphql', import.meta.url).pathname,
      subgraphUrls: { municipality: municipality.url, interests: interests.url },
      logLevel: 'silent',
    },
    logger('gateway'),
  );
  return {
    municipality,
    interests,
    gateway,
    /** SQL statements sent by both subgraphs so far. */
    statementCount: () => municipality.database.statementCount + interests.database.statementCount,
    async close() {
      await gateway.close();
      await Promise.all([municipality.close(), interests.close()]);
      await Promise.all(databases.map((database) => database.drop()));
    },
  };
}

export type System = Awaited<ReturnType<typeof startSystem>>;

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
