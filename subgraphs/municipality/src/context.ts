import { contextFactory, loadManyByKey, loadOneByKey } from '@registers/service-runtime';
import type { MunicipalityDatabase } from './db/index.ts';
import { GeographyStore } from './modules/geography/store.ts';
import { PersonStore } from './modules/persons/store.ts';
import { UnitStore } from './modules/units/store.ts';

function createStores(db: MunicipalityDatabase) {
  return { geography: new GeographyStore(db), units: new UnitStore(db), persons: new PersonStore(db) };
}

export type Stores = ReturnType<typeof createStores>;

function createLoaders({ geography, units, persons }: Stores) {
  return {
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
