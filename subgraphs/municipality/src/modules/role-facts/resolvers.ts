import { authorize } from '@registers/access';
import { BadRequestError } from '@registers/graphql-kit';
import type { Resolvers } from '../../generated/resolvers.ts';

/** Persons whose role facts one lookup may ask for: a feed page's worth. */
const maxPersons = 1_000;

export const roleFactResolvers: Resolvers = {
  Query: {
    // Internal (@inaccessible): answered only to the register's own services, which follow the
    // feed; the public reads the same roles through Person.roles.
    roleFacts: async (_parent, { personIds }, { identity, stores }) => {
      authorize('lookUpRoleFacts', identity);
      if (personIds.length > maxPersons)
        throw new BadRequestError(`\`personIds\` may name at most ${maxPersons} persons.`);
      return await stores.roleFacts.roleFactsOfPersons(personIds);
    },
  },
};
