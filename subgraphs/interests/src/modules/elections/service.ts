import { and, eq, gte, isNull, or, sql } from 'drizzle-orm';
import { authorize, type Identity } from '@registers/access';
import { identifiers, UserFacingError, userError, type UserError } from '@registers/graphql-kit';
import { anyOf, sendJob, violatedConstraint, writeAuditEntry, type Logger } from '@registers/platform';
import type { InterestsDatabase, InterestsTransaction } from '../../db/index.ts';
import {
  declarations,
  electionMatchReports,
  electionReconciliationPersons,
  electionReconciliations,
  krPersons,
  krRoles,
  type ElectionMatchReportRow,
  type ElectionReconciliationRow,
} from '../../db/schema/index.ts';
import { DeclarationFeed } from '../changes/record.ts';
import type { FeedChange } from '../kommuneregisteret/client.ts';
import {
  RegisterUnavailableError,
  type ElectionResultFacts,
  type MunicipalityRegister,
} from '../notices/register.ts';
import { NOTICE_QUEUE, type NoticeJob } from '../notices/service.ts';
import { ReconciliationStore } from './store.ts';

export interface ReconciliationDependencies {
  register: MunicipalityRegister;
  clock: () => Date;
  /** Seconds between the advance notice and the links (default 10 minutes). */
  linkDelaySeconds?: number;
  logger: Logger;
}

type Outcome<K extends string, T> = ({ [key in K]: T } & { userErrors: [] }) | { userErrors: UserError[] };

/** The elected offices of a council period end on 30 September of the election year. */
const periodEnd = (year: number) => `${year}-09-30`;

/** The unique index that keeps one open report per person. */
const oneOpenReport = 'election_match_reports_open_idx';

/**
 * Styrevervregisteret's side of the reconciliation after a municipal election: started once
 * Kommuneregisteret has confirmed the result; each change in one transaction with its audit
 * entries, feed events and notice jobs.
 */
export class ElectionReconciliationService {
  readonly store: ReconciliationStore;

  constructor(
    private readonly db: InterestsDatabase,
    private readonly deps: ReconciliationDependencies,
  ) {
    this.store = new ReconciliationStore(db);
  }

  async reconciliation(who: Identity, municipalityNumber: string, periodStartYear: number) {
    authorize('manageElectionReconciliation', who, municipalityNumber);
    return this.store.reconciliation(municipalityNumber, periodStartYear);
  }

  /** Starts the reconciliation after the municipality's confirmed result for the period. */
  async start(
    who: Identity,
    { municipalityNumber, periodStartYear }: { municipalityNumber: string; periodStartYear: number },
  ): Promise<Outcome<'electionReconciliation', ElectionReconciliationRow>> {
    authorize('manageElectionReconciliation', who, municipalityNumber);
    const results = await this.lookUp(() => this.deps.register.electionResults(municipalityNumber));
    const result = results.find((r) => r.periodStartYear === periodStartYear);
    if (result?.status !== 'CONFIRMED') {
      return {
        userErrors: [
          userError(
            'NOT_CONFIRMED',
            'periodStartYear',
            'Kommuneregisteret has no confirmed election result for this municipality and period.',
          ),
        ],
      };
    }
    return this.db.transaction((tx) => this.startIn(tx, who, municipalityNumber, result));
  }

  /**
   * For the follower of Kommuneregisteret's feed: the results a page confirms, looked up before
   * the page's transaction; the function returned starts their reconciliations in it, as `who`
   * (one already started, by a contact person or an earlier page, is left as it is).
   */
  async prepareFromFeed(
    who: Identity,
    changes: readonly FeedChange[],
  ): Promise<(tx: InterestsTransaction) => Promise<void>> {
    const starts: { municipalityNumber: string; result: ElectionResultFacts }[] = [];
    for (const change of changes) {
      if (change.entityType !== 'ELECTION_RESULT' || !change.changedFields.includes('status')) continue;
      if (!change.municipality) continue;
      const municipalityNumber = change.municipality.number;
      const results = await this.deps.register.electionResults(municipalityNumber);
      const result = results.find((r) => r.id === change.entityId);
      if (result?.status === 'CONFIRMED') starts.push({ municipalityNumber, result });
    }
    return async (tx) => {
      for (const { municipalityNumber, result } of starts) {
        await this.startIn(tx, who, municipalityNumber, result);
      }
    };
  }

