import { userError } from '@registers/graphql-kit';
import { authorize, type Identity } from '@registers/access';
import type { MunicipalityDatabase } from '../../db/index.ts';
import {
  oneLeaderPerBody,
  oneListNamePerMunicipality,
  personReferences,
  type ElectedBodyRow,
  type MembershipRow,
  type PartyRow,
} from '../../db/schema/index.ts';
import type {
  AddMembershipInput,
  CreateElectedBodyInput,
  CreateLocalListInput,
  EndMembershipInput,
  MoveMembershipInput,
} from '../../generated/resolvers.ts';
import { isElectionYear } from './period.ts';
import { done, refused, runCommand, type Outcome } from '../command.ts';
import { personScope } from '../persons/scope.ts';
import { checkCouncilKind, checkMunicipality, InputProblems, notFound } from '../validation.ts';

const bodyHasOne = userError('INVALID', 'role', 'The body has one already; end that membership first.');
const membershipRefusals = {
  [oneLeaderPerBody]: bodyHasOne,
  // The person was removed after the check found them.
  [personReferences.memberships]: notFound('personId', 'person'),
};

/** Elected bodies, local lists and memberships (step 3 of the workflow: committee members). */
export class BodyCommands {
  constructor(private readonly db: MunicipalityDatabase) {}

  createElectedBody(who: Identity, input: CreateElectedBodyInput): Promise<Outcome<ElectedBodyRow>> {
    return runCommand(this.db, who, async ({ stores, writer }) => {
      authorize('editMunicipalOrganisation', who, input.municipalityNumber);
      const problems = new InputProblems();
      await checkMunicipality(input.municipalityNumber, stores, problems);
      await checkCouncilKind(input.kind, input.municipalityNumber, stores, problems);
      const name = problems.text(input.name, 'name', 'A body name');
      if (!isElectionYear(input.periodStartYear)) {
        problems.add(
          'INVALID',
          'periodStartYear',
          'A period starts in a municipal election year: 2019, 2023, 2027, …',
        );
      }
      if (problems.any) return refused(problems.errors);
      return done(
        await stores.bodies.createBody(writer, {
          municipalityNumber: input.municipalityNumber,
          kind: input.kind,
          name: name!,
          periodStartYear: input.periodStartYear,
        }),
      );
    });
  }

  createLocalList(who: Identity, input: CreateLocalListInput): Promise<Outcome<PartyRow>> {
    const listNamed = userError('DUPLICATE', 'name', 'The municipality has a list of this name.');
    return runCommand(
      this.db,
      who,
      { [oneListNamePerMunicipality]: listNamed },
      async ({ stores, writer }) => {
        authorize('editMunicipalOrganisation', who, input.municipalityNumber);
        const problems = new InputProblems();
        await checkMunicipality(input.municipalityNumber, stores, problems);
        const name = problems.text(input.name, 'name', 'A list name');
        // Only a name that passed its checks is looked up: PostgreSQL refuses a NUL in text.
        if (!problems.any && name && (await stores.bodies.localListNamed(input.municipalityNumber, name))) {
          problems.include(listNamed);
        }
        if (problems.any) return refused(problems.errors);
        return done(await stores.bodies.createLocalList(writer, input.municipalityNumber, name!));
      },
    );
  }

  addMembership(who: Identity, input: AddMembershipInput): Promise<Outcome<MembershipRow>> {
    return runCommand(this.db, who, membershipRefusals, async ({ stores, writer }) => {
      const problems = new InputProblems();
      const [body] = await stores.bodies.bodiesByIds([input.bodyId]);
      const [person] = await stores.persons.personsByIds([input.personId]);
      if (!body) problems.add('NOT_FOUND', 'bodyId', 'No elected body has this id.');
      if (!person) problems.add('NOT_FOUND', 'personId', 'No person has this id.');
      if (!body || !person) return refused(problems.errors);
      authorize('editMunicipalOrganisation', who, body.municipalityNumber);
      authorize('linkPerson', who, personScope(person), [body.municipalityNumber]);
      if (input.role === 'SUBSTITUTE' && !(input.substituteRank && input.substituteRank >= 1)) {
        problems.add('INVALID', 'substituteRank', 'A substitute needs a rank of 1 or more.');
      }
      if (input.role !== 'SUBSTITUTE' && input.substituteRank != null) {
        problems.add('INVALID', 'substituteRank', 'Only substitutes have a rank.');
      }
      if (input.partyId != null) {
        const [party] = await stores.bodies.partiesByIds([input.partyId]);
        if (!party) problems.add('NOT_FOUND', 'partyId', 'No party has this id.');
        else if (party.municipalityNumber && party.municipalityNumber !== body.municipalityNumber) {
          problems.add('INVALID', 'partyId', 'A local list stands only in its own municipality.');
        }
      }
      problems.dateRange(input.startDate, input.endDate, 'endDate');
      const current = (await stores.bodies.membershipsByBodies([body.id])).filter((m) => m.endDate === null);
      if (current.some((m) => m.personId === person.id && m.role === input.role)) {
        problems.add('DUPLICATE', 'personId', 'The person holds this role in the body already.');
      }
      if (
        (input.role === 'LEADER' || input.role === 'DEPUTY_LEADER') &&
        current.some((m) => m.role === input.role)
      ) {
        problems.include(bodyHasOne);
      }
      if (problems.any) return refused(problems.errors);
      return done(
        await stores.bodies.addMembership(
          writer,
          {
            bodyId: body.id,
            personId: person.id,
            role: input.role,
            substituteRank: input.substituteRank ?? null,
            partyId: input.partyId ?? null,
            startDate: input.startDate,
            endDate: input.endDate ?? null,
          },
          body.municipalityNumber,
        ),
      );
    });
  }

