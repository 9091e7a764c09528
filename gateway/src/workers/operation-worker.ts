import type { CryptoKey } from '@registers/access';
import { createLogger } from '@registers/platform/logger';
import { metricsRegistry } from '@registers/platform/metrics';
import { startTracing } from '@registers/platform/tracing';
import type { GraphQLHttpRequest, GraphQLHttpResponse } from '@registers/platform';
import type { GatewayConfig } from '../config.ts';
import { startOperations, type OperationContext } from '../operations.ts';
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
// Only this worker's subgraph calls; the HTTP thread sums every worker's into its /metrics.
const metrics = metricsRegistry('gateway');
const operations = await startOperations(
  config,
  internalTokenKey,
  createLogger('gateway', logLevel, workerLogDestination()),
  metrics,
  await startTracing('gateway', config.otlpEndpoint),
);

/**
 * One worker thread of the gateway: planning, the subgraph calls, merging and serialising the
 * answer, all of which for a large answer is seconds of work that would hold up every other
 * request on the HTTP thread. The answer's bytes are moved back, not copied.
 */
serveTasks<OperationTask, GraphQLHttpResponse>(
  async ({ request, context }) => {
    const result = await operations.run(request, context);
    // TextEncoder gives a plain ArrayBuffer, never a shared one.
    return { result, transfer: [result.body.buffer as ArrayBuffer] };
  },
  () => metrics.getMetricsAsJSON(),
);
