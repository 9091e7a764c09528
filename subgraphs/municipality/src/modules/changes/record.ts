import { sql } from 'drizzle-orm';
import { writeAuditEntry, type AnyTransaction, type Identity } from '@registers/service-runtime';
import { changeEvents } from '../../db/schema/index.ts';

export type EntityType =
  | 'UNIT'
  | 'PERSON'
  | 'EMPLOYMENT'
  | 'ELECTED_BODY'
  | 'PARTY'
  | 'MEMBERSHIP'
  | 'COMPANY'
  | 'COMPANY_ROLE'
  | 'CONTACT_PERSON';

export interface Change<TRow extends object> {
  entityType: EntityType;
  entityId: string;
  municipalityNumber: string | null;
  /** Null for a created entity. */
  before: TRow | null;
  /** Null for a deleted entity. */
  after: TRow | null;
}

/** Any lock number would do; this one spells the feed. */
const feedLock = 0x4645_4544;

/**
 * Records a change inside the transaction that makes it: an audit entry (who, before, after)
 * and an event in the change feed. The feed's ids must be handed out in commit order, or a
 * partner reading while an earlier transaction is still open would skip its event; so each
 * writer takes the feed's lock, held until it commits, just before its event gets an id.
 */
export async function recordChange<TRow extends object>(
  tx: AnyTransaction,
  who: Identity,
  change: Change<TRow>,
) {
  const changeType = !change.before ? 'CREATED' : !change.after ? 'DELETED' : 'UPDATED';
  await writeAuditEntry(tx, who, {
    entityType: change.entityType,
    entityId: change.entityId,
    action: changeType === 'CREATED' ? 'created' : changeType === 'DELETED' ? 'deleted' : 'updated',
    before: change.before,
    after: change.after,
  });
  const changedFields = changedFieldsOf(change.before, change.after);
  if (changeType === 'UPDATED' && changedFields.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(${feedLock})`);
  await tx.insert(changeEvents).values({
    municipalityNumber: change.municipalityNumber,
    entityType: change.entityType,
    entityId: change.entityId,
    changeType,
    changedFields,
  });
}

function changedFieldsOf(before: object | null, after: object | null): string[] {
  if (!after) return [];
  const previous = (before ?? {}) as Record<string, unknown>;
  return Object.entries(after)
    .filter(([field, value]) => !before || JSON.stringify(previous[field]) !== JSON.stringify(value))
    .map(([field]) => field)
    .sort();
}
