import { bigserial, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { Identity } from '@registers/access';
import type { AnyTransaction } from './database.ts';

/**
 * The audit trail: who changed what, when, before and after. Each subgraph has this table in
 * its own database (its drizzle schema re-exports it), written in the change's transaction.
 */
export const auditEntries = pgTable(
  'audit_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actor: text('actor').notNull(),
    actorRoles: text('actor_roles').array().notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action', { enum: ['created', 'updated', 'deleted'] }).notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (table) => [index('audit_entries_entity_idx').on(table.entityType, table.entityId, table.id)],
);

export type AuditEntryRow = typeof auditEntries.$inferSelect;

export interface AuditedChange {
  entityType: string;
  entityId: string;
  action: 'created' | 'updated' | 'deleted';
  before: unknown;
  after: unknown;
}

/** Records a change; call it inside the transaction that makes the change. */
export async function writeAuditEntry(
  tx: AnyTransaction,
  who: Identity,
  change: AuditedChange,
): Promise<void> {
  await tx.insert(auditEntries).values({
    actor: who.subject ?? 'public',
    actorRoles: who.roles,
    ...change,
    before: change.before ?? null,
    after: change.after ?? null,
  });
}
