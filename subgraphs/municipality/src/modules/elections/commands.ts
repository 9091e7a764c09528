import { authorize, type Identity } from '@registers/access';
import type { MunicipalityDatabase } from '../../db/index.ts';
import type {
  ElectedBodyRow,
  ElectionCandidateRow,
  ElectionResultRow,
  PartyRow,
} from '../../db/schema/index.ts';
import { oneResultPerPeriod } from '../../db/schema/index.ts';
import type {
  ConfirmElectionResultInput,
  CorrectElectionMatchInput,
  LoadElectionResultInput,
} from '../../generated/resolvers.ts';
import { isElectionYear } from '../bodies/period.ts';
import { done, refused, runCommand, type Outcome } from '../command.ts';
import { personScope } from '../persons/scope.ts';
import { checkMunicipality, InputProblems, notFound } from '../validation.ts';
import { matchCandidates, normaliseName, splitName } from './matching.ts';
import { userError } from '@registers/graphql-kit';

/** The most candidates one result may hold: Bergen's and Trondheim's 67 seats and their substitutes fit many times. */
export const MAX_CANDIDATES = 2_000;

/** A new period starts on 1 October of the election year; the old one ends the day before. */
const periodStart = (year: number) => `${year}-10-01`;
const periodEnd = (year: number) => `${year}-09-30`;

const councilName = { MUNICIPAL_COUNCIL: 'Kommunestyret', COUNTY_COUNCIL: 'Fylkestinget' } as const;

/** Loading, correcting and confirming an election result (valgoppgjør) for a new period. */
export class ElectionCommands {
  constructor(private readonly db: MunicipalityDatabase) {}

