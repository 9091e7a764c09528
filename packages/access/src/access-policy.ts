import { UserFacingError } from '@registers/graphql-kit';
import { systemRole, type Identity } from './identity.ts';

/**
 * Who may do what: the one place that says so. Resolvers ask here on every path that reaches
 * private data or writes it (root fields, nested fields and entity references alike).
 *
 * - Anyone may read the municipal organisation and published declarations.
 * - A person belongs to the municipality that registered them, and only that municipality's
 *   contact persons (with the person and administrators) see and change their personal data.
 *   Roles elsewhere (employments, memberships, company roles, assignments) grant nothing, so a
 *   contact person cannot gain rights over a person by giving them a role.
 * - Linking a person to an organisation (an employment, a membership, a company role, a
 *   contact-person assignment) is for whoever may change that organisation, and, when the person
 *   belongs to another municipality, only if they may also change the person.
 * - Merging a duplicate person into another is for Kommuneregisteret's contact persons of the
 *   municipality that registered both (never across municipalities) and administrators; a
 *   duplicate holding assignments, whose assignments would pass on, only administrators.
 * - An unpublished declaration: the person, Styrevervregisteret's contact persons of the
 *   person's municipality, administrators. Its existence is private too, so the public gets null.
 * - A declaration is changed by the same: a contact person helps the persons of their
 *   municipality with theirs (the terms, positions and interests, confirming, deleting), but
 *   publishing, unpublishing and withdrawing the terms are the holder's consent, so only the
 *   person and administrators decide them.
 * - A company: its company contact persons and Kommuneregisteret's contact persons of its
 *   owners; who owns it only by the latter (the owners decide who may edit it).
 * - The register's own processes (system) look up what a user may do and the address a notice
 *   goes to, follow the change feed (the role facts of persons) and acknowledge what they
 *   processed, and which persons of published declarations bear a name (the public search).
 * - A personal sign-in link signs its person in for their own declaration only.
 * - A partner system runs only the trusted operations of the gateway's manifest (the operations
 *   of `@registers/client`), by their hash; anyone else may send a query of their own too.
 * - After an election: the result is read by Kommuneregisteret's contact persons of the
 *   municipality, administrators and the register's own services (Styrevervregisteret's
 *   reconciliation); the reconciliation is Styrevervregisteret's contact persons' of the
 *   municipality (and administrators'), and a person reports a wrong match of their own only.
 */
