import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { ApolloServer, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import type { LevelWithSilent } from 'pino';
import { AuthenticationError, type Identity } from '@registers/access';
import { createLogger, type Logger } from './logger.ts';
import {
  metricsContentType,
  metricsRegistry,
  metricsText,
  metricsTokenMatches,
  OperationLabels,
  operationMetrics,
  operationNameOf,
  type MetricsEndpoint,
} from './metrics.ts';
import { REQUEST_ID_HEADER } from './request-id.ts';
import type { Tracing } from './tracing.ts';

export { REQUEST_ID_HEADER };
/** A client's request id is echoed, logged and passed on, so only a plain one is taken. */
const safeRequestId = /^[A-Za-z0-9._:-]{1,128}$/;
const operationSlot = Symbol('operation');

/** What a context function may know about the HTTP request behind a GraphQL operation. */
export interface RequestInfo {
  requestId: string;
  identity: Identity;
  headers: FastifyRequest['headers'];
}

/** A GraphQL request as it came over HTTP, as plain data that can be posted to another thread. */
export interface GraphQLHttpRequest {
  method: string;
  headers: [name: string, value: string][];
  /** The URL's query string (`?query=…` for GET), empty when none. */
  search: string;
  /** The parsed JSON body. */
  body: unknown;
}

/** Apollo's answer to a GraphQLHttpRequest, complete. */
export interface GraphQLHttpResponse {
  status: number;
  headers: [name: string, value: string][];
  /** UTF-8, so that a large answer moves between threads without a copy. */
  body: Uint8Array;
  /** For the request's log line and metrics. */
  operationName: string | null;
  /** Whether the answer holds errors (for the metrics; an HTTP error status counts anyway). */
  hadErrors?: boolean;
}

/**
 * Runs GraphQL operations somewhere else than this thread (the gateway's worker threads), so
 * that this thread only does HTTP: authentication, rate limits, health, readiness and logs.
 */
export interface OperationRunner<TContext> {
  run(request: GraphQLHttpRequest, context: TContext): Promise<GraphQLHttpResponse>;
  /** Whether it can run operations now (part of `/ready`'s `schema` check). */
  ready(): boolean;
  /** Called once the HTTP server has drained: no operation is in flight any more. */
  close(): Promise<void>;
}

interface ServiceOptions<TContext extends BaseContext> {
  name: string;
  logger: Logger;
  context: (request: RequestInfo) => Promise<TContext>;
  /** Who is asking, from the request's headers; an AuthenticationError answers 401. */
  authenticate: (headers: FastifyRequest['headers']) => Promise<Identity>;
  /** Requests a minute per identity (or per address for the public); unlimited when absent. */
  rateLimitPerMinute?: number;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
  /** Web origins whose pages may call the service from a browser (CORS); none when absent. */
  corsOrigins?: readonly string[];
  /** Named readiness checks for `GET /ready`, such as the database. */
  readinessChecks: Record<string, () => Promise<boolean>>;
  /** Runs after the HTTP server has drained: close the database here. */
  onClose?: () => Promise<void>;
  /** More GET routes beside `/graphql`, by path, after the rate limit (which counts them too). */
  routes?: HttpRoutes;
  /**
   * Answers a browser's `GET /graphql` (one that prefers `text/html`) instead of Apollo's landing
   * page: the gateway's IDE. Without it Apollo answers as before.
   */
  htmlPage?: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
  /**
   * Serves WebSocket upgrades on the service's HTTP server (the gateway's subscriptions); its
   * `close` runs when the service closes, before the HTTP server, so open sockets do not hold it up.
   */
  webSockets?: (server: FastifyInstance['server']) => { close(): Promise<void> };
  /**
   * `GET /metrics` (Prometheus): this service's registry (made here, with process metrics, when
   * not given), other threads' snapshots, and the token it asks for; operation names as labels
   * are the known ones, then a bounded number of others, then `other`.
   */
  metrics?: Partial<MetricsEndpoint> & { knownOperations?: ReadonlySet<string> };
  /** A span for each GraphQL request, a child of the `traceparent` it came with. */
  tracing?: Tracing | undefined;
}

/** Paths that are neither rate-limited nor logged: probes and scrapes. */
/**
 * How long `/ready` waits for each of its checks; one that fails or takes longer is `failing`.
 * A database that is down may keep its ping waiting for a connection far longer, and a probe
 * that does not answer in time tells an orchestrator nothing.
 */
export const readinessCheckTimeoutMs = 1_500;

async function withinProbeTime(probe: Promise<boolean>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>(
    (resolve) => (timer = setTimeout(() => resolve(false), readinessCheckTimeoutMs)),
  );
  try {
    return await Promise.race([probe.catch(() => false), late]);
  } finally {
    clearTimeout(timer);
  }
}

const operatorPaths = new Set(['/health', '/ready', '/metrics']);

/** GET routes by path: their handlers answer through Fastify's reply. */
export type HttpRoutes = Record<string, (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>>;

export type GraphQLServiceOptions<TContext extends BaseContext> = ServiceOptions<TContext> &
  (
    | {
        /** Builds the Apollo server run in this thread; the plugins given must be passed on (drain, request logging). */
        createApollo: (plugins: ApolloServerPlugin<TContext>[]) => ApolloServer<TContext>;
        operations?: never;
      }
    | {
        /** Or: where the operations run instead; its context must be plain data. */
        operations: OperationRunner<TContext>;
        createApollo?: never;
      }
  );

export interface RunningService {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * One service on one port: `POST /graphql`, `GET /health` (alive) and `GET /ready`
 * (dependencies reachable, schema loaded), a JSON log line per request, and a request id
 * taken from `x-request-id` when it is plain (letters, digits, `._:-`, at most 128) or made here.
 */
export async function startGraphQLService<TContext extends BaseContext>(
  options: GraphQLServiceOptions<TContext>,
  listen: { port: number; host: string },
): Promise<RunningService> {
  const { logger, name } = options;
  const app = Fastify({
    loggerInstance: logger,
    // Our own line per request (below) carries the operation name; Fastify's are off.
    logController: new LogController({ disableRequestLogging: true }),
    requestIdHeader: false,
    genReqId: (request) => {
      const sent = request.headers[REQUEST_ID_HEADER];
      return typeof sent === 'string' && safeRequestId.test(sent) ? sent : randomUUID();
    },
    bodyLimit: options.bodyLimit ?? 1_048_576,
    // A request that comes on an open connection while the service closes is answered as any
    // other (with `connection: close`, below), not refused with a 503: the client sent it to a
    // service that was up, and closing waits for it.
    return503OnClosing: false,
  });
  app.setErrorHandler(answerHttpErrorsAsGraphQL(logger));
  if (options.corsOrigins?.length) {
    const allowed = new Set(options.corsOrigins);
    // First of the hooks, so a preflight is answered before authentication and the rate limit.
    // Another origin gets no CORS headers, as without this plugin, and Apollo's CSRF
    // prevention still refuses every simple (not preflighted) request, from any origin.
    await app.register(cors, {
      origin: (origin, callback) =>
        callback(null, origin !== undefined && allowed.has(origin) ? origin : false),
      methods: ['GET', 'POST'],
      allowedHeaders: [
        'content-type',
        'authorization',
        'apollo-require-preflight',
        'x-apollo-operation-name',
        'apollographql-client-name',
        'apollographql-client-version',
        REQUEST_ID_HEADER,
      ],
      exposedHeaders: [REQUEST_ID_HEADER],
      maxAge: 600,
    });
  }
  const identities = new WeakMap<FastifyRequest, Identity>();
  const authenticationFailures = new WeakMap<FastifyRequest, AuthenticationError>();
  // Apollo clones the context per operation, so the slot for the operation name travels in it
  // under a symbol, and the request keeps a reference to the same slot for its log line.
  const operationByRequest = new WeakMap<FastifyRequest, { name?: string; errors?: boolean }>();
  const metrics: MetricsEndpoint = {
    ...options.metrics,
    registry: options.metrics?.registry ?? metricsRegistry(name, { processMetrics: true }),
  };
  // Operation names in metrics and span attributes alike: bounded.
  const labels = new OperationLabels(options.metrics?.knownOperations);
  const recordOperation = operationMetrics(metrics.registry, labels);

  const requestLogging: ApolloServerPlugin<TContext> = {
    async requestDidStart({ contextValue }) {
      return {
        async didResolveOperation({ operationName }) {
          const slot = (contextValue as { [operationSlot]?: { name?: string } })[operationSlot];
          if (slot && operationName) slot.name = operationName;
        },
        async didEncounterErrors({ request, document }) {
          const slot = (contextValue as { [operationSlot]?: { name?: string; errors?: boolean } })[
            operationSlot
          ];
          if (!slot) return;
          slot.errors = true;
          slot.name ??= operationNameOf(request, document);
        },
      };
    },
  };
  const apollo = options.createApollo?.([fastifyApolloDrainPlugin(app), requestLogging]);
  await apollo?.start();
  let schemaLoaded = true;

  // Responses sent to be kept alive whose last byte the socket has not yet written. Closing the
  // server closes the connections with no request in progress, and Node counts a response as done
  // once it is ended, not once it is written: a large answer still being written when closing
  // starts would be cut off. Closing waits for these first.
  const unwritten = new Set<FastifyReply['raw']>();
  app.addHook('onSend', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    // A response finished while closing ends its connection: Node closes only the connections
    // idle when closing starts, and a kept-alive one would hold the close up for its whole timeout.
    if (!schemaLoaded) {
      reply.header('connection', 'close');
      return;
    }
    const raw = reply.raw;
    // A client that went away while its operation ran: its response emitted `close` before this
    // hook could listen, and nothing of it will be written, so closing must not wait for it.
    if (raw.destroyed) return;
    unwritten.add(raw);
    const written = () => unwritten.delete(raw);
    raw.once('finish', written).once('close', written);
  });
  app.addHook('onResponse', async (request, reply) => {
    if (operatorPaths.has(request.url)) return;
    const operation = operationByRequest.get(request);
    if (request.routeOptions.url === '/graphql' && request.method !== 'OPTIONS') {
      recordOperation(
        operation?.name,
        reply.elapsedTime / 1000,
        reply.statusCode >= 400 || operation?.errors === true,
      );
    }
    logger.info(
      {
        requestId: request.id,
        method: request.method,
        // The path only: a GET request's query string holds its variables, personal data among them.
        url: request.url.split('?', 1)[0],
        statusCode: reply.statusCode,
        operationName: operation?.name ?? null,
        durationMs: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
  });

  // Authentication first, so that the rate limit (a route hook, after this one) counts a
  // signed-in client as itself. A credential that does not verify is answered 401 only after
  // the limit has counted the request against the caller's address (rejectUnauthenticated,
  // below): bad tokens are not free to send. Health checks need none.
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.url !== '/graphql') return;
    try {
      identities.set(request, await options.authenticate(request.headers));
    } catch (error) {
      if (!(error instanceof AuthenticationError)) throw error;
      authenticationFailures.set(request, error);
    }
  });
  const rejectUnauthenticated = async (request: FastifyRequest) => {
    const failure = authenticationFailures.get(request);
    if (failure) throw failure;
  };

  app.get('/health', async () => ({ status: 'ok', service: name }));
  app.get('/ready', async (_request, reply) => {
    const probed = await Promise.all(
      Object.entries(options.readinessChecks).map(
        async ([check, probe]) => [check, (await withinProbeTime(probe())) ? 'ok' : 'failing'] as const,
      ),
    );
    const schemaReady = schemaLoaded && (options.operations?.ready() ?? true);
    const checks = { schema: schemaReady ? 'ok' : 'failing', ...Object.fromEntries(probed) };
    const ready = Object.values(checks).every((state) => state === 'ok');
    return reply
      .code(ready ? 200 : 503)
      .send({ status: ready ? 'ready' : 'not ready', service: name, checks });
  });
  // Not rate-limited, like the probes: restrict it with METRICS_TOKEN or the network (README).
  app.get('/metrics', async (request, reply) => {
    if (metrics.token && !metricsTokenMatches(metrics.token, request.headers.authorization)) {
      return reply.code(401).header('www-authenticate', 'Bearer').send('metrics token required\n');
    }
    return reply.header('content-type', metricsContentType).send(await metricsText(metrics));
  });
  if (options.rateLimitPerMinute) {
    await app.register(rateLimit, {
      // Health checks and scrapes are not counted; every other route is.
      allowList: (request) => operatorPaths.has(request.url),
      max: options.rateLimitPerMinute,
      timeWindow: 60_000,
      // Before the body is read; route hooks run after the authentication hook above.
      hook: 'onRequest',
      // A signed-in user by subject; the public and bad credentials by address.
      keyGenerator: (request) => {
        const subject = identities.get(request)?.subject;
        return subject ? `subject:${subject}` : `address:${request.ip}`;
      },
      errorResponseBuilder: (_request, context) =>
        Object.assign(
          new Error(`Too many requests: at most ${context.max} a minute. Try again in ${context.after}.`),
          {
            statusCode: 429,
          },
        ),
    });
  }
  for (const [path, handler] of Object.entries(options.routes ?? {})) app.get(path, handler);
  const { htmlPage } = options;
  const handler = apollo
    ? fastifyApolloHandler(apollo, {
        context: async (request) => {
          const slot = {};
          operationByRequest.set(request, slot);
          return { ...(await contextOf(request)), [operationSlot]: slot };
        },
      })
    : runOperation(options.operations!);
  const { tracing } = options;
  app.route({
    url: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    // After the rate limit (an onRequest hook of this route), before the body is read.
    preParsing: rejectUnauthenticated,
    ...(htmlPage && {
      preHandler: async (request: FastifyRequest, reply: FastifyReply) => {
        if (request.method === 'GET' && prefersHtml(request.headers.accept)) await htmlPage(request, reply);
      },
    }),
    handler: tracing
      ? async function (this: unknown, request: FastifyRequest, reply: FastifyReply): Promise<string | void> {
          return tracing.span(
            `${name} graphql`,
            { kind: 'server', parentHeaders: request.headers },
            async (span) => {
              const answer = await (handler as (r: FastifyRequest, s: FastifyReply) => unknown).call(
                this,
                request,
                reply,
              );
              const operation = operationByRequest.get(request);
              span.setAttribute('graphql.operation.name', labels.label(operation?.name));
              span.setAttribute('http.response.status_code', reply.statusCode);
              // Fastify's handlers answer through the reply or return the body.
              return answer as string | void;
            },
          );
        }
      : handler,
  });

  function contextOf(request: FastifyRequest): Promise<TContext> {
    return options.context({
      requestId: request.id,
      identity: identities.get(request)!,
      headers: request.headers,
    });
  }

  function runOperation(operations: OperationRunner<TContext>) {
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const response = await operations.run(
        graphQLHttpRequest(request, options.tracing),
        await contextOf(request),
      );
      operationByRequest.set(request, {
        name: response.operationName ?? undefined,
        errors: response.hadErrors === true,
      });
      for (const [header, value] of response.headers) void reply.header(header, value);
      const { buffer, byteOffset, byteLength } = response.body;
      return reply.code(response.status).send(Buffer.from(buffer, byteOffset, byteLength));
    };
  }

  const webSockets = options.webSockets?.(app.server);
  await app.listen({ port: listen.port, host: listen.host });
  const { port } = app.server.address() as AddressInfo;
  const shownHost = listen.host === '0.0.0.0' || listen.host === '::' ? 'localhost' : listen.host;
  const url = `http://${shownHost}:${port}/graphql`;
  logger.info({ url }, `${name} listening on ${url}`);

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    close: () =>
      (closing ??= (async () => {
        schemaLoaded = false;
        // Requests whose bytes came in with the signal are read first: closing ends every
        // connection with no request in progress, and one whose request is still unread looks so.
        await new Promise((resolve) => setImmediate(resolve));
        await Promise.all(
          [...unwritten].map(
            (response) => new Promise((written) => response.once('close', written).once('finish', written)),
          ),
        );
        await webSockets?.close();
        await app.close();
        await options.operations?.close();
        await options.onClose?.();
      })()),
  };
}

