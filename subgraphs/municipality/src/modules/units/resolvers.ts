import { found } from '@registers/service-runtime';
import type { Resolvers } from '../../generated/resolvers.ts';
import { unitMutations } from './mutations.ts';

export const unitResolvers: Resolvers = {
  Query: {
    unit: async (_parent, { id }, { loaders }) => found(await loaders.unit.load(id), 'unit', `id ${id}`),
  },
  Unit: {
    __resolveReference: async ({ id }, { loaders }) => await loaders.unit.load(id),
    municipality: async ({ municipalityNumber }, _args, { loaders }) =>
      found(
        await loaders.municipality.load(municipalityNumber),
        'municipality',
        `number ${municipalityNumber}`,
      ),
    parent: async ({ parentId }, _args, { loaders }) => (parentId ? await loaders.unit.load(parentId) : null),
    children: async ({ id }, _args, { loaders }) => await loaders.unitsByParent.load(id),
    employments: async ({ id }, _args, { loaders }) => await loaders.employmentsByUnit.load(id),
    leader: async ({ id }, _args, { loaders }) => {
      const leader = (await loaders.employmentsByUnit.load(id)).find((e) => e.isLeader && e.endDate === null);
      return leader ? await loaders.person.load(leader.personId) : null;
    },
  },
  Mutation: unitMutations,
};
