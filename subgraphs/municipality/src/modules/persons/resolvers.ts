import {
  authorize,
  connectionFrom,
  decodeCursor,
  encodeCursor,
  found,
  pageSize,
  type Identity,
} from '@registers/service-runtime';
import type { Context } from '../../context.ts';
import type { PersonRow } from '../../db/schema/index.ts';
import type { Resolvers } from '../../generated/resolvers.ts';
import { personMutations } from './mutations.ts';

export const personResolvers: Resolvers = {
  Query: {
    searchPersons: async (_parent, { name, municipalityNumber, first, after }, { stores }) => {
      const limit = pageSize(first, 20, 100);
      const key = after ? (decodeCursor('person-search', after, 3) as [string, string, string]) : null;
      const rows = await stores.persons.searchPersons(name, municipalityNumber ?? null, key, limit);
      const cursorOf = (person: PersonRow) =>
        encodeCursor('person-search', [person.familyName, person.givenName, person.id]);
      return connectionFrom(rows, limit, cursorOf, after);
    },
    person: async (_parent, { id }, { loaders }) =>
      found(await loaders.person.load(id), 'person', `id ${id}`),
  },
  Person: {
    __resolveReference: async ({ id }, { loaders }) => await loaders.person.load(id),
    name: ({ givenName, familyName }) => `${givenName} ${familyName}`,
    email: async (person, _args, context) => {
      await authorizeFor('readContactDetails', person.id, context);
      return person.email;
    },
    phone: async (person, _args, context) => {
      await authorizeFor('readContactDetails', person.id, context);
      return person.phone;
    },
    municipalityNumbers: async ({ id }, _args, { loaders }) => await municipalityNumbers(id, loaders),
    employments: async ({ id }, _args, { loaders }) => await loaders.employmentsByPerson.load(id),
    memberships: async ({ id }, _args, { loaders }) => await loaders.membershipsByPerson.load(id),
    companyRoles: async ({ id }, _args, { loaders }) => await loaders.companyRolesByPerson.load(id),
    roles: async ({ id }, _args, { loaders }) => {
      const [employments, memberships, companyRoles] = await Promise.all([
        loaders.employmentsByPerson.load(id),
        loaders.membershipsByPerson.load(id),
        loaders.companyRolesByPerson.load(id),
      ]);
      return [...employments, ...memberships, ...companyRoles].sort((a, b) =>
        a.startDate.localeCompare(b.startDate),
      );
    },
  },
  PersonRole: {
    __resolveType: (role) =>
      'unitId' in role ? 'Employment' : 'bodyId' in role ? 'Membership' : 'CompanyRole',
  },
  Employment: {
    person: async ({ personId }, _args, { loaders }) =>
      found(await loaders.person.load(personId), 'person', `id ${personId}`),
    unit: async ({ unitId }, _args, { loaders }) =>
      found(await loaders.unit.load(unitId), 'unit', `id ${unitId}`),
  },
  Mutation: personMutations,
};

export async function municipalityNumbers(personId: string, loaders: Context['loaders']): Promise<string[]> {
  return (await loaders.municipalitiesOfPerson.load(personId)).map((row) => row.municipalityNumber);
}

/** The policy's question about a person: who they are and where they work. */
export async function authorizeFor(
  action: 'readContactDetails' | 'updateContactDetails' | 'editPerson',
  personId: PersonRow['id'],
  { identity, loaders }: { identity: Identity; loaders: Context['loaders'] },
): Promise<void> {
  authorize(action, identity, { personId, municipalities: await municipalityNumbers(personId, loaders) });
}
