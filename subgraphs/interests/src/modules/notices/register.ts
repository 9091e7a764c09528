import { signInternalToken, systemIdentity, type CryptoKey } from '@registers/access';

/** What a notice needs of a person, read from Kommuneregisteret when it is sent, never kept. */
export interface NoticeRecipient {
  id: string;
  name: string;
  email: string | null;
  municipalityNumber: string | null;
}

/** Kommuneregisteret, asked by this subgraph as the register itself (an internal token). */
export interface MunicipalityRegister {
  /** The person with this address, if any (the lookup the gateway uses to sign people in). */
  personIdByEmail(email: string): Promise<string | null>;
  /** These persons, in the order asked; null for an id the register does not know. */
  recipients(personIds: readonly string[]): Promise<(NoticeRecipient | null)[]>;
}

/** Kommuneregisteret could not be asked; the caller retries (a job) or answers 503. */
export class RegisterUnavailableError extends Error {
  override name = 'RegisterUnavailableError';
}

const personByEmailQuery = `query PersonByEmail($email: EmailAddress) {
  identityGrants(email: $email) { personId }
}`;

const recipientsQuery = `query NoticeRecipients($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Person { id name email municipalityNumber }
  }
}`;

export function municipalityRegister(options: {
  url: string;
  internalTokenKey: CryptoKey;
  timeoutMs?: number;
}): MunicipalityRegister {
  const ask = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const token = await signInternalToken(
      systemIdentity('interests:notices'),
      'municipality',
      options.internalTokenKey,
    );
    let body: { data?: T | null; errors?: unknown[] };
    try {
      const response = await fetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      body = (await response.json()) as typeof body;
    } catch {
      throw new RegisterUnavailableError('Kommuneregisteret could not be reached.');
    }
    // The errors may quote the variables (an address): they are not passed on.
    if (body.errors?.length || !body.data)
      throw new RegisterUnavailableError('Kommuneregisteret refused a lookup.');
    return body.data;
  };
  return {
    personIdByEmail: async (email) =>
      (await ask<{ identityGrants: { personId: string } | null }>(personByEmailQuery, { email }))
        .identityGrants?.personId ?? null,
    recipients: async (personIds) => {
      if (personIds.length === 0) return [];
      const { _entities } = await ask<{ _entities: (NoticeRecipient | null)[] }>(recipientsQuery, {
        representations: personIds.map((id) => ({ __typename: 'Person', id })),
      });
      return _entities.map((entity) => (entity && 'id' in entity ? entity : null));
    },
  };
}