/** As @as-integrations/fastify makes Apollo's request from Fastify's, in plain data. */
function graphQLHttpRequest(request: FastifyRequest, tracing?: Tracing): GraphQLHttpRequest {
  const headers: [string, string][] = [];
  // Traced, the operation's thread continues this thread's span, not the caller's.
  const traced = tracing ? tracing.headers() : {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (name in traced) continue;
    if (value) headers.push([name, Array.isArray(value) ? value.join(', ') : value]);
  }
  headers.push(...Object.entries(traced));
  const query = request.url.indexOf('?');
  return {
    method: request.method.toUpperCase(),
    headers,
    search: query === -1 ? '' : request.url.slice(query),
    body: request.body,
  };
}

/**
 * As Apollo Server decides to show its landing page: the Accept header ranks `text/html` above
 * the GraphQL answers' types (a browser's navigation does; `fetch` and curl do not).
 */
function prefersHtml(accept: string | undefined): boolean {
  const quality = new Map<string, number>();
  for (const range of (accept ?? '').split(',')) {
    const [type = '', ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    quality.set(type, Math.max(quality.get(type) ?? 0, q ? Number(q.slice(2)) || 0 : 1));
  }
  const html = quality.get('text/html') ?? 0;
  const graphql = ['application/json', 'application/graphql-response+json', '*/*'].map(
    (type) => quality.get(type) ?? 0,
  );
  return html > 0 && graphql.every((q) => html >= q);
}

const httpErrorCodes: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'BAD_REQUEST',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/**
 * Errors before GraphQL (no or bad credentials, a body too large, malformed JSON, too many
 * requests) answer in the GraphQL response shape, with a code; other failures say nothing more.
 */
function answerHttpErrorsAsGraphQL(logger: Logger) {
  return (error: Error & { statusCode?: number }, _request: FastifyRequest, reply: FastifyReply) => {
    const status = error instanceof AuthenticationError ? 401 : (error.statusCode ?? 500);
    const code = httpErrorCodes[status];
    if (status === 401) reply.header('www-authenticate', 'Bearer');
    if (!code || (status >= 500 && status !== 503)) {
      logger.error({ err: error }, 'request failed');
      return reply.code(500).send({
        errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      });
    }
    return reply.code(status).send({ errors: [{ message: error.message, extensions: { code } }] });
  };
}

/**
 * A service's `main`: reads its configuration (a bad value stops start-up with a message naming
 * the variable), starts it, and drains and closes it once on Ctrl-C or SIGTERM.
 */
export async function runService<TConfig extends { logLevel: LevelWithSilent }>(
  name: string,
  readConfig: () => TConfig,
  start: (config: TConfig, logger: Logger) => Promise<{ close(): Promise<void> }>,
): Promise<void> {
  let config: TConfig;
  try {
    config = readConfig();
  } catch (error) {
    console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const logger = createLogger(name, config.logLevel);
  let service: { close(): Promise<void> };
  try {
    service = await start(config, logger);
  } catch (error) {
    logger.fatal({ err: error }, 'could not start');
    process.exit(1);
  }
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'stopping');
    service.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
