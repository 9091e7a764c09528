import { bigint, date, index, pgEnum, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/**
 * What this register keeps of Kommuneregisteret (KR), as the follower of its change feed
 * brings it in: role facts only, never a person's name, e-mail address or phone number. Only
 * the follower writes these tables.
 */

/** How far the follower has applied a feed: written in the same transaction as what it applied. */
export const feedCursors = pgTable('feed_cursors', {
  /** The feed followed: `municipality`. */
  feed: text('feed').primaryKey(),
  /** The sequence of the last change applied, and the feed's cursor to ask for what came after. */
  sequence: bigint('sequence', { mode: 'number' }).notNull(),
  cursor: text('cursor'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A person Kommuneregisteret knows, and the municipality that registered them. */
export const krPersons = pgTable(
  'kr_persons',
  {
    personId: uuid('person_id').primaryKey(),
    municipalityNumber: varchar('municipality_number', { length: 4 }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // The public search by municipality.
  (table) => [index('kr_persons_municipality_number_idx').on(table.municipalityNumber, table.personId)],
);

export const krRoleKind = pgEnum('kr_role_kind', ['EMPLOYMENT', 'MEMBERSHIP', 'COMPANY_ROLE']);

/** A role of a person in Kommuneregisteret: an employment, a membership of an elected body, a company role. */
export const krRoles = pgTable(
  'kr_roles',
  {
    /** The employment's, membership's or company role's id in Kommuneregisteret. */
    id: uuid('id').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => krPersons.personId, { onDelete: 'cascade' }),
    kind: krRoleKind('kind').notNull(),
    /** The organisation's municipality: the unit's, the body's, a company's largest owner's. */
    municipalityNumber: varchar('municipality_number', { length: 4 }),
    /** The unit's, elected body's or company's id in Kommuneregisteret. */
    organizationId: uuid('organization_id').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
  },
  (table) => [
    index('kr_roles_person_id_idx').on(table.personId),
    index('kr_roles_organization_id_idx').on(table.organizationId),
    // The public search by municipality.
    index('kr_roles_municipality_number_idx').on(table.municipalityNumber, table.personId),
  ],
);

export type FeedCursorRow = typeof feedCursors.$inferSelect;
export type KrPersonRow = typeof krPersons.$inferSelect;
export type KrRoleRow = typeof krRoles.$inferSelect;
export type NewKrRoleRow = typeof krRoles.$inferInsert;

/**
 * Since when a person has held no qualifying role in Kommuneregisteret (none current), for the
 * persons whose roles were removed rather than ended: their declaration is deleted once the
 * grace period has passed (see the follower's sweep). Gone again when a role returns.
 */
export const krRoleLapses = pgTable('kr_role_lapses', {
  personId: uuid('person_id').primaryKey(),
  since: timestamp('since', { withTimezone: true }).notNull().defaultNow(),
});
