import { authorize, identifiers, withFreshLoaders } from '@registers/service-runtime';
import type { Context } from '../../context.ts';
import type { MutationResolvers } from '../../generated/resolvers.ts';
import { personScope } from '../persons/resolvers.ts';
import { checkCouncilKind, checkMunicipality, InputProblems } from '../validation.ts';

/** Municipal elections are held every four years: 2011, 2015, 2019, 2023, 2027, … */
const isElectionYear = (year: number) => year >= 1900 && year <= 2100 && (year - 2011) % 4 === 0;

/** Elected bodies, local lists and memberships (step 3 of the workflow: committee members). */
export const bodyMutations: MutationResolvers<Context> = withFreshLoaders({
  createElectedBody: async (_parent, { input }, { identity, loaders, stores }) => {
    authorize('editMunicipalOrganisation', identity, input.municipalityNumber);
    const problems = new InputProblems();
    await checkMunicipality(input.municipalityNumber, loaders, problems);
    await checkCouncilKind(input.kind, input.municipalityNumber, loaders, problems);
    const name = problems.text(input.name, 'name', 'A body name');
    if (!isElectionYear(input.periodStartYear)) {
      problems.add(
        'INVALID',
        'periodStartYear',
        'A period starts in a municipal election year: 2019, 2023, 2027, …',
      );
    }
    if (problems.any) return { electedBody: null, userErrors: problems.errors };
    const electedBody = await stores.bodies.createBody(identity, {
      municipalityNumber: input.municipalityNumber,
      kind: input.kind,
      name: name!,
      periodStartYear: input.periodStartYear,
    });
    return { electedBody, userErrors: [] };
  },

  createLocalList: async (_parent, { input }, { identity, loaders, stores }) => {
    authorize('editMunicipalOrganisation', identity, input.municipalityNumber);
    const problems = new InputProblems();
    await checkMunicipality(input.municipalityNumber, loaders, problems);
    const name = problems.text(input.name, 'name', 'A list name');
    if (name && (await stores.bodies.localListNamed(input.municipalityNumber, name))) {
      problems.add('DUPLICATE', 'name', 'The municipality has a list of this name.');
    }
    if (problems.any) return { party: null, userErrors: problems.errors };
    return {
      party: await stores.bodies.createLocalList(identity, input.municipalityNumber, name!),
      userErrors: [],
    };
  },

  addMembership: async (_parent, { input }, { identity, loaders, stores }) => {
    const problems = new InputProblems();
    const body = identifiers.isUuid(input.bodyId) ? await loaders.body.load(input.bodyId) : null;
    const person = identifiers.isUuid(input.personId) ? await loaders.person.load(input.personId) : null;
    if (!body) problems.add('NOT_FOUND', 'bodyId', 'No elected body has this id.');
    if (!person) problems.add('NOT_FOUND', 'personId', 'No person has this id.');
    if (!body || !person) return { membership: null, userErrors: problems.errors };
    authorize('editMunicipalOrganisation', identity, body.municipalityNumber);
    authorize('linkPerson', identity, personScope(person), [body.municipalityNumber]);
    if (input.role === 'SUBSTITUTE' && !(input.substituteRank && input.substituteRank >= 1)) {
      problems.add('INVALID', 'substituteRank', 'A substitute needs a rank of 1 or more.');
    }
    if (input.role !== 'SUBSTITUTE' && input.substituteRank != null) {
      problems.add('INVALID', 'substituteRank', 'Only substitutes have a rank.');
    }
    if (input.partyId != null) {
      const party = identifiers.isUuid(input.partyId) ? await loaders.party.load(input.partyId) : null;
      if (!party) problems.add('NOT_FOUND', 'partyId', 'No party has this id.');
      else if (party.municipalityNumber && party.municipalityNumber !== body.municipalityNumber) {
        problems.add('INVALID', 'partyId', 'A local list stands only in its own municipality.');
      }
    }
    problems.dateRange(input.startDate, input.endDate, 'endDate');
    const current = (await loaders.membershipsByBody.load(body.id)).filter((m) => m.endDate === null);
    if (current.some((m) => m.personId === person.id && m.role === input.role)) {
      problems.add('DUPLICATE', 'personId', 'The person holds this role in the body already.');
    }
    if (
      (input.role === 'LEADER' || input.role === 'DEPUTY_LEADER') &&
      current.some((m) => m.role === input.role)
    ) {
      problems.add('INVALID', 'role', 'The body has one already; end that membership first.');
    }
    if (problems.any) return { membership: null, userErrors: problems.errors };
    const membership = await stores.bodies.addMembership(
      identity,
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
    );
    return { membership, userErrors: [] };
  },

  endMembership: async (_parent, { input }, { identity, loaders, stores }) => {
    const [membership] = identifiers.isUuid(input.id) ? await stores.bodies.membershipsByIds([input.id]) : [];
    if (!membership) {
      return {
        membership: null,
        userErrors: new InputProblems().add('NOT_FOUND', 'id', 'No membership has this id.').errors,
      };
    }
    const body = (await loaders.body.load(membership.bodyId))!;
    authorize('editMunicipalOrganisation', identity, body.municipalityNumber);
    const problems = new InputProblems();
    problems.dateRange(membership.startDate, input.endDate, 'endDate');
    if (problems.any) return { membership: null, userErrors: problems.errors };
    return {
      membership: await stores.bodies.endMembership(
        identity,
        membership.id,
        input.endDate,
        body.municipalityNumber,
      ),
      userErrors: [],
    };
  },
});
