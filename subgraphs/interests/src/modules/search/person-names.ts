import { callSubgraph, InternalCallError, systemIdentity, type CryptoKey } from '@registers/access';
import { UserFacingError } from '@registers/graphql-kit';

/**
 * Names live in Kommuneregisteret only. The search asks it, as the register itself, which of the
 * persons of some published declarations bear a name: it sends ids and the search term, gets ids
 * back, and keeps nothing.
 */
export interface PersonNameLookup {
  /** How many persons the search asks about at a time: at most `maxPersonsPerLookup`. */
  readonly batchSize: number;
  /** Of these persons (at most `batchSize`), those whose name contains `name`, in order. */
  matching(name: string, personIds: readonly string[]): Promise<string[]>;
}

/** As many as Kommuneregisteret's `personsMatchingName` takes in one call. */
export const maxPersonsPerLookup = 1_000;

/** The search's identity towards Kommuneregisteret (its access log and refusals name it). */
export const searchIdentity = systemIdentity('interests:search');

const matchingQuery = `query PersonsMatchingName($name: SearchText!, $personIds: [ID!]!) {
  personsMatchingName(name: $name, personIds: $personIds)
}`;

export function personNameLookup(options: {
  url: string;
  internalTokenKey: CryptoKey;
  timeoutMs?: number;
  /** Smaller than the most Kommuneregisteret takes only in tests, to page through many lookups. */
  batchSize?: number;
}): PersonNameLookup {
  const target = {
    url: options.url,
    subgraph: 'municipality',
    key: options.internalTokenKey,
    timeoutMs: options.timeoutMs ?? 10_000,
  };
  return {
    batchSize: Math.min(options.batchSize ?? maxPersonsPerLookup, maxPersonsPerLookup),
    matching: async (name, personIds) => {
      if (personIds.length === 0) return [];
      try {
        const data = await callSubgraph<{ personsMatchingName: string[] }>(
          target,
          searchIdentity,
          matchingQuery,
          { name, personIds },
        );
        return data.personsMatchingName;
      } catch (error) {
        if (!(error instanceof InternalCallError)) throw error;
        // The cause names the subgraph and the codes, never the name asked for.
        throw new UserFacingError(
          'UNAVAILABLE',
          'Kommuneregisteret could not be asked about the names; try again.',
        );
      }
    },
  };
}
