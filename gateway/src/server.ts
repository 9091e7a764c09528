import { readFileSync } from 'node:fs';
import {
  ApolloGateway,
  RemoteGraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
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

class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** Passes the request id on, so one id follows an operation through every subgraph's log. */
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if (context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
  }

  /**
   * Only a subgraph can check its custom scalars (MunicipalityNumber, …) and it answers a bad
   * variable with HTTP 400: that is the client's error, so its message and BAD_USER_INPUT go
   * back to the client instead of an opaque "400: Bad Request".
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]) {
    const error = await super.errorFromResponse(response);
    const body = (error.extensions['response'] as { body?: { errors?: GraphQLFormattedError[] } } | undefined)
      ?.body;
    const first = body?.errors?.[0];
    if (response.status === 400 && first?.extensions?.['code'] === 'BAD_USER_INPUT') {
      return new GraphQLError(first.message, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return error;
  }
}

/** The public endpoint: serves the committed supergraph, routing to the configured subgraph URLs. */
export async function startGateway(
  config: GatewayConfig,
  logger: Logger = createLogger('gateway', config.logLevel),
) {
  const supergraphSdl = readFileSync(config.supergraphPath, 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger,
    buildService: ({ name, url }) => {
      const configured = config.subgraphUrls[name];
      if (!configured)
        logger.warn({ subgraph: name, url }, 'no URL configured for subgraph; using the composed one');
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
