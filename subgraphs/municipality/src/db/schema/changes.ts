import { bigserial, index, pgEnum, pgTable, text, timestamp, varchar } from 'drizzle-orm/pg-core';

export const changeType = pgEnum('change_type', ['CREATED', 'UPDATED', 'DELETED']);

/**
 * The change feed (endringer) partners follow, after Enhetsregisteret's `oppdateringer`: one
 * event per change, numbered in commit order, so that a partner polling from the last id it
 * saw misses nothing.
 */
export const changeEvents = pgTable(
  'change_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** The municipality the changed entity belongs to, where it belongs to one. */
    municipalityNumber: varchar('municipality_number', { length: 4 }),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    changeType: changeType('change_type').notNull(),
    /** The fields that changed; all of them for a created entity, none for a deleted one. */
    changedFields: text('changed_fields').array().notNull(),
  },
  (table) => [
    index('change_events_municipality_number_idx').on(table.municipalityNumber, table.id),
    index('change_events_entity_type_idx').on(table.entityType, table.id),
  ],
);

export type ChangeEventRow = typeof changeEvents.$inferSelect;
