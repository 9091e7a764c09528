import {
  type AnyPgColumn,
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
import { contactColumns, organizationForm, organizationNumberColumn } from './common.ts';
import { municipalities } from './geography.ts';

export const unitKind = pgEnum('unit_kind', [
  'SECTOR',
  'DEPARTMENT',
  'SCHOOL',
  'KINDERGARTEN',
  'NURSING_HOME',
  'OTHER',
]);

/** One unit per organisation number in Enhetsregisteret. */
export const uniqueUnitOrganizationNumber = 'units_organization_number_idx';

/** Unit (enhet): a node in a municipality's organisation tree. */
export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityNumber: varchar('municipality_number', { length: 4 })
      .notNull()
      .references(() => municipalities.number, { onDelete: 'restrict' }),
    // A unit with units below it cannot be deleted; they are moved or closed first.
    parentId: uuid('parent_id').references((): AnyPgColumn => units.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    kind: unitKind('kind').notNull(),
    /** Set when the unit is registered in Enhetsregisteret. */
    organizationNumber: organizationNumberColumn(),
    organizationForm: organizationForm('organization_form'),
    /** Næringskode, NACE format NN.NNN. */
    industryCode: varchar('industry_code', { length: 6 }),
    ...contactColumns(),
    /** A closed unit stays in the register, without employments from this day on. */
    closedOn: date('closed_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('units_municipality_number_name_idx').on(table.municipalityNumber, table.name),
    index('units_parent_id_idx').on(table.parentId),
    uniqueIndex(uniqueUnitOrganizationNumber).on(table.organizationNumber),
  ],
);

export type UnitRow = typeof units.$inferSelect;
export type NewUnitRow = typeof units.$inferInsert;
