import { bigint, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Change receipts (endringskvitteringer): each follower of the change feed (Styrevervregisteret
 * first) and the sequence up to which it has acknowledged processing the feed. A receipt only
 * moves forward.
 */
export const changeReceipts = pgTable('change_receipts', {
  /** The follower's service identity (its token's subject, e.g. `system:follower:interests`). */
  follower: text('follower').primaryKey(),
  acknowledgedSequence: bigint('acknowledged_sequence', { mode: 'number' }).notNull(),
  acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }).notNull().defaultNow(),
  firstAcknowledgedAt: timestamp('first_acknowledged_at', { withTimezone: true }).notNull().defaultNow(),
});

export type ChangeReceiptRow = typeof changeReceipts.$inferSelect;