  private async startIn(
    tx: InterestsTransaction,
    who: Identity,
    municipalityNumber: string,
    result: ElectionResultFacts,
  ): Promise<Outcome<'electionReconciliation', ElectionReconciliationRow>> {
    const { periodStartYear } = result;
    const elected = new Map<string, 'MATCHED' | 'NEW_PERSON'>();
    for (const candidate of result.candidates) {
      if (candidate.personId && candidate.match !== 'AMBIGUOUS')
        elected.set(candidate.personId, candidate.match);
    }
    const now = this.deps.clock();
    // Once per municipality and period: the unique index decides, also between racing starters.
    const [reconciliation] = await tx
      .insert(electionReconciliations)
      .values({ municipalityNumber, periodStartYear, startedAt: now, startedBy: who.subject ?? 'unknown' })
      .onConflictDoNothing()
      .returning();
    if (!reconciliation) {
      return {
        userErrors: [
          userError(
            'DUPLICATE',
            'periodStartYear',
            'The reconciliation after this election has started already.',
          ),
        ],
      };
    }
    const holders = await holdersOf(tx, municipalityNumber);
    const toUnpublish = new Set([
      ...(await electedBefore(tx, municipalityNumber, periodStartYear)),
      ...[...elected.entries()].filter(([, match]) => match === 'MATCHED').map(([id]) => id),
    ]);
    const unpublished = await unpublish(tx, who, [...toUnpublish], now);
    const persons = new Map<string, 'MATCHED' | 'NEW_PERSON' | 'HOLDER'>(
      holders.map((personId) => [personId, 'HOLDER']),
    );
    for (const [personId, match] of elected) persons.set(personId, match);
    const rows = [...persons].map(([personId, match]) => ({
      reconciliationId: reconciliation.id,
      personId,
      match,
      unpublishedAt: unpublished.has(personId) ? now : null,
    }));
    for (let start = 0; start < rows.length; start += 1_000) {
      await tx.insert(electionReconciliationPersons).values(rows.slice(start, start + 1_000));
    }
    // Every holder first: the advance notice; then, a little later, the elected's links.
    const holderSet = new Set(holders);
    const job = (personId: string, kind: NoticeJob['kind']) =>
      ({ personId, kind, reconciliationId: reconciliation.id }) satisfies NoticeJob;
    for (const [personId, match] of persons) {
      if (match === 'NEW_PERSON' || !holderSet.has(personId)) continue;
      await sendJob(tx, NOTICE_QUEUE, job(personId, 'ELECTION_ADVANCE'), {
        key: `election:${reconciliation.id}:advance:${personId}`,
      });
    }
    const startAfter = new Date(now.getTime() + (this.deps.linkDelaySeconds ?? 600) * 1000);
    for (const [personId, match] of elected) {
      await sendJob(
        tx,
        NOTICE_QUEUE,
        job(personId, match === 'MATCHED' ? 'ELECTION_MATCHED' : 'ELECTION_NEW'),
        {
          key: `election:${reconciliation.id}:link:${personId}`,
          startAfter,
        },
      );
    }
    const matches = [...elected.values()];
    await writeAuditEntry(tx, who, {
      entityType: 'ELECTION_RECONCILIATION',
      entityId: reconciliation.id,
      action: 'created',
      before: null,
      after: {
        ...reconciliation,
        electionResultId: result.id,
        persons: persons.size,
        matched: matches.filter((m) => m === 'MATCHED').length,
        newPersons: matches.filter((m) => m === 'NEW_PERSON').length,
        unpublished: unpublished.size,
      },
    });
    this.deps.logger.info(
      { municipalityNumber, periodStartYear, persons: persons.size, unpublished: unpublished.size },
      'election reconciliation started',
    );
    return { electionReconciliation: reconciliation, userErrors: [] };
  }

