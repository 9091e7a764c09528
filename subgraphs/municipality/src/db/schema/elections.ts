import {
  index,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { bodyKind, parties } from './bodies.ts';
import { municipalities } from './geography.ts';
import { persons } from './persons.ts';

/** One result per municipality and period: loading again replaces one not yet confirmed. */
export const oneResultPerPeriod = 'election_results_municipality_number_period_start_year_idx';

export const electionResultStatus = pgEnum('election_result_status', ['PROPOSED', 'CONFIRMED']);
export const electionMatch = pgEnum('election_match', ['MATCHED', 'NEW_PERSON', 'AMBIGUOUS']);
export const electionMatchBasis = pgEnum('election_match_basis', [
  'NAME',
  'NAME_AND_LIST',
  'NAME_LIST_AND_BIRTH_YEAR',
  'CORRECTED',
]);

/** An election result (valgoppgjør) loaded for a municipality's new period, and whether it is confirmed. */
export const electionResults = pgTable(
  'election_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityNumber: varchar('municipality_number', { length: 4 })
      .notNull()
      .references(() => municipalities.number, { onDelete: 'restrict' }),
    periodStartYear: smallint('period_start_year').notNull(),
    status: electionResultStatus('status').notNull().default('PROPOSED'),
    loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex(oneResultPerPeriod).on(table.municipalityNumber, table.periodStartYear)],
);

/**
 * An elected member or substitute as the result names them, and the person they were matched
 * to. The birth year, when the result gives it, stays here: it tells two persons of one name
 * apart at the next election, and the register keeps it nowhere else.
 */
export const electionCandidates = pgTable(
  'election_candidates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    resultId: uuid('result_id')
      .notNull()
      .references(() => electionResults.id, { onDelete: 'cascade' }),
    /** The order the result listed them in. */
    position: smallint('position').notNull(),
    bodyKind: bodyKind('body_kind').notNull(),
    listName: text('list_name').notNull(),
    /** Null for a local list that is registered on confirmation. */
    partyId: uuid('party_id').references(() => parties.id, { onDelete: 'restrict' }),
    substituteRank: smallint('substitute_rank'),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    birthYear: smallint('birth_year'),
    match: electionMatch('match').notNull(),
    matchedBy: electionMatchBasis('matched_by'),
    /** A removed person's candidacy loses its match, and must be matched again. */
    personId: uuid('person_id').references(() => persons.id, { onDelete: 'set null' }),
    /** The persons an ambiguous candidate may be. */
    alternativeIds: uuid('alternative_ids').array().notNull().default([]),
  },
  (table) => [
    index('election_candidates_result_id_idx').on(table.resultId, table.position),
    index('election_candidates_person_id_idx').on(table.personId),
  ],
);

export type ElectionResultRow = typeof electionResults.$inferSelect;
export type ElectionCandidateRow = typeof electionCandidates.$inferSelect;
export type NewElectionCandidateRow = typeof electionCandidates.$inferInsert;
/** A result as the API answers it: with its candidates, loaded with it. */
export type ElectionResultWithCandidates = ElectionResultRow & { candidates: ElectionCandidateRow[] };
