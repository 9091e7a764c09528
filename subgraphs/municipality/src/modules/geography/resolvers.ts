import { found, preloadedInTurns, preloadSelection } from '@registers/graphql-kit';
import { relation, type Context } from '../../context.ts';
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
    // Root fields load what the query selects below them in a few batched statements; the
    // fields below answer from it synchronously (see preloadSelection).
    counties: async (_parent, _args, context, info) => {
      const counties = await context.stores.geography.listCounties();
      await preloadSelection(context, info, counties);
      return counties;
    },
    county: async (_parent, { number }, context, info) => {
      const county = found(await context.loaders.county.load(number), 'county', `number ${number}`);
      await preloadSelection(context, info, [county]);
      return county;
    },
    // The whole register: completed a chunk of municipalities per turn of the event loop.
    municipalities: async (_parent, { countyNumber, kinds }, context, info) =>
      await preloadedInTurns(
        context,
        info,
        await context.stores.geography.listMunicipalities(
          countyNumber ?? undefined,
          kinds ?? ['MUNICIPALITY'],
        ),
      ),
    municipality: async (_parent, { number }, context, info) => {
      const municipality = found(
        await context.loaders.municipality.load(number),
        'municipality',
        `number ${number}`,
      );
      await preloadSelection(context, info, [municipality]);
      return municipality;
    },
  },
  County: {
    __resolveReference: ({ number }, { loaders }) => loaders.county.get(number),
    municipalities: relation('municipalitiesByCounty', (county: CountyRow) => county.number),
    countyMunicipality: relation(
      'municipality',
      (county: CountyRow) => county.countyMunicipalityNumber,
      (municipality, county) => found(municipality, 'county municipality', `of county ${county.number}`),
    ),
    organizationNumber: ofCountyMunicipality('organizationNumber'),
    visitingAddress: ofCountyMunicipality('visitingAddress'),
    postalAddress: ofCountyMunicipality('postalAddress'),
    phone: ofCountyMunicipality('phone'),
    email: ofCountyMunicipality('email'),
    website: ofCountyMunicipality('website'),
  },
  Municipality: {
    __resolveReference: ({ number }, { loaders }) => loaders.municipality.get(number),
    county: relation(
      'county',
      (municipality: MunicipalityRow) => municipality.countyNumber,
      (county, { countyNumber }) => found(county, 'county', `number ${countyNumber}`),
    ),
    units: relation('unitsByMunicipality', (municipality: MunicipalityRow) => municipality.number),
  },
};
