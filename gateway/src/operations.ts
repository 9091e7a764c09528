import { readFileSync } from 'node:fs';
import { ApolloGateway, type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { internalTokenSigner, publicIdentity, type CryptoKey, type Identity } from '@registers/access';
import { maskUnexpectedErrors } from '@registers/platform/error-masking';
import {
  OperationLabels,
  operationNameOf,
  subgraphCallMetrics,
  type Registry,
} from '@registers/platform/metrics';
import type { Logger } from '@registers/platform/logger';
import type { Tracing } from '@registers/platform/tracing';
import type { GraphQLHttpRequest, GraphQLHttpResponse } from '@registers/platform';
import { REQUEST_ID_HEADER } from '@registers/platform/request-id';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { GatewayConfig } from './config.ts';
import { knownOperationTypes, requestErrorStatuses } from './request-errors.ts';
import { installResultShaping } from './result-shaping.ts';
import { SubgraphBatches, type GatewayGraphQLResponse, type SubgraphAnswer } from './subgraph-batches.ts';
import { subgraphFetcher } from './subgraph-fetch.ts';

/** What the HTTP thread hands over with each operation: plain data, posted to a worker. */
export interface OperationContext {
  requestId: string;
  identity: Identity;
}

export interface GatewayContext extends OperationContext {
  /** Filled in once the operation is known, for the request's log line and metrics. */
  operation: { name: string | null; errors?: boolean };
}

/**
 * How the gateway calls a subgraph. The subgraph learns who is asking only from a token the
 * gateway signs for it; nothing the client sent is passed on (the request's headers are made
 * here), except the request id, so one id follows an operation through every subgraph's log.
 * Queries one operation sends to the subgraph at the same moment go as one batch
 * (subgraph-batches.ts).
 */
class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly fetcher: Fetcher;
  private readonly batches: SubgraphBatches;

  constructor(
    private readonly subgraph: string,
    private readonly url: string,
    private readonly signToken: ReturnType<typeof internalTokenSigner>,
    timeoutMs: number,
    record: ReturnType<typeof subgraphCallMetrics>,
    tracing: Tracing | undefined,
  ) {
    this.fetcher = subgraphFetcher(subgraph, timeoutMs, record, tracing);
    this.batches = new SubgraphBatches(
      (body, context) => this.post(body, context as GatewayContext),
      answerOf,
    );
  }

  async process({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if (!request.query) throw new Error('Missing query');
    const { query, variables, operationName, extensions } = request;
    return this.batches.call({ query, variables, operationName, extensions }, context);
  }

  private async post(body: string, context: Partial<GatewayContext>): Promise<SubgraphAnswer> {
    const identity = context.identity ?? publicIdentity; // the gateway's own calls have no request
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      authorization: `Bearer ${await this.signToken(identity, this.subgraph)}`,
    };
    if (context.requestId) headers[REQUEST_ID_HEADER] = context.requestId;
    const response = await this.fetcher(this.url, { method: 'POST', headers, body });
    if (!response.ok) throw await errorFromResponse(response);
    return { body: await parseBody(response), http: response };
  }
}

function answerOf({ body, http }: SubgraphAnswer): GatewayGraphQLResponse {
  if (body === null || typeof body !== 'object') {
    throw new Error(`Expected JSON response body, but received: ${String(body)}`);
  }
  return { ...(body as GatewayGraphQLResponse), http };
}

function parseBody(response: FetcherResponse): Promise<unknown> {
  const type = response.headers.get('content-type');
  return type?.startsWith('application/json') || type?.startsWith('application/graphql-response+json')
    ? response.json()
    : response.text();
}

/**
 * A subgraph's HTTP error as a GraphQL error, as Apollo's data source makes it (`400: Bad
 * Request`, the answer under `extensions.response`), but for one case: only a subgraph can check
 * its custom scalars (MunicipalityNumber, …), and it answers a bad variable (BAD_USER_INPUT) or a
 * bad literal in the query (GRAPHQL_VALIDATION_FAILED) with HTTP 400. That is the client's
 * error, so its message and code go back to the client, with 400 (requestErrorStatuses), instead
 * of an opaque "400: Bad Request" masked as internal.
 */
async function errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
  const body = await parseBody(response);
  const first = (body as { errors?: GraphQLFormattedError[] } | null)?.errors?.[0];
  const code = first?.extensions?.['code'];
  if (
    first &&
    response.status === 400 &&
    (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED')
  ) {
    return new GraphQLError(first.message, { extensions: { code, http: { status: 400 } } });
  }
  return new GraphQLError(`${response.status}: ${response.statusText}`, {
    extensions: {
      response: { url: response.url, status: response.status, statusText: response.statusText, body },
      ...(response.status === 401
        ? { code: 'UNAUTHENTICATED' }
        : response.status === 403
          ? { code: 'FORBIDDEN' }
          : {}),
    },
  });
}

/**
 * Limits on incoming operations, set so that the whole register as nested data (the
 * register pull, packages/client/operations, depth 13) passes with room to spare.
 */
