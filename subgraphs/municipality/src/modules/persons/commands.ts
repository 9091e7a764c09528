import { userError } from '@registers/graphql-kit';
import { authorize, type Identity } from '@registers/access';
import type { MunicipalityDatabase } from '../../db/index.ts';
import {
  oneLeaderPerUnit,
  personReferences,
  uniqueEmail,
  type ContactPersonRow,
  type EmploymentRow,
  type PersonRow,
} from '../../db/schema/index.ts';
import type {
  AddPersonInput,
  EndEmploymentInput,
  MergePersonsInput,
  RemovePersonInput,
  StartEmploymentInput,
  UpdatePersonContactDetailsInput,
  UpdatePersonInput,
} from '../../generated/resolvers.ts';
import { done, refused, runCommand, type CommandScope, type Outcome } from '../command.ts';
import { checkMunicipality, givenFields, InputProblems, notFound } from '../validation.ts';
import { personScope } from './scope.ts';

const emailRegistered = userError(
  'DUPLICATE',
  'email',
  'A person with this e-mail address is registered already.',
);
const emailTaken = userError('DUPLICATE', 'email', 'Another person has this e-mail address.');
const unitHasLeader = userError('INVALID', 'isLeader', 'The unit has a leader; end that employment first.');
const employmentRefusals = {
  [oneLeaderPerUnit]: unitHasLeader,
  // The person was removed after the check found them.
  [personReferences.employments]: notFound('personId', 'person'),
};

/**
 * Persons and their employments, authorized by the access policy against the person's
 * municipality: each one transaction, for the API and jobs alike.
 */
export class PersonCommands {
  constructor(private readonly db: MunicipalityDatabase) {}

  addPerson(who: Identity, input: AddPersonInput): Promise<Outcome<PersonRow>> {
    return runCommand(this.db, who, { [uniqueEmail]: emailRegistered }, async ({ stores, writer }) => {
      authorize('editMunicipalOrganisation', who, input.municipalityNumber);
      const problems = new InputProblems();
      await checkMunicipality(input.municipalityNumber, stores, problems);
      const givenName = problems.text(input.givenName, 'givenName', 'A given name');
      const familyName = problems.text(input.familyName, 'familyName', 'A family name');
      if (await stores.persons.personWithEmail(input.email)) problems.include(emailRegistered);
      if (problems.any) return refused(problems.errors);
      return done(
        await stores.persons.addPerson(writer, {
          municipalityNumber: input.municipalityNumber,
          givenName: givenName!,
          familyName: familyName!,
          email: input.email,
          phone: input.phone ?? null,
        }),
      );
    });
  }

  updatePerson(who: Identity, input: UpdatePersonInput): Promise<Outcome<PersonRow>> {
    return runCommand(this.db, who, async ({ stores, writer }) => {
      const [person] = await stores.persons.personsByIds([input.id]);
      if (!person) return refused([notFound('id', 'person')]);
      authorize('editPerson', who, personScope(person));
      const problems = new InputProblems();
      const changes = {
        ...(input.givenName != null
          ? { givenName: problems.text(input.givenName, 'givenName', 'A given name') }
          : {}),
        ...(input.familyName != null
          ? { familyName: problems.text(input.familyName, 'familyName', 'A family name') }
          : {}),
      };
      if (problems.any) return refused(problems.errors);
      if (Object.keys(changes).length === 0) return done(person);
      return done(await stores.persons.updatePerson(writer, person, changes));
    });
  }

  /**
   * Removes a person and everything they hold: employments, memberships, company roles and
   * contact-person assignments, each deleted with its own audit entry and feed event, so a
   * partner's copy keeps none of them. Answers the removed person's id.
   */
  removePerson(who: Identity, input: RemovePersonInput): Promise<Outcome<string>> {
    return runCommand(this.db, who, async (scope) => {
      const { stores, writer } = scope;
      const person = await stores.persons.lockPerson(input.id);
      if (!person) return refused([notFound('id', 'person')]);
      authorize('editPerson', who, personScope(person));
      await removeWhatTheyHold(person, scope);
      await stores.persons.removePerson(writer, person);
      return done(person.id);
    });
  }

