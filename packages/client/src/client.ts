import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** A bearer token, or a function that gives the current one (asked before every request). */
export type TokenSource = string | (() => string | Promise<string>);

export interface RegisterClientOptions {
  /** The gateway's GraphQL endpoint, e.g. `https://registertjenester.example.no/graphql`. */
  url: string | URL;
  /** Sent as `Authorization: Bearer …`; without it the client asks as the public. */
  token?: TokenSource;
  /** Another `fetch` (a proxy's, a test's); the global one by default. */
  fetch?: typeof fetch;
  /** More headers on every request (`x-request-id`, `apollographql-client-name`, …). */
  headers?: Record<string, string>;
}

/** A document of this package: typed, and carrying the hash the gateway knows it by. */
export type PersistedDocument<TResult, TVariables> = TypedDocumentNode<TResult, TVariables> & {
  __meta__?: { hash?: string };
};

/**
 * The id the gateway knows a document of this package by: `sha256:` and the hash of its text,
 * as the manifest (`@registers/client/persisted-documents.json`) lists it.
 */
export function documentId(document: TypedDocumentNode<unknown, never>): string {
  const hash = (document as PersistedDocument<unknown, never>).__meta__?.hash;
  if (!hash) throw new TypeError('Not a persisted document of @registers/client: it carries no hash.');
  return hash;
}

/** Variables are left out where an operation has none, and required where it has some required. */
export type VariablesOf<TVariables> = TVariables extends Record<string, never> ? [] : [TVariables];

/** One GraphQL error as the gateway sends it. */
export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/**
 * The gateway answered with errors (or not with GraphQL at all). `code` is the first error's
 * `extensions.code` (`NOT_FOUND`, `FORBIDDEN`, `PERSISTED_QUERY_NOT_FOUND`, `RATE_LIMITED`, …);
 * `errors` holds them all, `data` whatever was answered beside them.
 */
export class RegisterClientError extends Error {
  override name = 'RegisterClientError';
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
    readonly errors: GraphQLErrorEntry[],
    readonly data: unknown = null,
  ) {
    super(message);
  }
}

/** A Relay connection as the register's lists and feeds give them. */
export interface Connection<TEdge> {
  edges: TEdge[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The paging variables of a connection's field. */
export interface PageVariables {
  after?: string | null;
  first?: number | null;
}

export interface FollowOptions {
  /** How long to wait before asking again once caught up; 5 s by default. */
  pollIntervalMs?: number;
  /** Stops following: the iteration ends after the page in hand. */
  signal?: AbortSignal;
}

/**
 * A client of the register's gateway for partner systems. It sends the operations of this
 * package by their hash (`extensions.persistedQuery`, as Apollo's automatic persisted queries
 * do): the gateway runs only the documents it was built with for partners.
 */
export class RegisterClient {
  readonly #url: string;
  readonly #token: TokenSource | undefined;
  readonly #fetch: typeof fetch;
  readonly #headers: Record<string, string>;

  constructor(options: RegisterClientOptions) {
    this.#url = String(options.url);
    this.#token = options.token;
    // Called through a function of its own: a browser's `fetch` called as a method of another
    // object (this client) throws "Illegal invocation".
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#headers = options.headers ?? {};
  }

  /** Runs one operation; its data, or a RegisterClientError if the gateway answered any error. */
  async execute<TResult, TVariables>(
    document: PersistedDocument<TResult, TVariables>,
    ...[variables]: VariablesOf<TVariables>
  ): Promise<TResult> {
    const hash = documentId(document as TypedDocumentNode<unknown, never>);
    const token = typeof this.#token === 'function' ? await this.#token() : this.#token;
    const response = await this.#fetch(this.#url, {
      method: 'POST',
      headers: {
        ...this.#headers,
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({
        variables: variables ?? {},
        extensions: { persistedQuery: { version: 1, sha256Hash: hash.replace(/^sha256:/, '') } },
      }),
    });
    const text = await response.text();
    let body: { data?: TResult | null; errors?: GraphQLErrorEntry[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new RegisterClientError(
        `The gateway answered HTTP ${response.status} without GraphQL.`,
        'BAD_RESPONSE',
        response.status,
        [],
      );
    }
    const [first] = body.errors ?? [];
    if (first) {
      throw new RegisterClientError(
        first.message,
        first.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
        response.status,
        body.errors!,
        body.data ?? null,
      );
    }
    if (body.data == null) {
      throw new RegisterClientError('The gateway answered no data.', 'BAD_RESPONSE', response.status, []);
    }
    return body.data;
  }

  /**
   * The edges of a connection, page after page until the last (`pageInfo.hasNextPage`), each
   * page asked with the `endCursor` of the one before. `connection` picks the connection out of
   * the answer (`(data) => data.searchPersons`).
   */
  async *paginate<TResult, TVariables extends PageVariables, TEdge>(
    document: PersistedDocument<TResult, TVariables>,
    variables: TVariables,
    connection: (data: TResult) => Connection<TEdge>,
  ): AsyncGenerator<TEdge, void, undefined> {
    let after = variables.after ?? null;
    for (;;) {
      const page = connection(await this.#run(document, { ...variables, after }));
      yield* page.edges;
      if (!page.pageInfo.hasNextPage || page.pageInfo.endCursor === null) return;
      after = page.pageInfo.endCursor;
    }
  }

  /**
   * Follows a change feed from a stored cursor (`after`; null or absent: from the start): every
   * change after it, in order, with no gap, asking again every `pollIntervalMs` once caught up,
   * until `signal` aborts. Store each edge's `cursor` once it is processed, and start from it
   * next time.
   */
  async *follow<TResult, TVariables extends PageVariables, TEdge extends { cursor: string }>(
    document: PersistedDocument<TResult, TVariables>,
    variables: TVariables,
    connection: (data: TResult) => Connection<TEdge>,
    { pollIntervalMs = 5_000, signal }: FollowOptions = {},
  ): AsyncGenerator<TEdge, void, undefined> {
    let after = variables.after ?? null;
    while (!signal?.aborted) {
      const page = connection(await this.#run(document, { ...variables, after }));
      for (const edge of page.edges) {
        yield edge;
        after = edge.cursor;
      }
      // An empty page's endCursor is null: the stored cursor stays where it was.
      if (page.pageInfo.endCursor !== null) after = page.pageInfo.endCursor;
      if (!page.pageInfo.hasNextPage) await pause(pollIntervalMs, signal);
    }
  }

  #run<TResult, TVariables>(document: PersistedDocument<TResult, TVariables>, variables: TVariables) {
    return this.execute(document, ...([variables] as VariablesOf<TVariables>));
  }
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
