import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  foreignKey,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { municipalities } from './geography.ts';
import { units } from './units.ts';

/** One person per e-mail address, in any case: the address is how a person signs in. */
export const uniqueEmail = 'persons_email_idx';
/**
 * The references to a person, named here so that a write naming a person removed meanwhile
 * (its foreign key broken) is answered as the person not found.
 */
export const personReferences = {
  employments: 'employments_person_id_persons_id_fk',
  memberships: 'memberships_person_id_persons_id_fk',
  companyRoles: 'company_roles_person_id_persons_id_fk',
  contactPersons: 'contact_persons_person_id_persons_id_fk',
};
/** One current leader per unit. */
export const oneLeaderPerUnit = 'employments_one_leader_per_unit_idx';

/**
 * Person: the entity the whole supergraph refers to. E-mail is personal data. What a person
 * holds (employments, memberships, company roles, assignments) is deleted before them, each
 * with its own feed event, so the references to them restrict rather than cascade.
 */
export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    email: text('email'),
    phone: text('phone'),
    /** The municipality that registered the person in Kommuneregisteret. */
    municipalityNumber: varchar('municipality_number', { length: 4 }).references(
      () => municipalities.number,
      {
        onDelete: 'restrict',
      },
    ),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('persons_family_name_given_name_idx').on(table.familyName, table.givenName),
    uniqueIndex(uniqueEmail).on(sql`lower(${table.email})`),
  ],
);

/** Employment (ansettelse) of a person in a unit. */
export const employments = pgTable(
  'employments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    isLeader: boolean('is_leader').notNull().default(false),
    /** Ansvarsområde */
    areaOfResponsibility: text('area_of_responsibility'),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
  },
  (table) => [
    foreignKey({
      name: personReferences.employments,
      columns: [table.personId],
      foreignColumns: [persons.id],
    }).onDelete('restrict'),
    index('employments_person_id_idx').on(table.personId),
    index('employments_unit_id_idx').on(table.unitId),
    uniqueIndex(oneLeaderPerUnit)
      .on(table.unitId)
      .where(sql`${table.isLeader} and ${table.endDate} is null`),
  ],
);

export type PersonRow = typeof persons.$inferSelect;
export type NewPersonRow = typeof persons.$inferInsert;
export type EmploymentRow = typeof employments.$inferSelect;
export type NewEmploymentRow = typeof employments.$inferInsert;
