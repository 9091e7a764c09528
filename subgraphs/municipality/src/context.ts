import { contextFactory, loadManyByKey, loadOneByKey } from '@registers/service-runtime';
import type { MunicipalityDatabase } from './db/index.ts';
import { BodyStore } from './modules/bodies/store.ts';
import { ChangeMessageStore } from './modules/change-messages/store.ts';
import { ChangeStore } from './modules/changes/store.ts';
import { ContactStore } from './modules/contacts/store.ts';
import { CompanyStore } from './modules/companies/store.ts';
import { GeographyStore } from './modules/geography/store.ts';
import { PersonStore } from './modules/persons/store.ts';
import { UnitStore } from './modules/units/store.ts';

function createStores(db: MunicipalityDatabase) {
  return {
    geography: new GeographyStore(db),
    units: new UnitStore(db),
    persons: new PersonStore(db),
    bodies: new BodyStore(db),
    companies: new CompanyStore(db),
    changes: new ChangeStore(db),
    contacts: new ContactStore(db),
    changeMessages: new ChangeMessageStore(db),
  };
}

export type Stores = ReturnType<typeof createStores>;

function createLoaders({ geography, units, persons, bodies, companies, contacts }: Stores) {
  return {
    contactsByMunicipality: loadManyByKey(
      (numbers: readonly string[]) => contacts.byMunicipalities(numbers),
      (row) => row.municipalityNumber,
    ),
    contactsByPerson: loadManyByKey(
      (ids: readonly string[]) => contacts.byPersons(ids),
      (row) => row.personId,
    ),
    contactsByCompany: loadManyByKey(
      (ids: readonly string[]) => contacts.byCompanies(ids),
      (row) => row.companyId,
    ),
    party: loadOneByKey(
      (ids: readonly string[]) => bodies.partiesByIds(ids),
      (row) => row.id,
    ),
    body: loadOneByKey(
      (ids: readonly string[]) => bodies.bodiesByIds(ids),
      (row) => row.id,
    ),
    bodiesByMunicipality: loadManyByKey(
      (numbers: readonly string[]) => bodies.bodiesByMunicipalities(numbers),
      (row) => row.municipalityNumber,
    ),
    membershipsByBody: loadManyByKey(
      (ids: readonly string[]) => bodies.membershipsByBodies(ids),
      (row) => row.bodyId,
    ),
    membershipsByPerson: loadManyByKey(
      (ids: readonly string[]) => bodies.membershipsByPersons(ids),
      (row) => row.personId,
    ),
    company: loadOneByKey(
      (ids: readonly string[]) => companies.companiesByIds(ids),
      (row) => row.id,
    ),
    companyByOrganizationNumber: loadOneByKey(
      (numbers: readonly string[]) => companies.companiesByOrganizationNumbers(numbers),
      (row) => row.organizationNumber,
    ),
    ownersByCompany: loadManyByKey(
      (ids: readonly string[]) => companies.ownersByCompanies(ids),
      (row) => row.companyId,
    ),
    ownershipsByMunicipality: loadManyByKey(
      (numbers: readonly string[]) => companies.ownershipsByMunicipalities(numbers),
      (row) => row.municipalityNumber,
    ),
    companyRolesByCompany: loadManyByKey(
      (ids: readonly string[]) => companies.rolesByCompanies(ids),
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
    unit: loadOneByKey(
      (ids: readonly string[]) => units.unitsByIds(ids),
      (row) => row.id,
    ),
    unitsByMunicipality: loadManyByKey(
      (numbers: readonly string[]) => units.unitsByMunicipalities(numbers),
      (row) => row.municipalityNumber,
    ),
    unitsByParent: loadManyByKey(
      (ids: readonly string[]) => units.unitsByParents(ids),
      (row) => row.parentId,
    ),
    person: loadOneByKey(
      (ids: readonly string[]) => persons.personsByIds(ids),
      (row) => row.id,
    ),
    municipalitiesOfPerson: loadManyByKey(
      (ids: readonly string[]) => persons.municipalitiesOfPersons(ids),
      (row) => row.personId,
    ),
    employmentsByUnit: loadManyByKey(
      (ids: readonly string[]) => persons.employmentsByUnits(ids),
      (row) => row.unitId,
    ),
    employmentsByPerson: loadManyByKey(
      (ids: readonly string[]) => persons.employmentsByPersons(ids),
      (row) => row.personId,
    ),
  };
}

export const createContext = contextFactory(createStores, createLoaders);

export type Context = ReturnType<typeof createContext>;
