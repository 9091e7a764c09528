import { found } from '@registers/service-runtime';
import type { Resolvers } from '../../generated/resolvers.ts';

export const personResolvers: Resolvers = {
  Query: {
    person: async (_parent, { id }, { loaders }) =>
      found(await loaders.person.load(id), 'person', `id ${id}`),
  },
  Person: {
    __resolveReference: async ({ id }, { loaders }) => await loaders.person.load(id),
    name: ({ givenName, familyName }) => `${givenName} ${familyName}`,
    employments: async ({ id }, _args, { loaders }) => await loaders.employmentsByPerson.load(id),
  },
  Employment: {
    person: async ({ personId }, _args, { loaders }) =>
      found(await loaders.person.load(personId), 'person', `id ${personId}`),
    unit: async ({ unitId }, _args, { loaders }) =>
      found(await loaders.unit.load(unitId), 'unit', `id ${unitId}`),
  },
};
