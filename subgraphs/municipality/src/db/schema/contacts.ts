import { foreignKey, index, pgEnum, pgTable, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { companies } from './companies.ts';
import { municipalities } from './geography.ts';
import { personReferences, persons } from './persons.ts';

/** The administrative roles of the registers: contact persons for KR, STV, both, a company; administrators. */
export const contactRole = pgEnum('contact_role', ['KR', 'STV', 'BOTH', 'COMPANY', 'ADMINISTRATOR']);

/**
 * Contact person (kontaktperson) for Kommuneregisteret, Styrevervregisteret or both in a
 * municipality, for a company, or an administrator of the operator.
 */
export const contactPersons = pgTable(
  'contact_persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id').notNull(),
    role: contactRole('role').notNull(),
    municipalityNumber: varchar('municipality_number', { length: 4 }).references(
      () => municipalities.number,
      {
        onDelete: 'restrict',
      },
    ),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'cascade' }),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    foreignKey({
      name: personReferences.contactPersons,
      columns: [table.personId],
      foreignColumns: [persons.id],
    }).onDelete('restrict'),
    unique('contact_persons_assignment_key')
      .on(table.personId, table.role, table.municipalityNumber, table.companyId)
      .nullsNotDistinct(),
    index('contact_persons_municipality_number_idx').on(table.municipalityNumber),
    index('contact_persons_company_id_idx').on(table.companyId),
  ],
);

export type ContactPersonRow = typeof contactPersons.$inferSelect;