  /**
   * Merges a duplicate into the person kept: every role and assignment of the duplicate
   * becomes the kept person's (each UPDATED in the feed with its new `personId`), one the kept
   * person holds already, the same in every field but the holder, is deleted instead; the
   * duplicate's election candidacies name the kept person; then the duplicate is removed. The
   * kept person's record stays as it is. One audit entry names the merge by ids and counts.
   */
  mergePersons(
    who: Identity,
    input: MergePersonsInput,
  ): Promise<Outcome<{ person: PersonRow; removedPersonId: string }>> {
    return runCommand(this.db, who, async (scope) => {
      const { stores, writer } = scope;
      if (input.personId === input.duplicatePersonId) {
        return refused([
          userError('SAME_PERSON', 'duplicatePersonId', 'A person cannot be merged into themselves.'),
        ]);
      }
      // Both locked, in id order so two merges of one pair wait for each other rather than
      // deadlock; no one gives the duplicate a role meanwhile.
      const locked = new Map<string, PersonRow>();
      for (const id of [input.personId, input.duplicatePersonId].sort()) {
        const row = await stores.persons.lockPerson(id);
        if (row) locked.set(id, row);
      }
      const kept = locked.get(input.personId);
      const duplicate = locked.get(input.duplicatePersonId);
      const problems = new InputProblems();
      if (!kept) problems.include(notFound('personId', 'person'));
      if (!duplicate) problems.include(notFound('duplicatePersonId', 'person'));
      if (!kept || !duplicate) return refused(problems.errors);
      const holdsAssignments = (await stores.contacts.byPersons([duplicate.id])).length > 0;
      authorize('mergePersons', who, personScope(kept), { ...personScope(duplicate), holdsAssignments });
      const counts = await moveWhatTheyHold(duplicate, kept, scope);
      await stores.persons.removePerson(writer, duplicate);
      await writer.audit({
        entityType: 'PERSON_MERGE',
        entityId: duplicate.id,
        action: 'deleted',
        // Ids and counts: the duplicate's record is in the person's own `deleted` entry.
        before: { personId: duplicate.id },
        after: { mergedIntoPersonId: kept.id, ...counts },
      });
      return done({ person: kept, removedPersonId: duplicate.id });
    });
  }

  updatePersonContactDetails(
    who: Identity,
    input: UpdatePersonContactDetailsInput,
  ): Promise<Outcome<PersonRow>> {
    return runCommand(this.db, who, { [uniqueEmail]: emailTaken }, async ({ stores, writer }) => {
      const [person] = await stores.persons.personsByIds([input.personId]);
      if (!person) return refused([notFound('personId', 'person')]);
      const holdsAssignments = (await stores.contacts.byPersons([person.id])).length > 0;
      authorize('updateContactDetails', who, { ...personScope(person), holdsAssignments });
      // A field left out of the input stays as it is; null clears it.
      const changes = givenFields({ email: input.email, phone: input.phone });
      if (changes.email) {
        const holder = await stores.persons.personWithEmail(changes.email);
        if (holder && holder.id !== person.id) return refused([emailTaken]);
      }
      if (Object.keys(changes).length === 0) return done(person);
      return done(await stores.persons.updatePerson(writer, person, changes));
    });
  }

