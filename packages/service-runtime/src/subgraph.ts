import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { SubgraphConfig } from './config.ts';
import { openDatabase, type Database, type OpenDatabase } from './database.ts';
import { maskUnexpectedErrors } from './errors.ts';
import { startGraphQLService, type RequestInfo, type RunningService } from './http.ts';
import type { Logger } from './logger.ts';

/** What makes one subgraph: its SDL in schema/, resolvers, tables, and per-request context. */
export interface SubgraphDefinition<TSchema extends Record<string, unknown>, TContext extends object> {
  name: string;
  resolvers: Parameters<typeof buildSubgraphSchema>[0] extends infer M
    ? M extends { resolvers?: infer R }
      ? R
      : never
    : never;
  tables: TSchema;
  migrationsFolder: string;
  /** Runs after migrations, before serving: reference data, demo seed. */
  prepare?: (db: Database<TSchema>, config: SubgraphConfig, logger: Logger) => Promise<void>;
  createContext: (db: Database<TSchema>, request: RequestInfo) => TContext;
}

export interface RunningSubgraph<TSchema extends Record<string, unknown>> extends RunningService {
  database: OpenDatabase<TSchema>;
}

const schemaFolder = new URL('../../../schema/', import.meta.url);

/** Opens and migrates the subgraph's own database, prepares its data, then serves it. */
export async function startSubgraph<TSchema extends Record<string, unknown>, TContext extends object>(
  definition: SubgraphDefinition<TSchema, TContext>,
  config: SubgraphConfig,
  logger: Logger,
): Promise<RunningSubgraph<TSchema>> {
  const typeDefs = parse(readFileSync(new URL(`${definition.name}.graphql`, schemaFolder), 'utf8'));
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    schema: definition.tables,
    migrationsFolder: definition.migrationsFolder,
    logger,
  });
  try {
    await definition.prepare?.(database.db, config, logger);
    const service = await startGraphQLService<TContext>(
      {
        name: definition.name,
        logger,
        createApollo: (plugins) =>
          new ApolloServer<TContext>({
            schema: buildSubgraphSchema({ typeDefs, resolvers: definition.resolvers }),
            plugins: [
              ...plugins,
              // Per-field plugins cost a third of a large `_entities` call (STACK.md).
              ApolloServerPluginCacheControlDisabled(),
              ApolloServerPluginInlineTraceDisabled(),
            ],
            formatError: maskUnexpectedErrors(logger),
            includeStacktraceInErrorResponses: false,
          }),
        context: async (request) => definition.createContext(database.db, request),
        readinessChecks: { database: database.ping },
        onClose: database.close,
      },
      { port: config.port, host: config.host },
    );
    return { ...service, database };
  } catch (error) {
    await database.close();
    throw error;
  }
}
