import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { type Identity } from '@registers/access';
import {
  ChangeFeedWriter,
  changedFieldsOf,
  changeTypeOf,
  writeAuditEntry,
  type AuditedChange,
} from '@registers/platform';
import type { MunicipalityTransaction } from '../../db/index.ts';

export type EntityType =
  | 'UNIT'
  | 'PERSON'
  | 'EMPLOYMENT'
  | 'ELECTED_BODY'
  | 'PARTY'
  | 'MEMBERSHIP'
  | 'COMPANY'
  | 'COMPANY_ROLE'
  | 'CONTACT_PERSON'
  | 'ELECTION_RESULT';

export interface Change<TRow extends object> {
  entityType: EntityType;
  entityId: string;
  municipalityNumber: string | null;
  /** Null for a created entity. */
  before: TRow | null;
  /** Null for a deleted entity. */
  after: TRow | null;
}

/** A table whose rows are entities of the feed, with a uuid `id`. */
type EntityTable = PgTable & { id: PgColumn };
type Row<TTable extends EntityTable> = TTable['$inferSelect'] & { id: string };

/** Where one row goes: its table, what the feed calls it, and the municipality it is filed under. */
export interface Target<TTable extends EntityTable> {
  entityType: EntityType;
  table: TTable;
  municipalityNumber: string | null;
}

/**
 * A command's writes: each inserts, changes or deletes one row and records the change in the
 * same transaction, an audit entry (who, before, after) at once and an event in the change
 * feed when the command is done (the shared {@link ChangeFeedWriter}, which numbers the
 * events in commit order).
 */
export class AuditedWriter {
  private readonly feed = new ChangeFeedWriter();

  constructor(
    private readonly tx: MunicipalityTransaction,
    readonly who: Identity,
  ) {}

  async insert<TTable extends EntityTable>(
    target: Target<TTable>,
    values: TTable['$inferInsert'],
  ): Promise<Row<TTable>> {
    const [created] = (await this.tx.insert(target.table).values(values).returning()) as Row<TTable>[];
    await this.record({ ...target, entityId: created!.id, before: null, after: created! });
    return created!;
  }

  /**
   * Changes a row, locked first so that the audit entry's `before` is what the change replaced.
   * `no key update`, as the update itself locks: rows referring to it may still be written.
   */
  async update<TTable extends EntityTable>(
    target: Target<TTable>,
    id: string,
    changes: Partial<TTable['$inferInsert']>,
  ): Promise<Row<TTable>> {
    const [before] = (await this.tx
      .select()
      .from(target.table as PgTable)
      .where(eq(target.table.id, id))
      .for('no key update')) as Row<TTable>[];
    const [after] = (await this.tx
      .update(target.table)
      .set(changes as PgUpdateSetSource<TTable>)
      .where(eq(target.table.id, id))
      .returning()) as Row<TTable>[];
    await this.record({ ...target, entityId: id, before: before!, after: after! });
    return after!;
  }

  async delete<TTable extends EntityTable>(target: Target<TTable>, id: string): Promise<Row<TTable>> {
    const [removed] = (await this.tx
      .delete(target.table)
      .where(eq(target.table.id, id))
      .returning()) as Row<TTable>[];
    await this.record({ ...target, entityId: id, before: removed!, after: null });
    return removed!;
  }

  /** Records a change the caller wrote itself (a company with its owners, in two tables). */
  async record<TRow extends object>(change: Change<TRow>): Promise<void> {
    const changeType = changeTypeOf(change.before, change.after);
    await this.audit({
      entityType: change.entityType,
      entityId: change.entityId,
      action: changeType === 'CREATED' ? 'created' : changeType === 'DELETED' ? 'deleted' : 'updated',
      before: change.before,
      after: change.after,
    });
    const changedFields = changedFieldsOf(change.before, change.after);
    if (changeType === 'UPDATED' && changedFields.length === 0) return;
    this.feed.record({
      municipalityNumber: change.municipalityNumber,
      entityType: change.entityType,
      entityId: change.entityId,
      personId: personIdOf(change),
      changeType,
      changedFields,
    });
  }

  /** An audit entry alone, for what the feed does not carry (change messages). */
  audit(change: AuditedChange): Promise<void> {
    return writeAuditEntry(this.tx, this.who, change);
  }

  /** Writes the feed's events, in the order recorded; the command's last write. */
  writeFeedEvents(): Promise<void> {
    return this.feed.write(this.tx);
  }
}

/** The person a change concerns: the person itself, or the holder of a role or an assignment. */
function personIdOf(change: Change<object>): string | null {
  if (change.entityType === 'PERSON') return change.entityId;
  const row = (change.after ?? change.before) as { personId?: unknown } | null;
  return typeof row?.personId === 'string' ? row.personId : null;
}
