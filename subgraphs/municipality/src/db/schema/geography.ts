import { type AnyPgColumn, index, pgEnum, pgTable, text, varchar } from 'drizzle-orm/pg-core';
import { contactColumns, organizationNumberColumn } from './common.ts';

/** County (fylke); the real list is loaded from packages/reference-data/data/counties.csv at start. */
export const counties = pgTable('counties', {
  number: varchar('number', { length: 2 }).primaryKey(),
  name: text('name').notNull(),
  organizationNumber: organizationNumberColumn(),
  ...contactColumns(),
  /**
   * The local authority that governs the county (NN00; 0301 for Oslo), from
   * packages/reference-data/data/county-municipalities.csv.
   */
  countyMunicipalityNumber: varchar('county_municipality_number', { length: 4 }).references(
    (): AnyPgColumn => municipalities.number,
    { onDelete: 'restrict' },
  ),
});

/** A local authority is a municipality (kommune) or a county municipality (fylkeskommune). */
export const municipalityKind = pgEnum('municipality_kind', ['MUNICIPALITY', 'COUNTY_MUNICIPALITY']);

/**
 * Local authority: a municipality (kommune) or a county municipality (fylkeskommune), numbered
 * by its county number and 00. Both hold units, elected bodies, companies and contact persons
 * alike. The real lists are loaded from packages/reference-data/data/municipalities.csv and
 * county-municipalities.csv at start.
 */
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
    kind: municipalityKind('kind').notNull().default('MUNICIPALITY'),
  },
  (table) => [index('municipalities_county_number_idx').on(table.countyNumber)],
);

export type CountyRow = typeof counties.$inferSelect;
export type MunicipalityRow = typeof municipalities.$inferSelect;
export type MunicipalityKind = MunicipalityRow['kind'];
