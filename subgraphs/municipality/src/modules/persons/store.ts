import { asc, desc } from 'drizzle-orm';
import { anyOf } from '@registers/service-runtime';
import type { MunicipalityDatabase } from '../../db/index.ts';
import { employments, persons, type EmploymentRow, type PersonRow } from '../../db/schema/index.ts';

/** Persons and their employments. */
export class PersonStore {
  constructor(private readonly db: MunicipalityDatabase) {}

  personsByIds(ids: readonly string[]): Promise<PersonRow[]> {
    return this.db
      .select()
      .from(persons)
      .where(anyOf(persons.id, ids, 'uuid'));
  }

  employmentsByUnits(unitIds: readonly string[]): Promise<EmploymentRow[]> {
    return this.db
      .select()
      .from(employments)
      .where(anyOf(employments.unitId, unitIds, 'uuid'))
      .orderBy(desc(employments.isLeader), asc(employments.startDate), asc(employments.id));
  }

  employmentsByPersons(personIds: readonly string[]): Promise<EmploymentRow[]> {
    return this.db
      .select()
      .from(employments)
      .where(anyOf(employments.personId, personIds, 'uuid'))
      .orderBy(asc(employments.startDate), asc(employments.id));
  }
}
