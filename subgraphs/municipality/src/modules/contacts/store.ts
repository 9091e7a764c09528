import { and, asc, eq, isNull } from 'drizzle-orm';
import { anyOf, identifiers, type Identity } from '@registers/service-runtime';
import { recordChange } from '../changes/record.ts';
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

  async byId(id: string): Promise<ContactPersonRow | undefined> {
    const [row] = await this.db.select().from(contactPersons).where(eq(contactPersons.id, id));
    return row;
  }

  /** Assigns, or returns the assignment that is there already. */
  async assign(who: Identity, values: typeof contactPersons.$inferInsert): Promise<ContactPersonRow> {
    return this.db.transaction(async (tx) => {
      const [created] = await tx.insert(contactPersons).values(values).onConflictDoNothing().returning();
      if (!created) {
        const same = (
          column: typeof contactPersons.municipalityNumber | typeof contactPersons.companyId,
          value?: string | null,
        ) => (value ? eq(column, value) : isNull(column));
        const [existing] = await tx
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
      await recordChange(tx, who, {
        entityType: 'CONTACT_PERSON',
        entityId: created.id,
        municipalityNumber: created.municipalityNumber,
        before: null,
        after: created,
      });
      return created;
    });
  }

  async remove(who: Identity, id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [removed] = await tx.delete(contactPersons).where(eq(contactPersons.id, id)).returning();
      await recordChange(tx, who, {
        entityType: 'CONTACT_PERSON',
        entityId: id,
        municipalityNumber: removed!.municipalityNumber,
        before: removed!,
        after: null,
      });
    });
  }
}
