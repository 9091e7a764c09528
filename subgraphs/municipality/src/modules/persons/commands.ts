import { userError } from '@registers/graphql-kit';
import { authorize, type Identity } from '@registers/access';
import type { MunicipalityDatabase } from '../../db/index.ts';
import {
  oneLeaderPerUnit,
  personReferences,
  uniqueEmail,
  type EmploymentRow,
  type PersonRow,
} from '../../db/schema/index.ts';
import type {
  AddPersonInput,
  EndEmploymentInput,
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
