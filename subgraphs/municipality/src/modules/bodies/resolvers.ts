import { found } from '@registers/graphql-kit';
import type { Resolvers } from '../../generated/resolvers.ts';
import { bodyMutations } from './mutations.ts';

export const bodyResolvers: Resolvers = {
  Mutation: bodyMutations,
  Query: {
    parties: async (_parent, _args, { stores }) => await stores.bodies.listNationalParties(),
    electedBody: async (_parent, { id }, { loaders }) =>
      found(await loaders.body.load(id), 'elected body', `id ${id}`),
  },
  Municipality: {
    electedBodies: async ({ number }, { periodStartYear }, { loaders }) => {
      const bodies = await loaders.bodiesByMunicipality.load(number);
      return periodStartYear == null
        ? bodies
        : bodies.filter((body) => body.periodStartYear === periodStartYear);
    },
  },
  ElectedBody: {
    __resolveReference: async ({ id }, { loaders }) => await loaders.body.load(id),
    municipality: async ({ municipalityNumber }, _args, { loaders }) =>
      found(
        await loaders.municipality.load(municipalityNumber),
        'municipality',
        `number ${municipalityNumber}`,
      ),
    period: ({ periodStartYear }) => ({
      startYear: periodStartYear,
      endYear: periodStartYear + 4,
      label: `${periodStartYear}–${periodStartYear + 4}`,
    }),
    members: async ({ id }, _args, { loaders }) => await loaders.membershipsByBody.load(id),
  },
  Party: {
    municipality: async ({ municipalityNumber }, _args, { loaders }) =>
      municipalityNumber ? await loaders.municipality.load(municipalityNumber) : null,
  },
  Membership: {
    body: async ({ bodyId }, _args, { loaders }) =>
      found(await loaders.body.load(bodyId), 'elected body', `id ${bodyId}`),
    person: async ({ personId }, _args, { loaders }) =>
      found(await loaders.person.load(personId), 'person', `id ${personId}`),
    party: async ({ partyId }, _args, { loaders }) => (partyId ? await loaders.party.load(partyId) : null),
  },
};
