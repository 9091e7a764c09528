import { fileURLToPath } from 'node:url';
import { ConfigurationError, env, readConfig } from '@registers/platform/config';

const defaultSupergraph = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));
const defaultPersistedDocuments = fileURLToPath(
  new URL('../../packages/client/src/generated/persisted-documents.json', import.meta.url),
);
const defaultKeysDir = fileURLToPath(new URL('../../.data/keys', import.meta.url));

/** Every variable the gateway reads; documented in the README. */
const gatewayConfigShape = {
  GATEWAY_PORT: env.port(4000),
  HOST: env.host(),
  SUPERGRAPH_PATH: env.path(defaultSupergraph),
  // The trusted operations (@registers/client's), which partners run by hash.
  PERSISTED_DOCUMENTS_PATH: env.path(defaultPersistedDocuments),
  MUNICIPALITY_SUBGRAPH_URL: env.url().default('http://localhost:4001/graphql'),
  INTERESTS_SUBGRAPH_URL: env.url().default('http://localhost:4002/graphql'),
  LOG_LEVEL: env.logLevel(),
  NODE_ENV: env.nodeEnv(),
  AUTH_JWKS_URL: env.url().optional(),
  AUTH_ISSUER: env.optionalString(),
  AUTH_AUDIENCE: env.optionalString(),
  // The web's sign-in at the identity provider (authorization code with PKCE): its public client,
  // and the endpoints when not read from the issuer's discovery document.
  AUTH_CLIENT_ID: env.optionalString(),
  AUTH_AUTHORIZATION_URL: env.url().optional(),
  AUTH_TOKEN_URL: env.url().optional(),
  AUTH_SCOPES: env.optionalString(),
  // Subjects (service identities, e.g. a partner's client id) whose token role claims are trusted.
  AUTH_SERVICE_SUBJECTS: env.optionalString(),
  AUTH_KEYS_DIR: env.path(defaultKeysDir),
  INTERNAL_TOKEN_PRIVATE_KEY: env.optionalString(),
  RATE_LIMIT_PER_MINUTE: env.positiveNumber(600),
  // The whole register as nested data takes some 10 s of the municipality subgraph (BENCHMARKS.md).
  SUBGRAPH_TIMEOUT_MS: env.positiveNumber(30_000),
  MAX_BODY_BYTES: env.positiveNumber(1_048_576),
  CORS_ORIGINS: env.origins(),
  // Worker threads running operations; more than one, so a long one leaves another free. 0 runs
  // them on the HTTP thread.
  GATEWAY_WORKERS: env.count(2, 32, 0),
  // How often the Kommunenøkkelen document polls both change feeds; 0 or `off`: no document.
  KOMMUNENOKKELEN_POLL_MS: env.millisecondsOrOff(250, 3_600_000),
  // The page a browser gets at /graphql: GraphiQL from the installed packages, or Apollo's hosted Sandbox.
  GATEWAY_IDE: env.oneOf(['graphiql', 'sandbox']),
  // How often live subscriptions look for new changes in both feeds.
  SUBSCRIPTION_POLL_MS: env.count(250, 5_000, 20),
  // Subscriptions one WebSocket connection may hold at once.
  SUBSCRIPTIONS_PER_CONNECTION: env.count(20, 1_000),
  // When set, GET /metrics asks for it as a bearer token.
  METRICS_TOKEN: env.optionalString(),
  // When set, traces are exported there (OTLP/HTTP); unset, no tracing is loaded.
  OTEL_EXPORTER_OTLP_ENDPOINT: env.url().optional(),
};

export const gatewayVariables = Object.keys(gatewayConfigShape);

