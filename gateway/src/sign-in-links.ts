import {
  AuthenticationError,
  signInLinkIdentity,
  signInLinkTokenHash,
  signInternalToken,
  systemIdentity,
  type CryptoKey,
  type Identity,
} from '@registers/access';
import { GrantLookupError } from './grants.ts';

/** The interests subgraph's internal field; not in the public API (`@inaccessible`). */
const signInLinkHolderQuery = `query SignInLinkHolder($tokenHash: String!) {
  signInLinkHolder(tokenHash: $tokenHash)
}`;

export interface SignInLinkCheckOptions {
  /** The interests subgraph, which keeps each person's current link. */
  url: string;
  internalTokenKey: CryptoKey;
  timeoutMs: number;
}

/**
 * Who a personal sign-in link signs in: asked of the interests subgraph on every request (by
 * the token's hash, never the token), so a link voided by a newer one, or expired, stops
 * working at once. The identity has the person's rights over their own declaration only; the
 * register's assignments (contact person, administrator) are not looked up for it.
 */
export function signInLinkChecker(options: SignInLinkCheckOptions): (token: string) => Promise<Identity> {
  return async (token) => {
    const internal = await signInternalToken(
      systemIdentity('gateway'),
      'interests',
      options.internalTokenKey,
    );
    let body: { data?: { signInLinkHolder: string | null }; errors?: unknown[] };
    try {
      const response = await fetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${internal}` },
        body: JSON.stringify({
          query: signInLinkHolderQuery,
          variables: { tokenHash: signInLinkTokenHash(token) },
        }),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      body = (await response.json()) as typeof body;
    } catch {
      throw new GrantLookupError('Styrevervregisteret could not be reached to check your sign-in link.');
    }
    if (body.errors?.length || !body.data) {
      throw new GrantLookupError('Styrevervregisteret could not check your sign-in link.');
    }
    const personId = body.data.signInLinkHolder;
    if (!personId) {
      throw new AuthenticationError(
        'The sign-in link has expired or was replaced by a newer one: ask for a new link.',
      );
    }
    return signInLinkIdentity(personId);
  };
}