const armor = new ApolloArmor({
  maxDepth: { n: 16 },
  // `__typename` aliases count too (armor lets them through by default): a thousand of them
  // on every unit of the register cost little by the cost limit's count, yet multiply the answer.
  maxAliases: { n: 15, allowList: [] },
  // Apollo's own parser limit (parseOptions, below) answers a syntax error as GRAPHQL_PARSE_FAILED;
  // armor's token limit parses again and turns it into a 500.
  maxTokens: { enabled: false },
  maxDirectives: { n: 20 },
  // Lists asked for with a literal `first` count that many times: a feed page of 1000 passes.
  costLimit: { maxCost: 50_000 },
  // In production hideSchemaDetailsFromClientErrors and formatError (below) do this.
  blockFieldSuggestion: { enabled: false },
}).protect();

/** Records the operation's name in the context, for the request's log line. */
const operationName: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart({ contextValue }) {
    return {
      async didResolveOperation({ operationName }) {
        contextValue.operation.name = operationName ?? null;
      },
      async didEncounterErrors({ request, document }) {
        contextValue.operation.errors = true;
        contextValue.operation.name ??= operationNameOf(request, document) ?? null;
      },
    };
  },
};

/**
 * Apollo Server over Apollo Gateway, serving the committed supergraph and routing to the
 * configured subgraph URLs: one per worker thread (workers/operation-worker.ts), or one on the
 * HTTP thread with `GATEWAY_WORKERS=0`.
 */
export function createGatewayServer(
  config: GatewayConfig,
  internalTokenKey: CryptoKey,
  logger: Logger,
  metrics: Registry,
  tracing?: Tracing,
) {
  const signToken = internalTokenSigner(internalTokenKey);
  const recordSubgraphCall = subgraphCallMetrics(metrics);
  if (!installResultShaping().installed)
    logger.warn(
      'this Apollo Gateway is not the one result-shaping.ts was written for; its own shaping stays',
    );
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(config.supergraphPath, 'utf8'),
    logger,
    buildService: ({ name, url }) => {
      const configured = config.subgraphUrls[name];
      if (!configured)
        logger.warn({ subgraph: name, url }, 'no URL configured for subgraph; using the composed one');
      return new SubgraphDataSource(
        name,
        configured ?? url!,
        signToken,
        config.subgraphTimeoutMs,
        recordSubgraphCall,
        tracing,
      );
    },
  });
  return new ApolloServer<GatewayContext>({
    gateway,
    // graphql-armor's types name @apollo/server's CommonJS build; the plugins are the same.
    plugins: [
      operationName,
      requestErrorStatuses,
      ...(armor.plugins as unknown as ApolloServerPlugin<GatewayContext>[]),
    ],
    validationRules: [...armor.validationRules, knownOperationTypes],
    parseOptions: { maxTokens: 4_000 },
    allowBatchedHttpRequests: false,
    // Operations by hash are the manifest's only (trusted-operations.ts, before Apollo): a
    // registry any caller fills, per worker, would make a hash mean different things.
    persistedQueries: false,
    csrfPrevention: true,
    introspection: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    formatError: maskUnexpectedErrors(logger, {
      fromSubgraphs: true,
      hideSchemaHints: config.production,
    }),
    includeStacktraceInErrorResponses: false,
  });
}

const utf8 = new TextEncoder();

/**
 * Runs operations on the thread that calls it: the body of each worker thread, and of the whole
 * gateway with `GATEWAY_WORKERS=0`. Planning, the subgraph calls, merging and serialising the
 * answer happen here; the answer is UTF-8 bytes, for a worker to move rather than copy.
 */
export async function startOperations(
  config: GatewayConfig,
  internalTokenKey: CryptoKey,
  logger: Logger,
  /** This thread's registry, where the subgraph calls are counted. */
  metrics: Registry,
  /** This thread's tracing, when configured. */
  tracing?: Tracing,
) {
  const server = createGatewayServer(config, internalTokenKey, logger, metrics, tracing);
  await server.start();
  const labels = new OperationLabels();
  async function run(request: GraphQLHttpRequest, context: OperationContext): Promise<GraphQLHttpResponse> {
    const operation: GatewayContext['operation'] = { name: null };
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { ...request, headers: new HeaderMap(request.headers) },
      context: async () => ({ ...context, operation }),
    });
    let text = '';
    if (response.body.kind === 'complete') text = response.body.string;
    else for await (const chunk of response.body.asyncIterator) text += chunk;
    return {
      status: response.status ?? 200,
      headers: [...response.headers],
      body: utf8.encode(text),
      operationName: operation.name,
      hadErrors: operation.errors === true,
    };
  }
  return {
    // Traced: a span per operation, continuing the HTTP thread's (its `traceparent` in the headers).
    run: tracing
      ? (request: GraphQLHttpRequest, context: OperationContext) =>
          tracing.span(
            'gateway operation',
            { parentHeaders: Object.fromEntries(request.headers) },
            async (span) => {
              const response = await run(request, context);
              span.setAttribute('graphql.operation.name', labels.label(response.operationName));
              return response;
            },
          )
      : run,
    stop: async () => {
      await server.stop();
      await tracing?.shutdown();
    },
  };
}
