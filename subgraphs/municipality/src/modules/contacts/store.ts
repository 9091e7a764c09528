import { and, asc, eq, isNull } from 'drizzle-orm';
import { identifiers } from '@registers/graphql-kit';
import { anyOf } from '@registers/platform';
import type { AuditedWriter } from '../changes/record.ts';
import type { MunicipalityDatabase } from '../../db/index.ts';
import { companies, contactPersons, persons, type ContactPersonRow } from '../../db/schema/index.ts';

/** Contact persons (kontaktpersoner) and administrators: who answers for what. */
export class ContactStore {
  constructor(private readonly db: MunicipalityDatabase) {}

  byMunicipalities(numbers: readonly string[]): Promise<ContactPersonRow[]> {
    return this.db
      .select()
      .from(contactPersons)
      .where(anyOf(contactPersons.municipalityNumber, numbers, 'text'))
      .orderBy(asc(contactPersons.role), asc(contactPersons.assignedAt));
  }

  byPersons(personIds: readonly string[]): Promise<ContactPersonRow[]> {
    return this.db
      .select()
      .from(contactPersons)
      .where(anyOf(contactPersons.personId, personIds, 'uuid'))
      .orderBy(asc(contactPersons.assignedAt));
  }

  byCompanies(companyIds: readonly string[]): Promise<ContactPersonRow[]> {
    return this.db
      .select()
      .from(contactPersons)
      .where(anyOf(contactPersons.companyId, companyIds, 'uuid'))
      .orderBy(asc(contactPersons.assignedAt));
  }

  /**
   * A person's assignments with their companies' organisation numbers, found by the person's id
   * or e-mail address (both must agree when both are given).
   */
  async assignmentsOfPerson(by: { personId?: string | null; email?: string | null }) {
    const conditions = [
      ...(by.personId ? [eq(persons.id, by.personId)] : []),
      ...(by.email ? [eq(persons.email, by.email)] : []),
    ];
    if (conditions.length === 0 || (by.personId && !identifiers.isUuid(by.personId))) return null;
    const [person] = await this.db
      .select({ id: persons.id })
      .from(persons)
      .where(and(...conditions));
    if (!person) return null;
    const assignments = await this.db
      .select({
        role: contactPersons.role,
        municipalityNumber: contactPersons.municipalityNumber,
        companyOrganizationNumber: companies.organizationNumber,
      })
      .from(contactPersons)
      .leftJoin(companies, eq(companies.id, contactPersons.companyId))
      .where(eq(contactPersons.personId, person.id));
    return { personId: person.id, assignments };
  }

  byIds(ids: readonly string[]): Promise<ContactPersonRow[]> {
    return this.db
      .select()
      .from(contactPersons)
      .where(anyOf(contactPersons.id, ids, 'uuid'));
  }

  /** Assigns, or returns the assignment that is there already. */
  async assign(writer: AuditedWriter, values: typeof contactPersons.$inferInsert): Promise<ContactPersonRow> {
    const [created] = await this.db.insert(contactPersons).values(values).onConflictDoNothing().returning();
    if (!created) {
      const same = (
        column: typeof contactPersons.municipalityNumber | typeof contactPersons.companyId,
        value?: string | null,
      ) => (value ? eq(column, value) : isNull(column));
      const [existing] = await this.db
        .select()
        .from(contactPersons)
        .where(
          and(
            eq(contactPersons.personId, values.personId),
            eq(contactPersons.role, values.role),
            same(contactPersons.municipalityNumber, values.municipalityNumber),
            same(contactPersons.companyId, values.companyId),
          ),
        );
      return existing!;
    }
    await writer.record({
      entityType: 'CONTACT_PERSON',
      entityId: created.id,
      municipalityNumber: created.municipalityNumber,
      before: null,
      after: created,
    });
    return created;
  }

  /** Gives an assignment to another person (a merge), audited and in the feed. */
  async move(writer: AuditedWriter, assignment: ContactPersonRow, personId: string): Promise<void> {
    await writer.update(
      {
        entityType: 'CONTACT_PERSON',
        table: contactPersons,
        municipalityNumber: assignment.municipalityNumber,
      },
      assignment.id,
      { personId },
    );
  }

  async remove(writer: AuditedWriter, assignment: ContactPersonRow): Promise<void> {
    await writer.delete(
      {
        entityType: 'CONTACT_PERSON',
        table: contactPersons,
        municipalityNumber: assignment.municipalityNumber,
      },
      assignment.id,
    );
  }
}
