import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { AuthenticationError, internalTokenSigner, type CryptoKey, type Identity } from '@registers/access';
import { REQUEST_ID_HEADER } from '@registers/platform/request-id';

export interface SubgraphBoundaryOptions {
  /** Who is asking, from the request's headers: our gateway's own (callers.ts). */
  authenticate: (headers: IncomingHttpHeaders) => Promise<Identity>;
  /** The private half of the internal token key, which the subgraphs verify. */
  internalTokenKey: CryptoKey;
  /** The subgraphs by their names in the supergraph: the only addresses a token is signed for. */
  subgraphUrls: Record<string, string>;
}

/** As the subgraphs accept a caller's request id (platform's http.ts); any other is replaced. */
const safeRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

interface Caller {
  identity: Identity;
  requestId: string;
}

const headersOnly = ['content-type', 'accept'] as const;

/**
 * What our gateway does at the subgraph boundary (operations.ts, `SubgraphDataSource`), as a
 * Hive Gateway plugin, so Hive Gateway can stand in front of the same subgraphs:
 *
 * - each request's caller is authenticated with our gateway's authenticator: no token is the
 *   public; a token that does not verify is answered 401 UNAUTHENTICATED (503 when the register
 *   cannot say what a user may do), never served as the public;
 * - every subgraph request carries `authorization: Bearer <internal token>`, signed for that
 *   subgraph and that identity with `internalTokenSigner`, and the request id; its headers are
 *   made here, so nothing else the caller sent (their own token, a forged internal one, any
 *   header) reaches a subgraph;
 * - a fetch to an address that is no configured subgraph, or outside a caller's request, is
 *   refused rather than sent with a token.
 */
export function subgraphBoundary(options: SubgraphBoundaryOptions): GatewayPlugin {
  const signToken = internalTokenSigner(options.internalTokenKey);
  const subgraphByUrl = new Map(
    Object.entries(options.subgraphUrls).map(([name, url]) => [withoutQuery(url), name]),
  );
  const callers = new WeakMap<Request, Caller>();

  return {
    async onRequest({ request, endResponse, fetchAPI }) {
      const sent = request.headers.get(REQUEST_ID_HEADER);
      const requestId = sent !== null && safeRequestId.test(sent) ? sent : randomUUID();
      try {
        const identity = await options.authenticate(incomingHeaders(request.headers));
        callers.set(request, { identity, requestId });
      } catch (error) {
        const status =
          error instanceof AuthenticationError ? 401 : (error as { statusCode?: unknown }).statusCode;
        if (status !== 401 && status !== 503) throw error;
        const code = status === 401 ? 'UNAUTHENTICATED' : 'SERVICE_UNAVAILABLE';
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({ errors: [{ message: (error as Error).message, extensions: { code } }] }),
            {
              status,
              headers: {
                'content-type': 'application/json; charset=utf-8',
                [REQUEST_ID_HEADER]: requestId,
                ...(status === 401 && { 'www-authenticate': 'Bearer' }),
              },
            },
          ),
        );
      }
    },

    onResponse({ request, response }) {
      const caller = callers.get(request);
      if (caller) response.headers.set(REQUEST_ID_HEADER, caller.requestId);
    },

    async onFetch({ url, options: init, setOptions, context }) {
      const subgraph = subgraphByUrl.get(withoutQuery(url));
      if (!subgraph) throw new Error('Hive Gateway fetched an address that is no configured subgraph.');
      const request = 'request' in context ? (context.request as Request | undefined) : undefined;
      const caller = request && callers.get(request);
      if (!caller) throw new Error('A subgraph request outside an authenticated caller’s request.');
      const token = await signToken(caller.identity, subgraph);
      const built = new Headers(init.headers as HeadersInit | undefined);
      const headers: Record<string, string> = {
        authorization: `Bearer ${token}`,
        [REQUEST_ID_HEADER]: caller.requestId,
      };
      for (const name of headersOnly) {
        const value = built.get(name);
        if (value !== null) headers[name] = value;
      }
      setOptions({ ...init, headers });
    },
  };
}

function withoutQuery(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

/** The request's headers as node's, lower-cased, which our authenticator reads. */
function incomingHeaders(headers: Headers): IncomingHttpHeaders {
  const incoming: IncomingHttpHeaders = {};
  headers.forEach((value, name) => {
    incoming[name] = value;
  });
  return incoming;
}