  startEmployment(who: Identity, input: StartEmploymentInput): Promise<Outcome<EmploymentRow>> {
    return runCommand(this.db, who, employmentRefusals, async ({ stores, writer }) => {
      const problems = new InputProblems();
      const [person] = await stores.persons.personsByIds([input.personId]);
      // Other employments may start at once, but the unit cannot close before this one is in.
      const unit = await stores.units.lockUnit(input.unitId, 'share');
      if (!person) problems.add('NOT_FOUND', 'personId', 'No person has this id.');
      if (!unit) problems.add('NOT_FOUND', 'unitId', 'No unit has this id.');
      if (!person || !unit) return refused(problems.errors);
      authorize('editMunicipalOrganisation', who, unit.municipalityNumber);
      authorize('linkPerson', who, personScope(person), [unit.municipalityNumber]);
      const title = problems.text(input.title, 'title', 'A title');
      const areaOfResponsibility = problems.text(
        input.areaOfResponsibility,
        'areaOfResponsibility',
        'An area of responsibility',
      );
      problems.dateRange(input.startDate, input.endDate, 'endDate');
      if (unit.closedOn && input.startDate >= unit.closedOn) {
        problems.add('INVALID', 'startDate', `The unit was closed on ${unit.closedOn}.`);
      }
      if (input.isLeader) {
        const leader = (await stores.persons.employmentsByUnits([unit.id])).find(
          (e) => e.isLeader && e.endDate === null,
        );
        if (leader) problems.include(unitHasLeader);
      }
      if (problems.any) return refused(problems.errors);
      return done(
        await stores.persons.startEmployment(
          writer,
          {
            personId: person.id,
            unitId: unit.id,
            title: title!,
            isLeader: input.isLeader ?? false,
            areaOfResponsibility: areaOfResponsibility ?? null,
            startDate: input.startDate,
            endDate: input.endDate ?? null,
          },
          unit.municipalityNumber,
        ),
      );
    });
  }

  endEmployment(who: Identity, input: EndEmploymentInput): Promise<Outcome<EmploymentRow>> {
    return runCommand(this.db, who, async ({ stores, writer }) => {
      const [employment] = await stores.persons.employmentsByIds([input.id]);
      if (!employment) return refused([notFound('id', 'employment')]);
      const [unit] = await stores.units.unitsByIds([employment.unitId]);
      authorize('editMunicipalOrganisation', who, unit!.municipalityNumber);
      const problems = new InputProblems();
      problems.dateRange(employment.startDate, input.endDate, 'endDate');
      if (problems.any) return refused(problems.errors);
      return done(
        await stores.persons.endEmployment(writer, employment.id, input.endDate, unit!.municipalityNumber),
      );
    });
  }
}

/** Deletes a person's roles and assignments, each filed in the feed where its organisation is. */
async function removeWhatTheyHold(person: PersonRow, { stores, writer }: CommandScope) {
  const employments = await stores.persons.employmentsByPersons([person.id]);
  const units = await stores.units.unitsByIds(employments.map((e) => e.unitId));
  const municipalityOfUnit = new Map(units.map((unit) => [unit.id, unit.municipalityNumber]));
  for (const employment of employments) {
    await stores.persons.deleteEmployment(writer, employment.id, municipalityOfUnit.get(employment.unitId)!);
  }

  const memberships = await stores.bodies.membershipsByPersons([person.id]);
  const bodies = await stores.bodies.bodiesByIds(memberships.map((m) => m.bodyId));
  const municipalityOfBody = new Map(bodies.map((body) => [body.id, body.municipalityNumber]));
  for (const membership of memberships) {
    await stores.bodies.deleteMembership(writer, membership.id, municipalityOfBody.get(membership.bodyId)!);
  }

  const roles = await stores.companies.rolesByPersons([person.id]);
  // Owners come largest first: a company's first is where the feed files its roles.
  const largestOwner = new Map<string, string>();
  for (const owner of await stores.companies.ownersByCompanies(roles.map((r) => r.companyId))) {
    if (!largestOwner.has(owner.companyId)) largestOwner.set(owner.companyId, owner.municipalityNumber);
  }
  for (const role of roles) {
    await stores.companies.deleteRole(writer, role.id, largestOwner.get(role.companyId) ?? null);
  }

  for (const assignment of await stores.contacts.byPersons([person.id])) {
    await stores.contacts.remove(writer, assignment);
  }
}

/** A role the kept person holds already: the same in every field but its id and holder. */
function sameRole<T extends { id: string; personId: string }>(role: T, held: readonly T[]): boolean {
  const fields = Object.keys(role).filter((key) => key !== 'id' && key !== 'personId') as (keyof T)[];
  return held.some((other) => fields.every((key) => other[key] === role[key]));
}

/**
 * Moves the duplicate's roles, assignments and candidacies to the kept person, each filed in
 * the feed where its organisation is; a double of one the kept person holds is deleted.
 * Answers how many moved and how many were doubles.
 */
