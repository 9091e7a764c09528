import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveEvent<TData> {
  data?: TData | null;
  errors?: readonly GraphQLFormattedError[];
  /** When it arrived (performance.now()). */
  at: number;
}

/** A graphql-ws client of a gateway, as a partner connects: the bearer token in connectionParams. */
export function connect(gatewayUrl: string, authorization?: string) {
  const closes: { code: number; reason: string }[] = [];
  const client = createClient({
    url: gatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: authorization === undefined ? {} : { authorization },
    retryAttempts: 0,
    lazy: true,
    on: { closed: (event) => void closes.push(event as { code: number; reason: string }) },
  });
  return {
    client,
    closes,
    subscribe: <TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables) =>
      subscribe(client, document, variables),
  };
}

/** One subscription whose events are collected as they come. */
export function subscribe<TData, TVariables>(
  client: Client,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
) {
  const events: LiveEvent<TData>[] = [];
  let failure: unknown;
  let completed = false;
  const waiters = new Set<() => void>();
  const changed = () => {
    for (const waiter of waiters) waiter();
  };
  const unsubscribe = client.subscribe<TData>(
    { query: print(document), variables: variables as Record<string, unknown> },
    {
      next: (event) => {
        events.push({ ...(event as Omit<LiveEvent<TData>, 'at'>), at: performance.now() });
        changed();
      },
      error: (error) => {
        failure = error;
        changed();
      },
      complete: () => {
        completed = true;
        changed();
      },
    },
  );
  /** Resolves once `count` events have come, or rejects after `timeoutMs`. */
  const waitFor = (count: number, timeoutMs = 5_000) =>
    new Promise<LiveEvent<TData>[]>((resolve, reject) => {
      const check = () => {
        if (events.length >= count) done(() => resolve(events.slice()));
        else if (failure !== undefined || completed)
          done(() =>
            reject(
              new Error(`ended after ${events.length} events: ${JSON.stringify(failure ?? 'complete')}`),
            ),
          );
      };
      const timer = setTimeout(
        () => done(() => reject(new Error(`${events.length} of ${count} events in ${timeoutMs} ms`))),
        timeoutMs,
      );
      const done = (settle: () => void) => {
        clearTimeout(timer);
        waiters.delete(check);
        settle();
      };
      waiters.add(check);
      check();
    });
  /** Resolves once the subscription failed or completed. */
  const ended = (timeoutMs = 5_000) =>
    new Promise<{ failure: unknown; completed: boolean }>((resolve, reject) => {
      const check = () => {
        if (failure !== undefined || completed) done(() => resolve({ failure, completed }));
      };
      const timer = setTimeout(() => done(() => reject(new Error('did not end'))), timeoutMs);
      const done = (settle: () => void) => {
        clearTimeout(timer);
        waiters.delete(check);
        settle();
      };
      waiters.add(check);
      check();
    });
  return { events, waitFor, ended, unsubscribe };
}
