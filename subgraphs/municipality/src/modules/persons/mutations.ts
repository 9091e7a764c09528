import { authorize, withFreshLoaders, identifiers } from '@registers/service-runtime';
import type { Context } from '../../context.ts';
import type { MutationResolvers } from '../../generated/resolvers.ts';
import { checkMunicipality, givenFields, InputProblems } from '../validation.ts';
import { personScope } from './resolvers.ts';

/**
 * Persons and their employments: validated here, authorized by the access policy against the
 * person's municipalities, then one audited transaction with its feed event.
 */
export const personMutations: MutationResolvers<Context> = withFreshLoaders({
  addPerson: async (_parent, { input }, { identity, loaders, stores }) => {
    authorize('editMunicipalOrganisation', identity, input.municipalityNumber);
    const problems = new InputProblems();
    await checkMunicipality(input.municipalityNumber, loaders, problems);
    const givenName = problems.text(input.givenName, 'givenName', 'A given name');
    const familyName = problems.text(input.familyName, 'familyName', 'A family name');
    if (await stores.persons.personWithEmail(input.email)) {
      problems.add('DUPLICATE', 'email', 'A person with this e-mail address is registered already.');
    }
    if (problems.any) return { person: null, userErrors: problems.errors };
    const person = await stores.persons.addPerson(identity, {
      municipalityNumber: input.municipalityNumber,
      givenName: givenName!,
      familyName: familyName!,
      email: input.email,
      phone: input.phone ?? null,
    });
    return { person, userErrors: [] };
  },

  updatePerson: async (_parent, { input }, context) => {
    const person = await existingPerson(input.id, context);
    if (!person) return { person: null, userErrors: notFound('id', 'person') };
    authorize('editPerson', context.identity, personScope(person));
    const problems = new InputProblems();
    const changes = {
      ...(input.givenName != null
        ? { givenName: problems.text(input.givenName, 'givenName', 'A given name') }
        : {}),
      ...(input.familyName != null
        ? { familyName: problems.text(input.familyName, 'familyName', 'A family name') }
        : {}),
    };
    if (problems.any) return { person: null, userErrors: problems.errors };
    if (Object.keys(changes).length === 0) return { person, userErrors: [] };
    return {
      person: await context.stores.persons.updatePerson(context.identity, person.id, changes),
      userErrors: [],
    };
  },

  removePerson: async (_parent, { input }, context) => {
    const person = await existingPerson(input.id, context);
    if (!person) return { removedPersonId: null, userErrors: notFound('id', 'person') };
    authorize('editPerson', context.identity, personScope(person));
    await context.stores.persons.removePerson(context.identity, person.id);
    return { removedPersonId: person.id, userErrors: [] };
  },

  updatePersonContactDetails: async (_parent, { input }, context) => {
    const person = await existingPerson(input.personId, context);
    if (!person) return { person: null, userErrors: notFound('personId', 'person') };
    const holdsAssignments = (await context.loaders.contactsByPerson.load(person.id)).length > 0;
    authorize('updateContactDetails', context.identity, { ...personScope(person), holdsAssignments });
    // A field left out of the input stays as it is; null clears it.
    const changes = givenFields({ email: input.email, phone: input.phone });
    if (changes.email) {
      const holder = await context.stores.persons.personWithEmail(changes.email);
      if (holder && holder.id !== person.id) {
        return {
          person: null,
          userErrors: new InputProblems().add('DUPLICATE', 'email', 'Another person has this e-mail address.')
            .errors,
        };
      }
    }
    if (Object.keys(changes).length === 0) return { person, userErrors: [] };
    return {
      person: await context.stores.persons.updatePerson(context.identity, person.id, changes),
      userErrors: [],
    };
  },

  startEmployment: async (_parent, { input }, context) => {
    const { identity, loaders, stores } = context;
    const problems = new InputProblems();
    const person = await existingPerson(input.personId, context);
    const unit = identifiers.isUuid(input.unitId) ? await loaders.unit.load(input.unitId) : null;
    if (!person) problems.add('NOT_FOUND', 'personId', 'No person has this id.');
    if (!unit) problems.add('NOT_FOUND', 'unitId', 'No unit has this id.');
    if (!person || !unit) return { employment: null, userErrors: problems.errors };
    authorize('editMunicipalOrganisation', identity, unit.municipalityNumber);
    authorize('linkPerson', identity, personScope(person), [unit.municipalityNumber]);
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
      const leader = (await loaders.employmentsByUnit.load(unit.id)).find(
        (e) => e.isLeader && e.endDate === null,
      );
      if (leader) problems.add('INVALID', 'isLeader', 'The unit has a leader; end that employment first.');
    }
    if (problems.any) return { employment: null, userErrors: problems.errors };
    const employment = await stores.persons.startEmployment(
      identity,
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
    );
    return { employment, userErrors: [] };
  },

  endEmployment: async (_parent, { input }, { identity, loaders, stores }) => {
    const [employment] = identifiers.isUuid(input.id)
      ? await stores.persons.employmentsByIds([input.id])
      : [];
    if (!employment) return { employment: null, userErrors: notFound('id', 'employment') };
    const unit = (await loaders.unit.load(employment.unitId))!;
    authorize('editMunicipalOrganisation', identity, unit.municipalityNumber);
    const problems = new InputProblems();
    problems.dateRange(employment.startDate, input.endDate, 'endDate');
    if (problems.any) return { employment: null, userErrors: problems.errors };
    return {
      employment: await stores.persons.endEmployment(
        identity,
        employment.id,
        input.endDate,
        unit.municipalityNumber,
      ),
      userErrors: [],
    };
  },
});

async function existingPerson(id: string, { loaders }: Pick<Context, 'loaders'>) {
  return identifiers.isUuid(id) ? await loaders.person.load(id) : null;
}

const notFound = (field: string, what: string) =>
  new InputProblems().add('NOT_FOUND', field, `No ${what} has this id.`).errors;
