import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';

/**
 * Declaration (erklæring): one per person. `person_id` is the key of the Person entity owned by
 * the municipality subgraph; nothing else of the person is kept here.
 */
export const declarations = pgTable(
  'declarations',
  {
    personId: uuid('person_id').primaryKey(),
    termsAcceptedAt: timestamp('terms_accepted_at', { withTimezone: true }),
    published: boolean('published').notNull().default(false),
    /** Changed by its person or for them; positions from Kommuneregisteret do not count. */
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Confirmed unchanged: with `updatedAt`, what the four-year deletion counts from. */
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  },
  (table) => [
    index('declarations_updated_at_idx').on(table.updatedAt),
    // The public search's keyset: published declarations only, by person id.
    index('declarations_public_idx')
      .on(table.personId)
      .where(sql`${table.published} and ${table.termsAcceptedAt} is not null`),
  ],
);

export const positionCategory = pgEnum('position_category', [
  // The roles Kommuneregisteret holds, which come from it alone (source KOMMUNEREGISTERET),
  // listed first in a declaration.
  'MUNICIPAL_EMPLOYMENT',
  'ELECTED_OFFICE',
  'MUNICIPAL_COMPANY_ROLE',
  'COMPANY_BOARD',
  'ORGANIZATION_BOARD',
  'PAID_WORK',
  'BUSINESS_INTEREST',
  'REAL_ESTATE',
  'SHAREHOLDING',
  'EMPLOYER_AGREEMENT',
  'ECONOMIC_SUPPORT',
  'GIFT',
  'PAID_TRAVEL',
  'OTHER',
]);

/** Where a position comes from: the person declared it, or it is a role in Kommuneregisteret. */
export const positionSource = pgEnum('position_source', ['SELF_DECLARED', 'KOMMUNEREGISTERET']);

/** Position (verv) or interest in a declaration. */
export const positions = pgTable(
  'positions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => declarations.personId, { onDelete: 'cascade' }),
    category: positionCategory('category').notNull(),
    organizationName: text('organization_name').notNull(),
    organizationNumber: varchar('organization_number', { length: 9 }),
    role: text('role'),
    startDate: date('start_date'),
    endDate: date('end_date'),
    source: positionSource('source').notNull().default('SELF_DECLARED'),
    /**
     * For a position from Kommuneregisteret, the role it shows (the employment's, membership's
     * or company role's id there): one position per role, kept in step by the follower.
     */
    krRoleId: uuid('kr_role_id'),
  },
  (table) => [
    index('positions_person_id_idx').on(table.personId),
    uniqueIndex('positions_kr_role_id_idx').on(table.krRoleId),
    // A person declares a position once: the same category, organisation (its number when
    // given, else its name in any case) and role is a duplicate. The index, not a check before
    // the write, is what refuses it, so two writers racing cannot both add it. Roles from
    // Kommuneregisteret are one position per role there (the same title twice is two roles).
    uniqueIndex('positions_person_unique_idx')
      .on(
        table.personId,
        table.category,
        sql`coalesce(${table.organizationNumber}, lower(${table.organizationName}))`,
        sql`coalesce(lower(${table.role}), '')`,
      )
      .where(sql`${table.source} = 'SELF_DECLARED'`),
  ],
);

/** The Person entity as this subgraph knows it: its key. */
export interface PersonReference {
  id: string;
}

export type DeclarationRow = typeof declarations.$inferSelect;
export type NewDeclarationRow = typeof declarations.$inferInsert;
export type PositionRow = typeof positions.$inferSelect;
export type NewPositionRow = typeof positions.$inferInsert;
