import { index, pgTable, text, varchar } from 'drizzle-orm/pg-core';
import { contactColumns, organizationNumberColumn } from './common.ts';

/** County (fylke); the real list is loaded from data/counties.csv at start. */
export const counties = pgTable('counties', {
  number: varchar('number', { length: 2 }).primaryKey(),
  name: text('name').notNull(),
  organizationNumber: organizationNumberColumn(),
  ...contactColumns(),
});

/** Municipality (kommune); the real list is loaded from data/municipalities.csv at start. */
export const municipalities = pgTable(
  'municipalities',
  {
    number: varchar('number', { length: 4 }).primaryKey(),
    name: text('name').notNull(),
    countyNumber: varchar('county_number', { length: 2 })
      .notNull()
      .references(() => counties.number, { onDelete: 'restrict' }),
    organizationNumber: organizationNumberColumn(),
    ...contactColumns(),
  },
  (table) => [index('municipalities_county_number_idx').on(table.countyNumber)],
);

export type CountyRow = typeof counties.$inferSelect;
export type MunicipalityRow = typeof municipalities.$inferSelect;
