import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { callerAuthenticator, loadInternalTokenKey } from '../callers.ts';
import type { GatewayConfig } from '../config.ts';
import { subgraphBoundary } from './subgraph-boundary.ts';

/**
 * Hive Gateway's runtime over the committed supergraph, routing to the configured subgraph URLs,
 * with our subgraph boundary (subgraph-boundary.ts): configured by the gateway's own variables
 * (SUPERGRAPH_PATH, *_SUBGRAPH_URL, AUTH_*, INTERNAL_TOKEN_PRIVATE_KEY, SUBGRAPH_TIMEOUT_MS).
 */
export async function createHiveGateway(config: GatewayConfig) {
  const internalTokenKey = await loadInternalTokenKey(config);
  const authenticate = await callerAuthenticator(config, internalTokenKey);
  const boundary = subgraphBoundary({ authenticate, internalTokenKey, subgraphUrls: config.subgraphUrls });
  return createGatewayRuntime({
    supergraph: readFileSync(config.supergraphPath, 'utf8'),
    transports: { http: httpTransport },
    transportEntries: Object.fromEntries(
      Object.entries(config.subgraphUrls).map(([subgraph, location]) => [subgraph, { location }]),
    ),
    plugins: () => [boundary],
    graphqlEndpoint: '/graphql',
    // The boundary sets and returns the request id, as our gateway does (only a safe one sent is kept).
    requestId: false,
    // Hive's logger at debug level may write variables (personal data): warnings and errors only.
    logging: config.logLevel === 'silent' ? false : 'warn',
    landingPage: false,
    graphiql: false,
    maskedErrors: true,
    disableIntrospection: config.production ? {} : undefined,
    upstreamTimeout: config.subgraphTimeoutMs,
  });
}

/** Hive Gateway served over HTTP on the configured host and port (0: any free port). */
export async function startHiveGateway(config: GatewayConfig) {
  const runtime = await createHiveGateway(config);
  const server = createServer(runtime);
  await new Promise<void>((listening) => server.listen(config.port, config.host, listening));
  const { port } = server.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${shownHost}:${port}/graphql`,
    port,
    async close() {
      await new Promise<void>((closed) => {
        server.close(() => closed());
        server.closeIdleConnections();
      });
      await runtime[Symbol.asyncDispose]();
    },
  };
}
