import { readFileSync } from 'node:fs';
import { publicIdentity, type CryptoKey } from '@registers/access';
import {
  createLogger,
  Gauge,
  metricsRegistry,
  type MetricsSnapshot,
  type Registry,
  startGraphQLService,
  writeLogLine,
  type GraphQLHttpResponse,
  type Logger,
  type OperationRunner,
} from '@registers/platform';
import { buildSchema } from 'graphql';
import type { GatewayConfig } from './config.ts';
import { callerAuthenticator, loadInternalTokenKey } from './callers.ts';
import { graphiqlIde } from './ide/graphiql.ts';
import { KommunenokkelenDocument } from './kommunenokkelen/document.ts';
import { kommunenokkelenRoute } from './kommunenokkelen/route.ts';
import type { OperationContext } from './operations.ts';
import { subgraphReadinessChecks } from './readiness.ts';
import { FeedWatcher } from './subscriptions/feed-watcher.ts';
import { liveSubscriptions } from './subscriptions/server.ts';
import { startTracing, type Tracing } from '@registers/platform/tracing';
import {
  loadPersistedDocuments,
  mayRunOperation,
  operationNamesOf,
  trustedOperations,
} from './trusted-operations.ts';
import { signInConfigRoute } from './sign-in/route.ts';
import { webRoutes } from './web/route.ts';
import type { OperationTask, OperationWorkerInput } from './workers/operation-worker.ts';
import { WorkerPool } from './workers/pool.ts';

declare global {
  interface ImportMeta {
    /**
     * The URL of the bundle this module was built into (scripts/build.mjs, for `npm start`);
     * undefined when the module runs from source (tsx, vitest).
     */
    readonly bundleUrl?: string;
  }
}

/** The public schema, with the gateway's Subscription type, which the supergraph has not. */
const apiSchemaPath = new URL('../../schema/api.graphql', import.meta.url);

export { LOCAL_TOKEN_KEY_NAME } from './callers.ts';

/** The public endpoint: serves the committed supergraph, routing to the configured subgraph URLs. */
export async function startGateway(
  config: GatewayConfig,
  logger: Logger = createLogger('gateway', config.logLevel),
) {
  const internalTokenKey = await loadInternalTokenKey(config);
  const authenticate = await callerAuthenticator(config, internalTokenKey);

  const registry = metricsRegistry('gateway', { processMetrics: true });
  const tracing = await startTracing('gateway', config.otlpEndpoint);
  // Read once, at start: a bad manifest stops it.
  const persistedDocuments = loadPersistedDocuments(config.persistedDocumentsPath);
  const { snapshots, ...operations } = await startOperationRunner(
    config,
    internalTokenKey,
    logger,
    registry,
    tracing,
  );
  // Built through the same runner as the public's operations, as the public: it can never hold
  // more than an anonymous caller sees. The gateway's own operations (the document's, the live
  // subscriptions' events) are not a client's: the trusted operations check only clients'.
  const kommunenokkelen =
    config.kommunenokkelenPollMs > 0
      ? new KommunenokkelenDocument(
          (request) => operations.run(request, { requestId: 'kommunenokkelen', identity: publicIdentity }),
          config.kommunenokkelenPollMs,
          logger,
        )
      : undefined;
  // Live subscriptions learn that a feed moved as the public; each event runs with its subscriber's rights.
  const feedWatcher = new FeedWatcher(
    (request) => operations.run(request, { requestId: 'subscriptions', identity: publicIdentity }),
    config.subscriptionPollMs,
    logger,
  );
  // Apollo's own landing page (the hosted Sandbox) answers when GraphiQL is not chosen.
  const ide = config.ide === 'graphiql' ? graphiqlIde() : undefined;
  const started = startGraphQLService<OperationContext>(
    {
      name: 'gateway',
      logger,
      operations: {
        ...operations,
        run: trustedOperationsFirst(trustedOperations(persistedDocuments), operations),
        // The document's builds run operations too: stop them first.
        close: async () => {
          await kommunenokkelen?.stop();
          await feedWatcher.stop();
          await operations.close();
        },
      },
      // No token: the public. A token that does not verify: 401, never the public. A personal
      // sign-in link's token: its person, for their own declaration only (callers.ts). Over
      // HTTP and WebSocket alike.
      authenticate,
      context: async ({ requestId, identity }) => ({ requestId, identity }),
      rateLimitPerMinute: config.rateLimitPerMinute,
      bodyLimit: config.maxBodyBytes,
      corsOrigins: config.corsOrigins,
      readinessChecks: subgraphReadinessChecks(config.subgraphUrls),
      metrics: {
        registry,
        otherThreads: snapshots,
        token: config.metricsToken,
        knownOperations: operationNamesOf(persistedDocuments),
      },
      tracing,
      // The registers' own web at `/` (web/dist) and how it signs in, the Kommunenøkkelen
      // document and the IDE's files.
      routes: {
        ...webRoutes(),
        ...signInConfigRoute(config),
        ...(kommunenokkelen && kommunenokkelenRoute(kommunenokkelen)),
        ...ide?.routes,
      },
      ...(ide && { htmlPage: ide.page }),
      webSockets: liveSubscriptions({
        schema: buildSchema(readFileSync(apiSchemaPath, 'utf8')),
        operations,
        authenticate,
        mayRun: mayRunOperation(persistedDocuments),
        watcher: feedWatcher,
        subscriptionsPerConnection: config.subscriptionsPerConnection,
        connectionsPerMinute: config.rateLimitPerMinute,
        maxMessageBytes: config.maxBodyBytes,
        logger,
      }),
    },
    { port: config.port, host: config.host },
  );
  // Workers that no server will use would keep the process alive.
  const service = await started.catch(async (error: unknown) => {
    await operations.close();
    throw error;
  });
  // After the gateway answers, so the start stays fast; until it is built the document is 503.
  kommunenokkelen?.start();
  return service;
}