  async report(
    who: Identity,
    { personId, message }: { personId: string; message: string },
  ): Promise<Outcome<'report', ElectionMatchReportRow>> {
    authorize('reportElectionMatchError', who, { personId });
    const text = message.trim();
    if (!text) return { userErrors: [userError('INVALID', 'message', 'Write what is wrong.')] };
    try {
      return await this.db.transaction(async (tx) => {
        const [membership] = await tx
          .select({ reconciliationId: electionReconciliationPersons.reconciliationId })
          .from(electionReconciliationPersons)
          .innerJoin(
            electionReconciliations,
            eq(electionReconciliations.id, electionReconciliationPersons.reconciliationId),
          )
          .where(eq(electionReconciliationPersons.personId, personId))
          .orderBy(sql`${electionReconciliations.startedAt} desc`)
          .limit(1);
        if (!membership) {
          return {
            userErrors: [
              userError('NOT_FOUND', 'personId', 'This person is in no reconciliation after an election.'),
            ],
          };
        }
        const [report] = await tx
          .insert(electionMatchReports)
          .values({
            reconciliationId: membership.reconciliationId,
            personId,
            message: text,
            reportedAt: this.deps.clock(),
          })
          .returning();
        // The audit names the report; its text is in the report, not copied here.
        const { message: _message, ...recorded } = report!;
        await writeAuditEntry(tx, who, {
          entityType: 'ELECTION_MATCH_REPORT',
          entityId: report!.id,
          action: 'created',
          before: null,
          after: { ...recorded, messageLength: text.length },
        });
        return { report: report!, userErrors: [] as [] };
      });
    } catch (error) {
      if (violatedConstraint(error) !== oneOpenReport) throw error;
      return {
        userErrors: [
          userError('DUPLICATE', 'personId', 'A report of this person waits for the contact person already.'),
        ],
      };
    }
  }

  async resolve(
    who: Identity,
    input: {
      reportId: string;
      resolution: 'MERGED' | 'CORRECTED' | 'DISMISSED';
      mergedIntoPersonId?: string | null;
      note?: string | null;
    },
  ): Promise<Outcome<'report', ElectionMatchReportRow>> {
    // Callers who manage no municipality's reconciliation are refused before anything is read.
    if (!who.roles.includes('administrator') && who.stvContactFor.length === 0)
      authorize('manageElectionReconciliation', who, '');
    const notFound = { userErrors: [userError('NOT_FOUND', 'reportId', 'There is no report with this id.')] };
    if (!identifiers.isUuid(input.reportId)) return notFound;
    return this.db.transaction(async (tx) => {
      const [found] = await tx
        .select({
          report: electionMatchReports,
          municipalityNumber: electionReconciliations.municipalityNumber,
        })
        .from(electionMatchReports)
        .innerJoin(
          electionReconciliations,
          eq(electionReconciliations.id, electionMatchReports.reconciliationId),
        )
        .where(eq(electionMatchReports.id, input.reportId))
        .for('update', { of: electionMatchReports });
      if (!found) return notFound;
      authorize('manageElectionReconciliation', who, found.municipalityNumber);
      if (found.report.resolvedAt) {
        return { userErrors: [userError('INVALID', 'reportId', 'The report is resolved already.')] };
      }
      const mergedInto = input.mergedIntoPersonId ?? null;
      if (input.resolution === 'MERGED') {
        const problem = await this.mergeProblem(tx, found.report.personId, mergedInto);
        if (problem) return { userErrors: [problem] };
      } else if (mergedInto !== null) {
        return {
          userErrors: [
            userError('INVALID', 'mergedIntoPersonId', 'Only a MERGED report names the person kept.'),
          ],
        };
      }
      const [after] = await tx
        .update(electionMatchReports)
        .set({
          resolution: input.resolution,
          resolutionNote: input.note?.trim() || null,
          mergedIntoPersonId: mergedInto,
          resolvedAt: this.deps.clock(),
          resolvedBy: who.subject,
        })
        .where(eq(electionMatchReports.id, input.reportId))
        .returning();
      const withoutText = ({ message: _message, ...rest }: ElectionMatchReportRow) => rest;
      await writeAuditEntry(tx, who, {
        entityType: 'ELECTION_MATCH_REPORT',
        entityId: input.reportId,
        action: 'updated',
        before: withoutText(found.report),
        after: withoutText(after!),
      });
      return { report: after!, userErrors: [] as [] };
    });
  }

