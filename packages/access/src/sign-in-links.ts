import { createHash, randomBytes } from 'node:crypto';
import { publicIdentity, type Identity } from './identity.ts';

/**
 * A personal sign-in link's token (personlig lenke): 32 random bytes behind a prefix that tells
 * it from a JWT. It means nothing by itself: the interests subgraph keeps its SHA-256 with the
 * person and the expiry, one link per person, so a new link voids the old, and the gateway asks
 * it on every request whether the token is still the person's current link.
 */
export const SIGN_IN_LINK_PREFIX = 'stvlenke_';

/** How long a link is valid after it is made (12 months). */
export const SIGN_IN_LINK_MONTHS = 12;

export function newSignInLinkToken(): { token: string; tokenHash: string } {
  const token = `${SIGN_IN_LINK_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, tokenHash: signInLinkTokenHash(token) };
}

export const isSignInLinkToken = (token: string) =>
  token.startsWith(SIGN_IN_LINK_PREFIX) &&
  /^[A-Za-z0-9_-]{43}$/.test(token.slice(SIGN_IN_LINK_PREFIX.length));

export const signInLinkTokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Who a valid link signs in: the person, for their own declaration only. Whatever roles the
 * person holds in the register (contact person, administrator) a link grants none of them, nor
 * their contact details: a forwarded or leaked link exposes one declaration at most.
 */
export function signInLinkIdentity(personId: string): Identity {
  return {
    ...publicIdentity,
    subject: `sign-in-link:${personId}`,
    roles: ['position-holder'],
    personId,
    ownDeclarationOnly: true,
  };
}
