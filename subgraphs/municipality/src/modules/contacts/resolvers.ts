import { found } from '@registers/service-runtime';
import type { Resolvers } from '../../generated/resolvers.ts';
import { contactMutations } from './mutations.ts';

export const contactResolvers: Resolvers = {
  Municipality: {
    contactPersons: async ({ number }, _args, { loaders }) =>
      await loaders.contactsByMunicipality.load(number),
  },
  Company: {
    contactPersons: async ({ id }, _args, { loaders }) => await loaders.contactsByCompany.load(id),
  },
  ContactPerson: {
    person: async ({ personId }, _args, { loaders }) =>
      found(await loaders.person.load(personId), 'person', `id ${personId}`),
    municipality: async ({ municipalityNumber }, _args, { loaders }) =>
      municipalityNumber ? await loaders.municipality.load(municipalityNumber) : null,
    company: async ({ companyId }, _args, { loaders }) =>
      companyId ? await loaders.company.load(companyId) : null,
  },
  Mutation: contactMutations,
};
