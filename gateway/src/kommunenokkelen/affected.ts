import type {
  KommunenokkelenChangesQuery,
  KommunenokkelenDeclarationChangesQuery,
} from '../generated/operations.ts';

type Change = KommunenokkelenChangesQuery['changes']['edges'][number]['node'];
type DeclarationChange =
  KommunenokkelenDeclarationChangesQuery['declarationChanges']['edges'][number]['node'];

/** What the document's fragments show, for mapping a change to the fragments it touches. */
export interface FragmentIndex {
  /** By person id: the local authorities whose fragment shows the person (a role, a company role). */
  personsShownIn: ReadonlyMap<string, ReadonlySet<string>>;
  /** By company organisation number: the local authorities whose fragment shows the company. */
  companiesShownIn: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Every local authority: the change cannot be mapped, so rebuild them all. */
export const everyMunicipality = 'every municipality';

/** Entities shown only under the municipality the feed files them under. */
const filedUnderTheirMunicipality = new Set([
  'COMPANY',
  'COMPANY_ROLE',
  'UNIT',
  'EMPLOYMENT',
  'ELECTED_BODY',
  'PARTY',
  'MEMBERSHIP',
  'CONTACT_PERSON',
  'ELECTION_RESULT',
]);

/**
 * The local authorities whose fragment a change of Kommuneregisteret may change. A unit, an
 * employment (under its unit), a body, a party, a membership: the municipality the feed files it
 * under. A person (their name): wherever a fragment shows them, found in the fragments
 * themselves. A company or a company role: the feed files it under the first owner only, and
 * every owner's fragment shows it: that first owner here, the others once its fragment shows
 * which company changed (see `companiesChanged`). Anything else: every local authority.
 */
export function municipalitiesAffectedBy(
  change: Change,
  index: FragmentIndex,
): ReadonlySet<string> | typeof everyMunicipality {
  const filedUnder = change.municipality?.number;
  if (change.entityType === 'PERSON') {
    return new Set([
      ...(index.personsShownIn.get(change.entityId) ?? []),
      ...(filedUnder ? [filedUnder] : []),
    ]);
  }
  if (filedUnderTheirMunicipality.has(change.entityType) && filedUnder) return new Set([filedUnder]);
  return everyMunicipality;
}

/**
 * A change of a published declaration (or of one of its positions) shows wherever its person
 * is shown; a person shown nowhere changes no fragment.
 */
export function municipalitiesAffectedByDeclaration(
  change: DeclarationChange,
  index: FragmentIndex,
): ReadonlySet<string> {
  return index.personsShownIn.get(change.person.id) ?? new Set();
}

/** The persons a fragment shows (members, employees, company roles), from its answer. */
export function personsShownIn(fragment: unknown): Set<string> {
  const persons = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'person' && child && typeof child === 'object' && 'id' in child) {
          persons.add(String(child.id));
        }
        visit(child);
      }
    }
  };
  visit(fragment);
  return persons;
}

/** The companies a fragment shows, by organisation number, each as its JSON (roles included). */
export function companiesShownIn(fragment: {
  companyOwnerships?: { company: { organizationNumber: string } }[];
}): Map<string, string> {
  return new Map(
    (fragment.companyOwnerships ?? []).map((ownership) => [
      ownership.company.organizationNumber,
      JSON.stringify(ownership.company),
    ]),
  );
}

/** The companies shown differently (or only) in one of two versions of a fragment. */
export function companiesChanged(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>) {
  const changed = new Set<string>();
  for (const [number, json] of before) if (after.get(number) !== json) changed.add(number);
  for (const number of after.keys()) if (!before.has(number)) changed.add(number);
  return changed;
}
