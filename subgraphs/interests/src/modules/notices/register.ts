import { callSubgraph, InternalCallError, systemIdentity, type CryptoKey } from '@registers/access';

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
  /** The municipality's election results, each period's. */
  electionResults(municipalityNumber: string): Promise<ElectionResultFacts[]>;
}

/** What the reconciliation needs of an election result: who was elected, and matched or new. */
export interface ElectionResultFacts {
  id: string;
  periodStartYear: number;
  status: 'PROPOSED' | 'CONFIRMED';
  candidates: { personId: string | null; match: 'MATCHED' | 'NEW_PERSON' | 'AMBIGUOUS' }[];
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

const electionResultsQuery = `query ElectionResultFacts($municipalityNumber: MunicipalityNumber!) {
  electionResults(municipalityNumber: $municipalityNumber) {
    id status period { startYear } candidates { match person { id } }
  }
}`;

export function municipalityRegister(options: {
  url: string;
  internalTokenKey: CryptoKey;
  timeoutMs?: number;
}): MunicipalityRegister {
  const target = {
    url: options.url,
    subgraph: 'municipality',
    key: options.internalTokenKey,
    timeoutMs: options.timeoutMs ?? 10_000,
  };
  const ask = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    try {
      return await callSubgraph<T>(target, systemIdentity('interests:notices'), query, variables);
    } catch (error) {
      if (!(error instanceof InternalCallError)) throw error;
      throw new RegisterUnavailableError(
        error.reason === 'unreachable'
          ? 'Kommuneregisteret could not be reached.'
          : 'Kommuneregisteret refused a lookup.',
        { cause: error },
      );
    }
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
    electionResults: async (municipalityNumber) => {
      const { electionResults } = await ask<{
        electionResults: {
          id: string;
          status: ElectionResultFacts['status'];
          period: { startYear: number };
          candidates: {
            match: ElectionResultFacts['candidates'][number]['match'];
            person: { id: string } | null;
          }[];
        }[];
      }>(electionResultsQuery, { municipalityNumber });
      return electionResults.map((result) => ({
        id: result.id,
        periodStartYear: result.period.startYear,
        status: result.status,
        candidates: result.candidates.map((c) => ({ personId: c.person?.id ?? null, match: c.match })),
      }));
    },
  };
}
