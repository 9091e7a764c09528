import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { preloadEntities, RowLoader } from '@registers/graphql-kit';
import type { SubgraphConfig } from './config.ts';
import { keysPerStatement, openDatabase, type Database, type OpenDatabase } from './database.ts';
import { maskUnexpectedErrors } from './error-masking.ts';
import { jitGateway } from './executor.ts';
import { startGraphQLService, type RequestInfo, type RunningService } from './http.ts';
import { startJobs, type JobQueues, type JobsOptions, type RunningJobs } from './jobs.ts';
import {
  AuthenticationError,
  bearerToken,
  importKey,
  internalTokenVerifier,
  loadOrCreateKeyFile,
  type Identity,
} from '@registers/access';
import type { Logger } from './logger.ts';
import { metricsRegistry, type Registry } from './metrics.ts';
import { startTracing, type Tracing } from './tracing.ts';

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
  /** Runs after migrations at every start, before serving: reference data. */
  prepare?: (db: Database<TSchema>) => Promise<void>;
  /** The demo data written on a first start when the configuration asks for it. */
  demo: {
    isEmpty: (db: Database<TSchema>) => Promise<boolean>;
    seed: (db: Database<TSchema>, scale: number, logger: Logger) => Promise<void>;
  };
  createContext: (db: Database<TSchema>, request: RequestInfo) => TContext;
  /**
   * Background work: a worker per queue runs in this process beside the HTTP service, started
   * before serving and stopped (running jobs finished) before the database closes. A subgraph
   * without queues starts no pg-boss at all. A function is given the subgraph's database.
   */
  jobs?: JobQueues | ((db: Database<TSchema>) => JobQueues);
  jobsOptions?: JobsOptions;
  /**
   * Other background work in this process (a follower of another register's feed): started
   * after the jobs, before serving; stopped first, before the jobs and the database.
   */
  workers?: Record<string, (db: Database<TSchema>, logger: Logger) => Promise<BackgroundWorker>>;
  /** Registers the subgraph's own gauges (read when scraped) on its `/metrics` registry. */
  metrics?: (db: Database<TSchema>, registry: Registry) => void;
}

/** A worker running beside the HTTP service until stopped. */
export interface BackgroundWorker {
  /** Stops it and waits for the work it is doing; the database may close after it. */
  stop(): Promise<void>;
}

export interface SubgraphContext<TStores, TLoaders> {
  requestId: string;
  /** Who is asking, as the gateway verified it. */
  identity: Identity;
  stores: TStores;
  loaders: TLoaders;
}

/**
 * A subgraph's context factory: stores over its database, and loaders made anew for each
 * request, so one request never sees another's cache.
 */
export const INTERNAL_TOKEN_KEY_NAME = 'internal-token';

function missingCredential(): never {
  throw new AuthenticationError('Only the gateway may call a subgraph: no credential was given.');
}

export function contextFactory<TDatabase, TStores, TLoaders>(
  createStores: (db: TDatabase) => TStores,
  /** The request's loaders; some read less for a caller who may see less (`identity`). */
  createLoaders: (stores: TStores, request: RequestInfo) => TLoaders,
) {
  return (db: TDatabase, request: RequestInfo): SubgraphContext<TStores, TLoaders> => {
    const stores = createStores(db);
    const loaders = createLoaders(stores, request);
    const keys = keysPerStatement(db);
    for (const loader of Object.values(loaders as object)) {
      if (loader instanceof RowLoader) loader.limitKeysPerFetch(keys);
    }
    return {
      requestId: request.requestId,
      identity: request.identity,
      stores,
      loaders,
    };
  };
}

export interface RunningSubgraph<TSchema extends Record<string, unknown>> extends RunningService {
  database: OpenDatabase<TSchema>;
}

const schemaFolder = new URL('../../../schema/', import.meta.url);

