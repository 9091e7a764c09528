import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';

/**
 * The reconciliation after a municipal election (etter kommunevalget), per municipality and
 * period: started once, when Kommuneregisteret has confirmed the result. Only person ids are
 * kept, never a name or an address.
 */
export const electionReconciliations = pgTable(
  'election_reconciliations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityNumber: varchar('municipality_number', { length: 4 }).notNull(),
    periodStartYear: integer('period_start_year').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    /** The subject of whoever started it. */
    startedBy: text('started_by').notNull(),
  },
  // A reconciliation starts once: the index, not a check before the write, refuses a second.
  (table) => [
    uniqueIndex('election_reconciliations_period_idx').on(table.municipalityNumber, table.periodStartYear),
  ],
);

/** How a person comes into a reconciliation: re-elected, newly elected, or a holder of the municipality. */
export const electionReconciliationMatch = pgEnum('election_reconciliation_match', [
  'MATCHED',
  'NEW_PERSON',
  'HOLDER',
]);

/** Each person of a reconciliation and how far they have come. */
export const electionReconciliationPersons = pgTable(
  'election_reconciliation_persons',
  {
    reconciliationId: uuid('reconciliation_id')
      .notNull()
      .references(() => electionReconciliations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull(),
    match: electionReconciliationMatch('match').notNull(),
    /** The advance notice was sent. */
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
    /** Their published declaration was unpublished by the reconciliation. */
    unpublishedAt: timestamp('unpublished_at', { withTimezone: true }),
    /** The link to check and publish (or to report an error) was sent. */
    linkSentAt: timestamp('link_sent_at', { withTimezone: true }),
    /** A mail could not go: Kommuneregisteret has no address for them. */
    notReachedAt: timestamp('not_reached_at', { withTimezone: true }),
  },
  (table) => [
    primaryKey({ columns: [table.reconciliationId, table.personId] }),
    index('election_reconciliation_persons_person_id_idx').on(table.personId),
  ],
);

export const electionMatchResolution = pgEnum('election_match_resolution', [
  'MERGED',
  'CORRECTED',
  'DISMISSED',
]);

/**
 * A person's report that their match is wrong, to the contact person. The text is theirs; no
 * name or address is copied in.
 */
export const electionMatchReports = pgTable(
  'election_match_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reconciliationId: uuid('reconciliation_id')
      .notNull()
      .references(() => electionReconciliations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull(),
    message: text('message').notNull(),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull(),
    resolution: electionMatchResolution('resolution'),
    resolutionNote: text('resolution_note'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: text('resolved_by'),
    /** A MERGED report: the person Kommuneregisteret kept (an id, as everywhere here). */
    mergedIntoPersonId: uuid('merged_into_person_id'),
  },
  (table) => [
    index('election_match_reports_reconciliation_id_idx').on(table.reconciliationId),
    // One open report per person: a second waits until the first is resolved.
    uniqueIndex('election_match_reports_open_idx')
      .on(table.reconciliationId, table.personId)
      .where(sql`${table.resolvedAt} is null`),
  ],
);

export type ElectionReconciliationRow = typeof electionReconciliations.$inferSelect;
export type ElectionReconciliationPersonRow = typeof electionReconciliationPersons.$inferSelect;
export type ElectionMatchReportRow = typeof electionMatchReports.$inferSelect;

/** A person of a reconciliation with whether their declaration is public now. */
export type ElectionReconciliationPersonView = ElectionReconciliationPersonRow & {
  openReport: boolean;
  resolvedReport: boolean;
  publishedNow: boolean;
};
