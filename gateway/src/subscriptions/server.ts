import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, Server } from 'node:http';
import { createRequire } from 'node:module';
import { AuthenticationError, type Identity } from '@registers/access';
import type { Logger, OperationRunner } from '@registers/platform';
import {
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { OperationContext } from '../operations.ts';
import { EventQueue } from './event-queue.ts';
import type { FeedWatcher } from './feed-watcher.ts';
import { cursorAlias, liveQueryOf, type LiveQuery } from './live-query.ts';
import { notInList } from '../trusted-operations.ts';

export interface LiveSubscriptionOptions {
  /** The public schema with its Subscription type (schema/api.graphql), to validate documents. */
  schema: GraphQLSchema;
  operations: OperationRunner<OperationContext>;
  /** As HTTP authenticates: an AuthenticationError for a token that does not verify. */
  authenticate: (headers: IncomingHttpHeaders) => Promise<Identity>;
  /** Whether the subscriber may run this document's text (a partner only the trusted operations). */
  mayRun: (identity: Identity, query: string) => boolean;
  watcher: FeedWatcher;
  subscriptionsPerConnection: number;
  /** Connections a minute per client address, as HTTP's rate limit counts requests; unlimited when absent. */
  connectionsPerMinute?: number;
  /** Largest WebSocket message accepted, in bytes; a larger one closes the connection (1009). */
  maxMessageBytes: number;
  logger: Logger;
}

type ConnectionState = {
  connectionId: string;
  /** The headers the subscriber's identity comes from: `authorization` from connectionParams. */
  headers: IncomingHttpHeaders;
  /** Who connected; each event is run with the identity these headers give at its time. */
  identity: Identity;
};

type SubscriptionContext = Omit<ConnectionState, 'identity'> & { live: LiveQuery };

/**
 * graphql-ws answers errors from onSubscribe only if they are `instanceof` the GraphQLError it
 * loads itself: graphql 16 has no exports map, so Node gives graphql-ws its CommonJS build while
 * a bundler (vitest) may give this module the ES one, two classes. Errors are remade with its.
 */
const ProtocolGraphQLError = (createRequire(import.meta.url)('graphql') as typeof import('graphql'))
  .GraphQLError;
const protocolErrors = (errors: readonly GraphQLError[]): readonly GraphQLError[] =>
  errors.map(
    (error) =>
      new ProtocolGraphQLError(error.message, {
        ...(error.nodes && { nodes: error.nodes }),
        ...(error.source && { source: error.source }),
        ...(error.positions && { positions: error.positions }),
        extensions: error.extensions,
      }),
  );

/** As the gateway's HTTP endpoint parses: a larger document is refused before it costs anything. */
const maxTokens = 4_000;
const decoder = new TextDecoder();

/**
 * GraphQL subscriptions over WebSocket (graphql-ws) at `/graphql`, beside Apollo Gateway, which
 * executes none: each subscription is its feed's query (live-query.ts), run through the
 * gateway's operations with the subscriber's identity whenever the feed watcher sees the feed
 * move, so the access policy applies to every event as to any query over HTTP.
 */
export function liveSubscriptions(options: LiveSubscriptionOptions) {
  const { schema, operations, authenticate, watcher, logger } = options;
  const admit = connectionLimiter(options.connectionsPerMinute);
  return (server: Server) => {
    const sockets = new WebSocketServer({ server, path: '/graphql', maxPayload: options.maxMessageBytes });
    const disposable = useServer<Record<string, unknown> | undefined, ConnectionState>(
      {
        schema,
        // The same bearer token as over HTTP, in connectionParams: `{ authorization: 'Bearer …' }`.
        // One that does not verify closes the connection with 4403 Forbidden.
        onConnect: async (ctx) => {
          // Counted before the token is checked, so that trying tokens costs as over HTTP.
          if (!admit(ctx.extra.request.socket.remoteAddress ?? '')) {
            ctx.extra.socket.close(4429, 'Too many connections from this address; try again in a minute.');
            return false;
          }
          const authorization = ctx.connectionParams?.['authorization'];
          if (authorization !== undefined && typeof authorization !== 'string') return false;
          const headers: IncomingHttpHeaders = authorization ? { authorization } : {};
          try {
            ctx.extra.identity = await authenticate(headers);
          } catch (error) {
            if (error instanceof AuthenticationError) return false;
            throw error;
          }
          ctx.extra.headers = headers;
          ctx.extra.connectionId = randomUUID();
          return true;
        },
        onSubscribe: (ctx, _id, payload) => {
          const refused = refusal(ctx, payload);
          return 'schema' in refused ? refused : protocolErrors(refused);
        },
        // Events are the gateway's answers, their errors already formatted (and masked).
        onNext: (_ctx, _id, _payload, _args, result) => result as FormattedExecutionResult,
        subscribe: (args) => events(args.contextValue as SubscriptionContext),
      },
      sockets,
    );

    /** The subscription's execution arguments, or why it is refused. */
    function refusal(
      ctx: { subscriptions: Record<string, unknown>; extra: Partial<ConnectionState> },
      payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
    ): ExecutionArgs | readonly GraphQLError[] {
      // The subscription being made is counted already.
      if (Object.keys(ctx.subscriptions).length > options.subscriptionsPerConnection) {
        return [
          new GraphQLError(
            `At most ${options.subscriptionsPerConnection} subscriptions at once on one connection.`,
            { extensions: { code: 'RATE_LIMITED' } },
          ),
        ];
      }
      if (!options.mayRun(ctx.extra.identity!, payload.query)) {
        return [new GraphQLError(notInList, { extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' } })];
      }
      let document: DocumentNode;
      try {
        document = parse(payload.query, { maxTokens });
      } catch (error) {
        return [error instanceof GraphQLError ? error : new GraphQLError('Syntax error')];
      }
      const invalid = validate(schema, document);
      if (invalid.length > 0) return invalid;
      const live = liveQueryOf(schema, document, payload.operationName, payload.variables);
      if (!('feed' in live)) return live;
      const contextValue: SubscriptionContext = {
        connectionId: ctx.extra.connectionId!,
        headers: ctx.extra.headers!,
        live,
      };
      return {
        schema,
        document,
        contextValue,
        ...(payload.operationName && { operationName: payload.operationName }),
        ...(payload.variables && { variableValues: payload.variables }),
      };
    }

    /** Events of one subscription, from its cursor on, each run with the subscriber's rights. */
    function events({
      live,
      headers,
      connectionId,
    }: SubscriptionContext): AsyncIterableIterator<ExecutionResult> {
      let wake: (() => void) | undefined;
      let moved = false;
      let stopWatching: (() => void) | undefined;
      const queue = new EventQueue<ExecutionResult>(() => {
        stopWatching?.();
        wake?.();
      });
      const started = performance.now();
      logger.info(
        { connectionId, operationName: live.operationName, feed: live.feed },
        'subscription started',
      );
      void (async () => {
        const watching = await watcher.listen((feed, municipalities) => {
          if (feed !== live.feed) return;
          if (live.municipalityNumber && !municipalities.has(live.municipalityNumber)) return;
          moved = true;
          wake?.();
        });
        stopWatching = watching.stop;
        if (queue.closed) return watching.stop();
        let cursor = live.after ?? watching.position(live.feed);
        while (!queue.closed) {
          moved = false;
          const page = await eventsAfter(live, cursor, headers);
          for (const event of page.events) await queue.push(event);
          if (page.end) break;
          cursor = page.cursor;
          if (page.hasNextPage || moved) continue;
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
        }
      })()
        .catch(async (error: unknown) => {
          logger.error({ err: error, connectionId }, 'a subscription failed');
          await queue.push({
            errors: [
              new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
            ],
          });
        })
        .finally(() => {
          stopWatching?.();
          queue.end();
          logger.info(
            { connectionId, operationName: live.operationName, ms: Math.round(performance.now() - started) },
            'subscription ended',
          );
        });
      return queue;
    }

    return {
      // Connections close with 1001 Going Away, which graphql-ws clients retry: on another
      // replica, resuming from their cursor. Subscriptions end as their connections close.
      close: async () => {
        await disposable.dispose();
      },
    };
  };

  /**
   * The page of events after a cursor, as the subscriber's query answers it now. An answer that
   * is not a page (a refused token, an invalid variable) is the subscription's last event.
   */
  async function eventsAfter(live: LiveQuery, cursor: string | null, headers: IncomingHttpHeaders) {
    const last = (errors: readonly GraphQLFormattedError[]) => ({
      events: [{ errors } as unknown as ExecutionResult],
      end: true,
      cursor,
      hasNextPage: false,
    });
    let identity: Identity;
    try {
      // Every page with the rights of now, as every HTTP request: a removed assignment, an expired token.
      identity = await authenticate(headers);
    } catch (error) {
      if (!(error instanceof AuthenticationError)) throw error;
      return last([{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }]);
    }
    const response = await operations.run(live.request(cursor), { requestId: randomUUID(), identity });
    const answer = JSON.parse(decoder.decode(response.body)) as {
      data?: Record<string, FeedPage | null> | null;
      errors?: GraphQLFormattedError[];
    };
    const page = answer.data?.[live.responseKey];
    if (!page) return last(answer.errors ?? [{ message: 'The feed could not be read.' }]);
    const errorsByEdge = new Map<number, GraphQLFormattedError[]>();
    for (const error of answer.errors ?? []) {
      const [, edges, index, ...rest] = error.path ?? [];
      if (edges !== 'edges' || typeof index !== 'number') return last(answer.errors!);
      const moved = { ...error, path: [live.responseKey, ...rest] };
      errorsByEdge.set(index, [...(errorsByEdge.get(index) ?? []), moved]);
    }
    const events = page.edges.map((edge, index) => {
      const { [cursorAlias]: _cursor, ...event } = edge;
      const errors = errorsByEdge.get(index);
      return { data: { [live.responseKey]: event }, ...(errors && { errors }) } as unknown as ExecutionResult;
    });
    return {
      events,
      end: false,
      cursor: page.pageInfo.endCursor ?? cursor,
      hasNextPage: page.pageInfo.hasNextPage,
    };
  }
}

interface FeedPage {
  edges: Record<string, unknown>[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The connections of the last minute per client address (a sliding window, no burst at its edge). */
function connectionLimiter(perMinute: number | undefined) {
  const recent = new Map<string, number[]>();
  let pruned = Date.now();
  return (address: string) => {
    if (perMinute === undefined) return true;
    const now = Date.now();
    if (now - pruned > 60_000) {
      for (const [key, times] of recent) if (times.at(-1)! <= now - 60_000) recent.delete(key);
      pruned = now;
    }
    const times = (recent.get(address) ?? []).filter((time) => time > now - 60_000);
    recent.set(address, times);
    if (times.length >= perMinute) return false;
    times.push(now);
    return true;
  };
}
