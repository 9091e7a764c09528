import { authorize } from '@registers/access';
import { found, withFreshLoaders } from '@registers/graphql-kit';
import type { Context } from '../../context.ts';
import type { ElectionResultRow, ElectionResultWithCandidates } from '../../db/schema/index.ts';
import { electionPeriod } from '../bodies/period.ts';
import type { MutationResolvers, Resolvers } from '../../generated/resolvers.ts';
import type { Stores } from '../../stores.ts';

/** Results with their candidates, in two statements however many there are. */
async function withCandidates(
  stores: Stores,
  results: ElectionResultRow[],
): Promise<ElectionResultWithCandidates[]> {
  const candidates = await stores.elections.candidatesByResults(results.map((r) => r.id));
  return results.map((result) => ({
    ...result,
    candidates: candidates.filter((c) => c.resultId === result.id),
  }));
}

const withOne = async (stores: Stores, result: ElectionResultRow | null) =>
  result ? (await withCandidates(stores, [result]))[0]! : null;

export const electionResolvers: Resolvers = {
  Query: {
    electionResults: async (_parent, { municipalityNumber }, { stores, identity }) => {
      authorize('readElectionResults', identity, municipalityNumber);
      return await withCandidates(stores, await stores.elections.resultsOfMunicipality(municipalityNumber));
    },
  },
  Mutation: withFreshLoaders<MutationResolvers<Context>>({
    loadElectionResult: async (_parent, { input }, { commands, identity, stores }) => {
      const { value, userErrors } = await commands.elections.loadElectionResult(identity, input);
      return { electionResult: await withOne(stores, value), userErrors };
    },
    correctElectionMatch: async (_parent, { input }, { commands, identity }) => {
      const { value, userErrors } = await commands.elections.correctElectionMatch(identity, input);
      return { candidate: value, userErrors };
    },
    confirmElectionResult: async (_parent, { input }, { commands, identity, stores }) => {
      const { value, userErrors } = await commands.elections.confirmElectionResult(identity, input);
      return {
        electionResult: await withOne(stores, value?.result ?? null),
        council: value?.council ?? null,
        userErrors,
      };
    },
  }),
  ElectionResult: {
    municipality: async ({ municipalityNumber }, _args, { loaders }) =>
      found(
        await loaders.municipality.load(municipalityNumber),
        'municipality',
        `number ${municipalityNumber}`,
      ),
    period: ({ periodStartYear }) => electionPeriod(periodStartYear),
    matched: ({ candidates }) => candidates.filter((c) => c.match === 'MATCHED').length,
    newPersons: ({ candidates }) => candidates.filter((c) => c.match === 'NEW_PERSON').length,
    ambiguous: ({ candidates }) => candidates.filter((c) => c.match === 'AMBIGUOUS').length,
  },
  ElectionCandidate: {
    body: ({ bodyKind }) => bodyKind,
    list: ({ listName }) => listName,
    name: ({ givenName, familyName }) => `${givenName} ${familyName}`,
    party: async ({ partyId }, _args, { loaders }) => (partyId ? await loaders.party.load(partyId) : null),
    person: async ({ personId }, _args, { loaders }) =>
      personId ? await loaders.person.load(personId) : null,
    alternatives: async ({ alternativeIds }, _args, { loaders }) =>
      (await loaders.person.loadMany(alternativeIds)).filter(
        (person): person is Exclude<typeof person, Error | null | undefined> =>
          !!person && !(person instanceof Error),
      ),
  },
};
