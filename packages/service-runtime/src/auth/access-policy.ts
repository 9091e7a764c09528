import { UserFacingError } from '../errors.ts';
import type { Identity, Role } from './identity.ts';

/**
 * Who may do what: the one place that says so. Resolvers ask here on every path that reaches
 * private data or writes it (root fields, nested fields and entity references alike).
 *
 * - Anyone may read the municipal organisation and published declarations.
 * - A person's contact details: the person, contact persons of a municipality the person
 *   works or holds office in, administrators.
 * - An unpublished declaration: the person, Styrevervregisteret contact persons of such a
 *   municipality, administrators. Its existence is private too, so the public gets null.
 * - Changes: municipal organisation by Kommuneregisteret contact persons of that municipality;
 *   a person (name, employments, removal) by those of the person's municipalities, the person's
 *   contact details by the person or those contact persons; a declaration only by
 *   its person; a company by its company contact persons or KR contact persons of its owners;
 *   administrators' assignments and everything else by administrators.
 */
export const accessPolicy = {
  readContactDetails: (who: Identity, person: PersonScope) =>
    isAdministrator(who) ||
    isPerson(who, person) ||
    isContactFor(who, 'kr-contact', person.municipalities) ||
    isContactFor(who, 'stv-contact', person.municipalities),

  updateContactDetails: (who: Identity, person: PersonScope) =>
    isAdministrator(who) || isPerson(who, person) || isContactFor(who, 'kr-contact', person.municipalities),

  readUnpublishedDeclaration: (who: Identity, person: PersonScope) =>
    isAdministrator(who) || isPerson(who, person) || isContactFor(who, 'stv-contact', person.municipalities),

  editPerson: (who: Identity, person: PersonScope) =>
    isAdministrator(who) || isContactFor(who, 'kr-contact', person.municipalities),

  editDeclaration: (who: Identity, person: Pick<PersonScope, 'personId'>) =>
    isAdministrator(who) || isPerson(who, person),

  editMunicipalOrganisation: (who: Identity, municipalityNumber: string) =>
    isAdministrator(who) || isContactFor(who, 'kr-contact', [municipalityNumber]),

  editCompany: (who: Identity, company: CompanyScope) =>
    isAdministrator(who) ||
    (who.roles.includes('company-contact') && who.companies.includes(company.organizationNumber)) ||
    isContactFor(who, 'kr-contact', company.ownerMunicipalities),

  administer: (who: Identity) => isAdministrator(who),
};

export type Action = keyof typeof accessPolicy;

/** A company as the policy sees it: its number and its owners. */
export interface CompanyScope {
  organizationNumber: string;
  ownerMunicipalities: readonly string[];
}

/** A person as the policy sees them: who they are and where they work or hold office. */
export interface PersonScope {
  personId: string;
  municipalities: readonly string[];
}

const isAdministrator = (who: Identity) => who.roles.includes('administrator');

const isPerson = (who: Identity, person: Pick<PersonScope, 'personId'>) =>
  who.roles.includes('position-holder') && who.personId === person.personId;

const isContactFor = (who: Identity, role: Role, municipalities: readonly string[]) =>
  who.roles.includes(role) && municipalities.some((number) => who.municipalities.includes(number));

export class ForbiddenError extends UserFacingError {
  constructor(message = 'You may not do this.') {
    super('FORBIDDEN', message);
  }
}

/** Throws FORBIDDEN, before anything is written, unless the policy allows `action`. */
export function authorize<A extends Action>(
  action: A,
  who: Identity,
  ...subject: Parameters<(typeof accessPolicy)[A]> extends [Identity, ...infer Rest] ? Rest : never
): void {
  const allowed = (accessPolicy[action] as (who: Identity, ...rest: unknown[]) => boolean)(who, ...subject);
  if (!allowed) throw new ForbiddenError(forbiddenMessages[action]);
}

const forbiddenMessages: Record<Action, string> = {
  readContactDetails:
    "Only the person, the contact persons of the person's municipality and administrators see contact details.",
  updateContactDetails:
    "Only the person, Kommuneregisteret's contact persons of the person's municipality and administrators may change contact details.",
  readUnpublishedDeclaration: 'This declaration is not published.',
  editPerson:
    "Only Kommuneregisteret's contact persons of the person's municipality and administrators may change the person's name, roles or registration.",
  editDeclaration: 'Only the person and administrators may change a declaration.',
  editMunicipalOrganisation:
    "Only Kommuneregisteret's contact persons of the municipality and administrators may change its organisation.",
  editCompany:
    "Only the company's contact persons, Kommuneregisteret's contact persons of its owners and administrators may change it.",
  administer: 'Only administrators may do this.',
};