async function moveWhatTheyHold(duplicate: PersonRow, kept: PersonRow, { stores, writer }: CommandScope) {
  const counts = { moved: 0, doubles: 0, candidacies: 0 };
  const ids = [duplicate.id, kept.id];

  const employments = await stores.persons.employmentsByPersons(ids);
  const units = await stores.units.unitsByIds(employments.map((e) => e.unitId));
  const municipalityOfUnit = new Map(units.map((unit) => [unit.id, unit.municipalityNumber]));
  const keptEmployments = employments.filter((e) => e.personId === kept.id);
  for (const employment of employments.filter((e) => e.personId === duplicate.id)) {
    const municipalityNumber = municipalityOfUnit.get(employment.unitId)!;
    if (sameRole(employment, keptEmployments)) {
      await stores.persons.deleteEmployment(writer, employment.id, municipalityNumber);
      counts.doubles++;
    } else {
      await stores.persons.moveEmployment(writer, employment.id, kept.id, municipalityNumber);
      counts.moved++;
    }
  }

  const memberships = await stores.bodies.membershipsByPersons(ids);
  const bodies = await stores.bodies.bodiesByIds(memberships.map((m) => m.bodyId));
  const municipalityOfBody = new Map(bodies.map((body) => [body.id, body.municipalityNumber]));
  const keptMemberships = memberships.filter((m) => m.personId === kept.id);
  for (const membership of memberships.filter((m) => m.personId === duplicate.id)) {
    const municipalityNumber = municipalityOfBody.get(membership.bodyId)!;
    if (sameRole(membership, keptMemberships)) {
      await stores.bodies.deleteMembership(writer, membership.id, municipalityNumber);
      counts.doubles++;
    } else {
      await stores.bodies.moveMembership(writer, membership.id, kept.id, municipalityNumber);
      counts.moved++;
    }
  }

  const roles = await stores.companies.rolesByPersons(ids);
  // Owners come largest first: a company's first is where the feed files its roles.
  const largestOwner = new Map<string, string>();
  for (const owner of await stores.companies.ownersByCompanies(roles.map((r) => r.companyId))) {
    if (!largestOwner.has(owner.companyId)) largestOwner.set(owner.companyId, owner.municipalityNumber);
  }
  const keptRoles = roles.filter((r) => r.personId === kept.id);
  for (const role of roles.filter((r) => r.personId === duplicate.id)) {
    const municipalityNumber = largestOwner.get(role.companyId) ?? null;
    if (sameRole(role, keptRoles)) {
      await stores.companies.deleteRole(writer, role.id, municipalityNumber);
      counts.doubles++;
    } else {
      await stores.companies.moveRole(writer, role.id, kept.id, municipalityNumber);
      counts.moved++;
    }
  }

  // One assignment per person, role, municipality and company (a unique key): a double goes.
  const assignments = await stores.contacts.byPersons(ids);
  const sameAssignment = (a: ContactPersonRow, b: ContactPersonRow) =>
    a.role === b.role && a.municipalityNumber === b.municipalityNumber && a.companyId === b.companyId;
  const keptAssignments = assignments.filter((a) => a.personId === kept.id);
  for (const assignment of assignments.filter((a) => a.personId === duplicate.id)) {
    if (keptAssignments.some((other) => sameAssignment(assignment, other))) {
      await stores.contacts.remove(writer, assignment);
      counts.doubles++;
    } else {
      await stores.contacts.move(writer, assignment, kept.id);
      counts.moved++;
    }
  }

  // The candidacy keeps its birth year with the person it was, for the next election's match.
  for (const candidate of await stores.elections.candidaciesOfPerson(duplicate.id)) {
    const alternativeIds = [
      ...new Set(candidate.alternativeIds.map((id) => (id === duplicate.id ? kept.id : id))),
    ];
    const corrected = await stores.elections.updateCandidate(
      candidate.id,
      candidate.personId === duplicate.id
        ? { match: 'MATCHED', matchedBy: 'CORRECTED', personId: kept.id, alternativeIds }
        : { alternativeIds },
    );
    await writer.audit({
      entityType: 'ELECTION_CANDIDATE',
      entityId: candidate.id,
      action: 'updated',
      before: { match: candidate.match, personId: candidate.personId },
      after: { match: corrected.match, personId: corrected.personId },
    });
    counts.candidacies++;
  }
  return counts;
}
