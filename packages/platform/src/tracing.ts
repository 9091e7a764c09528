import type { Context, Span, Tracer } from '@opentelemetry/api';

/** Headers as both Node's objects and Fetch's `Headers` hold them, for reading a `traceparent`. */
export type CarrierHeaders = Record<string, string | string[] | undefined> | Headers;

/**
 * A service's tracing, made only when `OTEL_EXPORTER_OTLP_ENDPOINT` is set: spans exported with
 * OTLP/HTTP (JSON), context carried in W3C `traceparent` headers. Without it no tracing package
 * is loaded and the callers pass no Tracing at all. Spans carry operation, subgraph and SQL
 * statement kinds only, never variables or anything else a client sent.
 */
export interface Tracing {
  /**
   * Runs `work` in a span: a child of the `traceparent` in `parentHeaders` when given (a request
   * from another service), else of the active span.
   */
  span<T>(
    name: string,
    options: {
      kind?: 'server' | 'client' | 'internal';
      attributes?: Record<string, string | number | boolean>;
      parentHeaders?: CarrierHeaders;
    },
    work: (span: Span) => Promise<T>,
  ): Promise<T>;
  /** The active span's context as headers to send on (`traceparent`, `tracestate`). */
  headers(): Record<string, string>;
  /** A span for a SQL statement as it is sent, under the active span. */
  statement(sql: string): void;
  /** Exports what is pending and stops. */
  shutdown(): Promise<void>;
}

/** Starts tracing for `service` when an endpoint is configured; loads the SDK only then. */
export async function startTracing(
  service: string,
  endpoint: string | undefined,
): Promise<Tracing | undefined> {
  if (!endpoint) return undefined;
  const [api, { AsyncLocalStorageContextManager }, { W3CTraceContextPropagator }, sdk, resources, exporter] =
    await Promise.all([
      import('@opentelemetry/api'),
      import('@opentelemetry/context-async-hooks'),
      import('@opentelemetry/core'),
      import('@opentelemetry/sdk-trace'),
      import('@opentelemetry/resources'),
      import('@opentelemetry/exporter-trace-otlp-http'),
    ]);
  // One context manager per thread, shared by the services a test runs in one process.
  api.context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  const propagator = new W3CTraceContextPropagator();
  const provider = new sdk.TracerProvider({
    resource: resources.resourceFromAttributes({ 'service.name': service }),
    spanProcessors: [
      new sdk.BatchSpanProcessor({
        exporter: new exporter.OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, '')}/v1/traces` }),
        scheduledDelayMillis: 500,
      }),
    ],
  });
  // Not registered globally: each service of a process (the tests') keeps its own resource.
  const tracer: Tracer = provider.getTracer('registertjenester');
  const kinds = { server: api.SpanKind.SERVER, client: api.SpanKind.CLIENT, internal: api.SpanKind.INTERNAL };
  const getter = {
    keys: (carrier: CarrierHeaders) =>
      carrier instanceof Headers ? [...carrier.keys()] : Object.keys(carrier),
    get: (carrier: CarrierHeaders, key: string) =>
      carrier instanceof Headers ? (carrier.get(key) ?? undefined) : carrier[key],
  };
  const parentOf = (headers: CarrierHeaders | undefined): Context =>
    headers ? propagator.extract(api.ROOT_CONTEXT, headers, getter) : api.context.active();

  return {
    span(name, options, work) {
      return tracer.startActiveSpan(
        name,
        {
          kind: kinds[options.kind ?? 'internal'],
          ...(options.attributes && { attributes: options.attributes }),
        },
        parentOf(options.parentHeaders),
        async (span) => {
          try {
            return await work(span);
          } catch (error) {
            span.setStatus({ code: api.SpanStatusCode.ERROR });
            throw error;
          } finally {
            span.end();
          }
        },
      );
    },
    headers() {
      const carrier: Record<string, string> = {};
      propagator.inject(api.context.active(), carrier, {
        set: (target, key, value) => (target[key] = value),
      });
      return carrier;
    },
    statement(sql) {
      // Only within a traced request: the job queue's polls would each start a trace of their own.
      if (!api.trace.getSpan(api.context.active())) return;
      const span = tracer.startSpan(
        statementName(sql),
        { kind: api.SpanKind.CLIENT, attributes: { 'db.system.name': 'postgresql' } },
        api.context.active(),
      );
      span.end();
    },
    shutdown: () => provider.shutdown(),
  };
}

/**
 * A statement's kind and first table (`SELECT units`), not its text: drizzle binds values as
 * parameters, but a statement built with raw SQL could hold one.
 */
function statementName(sql: string): string {
  const keyword = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? 'SQL';
  const table = /\b(?:from|into|update|join)\s+"?(\w+)"?/i.exec(sql)?.[1];
  return table ? `${keyword} ${table}` : keyword;
}
