import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { anyOf, writeAuditEntry, type Identity } from '@registers/service-runtime';
import type { MunicipalityDatabase } from '../../db/index.ts';
import {
  changeMessages,
  units,
  type ChangeMessageRow,
  type ProposedUnitChanges,
  type UnitRow,
} from '../../db/schema/index.ts';
import { applyUnitChanges } from '../units/store.ts';

export interface NewChangeMessage {
  source: string;
  organizationNumber: string;
  unitId: string;
  payload: unknown;
  proposedChanges: ProposedUnitChanges;
}

/** Change messages in, and their approval (applied to the unit) or rejection. */
export class ChangeMessageStore {
  constructor(private readonly db: MunicipalityDatabase) {}

  unitsByOrganizationNumbers(numbers: readonly string[]): Promise<UnitRow[]> {
    return this.db
      .select()
      .from(units)
      .where(anyOf(units.organizationNumber, numbers, 'text'));
  }

  async receive(who: Identity, messages: NewChangeMessage[]): Promise<ChangeMessageRow[]> {
    if (messages.length === 0) return [];
    return this.db.transaction(async (tx) => {
      const created = await tx.insert(changeMessages).values(messages).returning();
      for (const message of created) {
        await writeAuditEntry(tx, who, {
          entityType: 'CHANGE_MESSAGE',
          entityId: message.id,
          action: 'created',
          before: null,
          after: message,
        });
      }
      return created;
    });
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

  async byId(id: string): Promise<ChangeMessageRow | undefined> {
    const [row] = await this.db.select().from(changeMessages).where(eq(changeMessages.id, id));
    return row;
  }

  /** Applies the proposed changes to the unit (audited, in the feed) and marks the message, in one transaction. */
  async approve(
    who: Identity,
    message: ChangeMessageRow,
  ): Promise<{ message: ChangeMessageRow; unit: UnitRow }> {
    return this.db.transaction(async (tx) => {
      const unit = await applyUnitChanges(tx, who, message.unitId, message.proposedChanges);
      const [decided] = await tx
        .update(changeMessages)
        .set({ status: 'APPROVED', decidedBy: who.subject, decidedAt: new Date() })
        .where(eq(changeMessages.id, message.id))
        .returning();
      await writeAuditEntry(tx, who, {
        entityType: 'CHANGE_MESSAGE',
        entityId: message.id,
        action: 'updated',
        before: message,
        after: decided,
      });
      return { message: decided!, unit };
    });
  }

  async reject(who: Identity, message: ChangeMessageRow, reason: string): Promise<ChangeMessageRow> {
    return this.db.transaction(async (tx) => {
      const [decided] = await tx
        .update(changeMessages)
        .set({ status: 'REJECTED', decidedBy: who.subject, decidedAt: new Date(), rejectionReason: reason })
        .where(eq(changeMessages.id, message.id))
        .returning();
      await writeAuditEntry(tx, who, {
        entityType: 'CHANGE_MESSAGE',
        entityId: message.id,
        action: 'updated',
        before: message,
        after: decided,
      });
      return decided!;
    });
  }
}
