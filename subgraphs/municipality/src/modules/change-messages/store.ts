import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { anyOf } from '@registers/platform';
import type { MunicipalityDatabase } from '../../db/index.ts';
import {
  changeMessages,
  units,
  type ChangeMessageRow,
  type ProposedUnitChanges,
  type UnitRow,
} from '../../db/schema/index.ts';
import type { AuditedWriter } from '../changes/record.ts';

export interface NewChangeMessage {
  source: string;
  organizationNumber: string;
  unitId: string;
  payload: unknown;
  proposedChanges: ProposedUnitChanges;
}

export type Decision = { status: 'APPROVED' } | { status: 'REJECTED'; rejectionReason: string };

/** Change messages in, and their approval (applied to the unit) or rejection. */
export class ChangeMessageStore {
  constructor(private readonly db: MunicipalityDatabase) {}

  unitsByOrganizationNumbers(numbers: readonly string[]): Promise<UnitRow[]> {
    return this.db
      .select()
      .from(units)
      .where(anyOf(units.organizationNumber, numbers, 'text'));
  }

  async receive(writer: AuditedWriter, messages: NewChangeMessage[]): Promise<ChangeMessageRow[]> {
    if (messages.length === 0) return [];
    const created = await this.db.insert(changeMessages).values(messages).returning();
    for (const message of created) {
      await writer.audit({
        entityType: 'CHANGE_MESSAGE',
        entityId: message.id,
        action: 'created',
        before: null,
        after: message,
      });
    }
    return created;
  }

  /** By (received, id) after the cursor's key; `limit + 1` rows. */
  list(
    status: ChangeMessageRow['status'],
    municipalityNumber: string | null,
    after: [string, string] | null,
    limit: number,
  ): Promise<ChangeMessageRow[]> {
    const conditions: SQL[] = [eq(changeMessages.status, status)];
    if (municipalityNumber) {
      conditions.push(
        sql`${changeMessages.unitId} in (select id from units where municipality_number = ${municipalityNumber})`,
      );
    }
    if (after) {
      conditions.push(
        sql`(${changeMessages.receivedAt}, ${changeMessages.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)`,
      );
    }
    return this.db
      .select()
      .from(changeMessages)
      .where(and(...conditions))
      .orderBy(asc(changeMessages.receivedAt), asc(changeMessages.id))
      .limit(limit + 1);
  }

  byIds(ids: readonly string[]): Promise<ChangeMessageRow[]> {
    return this.db
      .select()
      .from(changeMessages)
      .where(anyOf(changeMessages.id, ids, 'uuid'));
  }

  /**
   * Marks a pending message approved or rejected, audited; undefined when it is not pending
   * (any more). The update checks the status itself, after waiting for a decision being made
   * at the same time, so a message is decided once.
   */
  async decide(
    writer: AuditedWriter,
    message: ChangeMessageRow,
    decision: Decision,
  ): Promise<ChangeMessageRow | undefined> {
    const [decided] = await this.db
      .update(changeMessages)
      .set({ ...decision, decidedBy: writer.who.subject, decidedAt: new Date() })
      .where(and(eq(changeMessages.id, message.id), eq(changeMessages.status, 'PENDING')))
      .returning();
    if (!decided) return undefined;
    await writer.audit({
      entityType: 'CHANGE_MESSAGE',
      entityId: message.id,
      action: 'updated',
      before: message,
      after: decided,
    });
    return decided;
  }
}
