import { found } from '@registers/service-runtime';
import type { Resolvers } from '../../generated/resolvers.ts';

export const geographyResolvers: Resolvers = {
  Query: {
    counties: async (_parent, _args, { stores }) => await stores.geography.listCounties(),
    county: async (_parent, { number }, { loaders }) =>
      found(await loaders.county.load(number), 'county', `number ${number}`),
    municipalities: async (_parent, { countyNumber }, { stores }) =>
      await stores.geography.listMunicipalities(countyNumber ?? undefined),
    municipality: async (_parent, { number }, { loaders }) =>
      found(await loaders.municipality.load(number), 'municipality', `number ${number}`),
  },
  County: {
    __resolveReference: async ({ number }, { loaders }) => await loaders.county.load(number),
    municipalities: async ({ number }, _args, { loaders }) =>
      await loaders.municipalitiesByCounty.load(number),
  },
  Municipality: {
    __resolveReference: async ({ number }, { loaders }) => await loaders.municipality.load(number),
    county: async ({ countyNumber }, _args, { loaders }) =>
      found(await loaders.county.load(countyNumber), 'county', `number ${countyNumber}`),
    units: async ({ number }, _args, { loaders }) => await loaders.unitsByMunicipality.load(number),
  },
};
