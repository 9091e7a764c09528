import { userError } from '@registers/graphql-kit';
import { authorize, type Identity } from '@registers/access';
import type { MunicipalityDatabase } from '../../db/index.ts';
import {
  oneHolderPerCompanyRole,
  personReferences,
  uniqueCompanyOrganizationNumber,
  type CompanyRoleRow,
  type CompanyRow,
  type NewCompanyRow,
} from '../../db/schema/index.ts';
import type {
  CompanyOwnerInput,
  CreateCompanyInput,
  EndCompanyRoleInput,
  StartCompanyRoleInput,
  UpdateCompanyInput,
} from '../../generated/resolvers.ts';
import type { Stores } from '../../stores.ts';
import { done, refused, runCommand, type Outcome } from '../command.ts';
import { personScope } from '../persons/scope.ts';
import { givenFields, InputProblems, notFound } from '../validation.ts';

const companyForms = new Set(['AS', 'ASA', 'IKS', 'KF', 'FKF', 'SA', 'STI']);
/** A company has one chief executive and one board chair at a time. */
const singleHolderRoles = new Set(['CHIEF_EXECUTIVE', 'BOARD_CHAIR']);

const organizationNumberRegistered = userError(
  'DUPLICATE',
  'organizationNumber',
  'A company with this organisation number is registered already.',
);
const companyHasOne = userError('INVALID', 'role', 'The company has one already; end that role first.');
const numberRefusal = { [uniqueCompanyOrganizationNumber]: organizationNumberRegistered };
const roleRefusals = {
  [oneHolderPerCompanyRole]: companyHasOne,
  // The person was removed after the check found them.
  [personReferences.companyRoles]: notFound('personId', 'person'),
};

/** Municipally owned companies, their owners and the people in them. */
export class CompanyCommands {
  constructor(private readonly db: MunicipalityDatabase) {}

  createCompany(who: Identity, input: CreateCompanyInput): Promise<Outcome<CompanyRow>> {
    return runCommand(this.db, who, numberRefusal, async ({ stores, writer }) => {
      const first = input.owners[0];
      const problems = new InputProblems();
      if (!first) problems.add('INVALID', 'owners', 'A company has at least one owner.');
      else authorize('editMunicipalOrganisation', who, first.municipalityNumber);
      const name = problems.text(input.name, 'name', 'A company name');
      problems.contactFields(input);
      checkForm(input.form, problems);
      await checkOwners(input.owners, stores, problems);
      const [holder] = await stores.companies.companiesByOrganizationNumbers([input.organizationNumber]);
      if (holder) problems.include(organizationNumberRegistered);
      if (problems.any) return refused(problems.errors);
      const { owners, ...fields } = givenFields(input);
      return done(
        await stores.companies.createCompany(
          writer,
          { ...fields, name: name!, organizationNumber: input.organizationNumber, form: input.form },
          owners!,
        ),
      );
    });
  }

  updateCompany(who: Identity, input: UpdateCompanyInput): Promise<Outcome<CompanyRow>> {
    return runCommand(this.db, who, async ({ stores, writer }) => {
      const [company] = await stores.companies.companiesByIds([input.id]);
      if (!company) return refused([notFound('id', 'company')]);
      const ownerMunicipalities = await authorizeCompany(who, company, stores);
      const problems = new InputProblems();
      const { id: _id, owners, name, form, ...rest } = givenFields(input);
      if (owners !== undefined) {
        // The owners decide who may edit the company, so only they change who the owners are.
        authorize('changeCompanyOwnership', who, {
          organizationNumber: company.organizationNumber,
          ownerMunicipalities,
        });
      }
      const changes: Partial<NewCompanyRow> = rest;
      if (name === null) problems.add('INVALID', 'name', 'A company must have a name.');
      else if (name !== undefined) changes.name = problems.text(name, 'name', 'A company name');
      problems.contactFields(rest);
      if (form !== undefined) checkForm(form, problems);
      if (form) changes.form = form;
      if (owners === null || owners?.length === 0)
        problems.add('INVALID', 'owners', 'A company has at least one owner.');
      if (owners) await checkOwners(owners, stores, problems);
      if (problems.any) return refused(problems.errors);
      return done(await stores.companies.updateCompany(writer, company.id, changes, owners ?? undefined));
    });
  }

