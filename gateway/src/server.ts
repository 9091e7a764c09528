import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  createLogger,
  maskUnexpectedErrors,
  REQUEST_ID_HEADER,
  startGraphQLService,
  type Logger,
} from '@registers/service-runtime';
import type { GatewayConfig } from './config.ts';

interface GatewayContext {
  requestId: string;
}

/** Passes the request id on, so one id follows an operation through every subgraph's log. */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if (context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
  }
}

/** The public endpoint: serves the committed supergraph, routing to the configured subgraph URLs. */
export async function startGateway(config: GatewayConfig, logger: Logger = createLogger('gateway', config.logLevel)) {
  const supergraphSdl = readFileSync(config.supergraphPath, 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger,
    buildService: ({ name, url }) => {
      const configured = config.subgraphUrls[name];
      if (!configured) logger.warn({ subgraph: name, url }, 'no URL configured for subgraph; using the composed one');
      return new SubgraphDataSource({ url: configured ?? url });
    },
  });
  return startGraphQLService<GatewayContext>(
    {
      name: 'gateway',
      logger,
      createApollo: (plugins) =>
        new ApolloServer<GatewayContext>({
          gateway,
          plugins,
          formatError: maskUnexpectedErrors(logger, { fromSubgraphs: true }),
          includeStacktraceInErrorResponses: false,
        }),
      context: async ({ requestId }) => ({ requestId }),
      readinessChecks: {},
    },
    { port: config.port, host: config.host },
  );
}