  loadElectionResult(who: Identity, input: LoadElectionResultInput): Promise<Outcome<ElectionResultRow>> {
    const confirmedAlready = userError(
      'DUPLICATE',
      'periodStartYear',
      'The result of this election is confirmed already.',
    );
    return runCommand(
      this.db,
      who,
      { [oneResultPerPeriod]: confirmedAlready },
      async ({ stores, writer }) => {
        authorize('editMunicipalOrganisation', who, input.municipalityNumber);
        const problems = new InputProblems();
        await checkMunicipality(input.municipalityNumber, stores, problems);
        if (problems.any) return refused(problems.errors);
        const [municipality] = await stores.geography.municipalitiesByNumbers([input.municipalityNumber]);
        const councilKind =
          municipality!.kind === 'COUNTY_MUNICIPALITY' ? 'COUNTY_COUNCIL' : 'MUNICIPAL_COUNCIL';
        const year = input.periodStartYear;
        if (!isElectionYear(year)) {
          problems.add(
            'INVALID',
            'periodStartYear',
            'A period starts in a municipal election year: 2023, 2027, …',
          );
        }
        if (input.candidates.length === 0 || input.candidates.length > MAX_CANDIDATES) {
          problems.add('INVALID', 'candidates', `A result has 1 to ${MAX_CANDIDATES} candidates.`);
          return refused(problems.errors);
        }
        // A year out of the column's range would fail the lookup as a server error.
        const existing = isElectionYear(year)
          ? await stores.elections.result(input.municipalityNumber, year)
          : undefined;
        if (existing?.status === 'CONFIRMED') problems.include(confirmedAlready);

        const nationalParties = await stores.bodies.listNationalParties();
        const partyOf = async (list: string): Promise<PartyRow | undefined> =>
          nationalParties.find((p) => p.code!.toLowerCase() === list.toLowerCase() || p.name === list) ??
          (await stores.bodies.localListNamed(input.municipalityNumber, list));
        const ranks = new Set<string>();
        const rows: {
          givenName: string;
          familyName: string;
          name: string;
          listName: string;
          partyId: string | null;
          substituteRank: number | null;
          birthYear: number | null;
        }[] = [];
        for (const [i, candidate] of input.candidates.entries()) {
          const field = `candidates.${i}`;
          if (candidate.body !== councilKind) {
            problems.add('INVALID', `${field}.body`, `This municipality elects its ${councilKind}.`);
          }
          const known = problems.errors.length;
          const listName = problems.text(candidate.list, `${field}.list`, 'A list');
          // Only a list name that passed its checks is looked up: PostgreSQL refuses a NUL in text.
          const listChecked = problems.errors.length === known;
          const name = problems.text(candidate.name, `${field}.name`, 'A name');
          const parts = name ? splitName(name) : null;
          if (name && !parts)
            problems.add('INVALID', `${field}.name`, 'A candidate needs a given and a family name.');
          const rank = candidate.substituteRank ?? null;
          if (rank !== null && (rank < 1 || rank > 999)) {
            problems.add('INVALID', `${field}.substituteRank`, 'A substitute rank is 1 to 999.');
          } else if (rank !== null && listName) {
            const key = `${listName}\u0000${rank}`;
            if (ranks.has(key))
              problems.add('DUPLICATE', `${field}.substituteRank`, 'The list has this rank twice.');
            ranks.add(key);
          }
          const birthYear = candidate.birthYear ?? null;
          if (birthYear !== null && (birthYear < 1900 || birthYear > year - 18)) {
            problems.add(
              'INVALID',
              `${field}.birthYear`,
              `A candidate is born between 1900 and ${year - 18}.`,
            );
          }
          if (!listName || !parts) continue;
          const party = listChecked ? await partyOf(listName) : undefined;
          rows.push({
            ...parts,
            name: name!,
            listName,
            partyId: party?.id ?? null,
            substituteRank: rank,
            birthYear,
          });
        }
        if (!input.candidates.some((c) => c.substituteRank == null)) {
          problems.add('INVALID', 'candidates', 'A result has at least one elected member.');
        }
        if (problems.any) return refused(problems.errors);

        const outcomes = matchCandidates(
          rows,
          await stores.elections.previouslyElected(input.municipalityNumber, year),
        );
        const result = await stores.elections.replaceResult(
          input.municipalityNumber,
          year,
          rows.map((row, position) => {
            const outcome = outcomes[position]!;
            return {
              position,
              bodyKind: councilKind,
              listName: row.listName,
              partyId: row.partyId,
              substituteRank: row.substituteRank,
              givenName: row.givenName,
              familyName: row.familyName,
              birthYear: row.birthYear,
              match: outcome.match,
              matchedBy: outcome.match === 'MATCHED' ? outcome.matchedBy : null,
              personId: outcome.match === 'MATCHED' ? outcome.personId : null,
              alternativeIds: outcome.match === 'AMBIGUOUS' ? outcome.alternativeIds : [],
            };
          }),
        );
        await writer.audit({
          entityType: 'ELECTION_RESULT',
          entityId: result.id,
          action: existing ? 'updated' : 'created',
          // Names are the public result's; the audit keeps what was matched, not a copy of it.
          before: existing ? { id: existing.id } : null,
          after: { ...result, candidates: rows.length, matches: outcomes.map((o) => o.match) },
        });
        return done(result);
      },
    );
  }

  correctElectionMatch(
    who: Identity,
    input: CorrectElectionMatchInput,
  ): Promise<Outcome<ElectionCandidateRow>> {
    return runCommand(this.db, who, async ({ stores, writer }) => {
      const [candidate] = await stores.elections.candidatesByIds([input.candidateId]);
      if (!candidate) return refused([notFound('candidateId', 'election candidate')]);
      const result = (await stores.elections.lockResult(candidate.resultId))!;
      authorize('editMunicipalOrganisation', who, result.municipalityNumber);
      if (result.status === 'CONFIRMED') {
        return refused([
          userError('INVALID', 'candidateId', 'The result is confirmed: its matches are final.'),
        ]);
      }
      let personId: string | null = null;
      if (input.personId != null) {
        const [person] = await stores.persons.personsByIds([input.personId]);
        if (!person) return refused([notFound('personId', 'person')]);
        // Taking a person into the council is linking them to the municipality.
        authorize('linkPerson', who, personScope(person), [result.municipalityNumber]);
        const others = await stores.elections.candidatesByResults([result.id]);
        if (others.some((c) => c.id !== candidate.id && c.personId === person.id)) {
          return refused([
            userError('DUPLICATE', 'personId', 'Another candidate of the result is this person.'),
          ]);
        }
        personId = person.id;
      }
      const corrected = await stores.elections.updateCandidate(candidate.id, {
        match: personId ? 'MATCHED' : 'NEW_PERSON',
        matchedBy: 'CORRECTED',
        personId,
        alternativeIds: [],
      });
      await writer.audit({
        entityType: 'ELECTION_CANDIDATE',
        entityId: candidate.id,
        action: 'updated',
        before: { match: candidate.match, personId: candidate.personId },
        after: { match: corrected.match, personId: corrected.personId },
      });
      return done(corrected);
    });
  }

