import { and, asc, desc, eq, exists, gt, ilike, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { union } from 'drizzle-orm/pg-core';
import { anyOf, escapeLike, jsonRowsOf, pointedToBy } from '@registers/platform';
import type { MunicipalityDatabase } from '../../db/index.ts';
import {
  electedBodies,
  employments,
  memberships,
  persons,
  units,
  type EmploymentRow,
  type NewEmploymentRow,
  type NewPersonRow,
  type PersonRow,
} from '../../db/schema/index.ts';
import type { AuditedWriter } from '../changes/record.ts';

/** Persons and their employments. */
export class PersonStore {
  constructor(private readonly db: MunicipalityDatabase) {}

  async personsByIds(ids: readonly string[]): Promise<PersonRow[]> {
    return personRows.parse(
      await this.db
        .select(personRows.select)
        .from(persons)
        .where(anyOf(persons.id, ids, 'uuid')),
    );
  }

  /**
   * The municipalities each person belongs to: the one that registered them and those they work
   * or hold office in; (person, municipality) pairs, each once.
   */
  async municipalitiesOfPersons(
    personIds: readonly string[],
  ): Promise<{ personId: string; municipalityNumber: string }[]> {
    const byEmployment = this.db
      .select({ personId: employments.personId, municipalityNumber: units.municipalityNumber })
      .from(employments)
      .innerJoin(units, eq(units.id, employments.unitId))
      .where(anyOf(employments.personId, personIds, 'uuid'));
    const byMembership = this.db
      .select({ personId: memberships.personId, municipalityNumber: electedBodies.municipalityNumber })
      .from(memberships)
      .innerJoin(electedBodies, eq(electedBodies.id, memberships.bodyId))
      .where(anyOf(memberships.personId, personIds, 'uuid'));
    const registered = this.db
      .select({ personId: persons.id, municipalityNumber: sql<string>`${persons.municipalityNumber}` })
      .from(persons)
      .where(and(anyOf(persons.id, personIds, 'uuid'), isNotNull(persons.municipalityNumber)));
    return await union(byEmployment, byMembership, registered);
  }

  /**
   * Persons whose name contains `term`, belonging to a municipality when given (registered
   * there, or working or holding office there), by (family name, given name, id) after the
   * cursor's key; `limit + 1` rows.
   */
  searchPersons(
    term: string,
    municipalityNumber: string | null,
    after: [string, string, string] | null,
    limit: number,
  ) {
    const inMunicipality = municipalityNumber
      ? or(
          eq(persons.municipalityNumber, municipalityNumber),
          exists(
            this.db
              .select({ one: sql`1` })
              .from(employments)
              .innerJoin(units, eq(units.id, employments.unitId))
              .where(
                and(eq(employments.personId, persons.id), eq(units.municipalityNumber, municipalityNumber)),
              ),
          ),
          exists(
            this.db
              .select({ one: sql`1` })
              .from(memberships)
              .innerJoin(electedBodies, eq(electedBodies.id, memberships.bodyId))
              .where(
                and(
                  eq(memberships.personId, persons.id),
                  eq(electedBodies.municipalityNumber, municipalityNumber),
                ),
              ),
          ),
        )
      : undefined;
    return this.db
      .select()
      .from(persons)
      .where(
        and(
          ilike(sql`${persons.givenName} || ' ' || ${persons.familyName}`, `%${escapeLike(term)}%`),
          inMunicipality,
          after
            ? sql`(${persons.familyName}, ${persons.givenName}, ${persons.id}) > (${after[0]}, ${after[1]}, ${after[2]}::uuid)`
            : undefined,
        ),
      )
      .orderBy(asc(persons.familyName), asc(persons.givenName), asc(persons.id))
      .limit(limit + 1);
  }

  /**
   * Of these persons, the ids of those whose name contains `term` (any case, literally), in
   * the order asked. One statement by primary key, however common the name.
   */
  async idsMatchingName(term: string, ids: readonly string[]): Promise<string[]> {
    const rows = await this.db
      .select({ id: persons.id })
      .from(persons)
      .where(
        and(
          anyOf(persons.id, ids, 'uuid'),
          ilike(sql`${persons.givenName} || ' ' || ${persons.familyName}`, `%${escapeLike(term)}%`),
        ),
      );
    const matching = new Set(rows.map((row) => row.id));
    return ids.filter((id) => matching.has(id));
  }

  addPerson(writer: AuditedWriter, values: NewPersonRow): Promise<PersonRow> {
    return writer.insert(personIn(values.municipalityNumber ?? null), values);
  }

  /** Changes the fields given (names, e-mail, phone), audited and in the feed. */
  updatePerson(writer: AuditedWriter, person: PersonRow, changes: Partial<NewPersonRow>): Promise<PersonRow> {
    return writer.update(personIn(person.municipalityNumber), person.id, changes);
  }

  /**
   * The person, locked until the command's transaction ends; for their removal, so no one
   * gives them a role meanwhile (that write's foreign-key check waits, then finds no person).
   */
  async lockPerson(id: string): Promise<PersonRow | undefined> {
    const [row] = await this.db
      .select()
      .from(persons)
      .where(anyOf(persons.id, [id], 'uuid'))
      .for('update');
    return row;
  }

  /** Deletes a person, once what they hold is deleted (the references restrict). */
  async removePerson(writer: AuditedWriter, person: PersonRow): Promise<void> {
    await writer.delete(personIn(person.municipalityNumber), person.id);
  }

  async personWithEmail(email: string): Promise<PersonRow | undefined> {
    const [row] = await this.db
      .select()
      .from(persons)
      .where(sql`lower(${persons.email}) = lower(${email})`);
    return row;
  }

  /** The employments of a unit still open after a day: those its closing that day ends. */
  employmentsOpenOn(unitId: string, day: string): Promise<EmploymentRow[]> {
    return this.db
      .select()
      .from(employments)
      .where(
        and(eq(employments.unitId, unitId), or(isNull(employments.endDate), gt(employments.endDate, day))),
      );
  }

  startEmployment(
    writer: AuditedWriter,
    values: NewEmploymentRow,
    municipalityNumber: string,
  ): Promise<EmploymentRow> {
    return writer.insert(employmentIn(municipalityNumber), values);
  }

  endEmployment(
    writer: AuditedWriter,
    id: string,
    endDate: string,
    municipalityNumber: string,
  ): Promise<EmploymentRow> {
    return writer.update(employmentIn(municipalityNumber), id, { endDate });
  }

  /** Gives an employment to another person (a merge), audited and in the feed. */
  moveEmployment(
    writer: AuditedWriter,
    id: string,
    personId: string,
    municipalityNumber: string,
  ): Promise<EmploymentRow> {
    return writer.update(employmentIn(municipalityNumber), id, { personId });
  }

  deleteEmployment(writer: AuditedWriter, id: string, municipalityNumber: string): Promise<EmploymentRow> {
    return writer.delete(employmentIn(municipalityNumber), id);
  }

  employmentsByIds(ids: readonly string[]): Promise<EmploymentRow[]> {
    return this.db
      .select()
      .from(employments)
      .where(anyOf(employments.id, ids, 'uuid'));
  }

  async employmentsByUnits(unitIds: readonly string[]): Promise<EmploymentRow[]> {
    return employmentRowsByUnit.parse(
      await this.db
        .select(employmentRowsByUnit.select)
        .from(employments)
        .where(anyOf(employments.unitId, unitIds, 'uuid')),
    );
  }

  /**
   * The units' employments as `employmentsByUnits` gives them, with the persons who hold them, in
   * one statement: whoever reads a unit's employments shows who holds them.
   */
  async employmentsWithPersonsByUnits(
    unitIds: readonly string[],
  ): Promise<{ employments: EmploymentRow[]; persons: PersonRow[] }> {
    const ofUnits = anyOf(employments.unitId, unitIds, 'uuid');
    const [result] = await this.db
      .select({
        ...employmentRowsByUnit.select,
        persons: personRows.of(pointedToBy(persons.id, employments.personId, ofUnits)),
      })
      .from(employments)
      .where(ofUnits);
    return {
      employments: employmentRowsByUnit.parseValue(result?.rows),
      persons: personRows.parseValue(result?.persons),
    };
  }

  employmentsByPersons(personIds: readonly string[]): Promise<EmploymentRow[]> {
    return this.db
      .select()
      .from(employments)
      .where(anyOf(employments.personId, personIds, 'uuid'))
      .orderBy(asc(employments.startDate), asc(employments.id));
  }
}

/** Large reads (every person and employment of the register), each as one JSON value. */
export const personRows = jsonRowsOf(persons);
/** A unit's employments: its leader first, then by start. */
const employmentRowsByUnit = jsonRowsOf(employments, [
  desc(employments.isLeader),
  asc(employments.startDate),
  asc(employments.id),
]);

/** The feed files a person under the municipality that registered them. */
const personIn = (municipalityNumber: string | null) => ({
  entityType: 'PERSON' as const,
  table: persons,
  municipalityNumber,
});

/** The feed files an employment under its unit's municipality. */
const employmentIn = (municipalityNumber: string) => ({
  entityType: 'EMPLOYMENT' as const,
  table: employments,
  municipalityNumber,
});
