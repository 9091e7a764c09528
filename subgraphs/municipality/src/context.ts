import { loadManyByKey, loadOneByKey, relationsOf, type RowLoader } from '@registers/graphql-kit';
import { contextFactory, type RequestInfo } from '@registers/platform';
import type { MunicipalityDatabase } from './db/index.ts';
import { BodyCommands } from './modules/bodies/commands.ts';
import { ChangeMessageCommands } from './modules/change-messages/commands.ts';
import { ChangeReceiptCommands } from './modules/change-receipts/commands.ts';
import { CompanyCommands } from './modules/companies/commands.ts';
import { ContactCommands } from './modules/contacts/commands.ts';
import { ElectionCommands } from './modules/elections/commands.ts';
import { PersonCommands } from './modules/persons/commands.ts';
import { UnitCommands } from './modules/units/commands.ts';
import { createStores, type Stores } from './stores.ts';

/**
 * What changes the register: one command per mutation, each its own transaction. A job outside
 * GraphQL makes these over the database and calls them with its Identity, and gets the same
 * checks.
 */
export function createCommands(db: MunicipalityDatabase) {
  return {
    units: new UnitCommands(db),
    persons: new PersonCommands(db),
    bodies: new BodyCommands(db),
    companies: new CompanyCommands(db),
    contacts: new ContactCommands(db),
    changeMessages: new ChangeMessageCommands(db),
    changeReceipts: new ChangeReceiptCommands(db),
    elections: new ElectionCommands(db),
  };
}

/** Records rows read by another query as the rows by their ids. */
const primeById =
  <V extends { id: string }>(loader: RowLoader<string, V | null>) =>
  (rows: readonly V[]) => {
    for (const row of rows) loader.prime(row.id, row);
  };

function createLoaders({ geography, units, persons, bodies, companies, contacts }: Stores) {
  const unit = loadOneByKey(
    (ids: readonly string[]) => units.unitsByIds(ids),
    (row) => row.id,
  );
  // A unit read with its municipality's or its parent's is the unit by its id too (its parent).
  const primeUnits = primeById(unit);
  // Persons, parties and companies read with the rows that point to them (employments, members,
  // roles, ownerships) are those by their ids too: what the query shows next needs no statement.
  const person = loadOneByKey(
    (ids: readonly string[]) => persons.personsByIds(ids),
    (row) => row.id,
  );
  const primePersons = primeById(person);
  const party = loadOneByKey(
    (ids: readonly string[]) => bodies.partiesByIds(ids),
    (row) => row.id,
  );
  const primeParties = primeById(party);
  const company = loadOneByKey(
    (ids: readonly string[]) => companies.companiesByIds(ids),
    (row) => row.id,
  );
  const primeCompanies = primeById(company);
  return {
    contactsByMunicipality: loadManyByKey(
      (numbers: readonly string[]) => contacts.byMunicipalities(numbers),
      (row) => row.municipalityNumber,
    ),
    contactsByCompany: loadManyByKey(
      (ids: readonly string[]) => contacts.byCompanies(ids),
      (row) => row.companyId,
    ),
    party,
    body: loadOneByKey(
      (ids: readonly string[]) => bodies.bodiesByIds(ids),
      (row) => row.id,
    ),
    bodiesByMunicipality: loadManyByKey(
      (numbers: readonly string[]) => bodies.bodiesByMunicipalities(numbers),
      (row) => row.municipalityNumber,
    ),
    membershipsByBody: loadManyByKey(
      async (ids: readonly string[]) => {
        const read = await bodies.membershipsWithPersonsByBodies(ids);
        primePersons(read.persons);
        primeParties(read.parties);
        return read.memberships;
      },
      (row) => row.bodyId,
    ),
    membershipsByPerson: loadManyByKey(
      (ids: readonly string[]) => bodies.membershipsByPersons(ids),
      (row) => row.personId,
    ),
    company,
    companyByOrganizationNumber: loadOneByKey(
      (numbers: readonly string[]) => companies.companiesByOrganizationNumbers(numbers),
      (row) => row.organizationNumber,
    ),
    ownersByCompany: loadManyByKey(
      (ids: readonly string[]) => companies.ownersByCompanies(ids),
      (row) => row.companyId,
    ),
    ownershipsByMunicipality: loadManyByKey(
      async (numbers: readonly string[]) => {
        const read = await companies.ownershipsWithCompaniesByMunicipalities(numbers);
        primeCompanies(read.companies);
        return read.ownerships;
      },
      (row) => row.municipalityNumber,
    ),
    companyRolesByCompany: loadManyByKey(
      async (ids: readonly string[]) => {
        const read = await companies.rolesWithPersonsByCompanies(ids);
        primePersons(read.persons);
        return read.roles;
      },
      (row) => row.companyId,
    ),
    companyRolesByPerson: loadManyByKey(
      (ids: readonly string[]) => companies.rolesByPersons(ids),
      (row) => row.personId,
    ),
    county: loadOneByKey(
      (numbers: readonly string[]) => geography.countiesByNumbers(numbers),
      (row) => row.number,
    ),
    municipality: loadOneByKey(
      (numbers: readonly string[]) => geography.municipalitiesByNumbers(numbers),
      (row) => row.number,
    ),
    municipalitiesByCounty: loadManyByKey(
      (numbers: readonly string[]) => geography.municipalitiesByCounties(numbers),
      (row) => row.countyNumber,
    ),
    unit,
    unitsByMunicipality: loadManyByKey(
      (numbers: readonly string[]) => units.unitsByMunicipalities(numbers),
      (row) => row.municipalityNumber,
      primeUnits,
    ),
    unitsByParent: loadManyByKey(
      (ids: readonly string[]) => units.unitsByParents(ids),
      (row) => row.parentId,
      primeUnits,
    ),
    person,
    municipalitiesOfPerson: loadManyByKey(
      (ids: readonly string[]) => persons.municipalitiesOfPersons(ids),
      (row) => row.personId,
    ),
    employmentsByUnit: loadManyByKey(
      async (ids: readonly string[]) => {
        const read = await persons.employmentsWithPersonsByUnits(ids);
        primePersons(read.persons);
        return read.employments;
      },
      (row) => row.unitId,
    ),
    employmentsByPerson: loadManyByKey(
      (ids: readonly string[]) => persons.employmentsByPersons(ids),
      (row) => row.personId,
    ),
  };
}

const createReadContext = contextFactory(createStores, createLoaders);

/** A request's context: stores and loaders to read with, commands to change with. */
export const createContext = (db: MunicipalityDatabase, request: RequestInfo) => ({
  ...createReadContext(db, request),
  commands: createCommands(db),
});

export type Context = ReturnType<typeof createContext>;

/** Resolvers of fields read through the request's loaders, preloaded where a query allows. */
export const relation = relationsOf<Context>();