  /**
   * Whether the merge a MERGED resolution names is what the follower has seen of
   * Kommuneregisteret: the person kept known there, the reporting person gone. The contact
   * person merges there first; the follower sees it within a poll.
   */
  private async mergeProblem(
    tx: InterestsTransaction,
    reportingPersonId: string,
    mergedInto: string | null,
  ): Promise<UserError | null> {
    const field = 'mergedIntoPersonId';
    if (mergedInto === null) return userError('INVALID', field, 'A MERGED report names the person kept.');
    if (mergedInto === reportingPersonId)
      return userError('INVALID', field, 'The reporting person is the one merged into the person kept.');
    const known = identifiers.isUuid(mergedInto)
      ? await tx
          .select({ personId: krPersons.personId })
          .from(krPersons)
          .where(anyOf(krPersons.personId, [mergedInto, reportingPersonId], 'uuid'))
      : [];
    if (!known.some((row) => row.personId === mergedInto))
      return userError('NOT_FOUND', field, 'Kommuneregisteret does not know this person.');
    if (known.some((row) => row.personId === reportingPersonId))
      return userError(
        'NOT_MERGED',
        field,
        'Kommuneregisteret has the reporting person still: merge them into the person kept there first (mergePersons), then try again in a moment.',
      );
    return null;
  }

  private async lookUp<T>(ask: () => Promise<T>): Promise<T> {
    try {
      return await ask();
    } catch (error) {
      if (!(error instanceof RegisterUnavailableError)) throw error;
      throw new UserFacingError(
        'UNAVAILABLE',
        'Kommuneregisteret could not be asked about the result; try again.',
      );
    }
  }
}

/** The holders of a municipality: persons with a declaration, registered there or holding a role there. */
async function holdersOf(tx: InterestsTransaction, municipalityNumber: string): Promise<string[]> {
  const rows = await tx
    .select({ personId: declarations.personId })
    .from(declarations)
    .where(
      or(
        sql`${declarations.personId} in (select ${krPersons.personId} from ${krPersons} where ${krPersons.municipalityNumber} = ${municipalityNumber})`,
        sql`${declarations.personId} in (select ${krRoles.personId} from ${krRoles} where ${krRoles.municipalityNumber} = ${municipalityNumber})`,
      ),
    );
  return rows.map((row) => row.personId);
}

/** The persons elected to the municipality's bodies for the period that ends as this one starts. */
async function electedBefore(
  tx: InterestsTransaction,
  municipalityNumber: string,
  periodStartYear: number,
): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ personId: krRoles.personId })
    .from(krRoles)
    .where(
      and(
        eq(krRoles.kind, 'MEMBERSHIP'),
        eq(krRoles.municipalityNumber, municipalityNumber),
        or(isNull(krRoles.endDate), gte(krRoles.endDate, periodEnd(periodStartYear))),
      ),
    );
  return rows.map((row) => row.personId);
}

/**
 * Switches publishing off for these persons' published declarations, as a withdrawal of
 * publication does: each audited, and DELETED in the feed of published declarations.
 */
async function unpublish(
  tx: InterestsTransaction,
  who: Identity,
  personIds: readonly string[],
  now: Date,
): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const published = await tx
    .select()
    .from(declarations)
    .where(and(anyOf(declarations.personId, personIds, 'uuid'), eq(declarations.published, true)))
    .for('update');
  const feed = new DeclarationFeed();
  for (const before of published) {
    const [after] = await tx
      .update(declarations)
      .set({ published: false, updatedAt: now })
      .where(eq(declarations.personId, before.personId))
      .returning();
    await writeAuditEntry(tx, who, {
      entityType: 'DECLARATION',
      entityId: before.personId,
      action: 'updated',
      before,
      after: { ...after, reason: 'unpublished after the municipal election' },
    });
    feed.declaration(before.personId, before, after!);
  }
  await feed.write(tx);
  return new Set(published.map((row) => row.personId));
}
