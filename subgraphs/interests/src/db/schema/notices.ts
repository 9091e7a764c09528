import { date, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * A holder's personal sign-in link (personlig lenke): one per person, so a new link replaces,
 * and so voids, the one before. Only the token's SHA-256 is kept: the link itself is in the
 * holder's mailbox and nowhere else. No address is kept here: it is read from
 * Kommuneregisteret when a notice is sent.
 */
export const signInLinks = pgTable(
  'sign_in_links',
  {
    personId: uuid('person_id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('sign_in_links_token_hash_idx').on(table.tokenHash)],
);

/**
 * A holder with a change notice waiting: while the row exists, more changes join the waiting
 * notice instead of making another (one notice for a burst of changes).
 */
export const pendingChangeNotices = pgTable('pending_change_notices', {
  personId: uuid('person_id').primaryKey(),
  since: timestamp('since', { withTimezone: true }).notNull(),
});

/** The automatic notice rounds (20 January, 20 July) started: a round starts once. */
export const noticeRounds = pgTable('notice_rounds', {
  dueOn: date('due_on').primaryKey(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
});

export type SignInLinkRow = typeof signInLinks.$inferSelect;
