import type { AllMunicipalitiesOrganisationQuery } from '@registers/client';
import type { RegisterSnapshot } from './source.ts';
import type { PublicationDirectoryQuery } from './generated/operations.ts';

type OrganisationOf = AllMunicipalitiesOrganisationQuery['municipalities'][number];
type DirectoryOf = PublicationDirectoryQuery['municipalities'][number];
export type Address = NonNullable<DirectoryOf['visitingAddress']>;
export type Unit = OrganisationOf['units'][number];
export type ElectedBody = OrganisationOf['electedBodies'][number];
export type Person = ElectedBody['members'][number]['person'];
export type CompanyOwnership = OrganisationOf['companyOwnerships'][number];

export interface ContactDetails {
  visitingAddress: Address | null;
  postalAddress: Address | null;
  phone: string | null;
  email: string | null;
  website?: string | null;
}

export interface Owner {
  number: string;
  name: string;
  sharePercent: number;
}

/** A local authority as the publication shows it: its organisation with the contact details. */
export interface PublishedMunicipality extends OrganisationOf {
  countyNumber: string;
  contact: ContactDetails;
  unitContacts: Map<string, ContactDetails>;
  /** Every person shown, once, by id: those with a published declaration have its positions. */
  persons: Map<string, Person>;
}

export interface PublishedCounty {
  number: string;
  name: string;
  countyMunicipalityNumber: string;
  municipalities: PublishedMunicipality[];
}

export interface Company {
  organizationNumber: string;
  name: string;
  form: string;
  contact: ContactDetails;
  /** Every owning local authority, largest share first. */
  owners: Owner[];
  roles: CompanyOwnership['company']['roles'];
}

/** The register as one model: counties in order, their local authorities, and every company. */
export interface PublishedRegister {
  counties: PublishedCounty[];
  municipalities: PublishedMunicipality[];
  companies: Map<string, Company>;
}

export function buildRegister(snapshot: RegisterSnapshot): PublishedRegister {
  const directory = new Map(snapshot.directory.municipalities.map((entry) => [entry.number, entry]));
  const companyContacts = new Map(
    snapshot.directory.municipalities.flatMap((entry) =>
      entry.companyOwnerships.map(({ company }) => [company.organizationNumber, company] as const),
    ),
  );
  const municipalities = snapshot.organisation.municipalities.map((municipality): PublishedMunicipality => {
    const details = directory.get(municipality.number);
    if (!details) {
      throw new Error(`${municipality.number} is in the document but not in the directory`);
    }
    return {
      ...municipality,
      countyNumber: details.county.number,
      contact: contactOf(details),
      unitContacts: new Map(details.units.map((unit) => [unit.id, contactOf(unit)])),
      persons: personsShownIn(municipality),
    };
  });
  const companies = new Map<string, Company>();
  for (const municipality of municipalities) {
    for (const { company, sharePercent } of municipality.companyOwnerships) {
      const known = companies.get(company.organizationNumber);
      const owner = { number: municipality.number, name: municipality.name, sharePercent };
      if (known) {
        known.owners.push(owner);
        continue;
      }
      const contact = companyContacts.get(company.organizationNumber);
      companies.set(company.organizationNumber, {
        organizationNumber: company.organizationNumber,
        name: company.name,
        form: company.form,
        roles: company.roles,
        contact: contact ? contactOf(contact) : noContactDetails,
        owners: [owner],
      });
    }
  }
  for (const company of companies.values()) {
    company.owners.sort((a, b) => b.sharePercent - a.sharePercent || a.number.localeCompare(b.number));
  }
  const counties = snapshot.directory.counties.map((county) => ({
    number: county.number,
    name: county.name,
    countyMunicipalityNumber: county.countyMunicipality.number,
    municipalities: municipalities.filter((municipality) => municipality.countyNumber === county.number),
  }));
  return { counties, municipalities, companies };
}

/** The contact details of an organisation without any. */
export const noContactDetails: ContactDetails = {
  visitingAddress: null,
  postalAddress: null,
  phone: null,
  email: null,
};

function contactOf(entry: ContactDetails): ContactDetails {
  return {
    visitingAddress: entry.visitingAddress,
    postalAddress: entry.postalAddress,
    phone: entry.phone,
    email: entry.email,
    ...(entry.website === undefined ? {} : { website: entry.website }),
  };
}

function personsShownIn(municipality: OrganisationOf) {
  const persons = new Map<string, Person>();
  for (const unit of municipality.units) {
    for (const employment of unit.employments) persons.set(employment.person.id, employment.person);
  }
  for (const body of municipality.electedBodies) {
    for (const member of body.members) persons.set(member.person.id, member.person);
  }
  return persons;
}

/** The positions a person has published; none when the declaration is not public. */
export function publishedPositions(person: Person) {
  return person.declaration?.published ? person.declaration.positions : [];
}

/** Units by parent: the tree as the document gives it (`parent.id`), top level under null. */
export function unitTree(units: Unit[]) {
  const ids = new Set(units.map((unit) => unit.id));
  const children = new Map<string | null, Unit[]>();
  for (const unit of units) {
    const parent = unit.parent && ids.has(unit.parent.id) ? unit.parent.id : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  return children;
}
