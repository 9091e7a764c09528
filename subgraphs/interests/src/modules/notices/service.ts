import { createHash, randomUUID } from 'node:crypto';
import { authorize, type Identity } from '@registers/access';
import { identifiers, UserFacingError, type UserError } from '@registers/graphql-kit';
import { sendJob, writeAuditEntry, type JobContext, type Logger, type Mailer } from '@registers/platform';
import type { InterestsDatabase, InterestsTransaction } from '../../db/index.ts';
import { pendingChangeNotices } from '../../db/schema/index.ts';
import { recordElectionDelivery } from '../elections/store.ts';
import { RegisterUnavailableError, type MunicipalityRegister } from './register.ts';
import { dueRound } from './schedule.ts';
import { NoticeStore } from './store.ts';
import { noticeText, type NoticeKind } from './texts.ts';

/** The job queue every notice goes through, and the one that starts an automatic round. */
export const NOTICE_QUEUE = 'notice';
export const NOTICE_ROUND_QUEUE = 'notice-round';

export interface NoticeJob {
  personId: string;
  kind: NoticeKind;
  /** For the notices after an election: the reconciliation that records what they came to. */
  reconciliationId?: string;
}

export interface NoticeDependencies {
  register: MunicipalityRegister;
  mailer: Mailer;
  /** Where the web app is that takes a sign-in link (`PUBLIC_WEB_URL`). */
  publicWebUrl: string;
  /** MM-DD dates of the automatic rounds (`NOTICE_DATES`). */
  noticeDates: readonly string[];
  clock: () => Date;
  logger: Logger;
}

/** Link requests per address and hour: enough for a lost mail, too few to flood a mailbox. */
export const SIGN_IN_LINK_REQUESTS_PER_HOUR = 3;
export const MAX_NOTICE_RECIPIENTS = 500;
const roundPageSize = 500;

/**
 * Notices by e-mail (varsler) and personal sign-in links. Every notice is a job: it is queued in
 * the transaction that causes it, and the job reads the holder's name and address from
 * Kommuneregisteret, makes their new link and sends the mail; a failed send is retried.
 */
