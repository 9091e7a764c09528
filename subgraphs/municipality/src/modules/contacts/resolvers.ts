import { found } from '@registers/graphql-kit';
import { authorize } from '@registers/access';
import { relation } from '../../context.ts';
import type { CompanyRow, ContactPersonRow, MunicipalityRow } from '../../db/schema/index.ts';
import type { Resolvers } from '../../generated/resolvers.ts';
import { contactMutations } from './mutations.ts';

export const contactResolvers: Resolvers = {
  Query: {
    // Each list is what the identity itself says (the gateway put the register's assignments in
    // it), read back as rows; no policy call, since it tells a caller only about themselves.
    viewer: async (_parent, _args, { identity, loaders }) => {
      const each = <T>(keys: readonly string[], load: (key: string) => Promise<T | null>) =>
        Promise.all([...new Set(keys)].map(load)).then((rows) => rows.filter((row) => row !== null) as T[]);
      return {
        person: identity.personId ? await loaders.person.load(identity.personId) : null,
        ownDeclarationOnly: identity.ownDeclarationOnly === true,
        administrator: identity.roles.includes('administrator'),
        kommuneregisteretContactFor: await each(identity.krContactFor, (n) => loaders.municipality.load(n)),
        styrevervregisteretContactFor: await each(identity.stvContactFor, (n) =>
          loaders.municipality.load(n),
        ),
        companies: await each(identity.companies, (n) => loaders.companyByOrganizationNumber.load(n)),
      };
    },
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
    contactPersons: relation(
      'contactsByMunicipality',
      (municipality: MunicipalityRow) => municipality.number,
    ),
  },
  Company: {
    contactPersons: relation('contactsByCompany', (company: CompanyRow) => company.id),
  },
  ContactPerson: {
    person: relation(
      'person',
      (contact: ContactPersonRow) => contact.personId,
      (person, { personId }) => found(person, 'person', `id ${personId}`),
    ),
    municipality: relation('municipality', (contact: ContactPersonRow) => contact.municipalityNumber),
    company: relation('company', (contact: ContactPersonRow) => contact.companyId),
  },
  Mutation: contactMutations,
};
