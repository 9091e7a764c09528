import type { Resolvers } from '../../generated/resolvers.ts';

export const declarationResolvers: Resolvers = {
  Query: {
    declaration: async (_parent, { personId }, { loaders }) =>
      await loaders.publishedDeclaration.load(personId),
  },
  // Person is owned by the municipality subgraph; this subgraph knows only its id.
  Person: {
    __resolveReference: ({ id }) => ({ id }),
    declaration: async ({ id }, _args, { loaders }) => await loaders.publishedDeclaration.load(id),
  },
  Declaration: {
    person: ({ personId }) => ({ id: personId }),
    positions: async ({ personId }, _args, { loaders }) => await loaders.positionsByPerson.load(personId),
  },
};
