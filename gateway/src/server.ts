import {
  bearerToken,
  importKey,
  isSignInLinkToken,
  loadOrCreateKeyFile,
  publicIdentity,
  userTokenVerifier,
  type CryptoKey,
} from '@registers/access';
import {
  createLogger,
  Gauge,
  INTERNAL_TOKEN_KEY_NAME,
  metricsRegistry,
  type MetricsSnapshot,
  type Registry,
  startGraphQLService,
  writeLogLine,
  type GraphQLHttpResponse,
  type Logger,
  type OperationRunner,
} from '@registers/platform';
import type { GatewayConfig } from './config.ts';
import { grantResolver } from './grants.ts';
import { KommunenokkelenDocument } from './kommunenokkelen/document.ts';
import { kommunenokkelenRoute } from './kommunenokkelen/route.ts';
import type { OperationContext } from './operations.ts';
import { subgraphReadinessChecks } from './readiness.ts';
import { signInLinkChecker } from './sign-in-links.ts';
import { startTracing, type Tracing } from '@registers/platform/tracing';
import { loadPersistedDocuments, operationNamesOf, trustedOperations } from './trusted-operations.ts';
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

/** The key `npm run token` signs local users' tokens with. */
export const LOCAL_TOKEN_KEY_NAME = 'local-token';

/** The public endpoint: serves the committed supergraph, routing to the configured subgraph URLs. */
export async function startGateway(
  config: GatewayConfig,
  logger: Logger = createLogger('gateway', config.logLevel),
) {
  const verifyUserToken = userTokenVerifier(
    config.identityProvider
      ? { kind: 'jwks', ...config.identityProvider }
      : {
          kind: 'local',
          publicKey: (await loadOrCreateKeyFile(config.keysDir, LOCAL_TOKEN_KEY_NAME)).publicKey,
        },
  );
  const internalTokenKey = config.internalTokenPrivateKey
    ? await importKey(config.internalTokenPrivateKey, 'INTERNAL_TOKEN_PRIVATE_KEY')
    : (await loadOrCreateKeyFile(config.keysDir, INTERNAL_TOKEN_KEY_NAME)).privateKey;
  const resolveGrants = grantResolver({
    url: config.subgraphUrls['municipality']!,
    internalTokenKey,
    timeoutMs: config.subgraphTimeoutMs,
    // Local tokens are for development, where role claims are the point of `npm run token`.
    trustsRoleClaims: (subject) => !config.identityProvider || config.serviceSubjects.includes(subject),
  });
  const checkSignInLink = signInLinkChecker({
    url: config.subgraphUrls['interests']!,
    internalTokenKey,
    timeoutMs: config.subgraphTimeoutMs,
  });

  const registry = metricsRegistry('gateway', { processMetrics: true });
  const tracing = await startTracing('gateway', config.otlpEndpoint);
  // Read once, at start: a bad manifest stops it.
  const documents = loadPersistedDocuments(config.persistedDocumentsPath);
  const { snapshots, ...operations } = await startOperationRunner(
    config,
    internalTokenKey,
    logger,
    documents,
    registry,
    tracing,
  );
  // Built through the same runner as the public's operations, as the public: it can never hold
  // more than an anonymous caller sees.
  const kommunenokkelen =
    config.kommunenokkelenPollMs > 0
      ? new KommunenokkelenDocument(
          (request) => operations.run(request, { requestId: 'kommunenokkelen', identity: publicIdentity }),
          config.kommunenokkelenPollMs,
          logger,
        )
      : undefined;
  const started = startGraphQLService<OperationContext>(
    {
      name: 'gateway',
      logger,
      operations: {
        ...operations,
        // The document's builds run operations too: stop them first.
        close: async () => {
          await kommunenokkelen?.stop();
          await operations.close();
        },
      },
      // No token: the public. A token that does not verify: 401, never the public. A personal
      // sign-in link's token: its person, for their own declaration only.
      authenticate: async (headers) => {
        const token = bearerToken(headers);
        if (!token) return publicIdentity;
        if (isSignInLinkToken(token)) return checkSignInLink(token);
        return resolveGrants(await verifyUserToken(token));
      },
      context: async ({ requestId, identity }) => ({ requestId, identity }),
      rateLimitPerMinute: config.rateLimitPerMinute,
      bodyLimit: config.maxBodyBytes,
      corsOrigins: config.corsOrigins,
      readinessChecks: subgraphReadinessChecks(config.subgraphUrls),
      metrics: {
        registry,
        otherThreads: snapshots,
        token: config.metricsToken,
        knownOperations: operationNamesOf(documents),
      },
      tracing,
      ...(kommunenokkelen && { routes: kommunenokkelenRoute(kommunenokkelen) }),
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
 * The gateway's operations, each first checked against the trusted operations (a partner's
 * hash becomes its document, a partner's query of its own is refused) on the HTTP thread.
 */
async function startOperationRunner(
  config: GatewayConfig,
  internalTokenKey: CryptoKey,
  logger: Logger,
  documents: ReturnType<typeof loadPersistedDocuments>,
  registry: Registry,
  tracing: Tracing | undefined,
): Promise<OperationsWithMetrics> {
  const trusted = trustedOperations(documents);
  const runner = await startOperationsWhereConfigured(config, internalTokenKey, logger, registry, tracing);
  return {
    ...runner,
    run: async (request, context) => {
      const checked = trusted(request, context.identity);
      return 'refused' in checked ? checked.refused : runner.run(checked.request, context);
    },
  };
}

/**
 * Where the gateway's operations run: on `GATEWAY_WORKERS` worker threads, each operation on the
 * least busy one; with 0, on the HTTP thread itself (a large answer then holds up every other
 * request: for tests and the smallest installations).
 */
async function startOperationsWhereConfigured(
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
