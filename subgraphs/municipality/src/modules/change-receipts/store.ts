import { asc, eq, sql } from 'drizzle-orm';
import { latestChangeSequence } from '@registers/platform';
import type { MunicipalityDatabase } from '../../db/index.ts';
import { changeReceipts, type ChangeReceiptRow } from '../../db/schema/index.ts';

/** The change receipts: one row per follower of the feed. */
export class ChangeReceiptStore {
  constructor(private readonly db: MunicipalityDatabase) {}

  listReceipts(): Promise<ChangeReceiptRow[]> {
    return this.db.select().from(changeReceipts).orderBy(asc(changeReceipts.follower));
  }

  /** The follower's receipt, locked for a change in this transaction. */
  async lockReceipt(follower: string): Promise<ChangeReceiptRow | undefined> {
    const [row] = await this.db
      .select()
      .from(changeReceipts)
      .where(eq(changeReceipts.follower, follower))
      .for('update');
    return row;
  }

  latestSequence(): Promise<number> {
    return latestChangeSequence(this.db);
  }

  /** Moves the receipt forward to `sequence`, never back. */
  async acknowledge(follower: string, sequence: number): Promise<ChangeReceiptRow> {
    const [row] = await this.db
      .insert(changeReceipts)
      .values({ follower, acknowledgedSequence: sequence })
      .onConflictDoUpdate({
        target: changeReceipts.follower,
        set: {
          acknowledgedSequence: sql`greatest(${changeReceipts.acknowledgedSequence}, excluded.acknowledged_sequence)`,
          acknowledgedAt: sql`now()`,
        },
      })
      .returning();
    return row!;
  }
}
