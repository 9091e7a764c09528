import { timingSafeEqual } from 'node:crypto';
import { Kind, type DocumentNode } from 'graphql';
import {
  AggregatorRegistry,
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
  type MetricObjectWithValues,
  type MetricValue,
} from 'prom-client';

export { Gauge, Registry };

/** A metrics snapshot of another thread (a gateway worker), as `registry.getMetricsAsJSON()` gives it. */
export type MetricsSnapshot = MetricObjectWithValues<MetricValue<string>>[];

/** Seconds, from a fast local answer to the national register pull. */
const durationBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** An operation name as GraphQL allows it; anything else is `other`. */
const operationNamePattern = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;

/**
 * Operation names as metric labels, bounded: the names given as known (the trusted operations'),
 * then the first `limit` other names seen, then `other`. A client chooses its operation's name,
 * so random names must not grow the series without end.
 */
export class OperationLabels {
  private readonly seen = new Set<string>();

  constructor(
    private readonly known: ReadonlySet<string> = new Set(),
    private readonly limit = 100,
  ) {}

  label(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.known.has(name) || this.seen.has(name)) return name;
    if (!operationNamePattern.test(name) || this.seen.size >= this.limit) return 'other';
    this.seen.add(name);
    return name;
  }
}

/**
 * The operation's name when Apollo did not resolve one (a document that fails validation):
 * the one the request gave, or the document's only operation's.
 */
export function operationNameOf(
  request: { operationName?: string | undefined },
  document: DocumentNode | undefined,
): string | undefined {
  if (request.operationName) return request.operationName;
  const operations = document?.definitions.filter(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION,
  );
  return operations?.length === 1 ? operations[0]!.name?.value : undefined;
}

/** The registry of one thread of one service: every series carries `service`. */
export function metricsRegistry(service: string, options: { processMetrics?: boolean } = {}): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  if (options.processMetrics) collectDefaultMetrics({ register: registry });
  return registry;
}

/** GraphQL operations as the HTTP thread answers them: rate, latency and errors per operation. */
export function operationMetrics(registry: Registry, labels: OperationLabels) {
  const requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests answered, by operation name (bounded) and outcome (ok, or error: an HTTP error or errors in the answer)',
    labelNames: ['operation', 'outcome'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time to answer a GraphQL request, by operation name (bounded)',
    labelNames: ['operation'],
    buckets: durationBuckets,
    registers: [registry],
  });
  return (operationName: string | null | undefined, seconds: number, failed: boolean) => {
    const operation = labels.label(operationName);
    requests.inc({ operation, outcome: failed ? 'error' : 'ok' });
    duration.observe({ operation }, seconds);
  };
}

/** The gateway's calls to its subgraphs: rate, latency and failures per subgraph. */
export function subgraphCallMetrics(registry: Registry) {
  const calls = new Counter({
    name: 'gateway_subgraph_requests_total',
    help: 'Calls from the gateway to a subgraph (each try), by subgraph and outcome (ok; error: an HTTP error status or no answer)',
    labelNames: ['subgraph', 'outcome'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'gateway_subgraph_request_duration_seconds',
    help: 'Time until a subgraph answered the gateway (headers), by subgraph',
    labelNames: ['subgraph'],
    buckets: durationBuckets,
    registers: [registry],
  });
  return (subgraph: string, seconds: number, failed: boolean) => {
    calls.inc({ subgraph, outcome: failed ? 'error' : 'ok' });
    duration.observe({ subgraph }, seconds);
  };
}

/** How `/metrics` is served. */
export interface MetricsEndpoint {
  registry: Registry;
  /** Snapshots of other threads' registries (the gateway's workers), summed into the answer. */
  otherThreads?: () => Promise<MetricsSnapshot[]>;
  /** When set, `/metrics` answers only `Authorization: Bearer <token>` (METRICS_TOKEN). */
  token?: string | undefined;
}

/** The Prometheus text of this thread's registry and the sum of the other threads'. */
export async function metricsText(endpoint: MetricsEndpoint): Promise<string> {
  const own = await endpoint.registry.metrics();
  const others = (await endpoint.otherThreads?.()) ?? [];
  if (others.length === 0) return own;
  return own + (await AggregatorRegistry.aggregate(others).metrics());
}

export const metricsContentType = Registry.PROMETHEUS_CONTENT_TYPE;

/** Whether a request's Authorization header carries the metrics token (in constant time). */
export function metricsTokenMatches(token: string, authorization: string | undefined): boolean {
  const expected = Buffer.from(`Bearer ${token}`);
  const given = Buffer.from(authorization ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
