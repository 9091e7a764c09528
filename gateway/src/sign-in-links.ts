import {
  AuthenticationError,
  signInLinkIdentity,
  signInLinkTokenHash,
  callSubgraph,
  InternalCallError,
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
    let holder: string | null;
    try {
      ({ signInLinkHolder: holder } = await callSubgraph<{ signInLinkHolder: string | null }>(
        {
          url: options.url,
          subgraph: 'interests',
          key: options.internalTokenKey,
          timeoutMs: options.timeoutMs,
        },
        systemIdentity('gateway'),
        signInLinkHolderQuery,
        { tokenHash: signInLinkTokenHash(token) },
      ));
    } catch (error) {
      if (!(error instanceof InternalCallError)) throw error;
      throw new GrantLookupError(
        error.reason === 'unreachable'
          ? 'Styrevervregisteret could not be reached to check your sign-in link.'
          : 'Styrevervregisteret could not check your sign-in link.',
      );
    }
    const personId = holder;
    if (!personId) {
      throw new AuthenticationError(
        'The sign-in link has expired or was replaced by a newer one: ask for a new link.',
      );
    }
    return signInLinkIdentity(personId);
  };
}
