import { BadRequestError, found } from '@registers/graphql-kit';
import { relation } from '../../context.ts';
import type { CompanyOwnerRow, CompanyRoleRow, CompanyRow, MunicipalityRow } from '../../db/schema/index.ts';
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
    companyOwnerships: relation(
      'ownershipsByMunicipality',
      (municipality: MunicipalityRow) => municipality.number,
    ),
  },
  Company: {
    __resolveReference: ({ id }, { loaders }) => loaders.company.get(id),
    owners: relation('ownersByCompany', (company: CompanyRow) => company.id),
    roles: relation('companyRolesByCompany', (company: CompanyRow) => company.id),
    chiefExecutive: async ({ id }, _args, { loaders }) => {
      const chief = (await loaders.companyRolesByCompany.load(id)).find(
        (role) => role.role === 'CHIEF_EXECUTIVE' && role.endDate === null,
      );
      return chief ? await loaders.person.load(chief.personId) : null;
    },
  },
  CompanyOwnership: {
    company: relation(
      'company',
      (ownership: CompanyOwnerRow) => ownership.companyId,
      (company, { companyId }) => found(company, 'company', `id ${companyId}`),
    ),
    municipality: relation(
      'municipality',
      (ownership: CompanyOwnerRow) => ownership.municipalityNumber,
      (municipality, { municipalityNumber }) =>
        found(municipality, 'municipality', `number ${municipalityNumber}`),
    ),
  },
  CompanyRole: {
    company: relation(
      'company',
      (role: CompanyRoleRow) => role.companyId,
      (company, { companyId }) => found(company, 'company', `id ${companyId}`),
    ),
    person: relation(
      'person',
      (role: CompanyRoleRow) => role.personId,
      (person, { personId }) => found(person, 'person', `id ${personId}`),
    ),
  },
};
