import { sql } from 'drizzle-orm';
import {
  date,
  foreignKey,
  index,
  pgEnum,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { municipalities } from './geography.ts';
import { personReferences, persons } from './persons.ts';

/** A municipality's local lists have names of their own (national parties have no municipality). */
export const oneListNamePerMunicipality = 'parties_municipality_number_name_idx';

/**
 * Party (parti) or local list. The national parties, with their codes, are loaded from
 * packages/reference-data/data/parties.csv at start; a local list belongs to its municipality
 * and has no code.
 */
export const parties = pgTable(
  'parties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The code in election data (A, H, FRP, …); local lists have none. */
    code: varchar('code', { length: 12 }),
    name: text('name').notNull(),
    municipalityNumber: varchar('municipality_number', { length: 4 }).references(
      () => municipalities.number,
      {
        onDelete: 'restrict',
      },
    ),
  },
  (table) => [
    uniqueIndex('parties_code_idx').on(table.code),
    uniqueIndex(oneListNamePerMunicipality).on(table.municipalityNumber, table.name),
  ],
);

export const bodyKind = pgEnum('body_kind', [
  'MUNICIPAL_COUNCIL',
  'COUNTY_COUNCIL',
  'EXECUTIVE_COMMITTEE',
  'STANDING_COMMITTEE',
  'CONTROL_COMMITTEE',
  'OTHER',
]);

/** Elected body (folkevalgt organ) of a municipality, for one election period. */
export const electedBodies = pgTable(
  'elected_bodies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityNumber: varchar('municipality_number', { length: 4 })
      .notNull()
      .references(() => municipalities.number, { onDelete: 'restrict' }),
    kind: bodyKind('kind').notNull(),
    name: text('name').notNull(),
    /** The election year that starts the period: 2023 for 2023–2027. */
    periodStartYear: smallint('period_start_year').notNull(),
  },
  (table) => [
    index('elected_bodies_municipality_number_idx').on(table.municipalityNumber, table.periodStartYear),
  ],
);

/** One current leader and one current deputy leader per body. */
export const oneLeaderPerBody = 'memberships_one_leader_per_body_idx';

export const membershipRole = pgEnum('membership_role', ['LEADER', 'DEPUTY_LEADER', 'MEMBER', 'SUBSTITUTE']);

/** Membership (verv) of a person in an elected body. */
export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => electedBodies.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull(),
    role: membershipRole('role').notNull(),
    /** The order in which substitutes (varamedlemmer) are called; null for others. */
    substituteRank: smallint('substitute_rank'),
    partyId: uuid('party_id').references(() => parties.id, { onDelete: 'restrict' }),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
  },
  (table) => [
    foreignKey({
      name: personReferences.memberships,
      columns: [table.personId],
      foreignColumns: [persons.id],
    }).onDelete('restrict'),
    index('memberships_body_id_idx').on(table.bodyId),
    index('memberships_person_id_idx').on(table.personId),
    uniqueIndex(oneLeaderPerBody)
      .on(table.bodyId, table.role)
      .where(sql`${table.role} in ('LEADER', 'DEPUTY_LEADER') and ${table.endDate} is null`),
  ],
);

export type PartyRow = typeof parties.$inferSelect;
export type ElectedBodyRow = typeof electedBodies.$inferSelect;
export type MembershipRow = typeof memberships.$inferSelect;
export type NewElectedBodyRow = typeof electedBodies.$inferInsert;
export type NewMembershipRow = typeof memberships.$inferInsert;
