import {
  mergeIdentities,
  publicIdentity,
  callSubgraph,
  InternalCallError,
  systemIdentity,
  type CryptoKey,
  type Identity,
  type Role,
  type TokenSubject,
} from '@registers/access';

/** The municipality subgraph's internal field; not in the public API (`@inaccessible`). */
const identityGrantsQuery = `query IdentityGrants($personId: ID, $email: EmailAddress) {
  identityGrants(personId: $personId, email: $email) {
    personId administrator krContactFor stvContactFor companies
  }
}`;

interface IdentityGrants {
  personId: string;
  administrator: boolean;
  krContactFor: string[];
  stvContactFor: string[];
  companies: string[];
}

/** The register could not say what a user may do; the request cannot go on. */
export class GrantLookupError extends Error {
  override name = 'GrantLookupError';
  readonly statusCode = 503;
}

export interface GrantResolverOptions {
  /** The municipality subgraph, which holds the contact-person assignments. */
  url: string;
  internalTokenKey: CryptoKey;
  timeoutMs: number;
  /** Whether a token's own role claims count: local development and service identities only. */
  trustsRoleClaims: (subject: string) => boolean;
}

/**
 * Who a signed-in user is and what they may do: the token says who (its subject, and the person
 * it is bound to); the register's own assignments, asked anew on every request, say what. Role
 * claims count only where they are trusted (local tokens, configured service identities).
 */
export function grantResolver(options: GrantResolverOptions): (token: TokenSubject) => Promise<Identity> {
  return async ({ subject, binding, claimed }) => {
    // The partner role only restricts (to the trusted operations), so it holds in every token.
    const fromClaims = options.trustsRoleClaims(subject)
      ? claimed
      : { ...publicIdentity, subject, roles: claimed.roles.filter((role) => role === 'partner') };
    if (!binding) return fromClaims;
    const grants = await lookUp(options, binding);
    if (!grants) return fromClaims;
    return mergeIdentities(fromClaims, identityFromGrants(subject, grants));
  };
}

async function lookUp(
  { url, internalTokenKey, timeoutMs }: GrantResolverOptions,
  binding: NonNullable<TokenSubject['binding']>,
): Promise<IdentityGrants | null> {
  try {
    const data = await callSubgraph<{ identityGrants: IdentityGrants | null }>(
      { url, subgraph: 'municipality', key: internalTokenKey, timeoutMs },
      systemIdentity('gateway'),
      identityGrantsQuery,
      binding,
    );
    return data.identityGrants;
  } catch (error) {
    if (!(error instanceof InternalCallError)) throw error;
    throw new GrantLookupError(
      error.reason === 'unreachable'
        ? 'The municipality register could not be reached to check your rights.'
        : 'The municipality register could not check your rights.',
    );
  }
}

function identityFromGrants(subject: string, grants: IdentityGrants): Identity {
  const roles: Role[] = [
    'position-holder',
    ...(grants.krContactFor.length ? (['kr-contact'] as const) : []),
    ...(grants.stvContactFor.length ? (['stv-contact'] as const) : []),
    ...(grants.companies.length ? (['company-contact'] as const) : []),
    ...(grants.administrator ? (['administrator'] as const) : []),
  ];
  return {
    subject,
    roles,
    personId: grants.personId,
    krContactFor: grants.krContactFor,
    stvContactFor: grants.stvContactFor,
    companies: grants.companies,
  };
}
