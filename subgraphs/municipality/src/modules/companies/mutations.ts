import { authorize, identifiers, withFreshLoaders, type Identity } from '@registers/service-runtime';
import type { Context } from '../../context.ts';
import type { NewCompanyRow } from '../../db/schema/index.ts';
import type { CompanyOwnerInput, MutationResolvers } from '../../generated/resolvers.ts';
import { personScope } from '../persons/resolvers.ts';
import { givenFields, InputProblems } from '../validation.ts';

const companyForms = new Set(['AS', 'ASA', 'IKS', 'KF', 'FKF', 'SA', 'STI']);
/** A company has one chief executive and one board chair at a time. */
const singleHolderRoles = new Set(['CHIEF_EXECUTIVE', 'BOARD_CHAIR']);

/** Municipally owned companies, their owners and the people in them. */
export const companyMutations: MutationResolvers<Context> = withFreshLoaders({
  createCompany: async (_parent, { input }, { identity, loaders, stores }) => {
    const first = input.owners[0];
    const problems = new InputProblems();
    if (!first) problems.add('INVALID', 'owners', 'A company has at least one owner.');
    else authorize('editMunicipalOrganisation', identity, first.municipalityNumber);
    const name = problems.text(input.name, 'name', 'A company name');
    checkForm(input.form, problems);
    await checkOwners(input.owners, loaders, problems);
    if (await loaders.companyByOrganizationNumber.load(input.organizationNumber)) {
      problems.add(
        'DUPLICATE',
        'organizationNumber',
        'A company with this organisation number is registered already.',
      );
    }
    if (problems.any) return { company: null, userErrors: problems.errors };
    const { owners, ...fields } = givenFields(input);
    const company = await stores.companies.createCompany(
      identity,
      { ...fields, name: name!, organizationNumber: input.organizationNumber, form: input.form },
      owners!,
    );
    return { company, userErrors: [] };
  },

  updateCompany: async (_parent, { input }, context) => {
    const company = identifiers.isUuid(input.id) ? await context.loaders.company.load(input.id) : null;
    if (!company)
      return {
        company: null,
        userErrors: new InputProblems().add('NOT_FOUND', 'id', 'No company has this id.').errors,
      };
    const ownerMunicipalities = await authorizeCompany(company.id, context);
    const problems = new InputProblems();
    const { id: _id, owners, name, form, ...rest } = givenFields(input);
    if (owners !== undefined) {
      // The owners decide who may edit the company, so only they change who the owners are.
      authorize('changeCompanyOwnership', context.identity, {
        organizationNumber: company.organizationNumber,
        ownerMunicipalities,
      });
    }
    const changes: Partial<NewCompanyRow> = rest;
    if (name === null) problems.add('INVALID', 'name', 'A company must have a name.');
    else if (name !== undefined) changes.name = problems.text(name, 'name', 'A company name');
    if (form !== undefined) checkForm(form, problems);
    if (form) changes.form = form;
    if (owners === null) problems.add('INVALID', 'owners', 'A company has at least one owner.');
    if (owners) await checkOwners(owners, context.loaders, problems);
    if (problems.any) return { company: null, userErrors: problems.errors };
    return {
      company: await context.stores.companies.updateCompany(
        context.identity,
        company.id,
        changes,
        owners ?? undefined,
      ),
      userErrors: [],
    };
  },

  startCompanyRole: async (_parent, { input }, context) => {
    const { identity, loaders, stores } = context;
    const problems = new InputProblems();
    const company = identifiers.isUuid(input.companyId) ? await loaders.company.load(input.companyId) : null;
    const person = identifiers.isUuid(input.personId) ? await loaders.person.load(input.personId) : null;
    if (!company) problems.add('NOT_FOUND', 'companyId', 'No company has this id.');
    if (!person) problems.add('NOT_FOUND', 'personId', 'No person has this id.');
    if (!company || !person) return { companyRole: null, userErrors: problems.errors };
    const owners = await authorizeCompany(company.id, context);
    authorize('linkPerson', identity, personScope(person), owners);
    problems.dateRange(input.startDate, input.endDate, 'endDate');
    const current = (await loaders.companyRolesByCompany.load(company.id)).filter((r) => r.endDate === null);
    if (singleHolderRoles.has(input.role) && current.some((r) => r.role === input.role)) {
      problems.add('INVALID', 'role', 'The company has one already; end that role first.');
    }
    if (current.some((r) => r.personId === person.id && r.role === input.role)) {
      problems.add('DUPLICATE', 'personId', 'The person holds this role in the company already.');
    }
    if (problems.any) return { companyRole: null, userErrors: problems.errors };
    const companyRole = await stores.companies.startRole(
      identity,
      {
        companyId: company.id,
        personId: person.id,
        role: input.role,
        startDate: input.startDate,
        endDate: input.endDate ?? null,
      },
      owners[0] ?? null,
    );
    return { companyRole, userErrors: [] };
  },

  endCompanyRole: async (_parent, { input }, context) => {
    const [role] = identifiers.isUuid(input.id) ? await context.stores.companies.rolesByIds([input.id]) : [];
    if (!role)
      return {
        companyRole: null,
        userErrors: new InputProblems().add('NOT_FOUND', 'id', 'No company role has this id.').errors,
      };
    const owners = await authorizeCompany(role.companyId, context);
    const problems = new InputProblems();
    problems.dateRange(role.startDate, input.endDate, 'endDate');
    if (problems.any) return { companyRole: null, userErrors: problems.errors };
    return {
      companyRole: await context.stores.companies.endRole(
        context.identity,
        role.id,
        input.endDate,
        owners[0] ?? null,
      ),
      userErrors: [],
    };
  },
});

/** Authorizes a change to a company; returns its owners' municipality numbers, largest first. */
export async function authorizeCompany(
  companyId: string,
  { identity, loaders }: { identity: Identity; loaders: Context['loaders'] },
): Promise<string[]> {
  const company = (await loaders.company.load(companyId))!;
  const ownerMunicipalities = (await loaders.ownersByCompany.load(companyId)).map(
    (o) => o.municipalityNumber,
  );
  authorize('editCompany', identity, { organizationNumber: company.organizationNumber, ownerMunicipalities });
  return ownerMunicipalities;
}

function checkForm(form: string | null | undefined, problems: InputProblems) {
  if (!form || !companyForms.has(form)) {
    problems.add('INVALID', 'form', 'A company is an AS, ASA, IKS, KF, FKF, SA or STI.');
  }
}

async function checkOwners(
  owners: readonly CompanyOwnerInput[],
  loaders: Context['loaders'],
  problems: InputProblems,
) {
  const numbers = owners.map((o) => o.municipalityNumber);
  if (new Set(numbers).size !== numbers.length)
    problems.add('DUPLICATE', 'owners', 'A municipality is named twice.');
  for (const owner of owners) {
    if (!(await loaders.municipality.load(owner.municipalityNumber))) {
      problems.add('NOT_FOUND', 'owners', `No municipality has number ${owner.municipalityNumber}.`);
    }
    if (!(owner.sharePercent > 0 && owner.sharePercent <= 100)) {
      problems.add('INVALID', 'owners', 'A share is more than 0 and at most 100 per cent.');
    }
  }
  const total = owners.reduce((sum, o) => sum + o.sharePercent, 0);
  if (total > 100.005)
    problems.add('INVALID', 'owners', `The shares add up to ${total.toFixed(2)} per cent, over 100.`);
}
