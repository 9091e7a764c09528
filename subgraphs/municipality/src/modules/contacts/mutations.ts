import { authorize, identifiers, withFreshLoaders } from '@registers/service-runtime';
import type { Context } from '../../context.ts';
import type { MutationResolvers } from '../../generated/resolvers.ts';
import { authorizeCompany } from '../companies/mutations.ts';
import { personScope } from '../persons/resolvers.ts';
import { checkMunicipality, InputProblems } from '../validation.ts';

/**
 * Contact persons: for a municipality (KR, STV, BOTH) by Kommuneregisteret's contact persons of
 * that municipality, for a company by those who may change the company, administrators only by
 * administrators.
 */
export const contactMutations: MutationResolvers<Context> = withFreshLoaders({
  assignContactPerson: async (_parent, { input }, context) => {
    const { identity, loaders, stores } = context;
    const problems = new InputProblems();
    const person = identifiers.isUuid(input.personId) ? await loaders.person.load(input.personId) : null;
    if (!person)
      return {
        contactPerson: null,
        userErrors: problems.add('NOT_FOUND', 'personId', 'No person has this id.').errors,
      };
    const municipalityNumber = input.municipalityNumber ?? null;
    const companyId = input.companyId ?? null;
    if (input.role === 'ADMINISTRATOR') {
      authorize('administer', identity);
      if (municipalityNumber || companyId)
        problems.add('INVALID', 'role', 'An administrator is not tied to a municipality or company.');
    } else if (input.role === 'COMPANY') {
      const company =
        companyId && identifiers.isUuid(companyId) ? await loaders.company.load(companyId) : null;
      if (!company)
        return {
          contactPerson: null,
          userErrors: problems.add('NOT_FOUND', 'companyId', 'A company contact needs a company.').errors,
        };
      const owners = await authorizeCompany(company.id, context);
      authorize('linkPerson', identity, personScope(person), owners);
      if (municipalityNumber)
        problems.add('INVALID', 'municipalityNumber', 'A company contact is tied to the company only.');
    } else {
      if (!municipalityNumber) {
        return {
          contactPerson: null,
          userErrors: problems.add('INVALID', 'municipalityNumber', 'A contact person needs a municipality.')
            .errors,
        };
      }
      authorize('editMunicipalOrganisation', identity, municipalityNumber);
      authorize('linkPerson', identity, personScope(person), [municipalityNumber]);
      await checkMunicipality(municipalityNumber, loaders, problems);
      if (companyId)
        problems.add('INVALID', 'companyId', 'A municipal contact person is not tied to a company.');
    }
    if (problems.any) return { contactPerson: null, userErrors: problems.errors };
    const contactPerson = await stores.contacts.assign(identity, {
      personId: person.id,
      role: input.role,
      municipalityNumber,
      companyId,
    });
    return { contactPerson, userErrors: [] };
  },

  removeContactPerson: async (_parent, { input }, context) => {
    const assignment = identifiers.isUuid(input.id)
      ? await context.stores.contacts.byId(input.id)
      : undefined;
    if (!assignment) {
      return {
        removedContactPersonId: null,
        userErrors: new InputProblems().add('NOT_FOUND', 'id', 'No assignment has this id.').errors,
      };
    }
    if (assignment.role === 'ADMINISTRATOR') authorize('administer', context.identity);
    else if (assignment.companyId) await authorizeCompany(assignment.companyId, context);
    else authorize('editMunicipalOrganisation', context.identity, assignment.municipalityNumber!);
    await context.stores.contacts.remove(context.identity, assignment.id);
    return { removedContactPersonId: assignment.id, userErrors: [] };
  },
});
