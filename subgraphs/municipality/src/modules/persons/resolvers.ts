import {
  BadRequestError,
  connectionFrom,
  decodeCursor,
  encodeCursor,
  found,
  pageSize,
} from '@registers/graphql-kit';
import { authorize } from '@registers/access';
import { relation } from '../../context.ts';
import type { EmploymentRow, PersonRow } from '../../db/schema/index.ts';
import type { Resolvers } from '../../generated/resolvers.ts';
import { personScope } from './scope.ts';

/** Persons one name lookup may ask about: a page of Styrevervregisteret's candidates. */
const maxNameLookup = 1_000;

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
    // Internal (@inaccessible): Styrevervregisteret keeps no names, so its public search of
    // published declarations asks, as the register, which of their persons bear a name.
    personsMatchingName: async (_parent, { name, personIds }, { identity, stores }) => {
      authorize('lookUpPersonNames', identity);
      if (personIds.length > maxNameLookup)
        throw new BadRequestError(`\`personIds\` may name at most ${maxNameLookup} persons.`);
      return await stores.persons.idsMatchingName(name, personIds);
    },
    person: async (_parent, { id }, { loaders }) =>
      found(await loaders.person.load(id), 'person', `id ${id}`),
  },
  Person: {
    __resolveReference: ({ id }, { loaders }) => loaders.person.get(id),
    name: ({ givenName, familyName }) => `${givenName} ${familyName}`,
    email: (person, _args, { identity }) => {
      authorize('readContactDetails', identity, personScope(person));
      return person.email;
    },
    phone: (person, _args, { identity }) => {
      authorize('readContactDetails', identity, personScope(person));
      return person.phone;
    },
    municipalityNumbers: async ({ id }, _args, { loaders }) =>
      (await loaders.municipalitiesOfPerson.load(id)).map((row) => row.municipalityNumber),
    employments: relation('employmentsByPerson', (person: PersonRow) => person.id),
    memberships: relation('membershipsByPerson', (person: PersonRow) => person.id),
    companyRoles: relation('companyRolesByPerson', (person: PersonRow) => person.id),
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
    person: relation(
      'person',
      (employment: EmploymentRow) => employment.personId,
      (person, { personId }) => found(person, 'person', `id ${personId}`),
    ),
    unit: relation(
      'unit',
      (employment: EmploymentRow) => employment.unitId,
      (unit, { unitId }) => found(unit, 'unit', `id ${unitId}`),
    ),
  },
};