  startCompanyRole(who: Identity, input: StartCompanyRoleInput): Promise<Outcome<CompanyRoleRow>> {
    return runCommand(this.db, who, roleRefusals, async ({ stores, writer }) => {
      const problems = new InputProblems();
      const [company] = await stores.companies.companiesByIds([input.companyId]);
      const [person] = await stores.persons.personsByIds([input.personId]);
      if (!company) problems.add('NOT_FOUND', 'companyId', 'No company has this id.');
      if (!person) problems.add('NOT_FOUND', 'personId', 'No person has this id.');
      if (!company || !person) return refused(problems.errors);
      const owners = await authorizeCompany(who, company, stores);
      authorize('linkPerson', who, personScope(person), owners);
      problems.dateRange(input.startDate, input.endDate, 'endDate');
      const current = (await stores.companies.rolesByCompanies([company.id])).filter(
        (r) => r.endDate === null,
      );
      if (singleHolderRoles.has(input.role) && current.some((r) => r.role === input.role)) {
        problems.include(companyHasOne);
      }
      if (current.some((r) => r.personId === person.id && r.role === input.role)) {
        problems.add('DUPLICATE', 'personId', 'The person holds this role in the company already.');
      }
      if (problems.any) return refused(problems.errors);
      return done(
        await stores.companies.startRole(
          writer,
          {
            companyId: company.id,
            personId: person.id,
            role: input.role,
            startDate: input.startDate,
            endDate: input.endDate ?? null,
          },
          owners[0] ?? null,
        ),
      );
    });
  }

  endCompanyRole(who: Identity, input: EndCompanyRoleInput): Promise<Outcome<CompanyRoleRow>> {
    return runCommand(this.db, who, async ({ stores, writer }) => {
      const [role] = await stores.companies.rolesByIds([input.id]);
      if (!role) return refused([notFound('id', 'company role')]);
      const [company] = await stores.companies.companiesByIds([role.companyId]);
      const owners = await authorizeCompany(who, company!, stores);
      const problems = new InputProblems();
      problems.dateRange(role.startDate, input.endDate, 'endDate');
      if (problems.any) return refused(problems.errors);
      return done(await stores.companies.endRole(writer, role.id, input.endDate, owners[0] ?? null));
    });
  }
}

/** Authorizes a change to a company; returns its owners' municipality numbers, largest first. */
export async function authorizeCompany(
  who: Identity,
  company: CompanyRow,
  stores: Stores,
): Promise<string[]> {
  const ownerMunicipalities = (await stores.companies.ownersByCompanies([company.id])).map(
    (o) => o.municipalityNumber,
  );
  authorize('editCompany', who, { organizationNumber: company.organizationNumber, ownerMunicipalities });
  return ownerMunicipalities;
}

function checkForm(form: string | null | undefined, problems: InputProblems) {
  if (!form || !companyForms.has(form)) {
    problems.add('INVALID', 'form', 'A company is an AS, ASA, IKS, KF, FKF, SA or STI.');
  }
}

async function checkOwners(owners: readonly CompanyOwnerInput[], stores: Stores, problems: InputProblems) {
  const numbers = owners.map((o) => o.municipalityNumber);
  if (new Set(numbers).size !== numbers.length)
    problems.add('DUPLICATE', 'owners', 'A municipality is named twice.');
  const known = new Set(
    (await stores.geography.municipalitiesByNumbers(numbers)).map((municipality) => municipality.number),
  );
  for (const owner of owners) {
    if (!known.has(owner.municipalityNumber)) {
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
