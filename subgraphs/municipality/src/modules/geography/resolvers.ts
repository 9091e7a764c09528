import { found } from '@registers/graphql-kit';
import type { Context } from '../../context.ts';
import type { CountyRow, MunicipalityRow } from '../../db/schema/index.ts';
import type { Resolvers } from '../../generated/resolvers.ts';

const countyMunicipalityOf = async ({ number, countyMunicipalityNumber }: CountyRow, { loaders }: Context) =>
  found(
    countyMunicipalityNumber ? await loaders.municipality.load(countyMunicipalityNumber) : null,
    'county municipality',
    `of county ${number}`,
  );

/** A deprecated organisation field of a county: its county municipality's. */
const ofCountyMunicipality =
  <F extends keyof MunicipalityRow>(field: F) =>
  async (county: CountyRow, _args: unknown, context: Context) =>
    (await countyMunicipalityOf(county, context))[field];

export const geographyResolvers: Resolvers = {
  Query: {
    counties: async (_parent, _args, { stores }) => await stores.geography.listCounties(),
    county: async (_parent, { number }, { loaders }) =>
      found(await loaders.county.load(number), 'county', `number ${number}`),
    municipalities: async (_parent, { countyNumber, kinds }, { stores }) =>
      await stores.geography.listMunicipalities(countyNumber ?? undefined, kinds ?? ['MUNICIPALITY']),
    municipality: async (_parent, { number }, { loaders }) =>
      found(await loaders.municipality.load(number), 'municipality', `number ${number}`),
  },
  County: {
    __resolveReference: async ({ number }, { loaders }) => await loaders.county.load(number),
    municipalities: async ({ number }, _args, { loaders }) =>
      await loaders.municipalitiesByCounty.load(number),
    countyMunicipality: async (county, _args, context) => await countyMunicipalityOf(county, context),
    organizationNumber: ofCountyMunicipality('organizationNumber'),
    visitingAddress: ofCountyMunicipality('visitingAddress'),
    postalAddress: ofCountyMunicipality('postalAddress'),
    phone: ofCountyMunicipality('phone'),
    email: ofCountyMunicipality('email'),
    website: ofCountyMunicipality('website'),
  },
  Municipality: {
    __resolveReference: async ({ number }, { loaders }) => await loaders.municipality.load(number),
    county: async ({ countyNumber }, _args, { loaders }) =>
      found(await loaders.county.load(countyNumber), 'county', `number ${countyNumber}`),
    units: async ({ number }, _args, { loaders }) => await loaders.unitsByMunicipality.load(number),
  },
};
