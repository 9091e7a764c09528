import { asc, desc, eq } from 'drizzle-orm';
import { anyOf, writeAuditEntry, type Identity } from '@registers/service-runtime';
import type { MunicipalityDatabase } from '../../db/index.ts';
import { employments, persons, units, type EmploymentRow, type PersonRow } from '../../db/schema/index.ts';

/** Persons and their employments. */
export class PersonStore {
  constructor(private readonly db: MunicipalityDatabase) {}

  personsByIds(ids: readonly string[]): Promise<PersonRow[]> {
    return this.db
      .select()
      .from(persons)
      .where(anyOf(persons.id, ids, 'uuid'));
  }

  /** Where each person works: (person, municipality) pairs, one per municipality. */
  municipalitiesOfPersons(
    personIds: readonly string[],
  ): Promise<{ personId: string; municipalityNumber: string }[]> {
    return this.db
      .selectDistinct({ personId: employments.personId, municipalityNumber: units.municipalityNumber })
      .from(employments)
      .innerJoin(units, eq(units.id, employments.unitId))
      .where(anyOf(employments.personId, personIds, 'uuid'))
      .orderBy(asc(employments.personId), asc(units.municipalityNumber));
  }

  /** Changes e-mail and phone as given (undefined: unchanged, null: cleared), audited. */
  async updateContactDetails(
    who: Identity,
    personId: string,
    changes: { email?: string | null; phone?: string | null },
  ): Promise<PersonRow> {
    return this.db.transaction(async (tx) => {
      const [before] = await tx.select().from(persons).where(eq(persons.id, personId)).for('update');
      const [after] = await tx.update(persons).set(changes).where(eq(persons.id, personId)).returning();
      await writeAuditEntry(tx, who, {
        entityType: 'Person',
        entityId: personId,
        action: 'updated',
        before: { email: before?.email, phone: before?.phone },
        after: { email: after?.email, phone: after?.phone },
      });
      return after!;
    });
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
