import { sql } from 'drizzle-orm';
import {
  date,
  foreignKey,
  index,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { contactColumns, organizationForm, organizationNumberColumn } from './common.ts';
import { municipalities } from './geography.ts';
import { personReferences, persons } from './persons.ts';

export const uniqueCompanyOrganizationNumber = 'companies_organization_number_idx';
/** One current chief executive and one current board chair per company. */
export const oneHolderPerCompanyRole = 'company_roles_one_holder_idx';

/** Municipally owned company (kommunalt eid selskap). */
export const companies = pgTable(
  'companies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationNumber: organizationNumberColumn().notNull(),
    name: text('name').notNull(),
    form: organizationForm('form').notNull(),
    ...contactColumns(),
  },
  (table) => [
    uniqueIndex(uniqueCompanyOrganizationNumber).on(table.organizationNumber),
    index('companies_name_idx').on(table.name),
  ],
);

/** A municipality's share of a company. */
export const companyOwners = pgTable(
  'company_owners',
  {
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    municipalityNumber: varchar('municipality_number', { length: 4 })
      .notNull()
      .references(() => municipalities.number, { onDelete: 'restrict' }),
    /** Per cent, two decimals. */
    sharePercent: numeric('share_percent', { precision: 5, scale: 2, mode: 'number' }).notNull(),
  },
  (table) => [
    primaryKey({ name: 'company_owners_pk', columns: [table.companyId, table.municipalityNumber] }),
    index('company_owners_municipality_number_idx').on(table.municipalityNumber),
  ],
);

export const companyRoleKind = pgEnum('company_role_kind', [
  'CHIEF_EXECUTIVE',
  'BOARD_CHAIR',
  'BOARD_MEMBER',
  'DEPUTY_BOARD_MEMBER',
  'EMPLOYEE',
]);

/** A person's role in a company: chief executive (daglig leder), board, employee. */
export const companyRoles = pgTable(
  'company_roles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull(),
    role: companyRoleKind('role').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
  },
  (table) => [
    foreignKey({
      name: personReferences.companyRoles,
      columns: [table.personId],
      foreignColumns: [persons.id],
    }).onDelete('restrict'),
    index('company_roles_company_id_idx').on(table.companyId),
    index('company_roles_person_id_idx').on(table.personId),
    uniqueIndex(oneHolderPerCompanyRole)
      .on(table.companyId, table.role)
      .where(sql`${table.role} in ('CHIEF_EXECUTIVE', 'BOARD_CHAIR') and ${table.endDate} is null`),
  ],
);

export type CompanyRow = typeof companies.$inferSelect;
export type CompanyOwnerRow = typeof companyOwners.$inferSelect;
export type CompanyRoleRow = typeof companyRoles.$inferSelect;
export type NewCompanyRow = typeof companies.$inferInsert;
export type NewCompanyRoleRow = typeof companyRoles.$inferInsert;
