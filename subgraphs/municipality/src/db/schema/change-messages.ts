import { index, jsonb, pgEnum, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import type { NewUnitRow } from './units.ts';
import { units } from './units.ts';

export const changeMessageStatus = pgEnum('change_message_status', ['PENDING', 'APPROVED', 'REJECTED']);

/** The unit fields a change message may propose. */
export type ProposedUnitChanges = Pick<
  Partial<NewUnitRow>,
  'name' | 'organizationForm' | 'industryCode' | 'postalAddress' | 'visitingAddress' | 'website' | 'parentId'
>;

/**
 * Change message (endringsmelding) in: what Enhetsregisteret says of a unit that differs from
 * Kommuneregisteret, waiting for a contact person or administrator to approve or reject it.
 */
export const changeMessages = pgTable(
  'change_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    source: text('source').notNull(),
    organizationNumber: varchar('organization_number', { length: 9 }).notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    /** The entity as the source published it. */
    payload: jsonb('payload').notNull(),
    proposedChanges: jsonb('proposed_changes').$type<ProposedUnitChanges>().notNull(),
    status: changeMessageStatus('status').notNull().default('PENDING'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: text('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    rejectionReason: text('rejection_reason'),
  },
  (table) => [
    index('change_messages_unit_id_idx').on(table.unitId),
    index('change_messages_status_idx').on(table.status, table.receivedAt),
  ],
);

export type ChangeMessageRow = typeof changeMessages.$inferSelect;
