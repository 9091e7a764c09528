import type { CryptoKey } from 'jose';
import type { Identity } from './identity.ts';
import { signInternalToken } from './tokens.ts';

/** A subgraph another part of the register asks directly, as someone, with an internal token. */
export interface InternalTarget {
  url: string;
  /** The subgraph's name: the audience of the token. */
  subgraph: string;
  /** The private half of the internal token key. */
  key: CryptoKey;
  timeoutMs: number;
}

/**
 * A subgraph could not be asked: it did not answer (`unreachable`), or answered with errors or
 * no data (`refused`, with the errors' codes). Its message never quotes the request nor the
 * subgraph's error messages, which may quote the variables (an e-mail address).
 */
export class InternalCallError extends Error {
  override name = 'InternalCallError';

  constructor(
    readonly reason: 'unreachable' | 'refused',
    readonly subgraph: string,
    readonly codes: readonly string[] = [],
    options?: ErrorOptions,
  ) {
    super(
      reason === 'unreachable'
        ? `The ${subgraph} subgraph could not be reached.`
        : `The ${subgraph} subgraph refused the call${codes.length ? ` (${codes.join(', ')})` : ''}.`,
      options,
    );
  }
}

/**
 * One GraphQL operation sent straight to a subgraph as `who` (the gateway's rights lookups, the
 * interests subgraph's follower and notices): the data, or an InternalCallError.
 */
export async function callSubgraph<TData>(
  target: InternalTarget,
  who: Identity,
  query: string,
  variables: Record<string, unknown>,
): Promise<TData> {
  const token = await signInternalToken(who, target.subgraph, target.key);
  let body: { data?: TData | null; errors?: { extensions?: { code?: unknown } }[] };
  try {
    const response = await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(target.timeoutMs),
    });
    body = (await response.json()) as typeof body;
  } catch (error) {
    throw new InternalCallError('unreachable', target.subgraph, [], { cause: error });
  }
  if (body.errors?.length || !body.data) {
    const codes = (body.errors ?? []).map((e) => String(e.extensions?.code ?? 'UNKNOWN'));
    throw new InternalCallError('refused', target.subgraph, codes);
  }
  return body.data;
}
