import { authorize, type Identity } from '@registers/access';
import type { MunicipalityDatabase } from '../../db/index.ts';
import { personReferences, type ContactPersonRow } from '../../db/schema/index.ts';
import type { AssignContactPersonInput, RemoveContactPersonInput } from '../../generated/resolvers.ts';
import { done, refused, runCommand, type Outcome } from '../command.ts';
import { authorizeCompany } from '../companies/commands.ts';
import { personScope } from '../persons/scope.ts';
import { checkMunicipality, InputProblems, notFound } from '../validation.ts';

/**
 * Contact persons: for a municipality (KR, STV, BOTH) by Kommuneregisteret's contact persons of
 * that municipality, for a company by those who may change the company, administrators only by
 * administrators.
 */
// The person was removed after the check found them.
const assignmentRefusals = { [personReferences.contactPersons]: notFound('personId', 'person') };

export class ContactCommands {
  constructor(private readonly db: MunicipalityDatabase) {}

  assignContactPerson(who: Identity, input: AssignContactPersonInput): Promise<Outcome<ContactPersonRow>> {
    return runCommand(this.db, who, assignmentRefusals, async ({ stores, writer }) => {
      const problems = new InputProblems();
      const [person] = await stores.persons.personsByIds([input.personId]);
      if (!person) return refused([notFound('personId', 'person')]);
      const municipalityNumber = input.municipalityNumber ?? null;
      const companyId = input.companyId ?? null;
      if (input.role === 'ADMINISTRATOR') {
        authorize('administer', who);
        if (municipalityNumber || companyId)
          problems.add('INVALID', 'role', 'An administrator is not tied to a municipality or company.');
      } else if (input.role === 'COMPANY') {
        const [company] = companyId ? await stores.companies.companiesByIds([companyId]) : [];
        if (!company)
          return refused(problems.add('NOT_FOUND', 'companyId', 'A company contact needs a company.').errors);
        const owners = await authorizeCompany(who, company, stores);
        authorize('linkPerson', who, personScope(person), owners);
        if (municipalityNumber)
          problems.add('INVALID', 'municipalityNumber', 'A company contact is tied to the company only.');
      } else {
        if (!municipalityNumber) {
          return refused(
            problems.add('INVALID', 'municipalityNumber', 'A contact person needs a municipality.').errors,
          );
        }
        authorize('editMunicipalOrganisation', who, municipalityNumber);
        authorize('linkPerson', who, personScope(person), [municipalityNumber]);
        await checkMunicipality(municipalityNumber, stores, problems);
        if (companyId)
          problems.add('INVALID', 'companyId', 'A municipal contact person is not tied to a company.');
      }
      if (problems.any) return refused(problems.errors);
      return done(
        await stores.contacts.assign(writer, {
          personId: person.id,
          role: input.role,
          municipalityNumber,
          companyId,
        }),
      );
    });
  }

  /** Ends an assignment; answers its id. */
  removeContactPerson(who: Identity, input: RemoveContactPersonInput): Promise<Outcome<string>> {
    return runCommand(this.db, who, async ({ stores, writer }) => {
      const [assignment] = await stores.contacts.byIds([input.id]);
      if (!assignment) return refused([notFound('id', 'assignment')]);
      if (assignment.role === 'ADMINISTRATOR') authorize('administer', who);
      else if (assignment.companyId) {
        const [company] = await stores.companies.companiesByIds([assignment.companyId]);
        await authorizeCompany(who, company!, stores);
      } else authorize('editMunicipalOrganisation', who, assignment.municipalityNumber!);
      await stores.contacts.remove(writer, assignment);
      return done(assignment.id);
    });
  }
}