export class NoticeService {
  readonly store: NoticeStore;
  private readonly linkRequests = new Map<string, number[]>();
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly db: InterestsDatabase,
    private readonly deps: NoticeDependencies,
  ) {
    this.store = new NoticeStore(db, deps.clock);
  }

  /**
   * Takes a request for a sign-in link. The answer does not wait for the lookup, so it is the
   * same, in what it says and in how long it takes, whether the address is known or not; the
   * lookup and the queuing run after it. Rate-limited by address, known or not.
   */
  requestSignInLink(email: string): 'accepted' | 'rate-limited' {
    if (!this.allowLinkRequest(email)) return 'rate-limited';
    const work = (async () => {
      const personId = await this.deps.register.personIdByEmail(email);
      if (!personId) return;
      await this.db.transaction((tx) =>
        sendJob(tx, NOTICE_QUEUE, { personId, kind: 'SIGN_IN_LINK' } satisfies NoticeJob, {
          key: `sign-in-link:${personId}:${randomUUID()}`,
        }),
      );
    })().catch((error: unknown) => this.deps.logger.warn({ err: error }, 'a sign-in link request failed'));
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
    return 'accepted';
  }

  private allowLinkRequest(email: string): boolean {
    const now = Date.now();
    const hourAgo = now - 3_600_000;
    // Kept by a hash, in memory only: an address is not kept by this subgraph.
    const key = createHash('sha256').update(email.toLowerCase()).digest('hex');
    if (this.linkRequests.size > 10_000) {
      for (const [other, times] of this.linkRequests) {
        if (times.every((time) => time < hourAgo)) this.linkRequests.delete(other);
      }
    }
    const recent = (this.linkRequests.get(key) ?? []).filter((time) => time >= hourAgo);
    if (recent.length >= SIGN_IN_LINK_REQUESTS_PER_HOUR) return false;
    this.linkRequests.set(key, [...recent, now]);
    return true;
  }

  /**
   * A contact person's notice to chosen persons: each gets a job and an audit entry, in one
   * transaction. Only STV contact persons of every person's municipality (and administrators).
   */
  async sendManualNotices(
    who: Identity,
    personIds: readonly string[],
    idempotencyKey: string | null = null,
  ): Promise<{ queued: number } | { userErrors: UserError[] }> {
    // The public and callers without any such role are refused before anything is looked up.
    if (!who.roles.includes('administrator') && who.stvContactFor.length === 0)
      authorize('sendNotices', who, []);
    const ids = [...new Set(personIds)];
    const invalid = ids.flatMap((id, index) =>
      identifiers.isUuid(id) ? [] : [fieldError('INVALID', index, 'A person id is a UUID.')],
    );
    if (ids.length === 0) invalid.push(fieldError('INVALID', null, 'Name at least one person.'));
    if (ids.length > MAX_NOTICE_RECIPIENTS)
      invalid.push(fieldError('INVALID', null, `At most ${MAX_NOTICE_RECIPIENTS} persons at a time.`));
    if (idempotencyKey !== null && (idempotencyKey.length === 0 || idempotencyKey.length > 100))
      invalid.push({
        code: 'INVALID',
        field: ['input', 'idempotencyKey'],
        message: 'An idempotency key has 1 to 100 characters.',
      });
    if (invalid.length > 0) return { userErrors: invalid };
    const recipients = await this.lookUp(() => this.deps.register.recipients(ids));
    const unknown = recipients.flatMap((recipient, index) =>
      recipient ? [] : [fieldError('NOT_FOUND', index, 'Kommuneregisteret has no person with this id.')],
    );
    if (unknown.length > 0) return { userErrors: unknown };
    authorize(
      'sendNotices',
      who,
      recipients.map((recipient) => ({
        personId: recipient!.id,
        municipalityNumber: recipient!.municipalityNumber,
      })),
    );
    // The caller's key names the batch (theirs only: another caller's same key is another batch).
    const batch =
      idempotencyKey === null
        ? randomUUID()
        : createHash('sha256').update(`${who.subject}\u0000${idempotencyKey}`).digest('hex').slice(0, 32);
    await this.db.transaction(async (tx) => {
      for (const personId of ids) {
        const queued = await sendJob(tx, NOTICE_QUEUE, { personId, kind: 'MANUAL' } satisfies NoticeJob, {
          key: `manual:${batch}:${personId}`,
        });
        // A repeated submission: this person's notice of the batch is queued or sent already.
        if (!queued) continue;
        await writeAuditEntry(tx, who, {
          entityType: 'NOTICE',
          entityId: personId,
          action: 'created',
          before: null,
          after: { kind: 'MANUAL', batch },
        });
      }
    });
    return { queued: ids.length };
  }

  async signInLinkHolder(who: Identity, tokenHash: string): Promise<string | null> {
    authorize('lookUpGrants', who);
    return this.store.signInLinkHolder(tokenHash);
  }

  /** The `notice` job: one e-mail to one holder, with their new personal link. */
  async deliver(notice: NoticeJob, context: JobContext): Promise<void> {
    const { personId, kind } = notice;
    const { logger } = this.deps;
    if (kind === 'CHANGED') await this.store.takePendingChangeNotice(personId);
    // The automatic notices go to those who have accepted the terms, as they are when sent.
    if ((kind === 'CHANGED' || kind === 'PERIODIC') && !(await this.store.hasAcceptedTerms(personId))) {
      logger.info({ jobId: context.jobId, kind }, 'notice not sent: the terms are not accepted');
      return;
    }
    const [recipient] = await this.deps.register.recipients([personId]);
    if (!recipient?.email) {
      logger.info({ jobId: context.jobId, kind }, 'notice not sent: no e-mail address in Kommuneregisteret');
      await recordElectionDelivery(this.db, notice, 'not-reached', this.deps.clock());
      return;
    }
    const { token, expiresAt } = await this.store.issueSignInLink(context.identity, personId);
    const link = `${this.deps.publicWebUrl.replace(/\/$/, '')}/logg-inn#lenke=${token}`;
    await this.deps.mailer.send({
      to: recipient.email,
      ...noticeText(kind, recipient.name, link, expiresAt),
      key: context.key ?? context.jobId,
    });
    await recordElectionDelivery(this.db, notice, 'sent', this.deps.clock());
  }

  /** Starts the automatic round due now, once: false when none is due or it started before. */
  async startDueRound(): Promise<boolean> {
    const now = this.deps.clock();
    const dueOn = dueRound(now, this.deps.noticeDates);
    if (!dueOn) return false;
    return this.db.transaction(async (tx) => {
      if (!(await NoticeStore.startRound(tx, dueOn, now))) return false;
      await sendJob(tx, NOTICE_ROUND_QUEUE, { dueOn }, { key: `round:${dueOn}` });
      this.deps.logger.info({ dueOn }, 'automatic notice round started');
      return true;
    });
  }

  /** The `notice-round` job: a notice job for everyone who has accepted the terms. */
  async queueRound({ dueOn }: { dueOn: string }): Promise<void> {
    let after: string | null = null;
    for (;;) {
      const page = await this.store.holdersWhoAcceptedTerms(after, roundPageSize);
      if (page.length === 0) return;
      await this.db.transaction(async (tx) => {
        for (const personId of page) {
          await sendJob(tx, NOTICE_QUEUE, { personId, kind: 'PERIODIC' } satisfies NoticeJob, {
            key: `periodic:${dueOn}:${personId}`,
          });
        }
      });
      after = page.at(-1)!;
    }
  }

  /** Waits for the link requests still being looked up (before the database closes). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  private async lookUp<T>(ask: () => Promise<T>): Promise<T> {
    try {
      return await ask();
    } catch (error) {
      if (!(error instanceof RegisterUnavailableError)) throw error;
      throw new UserFacingError(
        'UNAVAILABLE',
        'Kommuneregisteret could not be asked about the persons; try again.',
      );
    }
  }
}

/** How long a change notice waits for more changes to the same holder (one notice a burst). */
export const CHANGE_NOTICE_DELAY_SECONDS = 15 * 60;

/**
 * Notifies a holder that their personal data or KR roles changed: call it in the transaction
 * that records the change. The notice waits `delaySeconds`; changes to the same holder until it
 * is sent join it, so a burst of changes makes one notice. It goes only to a holder who has
 * accepted the terms when it is sent. Returns whether a new notice was queued.
 */
export async function notifyHolderChanged(
  tx: InterestsTransaction,
  personId: string,
  options: { now?: Date; delaySeconds?: number } = {},
): Promise<boolean> {
  const now = options.now ?? new Date();
  const waiting = await tx
    .insert(pendingChangeNotices)
    .values({ personId, since: now })
    .onConflictDoNothing()
    .returning({ personId: pendingChangeNotices.personId });
  if (waiting.length === 0) return false;
  return sendJob(tx, NOTICE_QUEUE, { personId, kind: 'CHANGED' } satisfies NoticeJob, {
    key: `changed:${personId}:${randomUUID()}`,
    startAfter: new Date(now.getTime() + (options.delaySeconds ?? CHANGE_NOTICE_DELAY_SECONDS) * 1000),
  });
}

const fieldError = (code: string, index: number | null, message: string): UserError => ({
  code,
  field: index === null ? ['input', 'personIds'] : ['input', 'personIds', String(index)],
  message,
});
