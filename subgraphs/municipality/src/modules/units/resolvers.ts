import { authorize, found, identifiers, userError } from '@registers/service-runtime';
import type { Resolvers } from '../../generated/resolvers.ts';

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
  Mutation: {
    updateUnit: async (_parent, { input }, { identity, loaders, stores }) => {
      const unit = identifiers.isUuid(input.id) ? await loaders.unit.load(input.id) : null;
      if (!unit) return { unit: null, userErrors: [userError('NOT_FOUND', 'id', 'No unit has this id.')] };
      authorize('editMunicipalOrganisation', identity, unit.municipalityNumber);
      const name = input.name?.trim();
      if (name === undefined) return { unit, userErrors: [] };
      if (name.length === 0 || name.length > 200) {
        return {
          unit: null,
          userErrors: [userError('INVALID', 'name', 'A unit name must be 1 to 200 characters.')],
        };
      }
      return { unit: await stores.units.updateUnit(identity, unit.id, { name }), userErrors: [] };
    },
  },
};
