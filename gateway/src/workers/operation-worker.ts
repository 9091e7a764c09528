import { HeaderMap } from '@apollo/server';
import type { CryptoKey } from '@registers/access';
import { createLogger } from '@registers/platform/logger';
import type { GraphQLHttpRequest, GraphQLHttpResponse } from '@registers/platform';
import type { GatewayConfig } from '../config.ts';
import { createGatewayServer, type OperationContext } from '../operations.ts';
import { serveTasks, workerInput, workerLogDestination } from './pool.ts';

/** What each operation worker is started with. */
export interface OperationWorkerInput {
  config: GatewayConfig;
  internalTokenKey: CryptoKey;
  /** The HTTP thread's logger's level; the lines are written by that logger. */
  logLevel: NonNullable<Parameters<typeof createLogger>[1]>;
}

export interface OperationTask {
  request: GraphQLHttpRequest;
  context: OperationContext;
}

const { config, internalTokenKey, logLevel } = workerInput<OperationWorkerInput>();
const logger = createLogger('gateway', logLevel, workerLogDestination());
const server = createGatewayServer(config, internalTokenKey, logger);
await server.start();
const utf8 = new TextEncoder();

/**
 * One worker thread of the gateway: planning, the subgraph calls, merging and serialising the
 * answer, all of which for a large answer is seconds of work that would hold up every other
 * request on the HTTP thread. The answer goes back as UTF-8 bytes, moved rather than copied.
 */
serveTasks<OperationTask, GraphQLHttpResponse>(async ({ request, context }) => {
  const operation: { name: string | null } = { name: null };
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { ...request, headers: new HeaderMap(request.headers) },
    context: async () => ({ ...context, operation }),
  });
  let text = '';
  if (response.body.kind === 'complete') text = response.body.string;
  else for await (const chunk of response.body.asyncIterator) text += chunk;
  const body = utf8.encode(text);
  return {
    result: {
      status: response.status ?? 200,
      headers: [...response.headers],
      body,
      operationName: operation.name,
    },
    transfer: [body.buffer],
  };
});