export function readGatewayConfig(source: NodeJS.ProcessEnv = process.env) {
  const config = readConfig(gatewayConfigShape, source);
  const production = config.NODE_ENV === 'production';
  const missing = [
    ...(config.AUTH_JWKS_URL && !config.AUTH_ISSUER ? ['AUTH_ISSUER: required with AUTH_JWKS_URL'] : []),
    ...(config.AUTH_JWKS_URL && !config.AUTH_AUDIENCE ? ['AUTH_AUDIENCE: required with AUTH_JWKS_URL'] : []),
    ...(config.AUTH_CLIENT_ID && !config.AUTH_JWKS_URL
      ? ['AUTH_CLIENT_ID: needs the identity provider (AUTH_JWKS_URL, AUTH_ISSUER, AUTH_AUDIENCE)']
      : []),
    ...(production && !config.AUTH_JWKS_URL
      ? ['AUTH_JWKS_URL: required in production (the identity provider)']
      : []),
    ...(production && !config.INTERNAL_TOKEN_PRIVATE_KEY
      ? ['INTERNAL_TOKEN_PRIVATE_KEY: required in production (a private Ed25519 JWK)']
      : []),
  ];
  if (missing.length > 0) throw new ConfigurationError(`Invalid configuration:\n  ${missing.join('\n  ')}`);
  return {
    port: config.GATEWAY_PORT,
    host: config.HOST,
    supergraphPath: config.SUPERGRAPH_PATH,
    /** The manifest of trusted operations (hash → document), read once at start. */
    persistedDocumentsPath: config.PERSISTED_DOCUMENTS_PATH,
    /** By the subgraph names in the supergraph; the URLs composed into it are only local defaults. */
    subgraphUrls: {
      municipality: config.MUNICIPALITY_SUBGRAPH_URL,
      interests: config.INTERESTS_SUBGRAPH_URL,
    } as Record<string, string>,
    logLevel: config.LOG_LEVEL,
    /** Introspection and schema hints in errors are off in production. */
    production,
    /** Users' tokens: an identity provider's JWKS, or (outside production) the local key in keysDir. */
    identityProvider:
      config.AUTH_JWKS_URL && config.AUTH_ISSUER && config.AUTH_AUDIENCE
        ? { url: config.AUTH_JWKS_URL, issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE }
        : undefined,
    /** The web app's sign-in at the identity provider (`/auth/config.json`); none without a client id. */
    webSignIn: config.AUTH_CLIENT_ID
      ? {
          clientId: config.AUTH_CLIENT_ID,
          authorizationEndpoint: config.AUTH_AUTHORIZATION_URL,
          tokenEndpoint: config.AUTH_TOKEN_URL,
          scope: config.AUTH_SCOPES ?? 'openid email',
        }
      : undefined,
    /**
     * With an identity provider, users' rights come from the register's assignments; role
     * claims count only in the tokens of these subjects.
     */
    serviceSubjects: (config.AUTH_SERVICE_SUBJECTS ?? '')
      .split(',')
      .map((subject) => subject.trim())
      .filter(Boolean),
    keysDir: config.AUTH_KEYS_DIR,
    /** JWK JSON; without it (outside production) a key pair in keysDir is made and shared. */
    internalTokenPrivateKey: config.INTERNAL_TOKEN_PRIVATE_KEY,
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    maxBodyBytes: config.MAX_BODY_BYTES,
    /** Web origins whose pages may call the gateway from a browser (CORS). */
    corsOrigins: config.CORS_ORIGINS,
    /** Worker threads that plan, run and serialise operations; the main thread only does HTTP. */
    workers: config.GATEWAY_WORKERS,
    /** Poll interval of the Kommunenøkkelen document's change feeds; 0: no document. */
    kommunenokkelenPollMs: config.KOMMUNENOKKELEN_POLL_MS,
    /** `graphiql`: served from the installed packages, works offline; `sandbox`: Apollo's, from its CDN. */
    ide: config.GATEWAY_IDE ?? 'graphiql',
    subscriptionPollMs: config.SUBSCRIPTION_POLL_MS,
    subscriptionsPerConnection: config.SUBSCRIPTIONS_PER_CONNECTION,
    /** The bearer token `/metrics` asks for; open without one. */
    metricsToken: config.METRICS_TOKEN,
    /** Where traces go (OTLP/HTTP); none when unset. */
    otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
  };
}

export type GatewayConfig = ReturnType<typeof readGatewayConfig>;
