import { UserFacingError, withFreshLoaders } from '@registers/graphql-kit';
import type { Context } from '../../context.ts';
import type { MutationResolvers, Resolvers } from '../../generated/resolvers.ts';
import { publishedAgain, reconciliationStates, stateOf } from './store.ts';

const electionsOf = (context: Context) => {
  if (!context.elections) throw new UserFacingError('UNAVAILABLE', 'Reconciliations are not available here.');
  return context.elections;
};

export const electionReconciliationResolvers: Resolvers = {
  Query: {
    electionReconciliation: (_parent, { municipalityNumber, periodStartYear }, context) =>
      electionsOf(context).reconciliation(context.identity, municipalityNumber, periodStartYear),
  },
  Mutation: withFreshLoaders<MutationResolvers<Context>>({
    startElectionReconciliation: async (_parent, { input }, context) => {
      const result = await electionsOf(context).start(context.identity, input);
      return 'electionReconciliation' in result ? result : { electionReconciliation: null, ...result };
    },
    reportElectionMatchError: async (_parent, { input }, context) => {
      const result = await electionsOf(context).report(context.identity, input);
      return 'report' in result ? result : { report: null, ...result };
    },
    resolveElectionMatchReport: async (_parent, { input }, context) => {
      const result = await electionsOf(context).resolve(context.identity, input);
      return 'report' in result ? result : { report: null, ...result };
    },
  }),
  // Reached only through the query and the mutations above, which authorise the caller.
  ElectionReconciliation: {
    progress: async ({ id }, _args, { loaders }) => {
      const persons = await loaders.reconciliationPersons.load(id);
      const states = persons.map(stateOf);
      return reconciliationStates.map((state) => ({
        state,
        count: states.filter((s) => s === state).length,
      }));
    },
    persons: ({ id }, _args, { loaders }) => loaders.reconciliationPersons.load(id),
    reports: ({ id }, _args, { stores }) => stores.elections.reports(id),
  },
  ElectionReconciliationPerson: {
    person: ({ personId }) => ({ id: personId }),
    state: (person) => stateOf(person),
    publishedAgain: (person) => publishedAgain(person),
  },
  ElectionMatchReport: {
    person: ({ personId }) => ({ id: personId }),
    mergedInto: ({ mergedIntoPersonId }) => (mergedIntoPersonId ? { id: mergedIntoPersonId } : null),
  },
};
