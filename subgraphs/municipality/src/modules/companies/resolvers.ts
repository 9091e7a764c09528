import { BadRequestError, found } from '@registers/graphql-kit';
import type { Resolvers } from '../../generated/resolvers.ts';
import { companyMutations } from './mutations.ts';

export const companyResolvers: Resolvers = {
  Mutation: companyMutations,
  Query: {
    company: async (_parent, { id, organizationNumber }, { loaders }) => {
      if ((id == null) === (organizationNumber == null)) {
        throw new BadRequestError('Give either id or organizationNumber.');
      }
      return id != null
        ? found(await loaders.company.load(id), 'company', `id ${id}`)
        : found(
            await loaders.companyByOrganizationNumber.load(organizationNumber!),
            'company',
            `organisation number ${organizationNumber}`,
          );
    },
  },
  Municipality: {
    companyOwnerships: async ({ number }, _args, { loaders }) =>
      await loaders.ownershipsByMunicipality.load(number),
  },
  Company: {
    __resolveReference: async ({ id }, { loaders }) => await loaders.company.load(id),
    owners: async ({ id }, _args, { loaders }) => await loaders.ownersByCompany.load(id),
    roles: async ({ id }, _args, { loaders }) => await loaders.companyRolesByCompany.load(id),
    chiefExecutive: async ({ id }, _args, { loaders }) => {
      const chief = (await loaders.companyRolesByCompany.load(id)).find(
        (role) => role.role === 'CHIEF_EXECUTIVE' && role.endDate === null,
      );
      return chief ? await loaders.person.load(chief.personId) : null;
    },
  },
  CompanyOwnership: {
    company: async ({ companyId }, _args, { loaders }) =>
      found(await loaders.company.load(companyId), 'company', `id ${companyId}`),
    municipality: async ({ municipalityNumber }, _args, { loaders }) =>
      found(
        await loaders.municipality.load(municipalityNumber),
        'municipality',
        `number ${municipalityNumber}`,
      ),
  },
  CompanyRole: {
    company: async ({ companyId }, _args, { loaders }) =>
      found(await loaders.company.load(companyId), 'company', `id ${companyId}`),
    person: async ({ personId }, _args, { loaders }) =>
      found(await loaders.person.load(personId), 'person', `id ${personId}`),
  },
};
