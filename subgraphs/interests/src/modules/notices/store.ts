import { and, asc, eq, gt, isNotNull } from 'drizzle-orm';
import { newSignInLinkToken, SIGN_IN_LINK_MONTHS, type Identity } from '@registers/access';
import { writeAuditEntry } from '@registers/platform';
import type { InterestsDatabase, InterestsTransaction } from '../../db/index.ts';
import { declarations, noticeRounds, pendingChangeNotices, signInLinks } from '../../db/schema/index.ts';

/** Personal sign-in links, the notice rounds started and the change notices waiting. */
export class NoticeStore {
  constructor(
    private readonly db: InterestsDatabase,
    private readonly clock: () => Date,
  ) {}

  /**
   * Makes the person's new sign-in link, voiding the one before (one row per person). Returns
   * the token for the e-mail: it is kept nowhere but there. Audited without the token.
   */
  async issueSignInLink(who: Identity, personId: string): Promise<{ token: string; expiresAt: Date }> {
    const { token, tokenHash } = newSignInLinkToken();
    const issuedAt = this.clock();
    const expiresAt = new Date(issuedAt);
    expiresAt.setUTCMonth(expiresAt.getUTCMonth() + SIGN_IN_LINK_MONTHS);
    await this.db.transaction(async (tx) => {
      const [before] = await tx
        .select({ issuedAt: signInLinks.issuedAt, expiresAt: signInLinks.expiresAt })
        .from(signInLinks)
        .where(eq(signInLinks.personId, personId))
        .for('update');
      const values = { tokenHash, issuedAt, expiresAt };
      await tx
        .insert(signInLinks)
        .values({ personId, ...values })
        .onConflictDoUpdate({ target: signInLinks.personId, set: values });
      await writeAuditEntry(tx, who, {
        entityType: 'SIGN_IN_LINK',
        entityId: personId,
        action: before ? 'updated' : 'created',
        before: before ?? null,
        after: { issuedAt, expiresAt },
      });
    });
    return { token, expiresAt };
  }

  /** The person whose current, unexpired link has this token hash. */
  async signInLinkHolder(tokenHash: string): Promise<string | null> {
    if (!/^[0-9a-f]{64}$/.test(tokenHash)) return null;
    const [row] = await this.db
      .select({ personId: signInLinks.personId })
      .from(signInLinks)
      .where(and(eq(signInLinks.tokenHash, tokenHash), gt(signInLinks.expiresAt, this.clock())));
    return row?.personId ?? null;
  }

  async hasAcceptedTerms(personId: string): Promise<boolean> {
    const [row] = await this.db
      .select({ personId: declarations.personId })
      .from(declarations)
      .where(and(eq(declarations.personId, personId), isNotNull(declarations.termsAcceptedAt)));
    return row !== undefined;
  }

  /** Everyone who has accepted the terms, a page at a time by person id. */
  async holdersWhoAcceptedTerms(after: string | null, limit: number): Promise<string[]> {
    const rows = await this.db
      .select({ personId: declarations.personId })
      .from(declarations)
      .where(
        and(isNotNull(declarations.termsAcceptedAt), after ? gt(declarations.personId, after) : undefined),
      )
      .orderBy(asc(declarations.personId))
      .limit(limit);
    return rows.map((row) => row.personId);
  }

  /** The waiting change notice is being sent: changes from now on make a new one. */
  async takePendingChangeNotice(personId: string): Promise<void> {
    await this.db.delete(pendingChangeNotices).where(eq(pendingChangeNotices.personId, personId));
  }

  /** Marks the round started; false when it was started before. In the caller's transaction. */
  static async startRound(tx: InterestsTransaction, dueOn: string, now: Date): Promise<boolean> {
    const inserted = await tx
      .insert(noticeRounds)
      .values({ dueOn, startedAt: now })
      .onConflictDoNothing()
      .returning({ dueOn: noticeRounds.dueOn });
    return inserted.length > 0;
  }
}