export const accessPolicy = {
  /**
   * A query of the caller's own (free-form), rather than a trusted operation of the gateway's
   * manifest: anyone but a partner system, whose contract is the operations it was given.
   */
  runFreeFormOperation: (who: Identity) => !who.roles.includes('partner'),

  /** The register's own notices read the address they are sent to. */
  readContactDetails: (who: Identity, person: PersonScope) =>
    isAdministrator(who) ||
    isSystem(who) ||
    isPersonWithAllOwnRights(who, person) ||
    isKrContactFor(who, homeOf(person)) ||
    isStvContactFor(who, homeOf(person)),

  /**
   * A contact person or administrator signs in through the address on their record, so only
   * they and administrators change it: a municipality's contact person could otherwise take
   * over an administrator's sign-in by giving their record an address of their own.
   */
  updateContactDetails: (who: Identity, person: PersonScope) =>
    isAdministrator(who) ||
    isPersonWithAllOwnRights(who, person) ||
    (!person.holdsAssignments && isKrContactFor(who, homeOf(person))),

  readUnpublishedDeclaration: (who: Identity, person: PersonScope) =>
    isAdministrator(who) || isPerson(who, person) || isStvContactFor(who, homeOf(person)),

  editPerson: (who: Identity, person: PersonScope) =>
    isAdministrator(who) || isKrContactFor(who, homeOf(person)),

  /** `where`: the municipalities of the organisation the person is linked to. */
  linkPerson: (who: Identity, person: PersonScope, where: readonly string[]) =>
    (person.municipalityNumber !== null && where.includes(person.municipalityNumber)) ||
    accessPolicy.editPerson(who, person),

  /**
   * Merging a duplicate into the person kept: for Kommuneregisteret's contact persons of the
   * municipality that registered both (a merge across municipalities would give one
   * municipality's person the other's roles), and administrators. A duplicate holding contact-
   * person or administrator assignments passes them to the kept person, so only administrators.
   */
  mergePersons: (who: Identity, kept: PersonScope, duplicate: PersonScope) =>
    isAdministrator(who) ||
    (!duplicate.holdsAssignments &&
      kept.municipalityNumber !== null &&
      kept.municipalityNumber === duplicate.municipalityNumber &&
      isKrContactFor(who, homeOf(kept))),

  /** Who sees a declaration unpublished may change it: the same rule, so the two never drift. */
  editDeclaration: (who: Identity, person: PersonScope) =>
    accessPolicy.readUnpublishedDeclaration(who, person),

  /** Publishing, unpublishing, withdrawing the terms: the holder's consent, never on their behalf. */
  publishDeclaration: (who: Identity, person: Pick<PersonScope, 'personId'>) =>
    isAdministrator(who) || isPerson(who, person),

  editMunicipalOrganisation: (who: Identity, municipalityNumber: string) =>
    isAdministrator(who) || isKrContactFor(who, [municipalityNumber]),

  editCompany: (who: Identity, company: CompanyScope) =>
    isAdministrator(who) ||
    who.companies.includes(company.organizationNumber) ||
    isKrContactFor(who, company.ownerMunicipalities),

  changeCompanyOwnership: (who: Identity, company: CompanyScope) =>
    isAdministrator(who) || isKrContactFor(who, company.ownerMunicipalities),

  administer: (who: Identity) => isAdministrator(who),

  lookUpGrants: (who: Identity) => isSystem(who),

  lookUpRoleFacts: (who: Identity) => isSystem(who),

  /** Styrevervregisteret's search asks which persons of published declarations bear a name. */
  lookUpPersonNames: (who: Identity) => isSystem(who),

  acknowledgeChanges: (who: Identity) => isSystem(who) && who.subject !== null,

  readElectionResults: (who: Identity, municipalityNumber: string) =>
    isAdministrator(who) || isKrContactFor(who, [municipalityNumber]) || isSystem(who),

  /** Start, follow and resolve the reconciliation after an election, in one municipality. */
  manageElectionReconciliation: (who: Identity, municipalityNumber: string) =>
    isAdministrator(who) || isStvContactFor(who, [municipalityNumber]),

  /** A person reports their own match wrong (a personal link suffices). */
  reportElectionMatchError: (who: Identity, person: Pick<PersonScope, 'personId'>) => isPerson(who, person),

  /** A manual notice by e-mail: STV contact persons of every recipient's municipality. */
  sendNotices: (who: Identity, recipients: readonly PersonScope[]) =>
    isAdministrator(who) ||
    (recipients.length > 0 && recipients.every((person) => isStvContactFor(who, homeOf(person)))),
};

export type Action = keyof typeof accessPolicy;

/** A company as the policy sees it: its number and its owners. */
export interface CompanyScope {
  organizationNumber: string;
  ownerMunicipalities: readonly string[];
}

/** A person as the policy sees them: who they are and the municipality that registered them. */
export interface PersonScope {
  personId: string;
  municipalityNumber: string | null;
  /** Whether the person is a contact person or administrator (asked where it matters). */
  holdsAssignments?: boolean;
}

/**
 * Whose unpublished declarations `readUnpublishedDeclaration` may show the caller: possibly
 * anyone's (administrators, and Styrevervregisteret's contact persons, depending on the person's
 * municipality), or at most their own. A read of many declarations for one caller leaves the
 * others' unpublished ones in the database when it is `own`; the per-declaration check still
 * decides. The policy's test holds the two together.
 */
export const unpublishedDeclarationsReadable = (who: Identity): 'anyone' | 'own' =>
  isAdministrator(who) || who.stvContactFor.length > 0 ? 'anyone' : 'own';

const homeOf = (person: PersonScope) => (person.municipalityNumber ? [person.municipalityNumber] : []);