  confirmElectionResult(
    who: Identity,
    input: ConfirmElectionResultInput,
  ): Promise<Outcome<{ result: ElectionResultRow; council: ElectedBodyRow }>> {
    return runCommand(this.db, who, async ({ stores, writer }) => {
      const result = await stores.elections.lockResult(input.id);
      if (!result) return refused([notFound('id', 'election result')]);
      authorize('editMunicipalOrganisation', who, result.municipalityNumber);
      if (result.status === 'CONFIRMED') {
        return refused([userError('INVALID', 'id', 'The result is confirmed already.')]);
      }
      const candidates = await stores.elections.candidatesByResults([result.id]);
      const undecided = candidates.filter(
        (c) => c.match === 'AMBIGUOUS' || (c.match === 'MATCHED' && !c.personId),
      );
      if (undecided.length > 0) {
        return refused([
          userError(
            'INVALID',
            'id',
            `${undecided.length} candidate(s) may be more than one person: correct their match first.`,
          ),
        ]);
      }
      const year = result.periodStartYear;
      const municipalityNumber = result.municipalityNumber;
      const matched = await stores.persons.personsByIds(
        candidates.flatMap((c) => (c.personId ? [c.personId] : [])),
      );
      for (const person of matched) authorize('linkPerson', who, personScope(person), [municipalityNumber]);

      // The earlier periods end as the new one starts.
      for (const membership of await stores.elections.openMembershipsBefore(municipalityNumber, year)) {
        const endDate = membership.startDate > periodEnd(year) ? membership.startDate : periodEnd(year);
        await stores.bodies.endMembership(writer, membership.id, endDate, municipalityNumber);
      }
      const kind = candidates[0]!.bodyKind as 'MUNICIPAL_COUNCIL' | 'COUNTY_COUNCIL';
      const council =
        (await stores.elections.bodyOfPeriod(municipalityNumber, kind, year)) ??
        (await stores.bodies.createBody(writer, {
          municipalityNumber,
          kind,
          name: councilName[kind],
          periodStartYear: year,
        }));
      const localLists = new Map<string, string>();
      for (const candidate of candidates) {
        let partyId = candidate.partyId;
        if (!partyId) {
          const key = normaliseName(candidate.listName);
          partyId =
            localLists.get(key) ??
            (await stores.bodies.localListNamed(municipalityNumber, candidate.listName))?.id ??
            (await stores.bodies.createLocalList(writer, municipalityNumber, candidate.listName)).id;
          localLists.set(key, partyId);
        }
        const personId =
          candidate.personId ??
          (
            await stores.persons.addPerson(writer, {
              givenName: candidate.givenName,
              familyName: candidate.familyName,
              municipalityNumber,
            })
          ).id;
        await stores.bodies.addMembership(
          writer,
          {
            bodyId: council.id,
            personId,
            role: candidate.substituteRank === null ? 'MEMBER' : 'SUBSTITUTE',
            substituteRank: candidate.substituteRank,
            partyId,
            startDate: periodStart(year),
            endDate: null,
          },
          municipalityNumber,
        );
        if (personId !== candidate.personId || partyId !== candidate.partyId) {
          await stores.elections.updateCandidate(candidate.id, { personId, partyId });
        }
      }
      const confirmed = await stores.elections.confirm(result.id);
      // In the feed too, last: a follower that sees it has seen the council it made.
      await writer.record({
        entityType: 'ELECTION_RESULT',
        entityId: result.id,
        municipalityNumber,
        before: { status: result.status },
        after: { status: confirmed.status, councilId: council.id },
      });
      return done({ result: confirmed, council });
    });
  }
}
