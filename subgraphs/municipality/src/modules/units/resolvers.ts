import { connectionFrom, decodeCursor, encodeCursor, found, pageSize } from '@registers/graphql-kit';
import { relation } from '../../context.ts';
import type { UnitRow } from '../../db/schema/index.ts';
import type { Resolvers } from '../../generated/resolvers.ts';
import { unitMutations } from './mutations.ts';

export const unitResolvers: Resolvers = {
  Query: {
    searchUnits: async (_parent, { name, municipalityNumber, first, after }, { stores }) => {
      const limit = pageSize(first, 20, 100);
      const key = after ? (decodeCursor('unit-search', after, 2) as [string, string]) : null;
      const rows = await stores.units.searchUnits(name, municipalityNumber ?? null, key, limit);
      return connectionFrom(rows, limit, (unit) => encodeCursor('unit-search', [unit.name, unit.id]), after);
    },
    unit: async (_parent, { id }, { loaders }) => found(await loaders.unit.load(id), 'unit', `id ${id}`),
  },
  Unit: {
    __resolveReference: ({ id }, { loaders }) => loaders.unit.get(id),
    municipality: relation(
      'municipality',
      (unit: UnitRow) => unit.municipalityNumber,
      (municipality, { municipalityNumber }) =>
        found(municipality, 'municipality', `number ${municipalityNumber}`),
    ),
    parent: relation('unit', (unit: UnitRow) => unit.parentId),
    children: relation('unitsByParent', (unit: UnitRow) => unit.id),
    // The municipality's units come in one batched load; the subtree is walked in memory.
    descendants: async ({ id, municipalityNumber }, _args, { loaders }) => {
      const all = await loaders.unitsByMunicipality.load(municipalityNumber);
      const below = (parentId: string): UnitRow[] =>
        all.filter((unit) => unit.parentId === parentId).flatMap((unit) => [unit, ...below(unit.id)]);
      return below(id);
    },
    employments: relation('employmentsByUnit', (unit: UnitRow) => unit.id),
    leader: async ({ id }, _args, { loaders }) => {
      const leader = (await loaders.employmentsByUnit.load(id)).find((e) => e.isLeader && e.endDate === null);
      return leader ? await loaders.person.load(leader.personId) : null;
    },
  },
  Mutation: unitMutations,
};
