import { readFileSync } from 'node:fs';
import {
  ApolloGateway,
  RemoteGraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  bearerToken,
  importKey,
  isSignInLinkToken,
  loadOrCreateKeyFile,
  publicIdentity,
  signInternalToken,
  userTokenVerifier,
  type CryptoKey,
  type Identity,
} from '@registers/access';
import {
  createLogger,
  INTERNAL_TOKEN_KEY_NAME,
  maskUnexpectedErrors,
  REQUEST_ID_HEADER,
  startGraphQLService,
  type Logger,
} from '@registers/platform';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { GatewayConfig } from './config.ts';
import { grantResolver } from './grants.ts';
import { subgraphReadinessChecks } from './readiness.ts';
import { signInLinkChecker } from './sign-in-links.ts';
import { knownOperationTypes, requestErrorStatuses } from './request-errors.ts';
import { subgraphFetcher } from './subgraph-fetch.ts';

/** The key `npm run token` signs local users' tokens with. */
export const LOCAL_TOKEN_KEY_NAME = 'local-token';

interface GatewayContext {
  requestId: string;
  identity: Identity;
}

class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly internalTokenKey: CryptoKey,
    timeoutMs: number,
  ) {
    super({ url, fetcher: subgraphFetcher(subgraph, timeoutMs) });
  }

  /**
   * The subgraph learns who is asking only from a token the gateway signs for it; nothing the
   * client sent is passed on (the request's headers are made here), except the request id, so
   * one id follows an operation through every subgraph's log.
   */
  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const identity = context.identity ?? publicIdentity; // the gateway's own calls have no request
    const token = await signInternalToken(identity, this.subgraph, this.internalTokenKey);
    request.http?.headers.set('authorization', `Bearer ${token}`);
    if (context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
  }

  /**
   * Only a subgraph can check its custom scalars (MunicipalityNumber, …): it answers a bad
   * variable (BAD_USER_INPUT) or a bad literal in the query (GRAPHQL_VALIDATION_FAILED) with
   * HTTP 400. That is the client's error, so its message and code go back to the client, with
   * 400 (requestErrorStatuses), instead of an opaque "400: Bad Request" masked as internal.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]) {
    const error = await super.errorFromResponse(response);
    const body = (error.extensions['response'] as { body?: { errors?: GraphQLFormattedError[] } } | undefined)
      ?.body;
    const first = body?.errors?.[0];
    const code = first?.extensions?.['code'];
    if (
      first &&
      response.status === 400 &&
      (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED')
    ) {
      return new GraphQLError(first.message, { extensions: { code, http: { status: 400 } } });
    }
    return error;
  }
}

/**
 * Limits on incoming operations, set so that the whole register as nested data (the
 * Kommunenøkkelen pull, gateway/operations, depth 13) passes with room to spare.
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

  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(config.supergraphPath, 'utf8'),
    logger,
    buildService: ({ name, url }) => {
      const configured = config.subgraphUrls[name];
      if (!configured)
        logger.warn({ subgraph: name, url }, 'no URL configured for subgraph; using the composed one');
      return new SubgraphDataSource(name, configured ?? url!, internalTokenKey, config.subgraphTimeoutMs);
    },
  });
  return startGraphQLService<GatewayContext>(
    {
      name: 'gateway',
      logger,
      createApollo: (plugins) =>
        new ApolloServer<GatewayContext>({
          gateway,
          // graphql-armor's types name @apollo/server's CommonJS build; the plugins are the same.
          plugins: [
            ...plugins,
            requestErrorStatuses,
            ...(armor.plugins as unknown as ApolloServerPlugin<GatewayContext>[]),
          ],
          validationRules: [...armor.validationRules, knownOperationTypes],
          parseOptions: { maxTokens: 4_000 },
          allowBatchedHttpRequests: false,
          csrfPrevention: true,
          introspection: !config.production,
          hideSchemaDetailsFromClientErrors: config.production,
          formatError: maskUnexpectedErrors(logger, {
            fromSubgraphs: true,
            hideSchemaHints: config.production,
          }),
          includeStacktraceInErrorResponses: false,
        }),
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
    },
    { port: config.port, host: config.host },
  );
}
