import { STATUS_CODES } from 'node:http';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { Agent, request, type Dispatcher } from 'undici';
import { UserFacingError } from '@registers/graphql-kit';
import type { Tracing } from '@registers/platform/tracing';

const attemptsForQueries = 3;
const retriedStatuses = new Set([502, 503, 504]);

/**
 * How the gateway calls a subgraph: every call has a time limit; a query that met a network
 * error or a 502/503/504 is tried again (twice, after a short pause), a mutation never, since
 * it may have been applied already. A call that ran out of time is not tried again either:
 * the subgraph is busy with it still, and another try would only add to its load.
 */
export function subgraphFetcher(
  subgraph: string,
  timeoutMs: number,
  /** Each try, for the metrics: seconds until the answer's headers, and whether it failed. */
  record: (subgraph: string, seconds: number, failed: boolean) => void = () => {},
  /** Traced, each call is a client span whose context the subgraph continues (`traceparent`). */
  tracing?: Tracing,
): Fetcher {
  const fetchOnce = fetchWithRetries(subgraph, timeoutMs, record);
  if (!tracing) return fetchOnce;
  return (url, init) =>
    tracing.span(
      `gateway → ${subgraph}`,
      { kind: 'client', attributes: { 'graphql.subgraph.name': subgraph } },
      async (span) => {
        const response = await fetchOnce(url, {
          ...init,
          headers: { ...(init?.headers as Record<string, string>), ...tracing.headers() },
        });
        span.setAttribute('http.response.status_code', response.status);
        return response;
      },
    );
}

function fetchWithRetries(
  subgraph: string,
  timeoutMs: number,
  record: (subgraph: string, seconds: number, failed: boolean) => void,
): Fetcher {
  return async (url, init) => {
    const attempts = isMutation(init?.body) ? 1 : attemptsForQueries;
    for (let attempt = 1; ; attempt++) {
      const started = performance.now();
      const elapsed = () => (performance.now() - started) / 1000;
      try {
        const response = await send(url, init, timeoutMs);
        record(subgraph, elapsed(), response.status >= 400);
        if (attempt < attempts && retriedStatuses.has(response.status)) {
          // Read to its end, so that the connection goes back to the pool.
          await response.arrayBuffer().catch(() => undefined);
          await pause(attempt);
          continue;
        }
        return response;
      } catch (error) {
        record(subgraph, elapsed(), true);
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        if (attempt < attempts && !timedOut) {
          await pause(attempt);
          continue;
        }
        throw new UserFacingError(
          'SUBGRAPH_UNAVAILABLE',
          timedOut
            ? `The ${subgraph} register did not answer within ${timeoutMs} ms.`
            : `The ${subgraph} register could not be reached.`,
        );
      }
    }
  };
}

/**
 * The data source writes the body as `JSON.stringify({ query, variables, … })`, the query
 * first, and the query planner writes the operation's keyword first: the start of the text says
 * whether it is a query, without parsing what follows (an `_entities` call's representations
 * run to megabytes). A batch (`[{ query, … }, …]`, subgraph-batches.ts) holds queries only, so
 * its first call tells. A body that does not start so counts as a mutation: it is never retried.
 */
const queryBody = /^\[?\{"query":"(?:\s|\\[nrt])*(?:query\b|\{)/;

function isMutation(body: unknown): boolean {
  return typeof body !== 'string' || !queryBody.test(body.slice(0, 64));
}

const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, 100 * attempt));

/** The gateway's connections to the subgraphs, kept open between calls (undici's defaults). */
const subgraphConnections = new Agent();

/**
 * One call, with undici's `request` rather than `fetch`, which wraps the same client in the
 * WHATWG Request, Response and web streams: 1.6 ms of a one-municipality pull's 33 (measured in
 * one process, alternating; BENCHMARKS.md). The answer as Apollo's data source reads a fetch
 * Response: status, headers and a body read once.
 */
async function send(url: string, init: Parameters<Fetcher>[1], timeoutMs: number): Promise<FetcherResponse> {
  const answer = await request(url, {
    method: (init?.method ?? 'GET') as Dispatcher.HttpMethod,
    headers: init?.headers,
    body: init?.body,
    signal: AbortSignal.timeout(timeoutMs),
    dispatcher: subgraphConnections,
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(answer.headers)) {
    if (Array.isArray(value)) for (const one of value) headers.append(name, one);
    else if (value !== undefined) headers.set(name, value);
  }
  const status = answer.statusCode;
  return {
    get bodyUsed() {
      return answer.body.bodyUsed;
    },
    url,
    redirected: false,
    status,
    ok: status >= 200 && status < 300,
    statusText: STATUS_CODES[status] ?? '',
    headers,
    arrayBuffer: () => answer.body.arrayBuffer(),
    text: () => answer.body.text(),
    json: () => answer.body.json(),
    clone: () => {
      throw new Error('a subgraph answer is read once');
    },
  };
}