/**
 * A client's operation, first checked against the trusted operations on the HTTP thread (a
 * partner's hash becomes its document, a partner's query of its own is refused).
 */
function trustedOperationsFirst(
  trusted: ReturnType<typeof trustedOperations>,
  operations: OperationRunner<OperationContext>,
): OperationRunner<OperationContext>['run'] {
  return async (request, context) => {
    const checked = trusted(request, context.identity);
    return 'refused' in checked ? checked.refused : operations.run(checked.request, context);
  };
}

/**
 * Where the gateway's operations run: on `GATEWAY_WORKERS` worker threads, each operation on the
 * least busy one; with 0, on the HTTP thread itself (a large answer then holds up every other
 * request: for tests and the smallest installations).
 */
async function startOperationRunner(
  config: GatewayConfig,
  internalTokenKey: CryptoKey,
  logger: Logger,
  registry: Registry,
  tracing: Tracing | undefined,
): Promise<OperationsWithMetrics> {
  if (config.workers === 0) {
    // Loaded only here: with workers, only they load Apollo Gateway, and this thread starts sooner.
    const { startOperations } = await import('./operations.ts');
    // The subgraph calls are counted in this thread's own registry.
    const operations = await startOperations(config, internalTokenKey, logger, registry, tracing);
    return { run: operations.run, ready: () => true, close: operations.stop, snapshots: async () => [] };
  }
  const pool = await WorkerPool.start<OperationTask, GraphQLHttpResponse>({
    // Built (npm start): the worker's own bundle beside this one; from source (tsx, vitest): its module.
    module: import.meta.bundleUrl
      ? new URL('./operation-worker.js', import.meta.bundleUrl)
      : new URL('./workers/operation-worker.ts', import.meta.url),
    size: config.workers,
    input: { config, internalTokenKey, logLevel: logger.level } as OperationWorkerInput,
    onLog: (line) => writeLogLine(logger, line),
    onWorkerLost: ({ exitCode, error, tasks }) =>
      logger.error({ exitCode, err: error, operations: tasks }, 'a gateway worker stopped; starting another'),
  });
  new Gauge({
    name: 'gateway_workers_busy',
    help: 'Gateway worker threads with at least one operation in flight',
    registers: [registry],
    collect() {
      this.set(pool.busyWorkers);
    },
  });
  new Gauge({
    name: 'gateway_workers_ready',
    help: 'Gateway worker threads taking operations (the others are being replaced)',
    registers: [registry],
    collect() {
      this.set(pool.readyWorkers);
    },
  });
  return {
    run: (request, context) => pool.run({ request, context }),
    ready: () => pool.readyWorkers > 0,
    close: async () => {
      await pool.close();
      await tracing?.shutdown();
    },
    // A worker shaping a large answer does not hold the scrape up: its last snapshot counts.
    snapshots: async () => (await pool.snapshots(1_000)) as MetricsSnapshot[],
  };
}

/** The operation runner, and the metrics of the threads it runs them on (none: this one's). */
type OperationsWithMetrics = OperationRunner<OperationContext> & {
  snapshots: () => Promise<MetricsSnapshot[]>;
};