/** The subgraph's own database, migrated, with its reference data in place. */
export async function openSubgraphDatabase<TSchema extends Record<string, unknown>, TContext extends object>(
  definition: SubgraphDefinition<TSchema, TContext>,
  config: SubgraphConfig,
  logger: Logger,
  tracing?: Tracing,
): Promise<OpenDatabase<TSchema>> {
  const database = await openDatabase({
    tracing,
    url: config.databaseUrl,
    dataDir: config.dataDir,
    statementTimeoutMs: config.statementTimeoutMs,
    schema: definition.tables,
    migrationsFolder: definition.migrationsFolder,
    logger,
  });
  try {
    await definition.prepare?.(database.db);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Opens and migrates the subgraph's own database, prepares its data (seeding demo data on a first start), then serves it. */
export async function startSubgraph<TSchema extends Record<string, unknown>, TContext extends object>(
  definition: SubgraphDefinition<TSchema, TContext>,
  config: SubgraphConfig,
  logger: Logger,
): Promise<RunningSubgraph<TSchema>> {
  const typeDefs = parse(readFileSync(new URL(`${definition.name}.graphql`, schemaFolder), 'utf8'));
  const tracing = await startTracing(definition.name, config.otlpEndpoint);
  const database = await openSubgraphDatabase(definition, config, logger, tracing).catch(
    async (error: unknown) => {
      await tracing?.shutdown();
      throw error;
    },
  );
  const registry = metricsRegistry(definition.name, { processMetrics: true });
  let jobs: RunningJobs | undefined;
  const workers: BackgroundWorker[] = [];
  // Workers and running jobs finish (or are failed for a retry) before the database they write
  // to closes.
  const close = async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.stop()));
    await jobs?.stop();
    await database.close();
    await tracing?.shutdown();
  };
  try {
    const verifyInternalToken = internalTokenVerifier(
      definition.name,
      config.internalTokenPublicKey
        ? await importKey(config.internalTokenPublicKey, 'INTERNAL_TOKEN_PUBLIC_KEY')
        : (await loadOrCreateKeyFile(config.keysDir, INTERNAL_TOKEN_KEY_NAME)).publicKey,
    );
    if (config.seed === 'demo' && (await definition.demo.isEmpty(database.db))) {
      logger.info(
        { scale: config.demoScale },
        `first start: seeding demo data at scale ${config.demoScale}; serving once it is written`,
      );
      await definition.demo.seed(database.db, config.demoScale, logger);
    }
    const queues = typeof definition.jobs === 'function' ? definition.jobs(database.db) : definition.jobs;
    if (queues && Object.keys(queues).length > 0) {
      jobs = await startJobs(database, queues, logger, { ...definition.jobsOptions, metrics: registry });
    }
    for (const [name, start] of Object.entries(definition.workers ?? {})) {
      workers.push(await start(database.db, logger.child({ worker: name })));
    }
    definition.metrics?.(database.db, registry);
    const schema = buildSubgraphSchema({ typeDefs, resolvers: definition.resolvers });
    // Entities answered from rows preloaded per level, a chunk per turn of the event loop.
    preloadEntities(schema);
    const service = await startGraphQLService<TContext>(
      {
        name: definition.name,
        logger,
        createApollo: (plugins) =>
          new ApolloServer<TContext>({
            ...(config.executor === 'jit' ? { gateway: jitGateway(schema) } : { schema }),
            plugins: [
              ...plugins,
              // Per-field plugins cost a third of a large `_entities` call (measured: 330 → 207 ms).
              ApolloServerPluginCacheControlDisabled(),
              ApolloServerPluginInlineTraceDisabled(),
            ],
            formatError: maskUnexpectedErrors(logger, { hideSchemaHints: config.production }),
            includeStacktraceInErrorResponses: false,
            // The gateway sends the queries one operation asks of this subgraph at once as one
            // batch, run with one context: their loaders share statements (gateway/src/subgraph-batches.ts).
            allowBatchedHttpRequests: true,
            introspection: !config.production,
            hideSchemaDetailsFromClientErrors: config.production,
          }),
        // Only the gateway may ask: it states who is asking in a token signed for this subgraph.
        authenticate: async (headers) => verifyInternalToken(bearerToken(headers) ?? missingCredential()),
        context: async (request) => definition.createContext(database.db, request),
        readinessChecks: { database: database.ping },
        metrics: { registry, token: config.metricsToken },
        tracing,
        // Only the gateway calls a subgraph, and its entity requests grow with the data: the
        // whole register asks for some 50,000 persons' declarations in one `_entities` call.
        bodyLimit: 256 * 1024 * 1024,
        onClose: close,
      },
      { port: config.port, host: config.host },
    );
    return { ...service, database };
  } catch (error) {
    await close();
    throw error;
  }
}
