import { found } from '@registers/graphql-kit';
import { authorize } from '@registers/access';
import type { Resolvers } from '../../generated/resolvers.ts';
import { contactMutations } from './mutations.ts';

export const contactResolvers: Resolvers = {
  Query: {
    identityGrants: async (_parent, { personId, email }, { identity, stores }) => {
      authorize('lookUpGrants', identity);
      const found = await stores.contacts.assignmentsOfPerson({ personId, email });
      if (!found) return null;
      const where = (...roles: string[]) => [
        ...new Set(
          found.assignments
            .filter((a) => roles.includes(a.role) && a.municipalityNumber)
            .map((a) => a.municipalityNumber!),
        ),
      ];
      return {
        personId: found.personId,
        administrator: found.assignments.some((a) => a.role === 'ADMINISTRATOR'),
        krContactFor: where('KR', 'BOTH'),
        stvContactFor: where('STV', 'BOTH'),
        companies: found.assignments
          .filter((a) => a.role === 'COMPANY' && a.companyOrganizationNumber)
          .map((a) => a.companyOrganizationNumber!),
      };
    },
  },
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