const isAdministrator = (who: Identity) => who.roles.includes('administrator');

const isPerson = (who: Identity, person: Pick<PersonScope, 'personId'>) =>
  who.personId !== null && who.personId === person.personId;

/** Signed in as the person other than by a personal link, which reaches the declaration only. */
const isPersonWithAllOwnRights = (who: Identity, person: Pick<PersonScope, 'personId'>) =>
  isPerson(who, person) && !who.ownDeclarationOnly;

const isSystem = (who: Identity) => who.roles.includes(systemRole);

const isKrContactFor = (who: Identity, municipalities: readonly string[]) =>
  municipalities.some((number) => who.krContactFor.includes(number));

const isStvContactFor = (who: Identity, municipalities: readonly string[]) =>
  municipalities.some((number) => who.stvContactFor.includes(number));

export class ForbiddenError extends UserFacingError {
  constructor(message = 'You may not do this.') {
    super('FORBIDDEN', message);
  }
}

/**
 * Throws, before anything is written, unless the policy allows `action`: UNAUTHENTICATED for
 * the public (signing in may help), FORBIDDEN for anyone else.
 */
export function authorize<A extends Action>(
  action: A,
  who: Identity,
  ...subject: Parameters<(typeof accessPolicy)[A]> extends [Identity, ...infer Rest] ? Rest : never
): void {
  const allowed = (accessPolicy[action] as (who: Identity, ...rest: unknown[]) => boolean)(who, ...subject);
  if (allowed) return;
  if (who.subject === null) {
    throw new UserFacingError('UNAUTHENTICATED', `Sign in first. ${forbiddenMessages[action]}`);
  }
  throw new ForbiddenError(forbiddenMessages[action]);
}

const forbiddenMessages: Record<Action, string> = {
  runFreeFormOperation:
    "A partner system runs only the trusted operations of @registers/client's manifest, sent by their hash.",
  readContactDetails:
    "Only the person, the contact persons of the person's municipality and administrators see contact details.",
  updateContactDetails:
    "Only the person, Kommuneregisteret's contact persons of the person's municipality and administrators may change contact details; those of a contact person or administrator only they and administrators.",
  readUnpublishedDeclaration: 'This declaration is not published.',
  editPerson:
    "Only Kommuneregisteret's contact persons of the person's municipality and administrators may change the person's name, roles or registration.",
  linkPerson:
    'The person belongs to another municipality: only its Kommuneregisteret contact persons and administrators may give them a role here.',
  mergePersons:
    "Only Kommuneregisteret's contact persons of the municipality that registered both persons and administrators may merge them; a contact person or administrator only administrators.",
  editDeclaration:
    "Only the person, Styrevervregisteret's contact persons of the person's municipality and administrators may change a declaration.",
  publishDeclaration:
    'Only the person and administrators may publish or unpublish a declaration, or withdraw its terms: a contact person may not on their behalf.',
  editMunicipalOrganisation:
    "Only Kommuneregisteret's contact persons of the municipality and administrators may change its organisation.",
  editCompany:
    "Only the company's contact persons, Kommuneregisteret's contact persons of its owners and administrators may change it.",
  changeCompanyOwnership:
    "Only Kommuneregisteret's contact persons of the company's owners and administrators may change who owns it.",
  administer: 'Only administrators may do this.',
  lookUpGrants: 'Only the register itself looks up what a user may do.',
  lookUpRoleFacts: "Only the register's own services look up role facts for the feed's followers.",
  lookUpPersonNames: "Only the register's own services look up which persons bear a name.",
  acknowledgeChanges: "Only the register's own services acknowledge the changes they processed.",
  readElectionResults:
    "Only Kommuneregisteret's contact persons of the municipality and administrators see its election results.",
  manageElectionReconciliation:
    "Only Styrevervregisteret's contact persons of the municipality and administrators follow its reconciliation after the election.",
  reportElectionMatchError: 'Only the person may report that their own election match is wrong.',
  sendNotices:
    "Only Styrevervregisteret's contact persons of the persons' municipality and administrators may send them notices.",
};