  endMembership(who: Identity, input: EndMembershipInput): Promise<Outcome<MembershipRow>> {
    return runCommand(this.db, who, async ({ stores, writer }) => {
      const [membership] = await stores.bodies.membershipsByIds([input.id]);
      if (!membership) return refused([notFound('id', 'membership')]);
      const [body] = await stores.bodies.bodiesByIds([membership.bodyId]);
      authorize('editMunicipalOrganisation', who, body!.municipalityNumber);
      const problems = new InputProblems();
      problems.dateRange(membership.startDate, input.endDate, 'endDate');
      if (problems.any) return refused(problems.errors);
      return done(
        await stores.bodies.endMembership(writer, membership.id, input.endDate, body!.municipalityNumber),
      );
    });
  }

  /**
   * Gives a membership, as it stands, to another person (a re-elected match that was someone
   * else): UPDATED in the feed with its new `personId`, so Styrevervregisteret's follower moves
   * the position. The candidacy of the confirmed result of the body's period that named the
   * earlier holder names the new one (`CORRECTED`), so the birth year goes with the right person.
   */
  moveMembership(who: Identity, input: MoveMembershipInput): Promise<Outcome<MembershipRow>> {
    const refusals = { [personReferences.memberships]: notFound('personId', 'person') };
    return runCommand(this.db, who, refusals, async ({ stores, writer }) => {
      const problems = new InputProblems();
      const [membership] = await stores.bodies.membershipsByIds([input.membershipId]);
      const [person] = await stores.persons.personsByIds([input.personId]);
      if (!membership) problems.include(notFound('membershipId', 'membership'));
      if (!person) problems.include(notFound('personId', 'person'));
      if (!membership || !person) return refused(problems.errors);
      const [body] = await stores.bodies.bodiesByIds([membership.bodyId]);
      authorize('editMunicipalOrganisation', who, body!.municipalityNumber);
      authorize('linkPerson', who, personScope(person), [body!.municipalityNumber]);
      if (membership.personId === person.id) {
        return refused([userError('SAME_PERSON', 'personId', 'The person holds this membership already.')]);
      }
      const current = (await stores.bodies.membershipsByBodies([body!.id])).filter((m) => m.endDate === null);
      if (current.some((m) => m.personId === person.id && m.role === membership.role)) {
        return refused([
          userError('DUPLICATE', 'personId', 'The person holds this role in the body already.'),
        ]);
      }
      const earlier = membership.personId;
      const moved = await stores.bodies.moveMembership(
        writer,
        membership.id,
        person.id,
        body!.municipalityNumber,
      );
      const candidacies = (await stores.elections.candidaciesOfPerson(earlier)).filter(
        (c) => c.personId === earlier && c.bodyKind === body!.kind,
      );
      const results = await stores.elections.resultsByIds(candidacies.map((c) => c.resultId));
      for (const candidate of candidacies) {
        const result = results.find((r) => r.id === candidate.resultId);
        if (
          result?.status !== 'CONFIRMED' ||
          result.municipalityNumber !== body!.municipalityNumber ||
          result.periodStartYear !== body!.periodStartYear
        )
          continue;
        const corrected = await stores.elections.updateCandidate(candidate.id, {
          match: 'MATCHED',
          matchedBy: 'CORRECTED',
          personId: person.id,
        });
        await writer.audit({
          entityType: 'ELECTION_CANDIDATE',
          entityId: candidate.id,
          action: 'updated',
          before: { match: candidate.match, personId: candidate.personId },
          after: { match: corrected.match, personId: corrected.personId },
        });
      }
      return done(moved);
    });
  }
}
