import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { anyOf } from '@registers/platform';
import type { InterestsDatabase } from '../../db/index.ts';
import {
  declarations,
  electionMatchReports,
  electionReconciliationPersons,
  electionReconciliations,
  type ElectionMatchReportRow,
  type ElectionReconciliationPersonView,
  type ElectionReconciliationRow,
} from '../../db/schema/index.ts';

/** The states of a person of a reconciliation, in the order they are reached. */
export const reconciliationStates = [
  'WAITING',
  'UNPUBLISHED',
  'NOTIFIED',
  'NOT_REACHED',
  'LINK_SENT',
  'REPORTED',
  'RESOLVED',
  'PUBLISHED_AGAIN',
] as const;
export type ReconciliationState = (typeof reconciliationStates)[number];

/**
 * Published again: public now, having been unpublished by the reconciliation or newly elected
 * (whose publishing is the reconciliation's aim too).
 */
export const publishedAgain = (person: ElectionReconciliationPersonView) =>
  person.publishedNow && (person.unpublishedAt !== null || person.match !== 'HOLDER');

/** The furthest step a person has reached. */
export function stateOf(person: ElectionReconciliationPersonView): ReconciliationState {
  if (publishedAgain(person)) return 'PUBLISHED_AGAIN';
  if (person.openReport) return 'REPORTED';
  if (person.resolvedReport) return 'RESOLVED';
  if (person.linkSentAt) return 'LINK_SENT';
  if (person.notReachedAt) return 'NOT_REACHED';
  if (person.notifiedAt) return 'NOTIFIED';
  if (person.unpublishedAt) return 'UNPUBLISHED';
  return 'WAITING';
}

/** Reading the reconciliations after elections; the service writes them. */
export class ReconciliationStore {
  constructor(private readonly db: InterestsDatabase) {}

  async reconciliation(
    municipalityNumber: string,
    periodStartYear: number,
  ): Promise<ElectionReconciliationRow | null> {
    const [row] = await this.db
      .select()
      .from(electionReconciliations)
      .where(
        and(
          eq(electionReconciliations.municipalityNumber, municipalityNumber),
          eq(electionReconciliations.periodStartYear, periodStartYear),
        ),
      );
    return row ?? null;
  }

  /** Every person of these reconciliations, with their reports' states and whether they publish now. */
  async persons(reconciliationIds: readonly string[]): Promise<ElectionReconciliationPersonView[]> {
    const reportsOf = (resolved: boolean) =>
      sql<boolean>`exists (select 1 from ${electionMatchReports} where ${electionMatchReports.reconciliationId} = ${electionReconciliationPersons.reconciliationId} and ${electionMatchReports.personId} = ${electionReconciliationPersons.personId} and ${electionMatchReports.resolvedAt} is ${sql.raw(resolved ? 'not null' : 'null')})`;
    const rows = await this.db
      .select({
        person: electionReconciliationPersons,
        openReport: reportsOf(false),
        resolvedReport: reportsOf(true),
        publishedNow: sql<boolean>`coalesce(${declarations.published} and ${declarations.termsAcceptedAt} is not null, false)`,
      })
      .from(electionReconciliationPersons)
      .leftJoin(declarations, eq(declarations.personId, electionReconciliationPersons.personId))
      .where(anyOf(electionReconciliationPersons.reconciliationId, reconciliationIds, 'uuid'))
      .orderBy(asc(electionReconciliationPersons.match), asc(electionReconciliationPersons.personId));
    return rows.map(({ person, ...rest }) => ({ ...person, ...rest }));
  }

  reports(reconciliationId: string): Promise<ElectionMatchReportRow[]> {
    return this.db
      .select()
      .from(electionMatchReports)
      .where(eq(electionMatchReports.reconciliationId, reconciliationId))
      .orderBy(asc(electionMatchReports.reportedAt), asc(electionMatchReports.id));
  }
}

/** What a notice job of a reconciliation came to, recorded by the job. */
export type DeliveryOutcome = 'sent' | 'not-reached';

/**
 * Records on the person's reconciliation what a notice came to: the advance notice or the link
 * sent, or no address to send it to. A manual notice that reached someone a reconciliation
 * could not reach counts as their link.
 */
export async function recordElectionDelivery(
  db: InterestsDatabase,
  notice: { personId: string; kind: string; reconciliationId?: string },
  outcome: DeliveryOutcome,
  at: Date,
): Promise<void> {
  const { personId, kind, reconciliationId } = notice;
  const person = eq(electionReconciliationPersons.personId, personId);
  if (kind === 'MANUAL') {
    if (outcome === 'sent')
      await db
        .update(electionReconciliationPersons)
        .set({ linkSentAt: at })
        .where(and(person, isNull(electionReconciliationPersons.linkSentAt)));
    return;
  }
  if (!reconciliationId || !kind.startsWith('ELECTION_')) return;
  const column =
    outcome === 'not-reached' ? 'notReachedAt' : kind === 'ELECTION_ADVANCE' ? 'notifiedAt' : 'linkSentAt';
  await db
    .update(electionReconciliationPersons)
    .set({ [column]: at })
    .where(and(eq(electionReconciliationPersons.reconciliationId, reconciliationId), person));
}
