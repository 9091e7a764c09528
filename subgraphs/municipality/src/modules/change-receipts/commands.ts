import { authorize, type Identity } from '@registers/access';
import type { MunicipalityDatabase } from '../../db/index.ts';
import type { ChangeReceiptRow } from '../../db/schema/index.ts';
import { done, refused, runCommand, type Outcome } from '../command.ts';
import { InputProblems } from '../validation.ts';

/**
 * A follower's acknowledgement: it has processed the feed up to a sequence. Only the register's
 * own services (the system identity) acknowledge, each under its own name (its token's subject),
 * so no one can move another's receipt. An acknowledgement that moves the receipt is audited.
 */
export class ChangeReceiptCommands {
  constructor(private readonly db: MunicipalityDatabase) {}

  acknowledgeChanges(who: Identity, sequence: number): Promise<Outcome<ChangeReceiptRow>> {
    authorize('acknowledgeChanges', who);
    return runCommand(this.db, who, async ({ stores, writer }) => {
      const follower = who.subject!;
      const latest = await stores.changeReceipts.latestSequence();
      if (!Number.isSafeInteger(sequence) || sequence < 0 || sequence > latest) {
        return refused(
          new InputProblems().add('INVALID', 'sequence', 'A follower acknowledges only changes the feed has.')
            .errors,
        );
      }
      const before = await stores.changeReceipts.lockReceipt(follower);
      if (before && before.acknowledgedSequence >= sequence) return done(before);
      const after = await stores.changeReceipts.acknowledge(follower, sequence);
      await writer.audit({
        entityType: 'CHANGE_RECEIPT',
        entityId: follower,
        action: before ? 'updated' : 'created',
        before: before ?? null,
        after,
      });
      return done(after);
    });
  }
}
