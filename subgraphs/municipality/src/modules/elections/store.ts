import { and, asc, desc, eq, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import { anyOf } from '@registers/platform';
import type { MunicipalityDatabase } from '../../db/index.ts';
import {
  electedBodies,
  electionCandidates,
  electionResults,
  memberships,
  persons,
  type ElectionCandidateRow,
  type ElectionResultRow,
  type MembershipRow,
  type NewElectionCandidateRow,
} from '../../db/schema/index.ts';
import type { PreviouslyElected } from './matching.ts';

/** Election results and their candidates; what the register knows of those elected before. */
export class ElectionStore {
  constructor(private readonly db: MunicipalityDatabase) {}

  resultsOfMunicipality(municipalityNumber: string): Promise<ElectionResultRow[]> {
    return this.db
      .select()
      .from(electionResults)
      .where(eq(electionResults.municipalityNumber, municipalityNumber))
      .orderBy(desc(electionResults.periodStartYear));
  }

  async result(municipalityNumber: string, periodStartYear: number): Promise<ElectionResultRow | undefined> {
    const [row] = await this.db
      .select()
      .from(electionResults)
      .where(
        and(
          eq(electionResults.municipalityNumber, municipalityNumber),
          eq(electionResults.periodStartYear, periodStartYear),
        ),
      );
    return row;
  }

  /** Locked, so a correction and a confirmation of one result take turns. */
  async lockResult(id: string): Promise<ElectionResultRow | undefined> {
    const [row] = await this.db
      .select()
      .from(electionResults)
      .where(anyOf(electionResults.id, [id], 'uuid'))
      .for('update');
    return row;
  }

  resultsByIds(ids: readonly string[]): Promise<ElectionResultRow[]> {
    return this.db
      .select()
      .from(electionResults)
      .where(anyOf(electionResults.id, ids, 'uuid'));
  }

  candidatesByResults(resultIds: readonly string[]): Promise<ElectionCandidateRow[]> {
    return this.db
      .select()
      .from(electionCandidates)
      .where(anyOf(electionCandidates.resultId, resultIds, 'uuid'))
      .orderBy(asc(electionCandidates.position));
  }

  candidatesByIds(ids: readonly string[]): Promise<ElectionCandidateRow[]> {
    return this.db
      .select()
      .from(electionCandidates)
      .where(anyOf(electionCandidates.id, ids, 'uuid'));
  }

  async replaceResult(
    municipalityNumber: string,
    periodStartYear: number,
    candidates: Omit<NewElectionCandidateRow, 'resultId'>[],
  ): Promise<ElectionResultRow> {
    await this.db
      .delete(electionResults)
      .where(
        and(
          eq(electionResults.municipalityNumber, municipalityNumber),
          eq(electionResults.periodStartYear, periodStartYear),
          eq(electionResults.status, 'PROPOSED'),
        ),
      );
    const [result] = await this.db
      .insert(electionResults)
      .values({ municipalityNumber, periodStartYear })
      .returning();
    if (candidates.length > 0) {
      await this.db
        .insert(electionCandidates)
        .values(candidates.map((c) => ({ ...c, resultId: result!.id })));
    }
    return result!;
  }

  /** The candidacies, in any result, matched to this person or naming them as an alternative. */
  candidaciesOfPerson(personId: string): Promise<ElectionCandidateRow[]> {
    return this.db
      .select()
      .from(electionCandidates)
      .where(
        or(
          eq(electionCandidates.personId, personId),
          sql`${personId}::uuid = any(${electionCandidates.alternativeIds})`,
        ),
      )
      .orderBy(asc(electionCandidates.id));
  }

  async updateCandidate(
    id: string,
    changes: Partial<
      Pick<ElectionCandidateRow, 'match' | 'matchedBy' | 'personId' | 'alternativeIds' | 'partyId'>
    >,
  ): Promise<ElectionCandidateRow> {
    const [row] = await this.db
      .update(electionCandidates)
      .set(changes)
      .where(eq(electionCandidates.id, id))
      .returning();
    return row!;
  }

  async confirm(id: string): Promise<ElectionResultRow> {
    const [row] = await this.db
      .update(electionResults)
      .set({ status: 'CONFIRMED', confirmedAt: sql`now()` })
      .where(eq(electionResults.id, id))
      .returning();
    return row!;
  }

  /**
   * The persons elected (members or substitutes) to any of the municipality's bodies of an
   * earlier period, with the parties they stood for and a birth year an earlier confirmed
   * result gave.
   */
  async previouslyElected(municipalityNumber: string, beforeYear: number): Promise<PreviouslyElected[]> {
    const rows = await this.db
      .select({
        personId: persons.id,
        givenName: persons.givenName,
        familyName: persons.familyName,
        partyId: memberships.partyId,
      })
      .from(memberships)
      .innerJoin(electedBodies, eq(electedBodies.id, memberships.bodyId))
      .innerJoin(persons, eq(persons.id, memberships.personId))
      .where(
        and(
          eq(electedBodies.municipalityNumber, municipalityNumber),
          lt(electedBodies.periodStartYear, beforeYear),
        ),
      );
    const born = await this.db
      .select({ personId: electionCandidates.personId, birthYear: electionCandidates.birthYear })
      .from(electionCandidates)
      .innerJoin(electionResults, eq(electionResults.id, electionCandidates.resultId))
      .where(
        and(
          eq(electionResults.municipalityNumber, municipalityNumber),
          eq(electionResults.status, 'CONFIRMED'),
          isNotNull(electionCandidates.birthYear),
          isNotNull(electionCandidates.personId),
        ),
      );
    const birthYears = new Map(born.map((row) => [row.personId!, row.birthYear!]));
    const byPerson = new Map<string, PreviouslyElected & { partyIds: Set<string> }>();
    for (const row of rows) {
      const person = byPerson.get(row.personId) ?? {
        personId: row.personId,
        name: `${row.givenName} ${row.familyName}`,
        partyIds: new Set<string>(),
        birthYear: birthYears.get(row.personId) ?? null,
      };
      if (row.partyId) person.partyIds.add(row.partyId);
      byPerson.set(row.personId, person);
    }
    return [...byPerson.values()];
  }

  /** Memberships still open in the municipality's bodies of periods before `year`. */
  openMembershipsBefore(municipalityNumber: string, year: number): Promise<MembershipRow[]> {
    return this.db
      .select({ membership: memberships })
      .from(memberships)
      .innerJoin(electedBodies, eq(electedBodies.id, memberships.bodyId))
      .where(
        and(
          eq(electedBodies.municipalityNumber, municipalityNumber),
          lt(electedBodies.periodStartYear, year),
          isNull(memberships.endDate),
        ),
      )
      .orderBy(asc(memberships.id))
      .then((rows) => rows.map((row) => row.membership));
  }

  bodyOfPeriod(municipalityNumber: string, kind: 'MUNICIPAL_COUNCIL' | 'COUNTY_COUNCIL', year: number) {
    return this.db
      .select()
      .from(electedBodies)
      .where(
        and(
          eq(electedBodies.municipalityNumber, municipalityNumber),
          eq(electedBodies.kind, kind),
          eq(electedBodies.periodStartYear, year),
        ),
      )
      .orderBy(asc(electedBodies.id))
      .then((rows) => rows[0]);
  }
}
