import { create } from 'xmlbuilder2';
import type { Address, Company, ContactDetails, PublishedCounty, PublishedMunicipality } from './register.ts';

type XMLBuilder = ReturnType<typeof create>;

/** The XML feed's namespace, as `publication/schema/kommunenokkelen.xsd` declares it. */
export const xmlNamespace = 'urn:no:registertjenester:kommunenokkelen:1';
export const xsdFileName = 'kommunenokkelen.xsd';

/** One local authority's file of the XML feed to the municipalities. */
export function municipalityXml(
  municipality: PublishedMunicipality,
  county: PublishedCounty,
  companies: Map<string, Company>,
  publishedAt: string,
) {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(xmlNamespace, 'municipality', {
    number: municipality.number,
    kind: municipality.kind,
    published: publishedAt,
  });
  root.ele('name').txt(municipality.name);
  optional(root, 'organizationNumber', municipality.organizationNumber);
  root.ele('county', { number: county.number }).txt(county.name);
  contact(root, municipality.contact);

  const units = root.ele('units');
  for (const unit of municipality.units) {
    const element = units.ele('unit', {
      id: unit.id,
      ...(unit.parent ? { parentId: unit.parent.id } : {}),
      kind: unit.kind,
    });
    element.ele('name').txt(unit.name);
    optional(element, 'organizationNumber', unit.organizationNumber);
    optional(element, 'organizationForm', unit.organizationForm);
    optional(element, 'industryCode', unit.industryCode);
    const details = municipality.unitContacts.get(unit.id);
    if (details) contact(element, details);
    for (const employment of unit.employments) {
      const e = element.ele('employment', { isLeader: String(employment.isLeader) });
      e.ele('title').txt(employment.title);
      person(e, employment.person);
    }
  }

  const bodies = root.ele('electedBodies');
  for (const body of municipality.electedBodies) {
    const element = bodies.ele('electedBody', { id: body.id, kind: body.kind, period: body.period.label });
    element.ele('name').txt(body.name);
    for (const member of body.members) {
      const m = element.ele('member', {
        role: member.role,
        ...(member.substituteRank ? { substituteRank: String(member.substituteRank) } : {}),
      });
      person(m, member.person);
      if (member.party)
        m.ele('party', member.party.code ? { code: member.party.code } : {}).txt(member.party.name);
    }
  }

  const companiesElement = root.ele('companies');
  for (const { company: owned, sharePercent } of municipality.companyOwnerships) {
    const company = companies.get(owned.organizationNumber);
    const element = companiesElement.ele('company', {
      organizationNumber: owned.organizationNumber,
      form: owned.form,
      sharePercent: String(sharePercent),
    });
    element.ele('name').txt(owned.name);
    if (company) contact(element, company.contact);
    for (const owner of company?.owners ?? []) {
      element
        .ele('owner', { municipalityNumber: owner.number, sharePercent: String(owner.sharePercent) })
        .txt(owner.name);
    }
    for (const role of owned.roles) person(element.ele('role', { kind: role.role }), role.person);
  }

  const declarations = root.ele('declarations');
  for (const shown of municipality.persons.values()) {
    if (!shown.declaration?.published) continue;
    const element = declarations.ele('declaration');
    person(element, shown);
    for (const position of shown.declaration.positions) {
      const p = element.ele('position', { category: position.category });
      p.ele('organizationName').txt(position.organizationName);
      optional(p, 'organizationNumber', position.organizationNumber);
      optional(p, 'role', position.role);
    }
  }
  return root.end({ prettyPrint: true });
}

function optional(parent: XMLBuilder, name: string, value: string | null | undefined) {
  if (value) parent.ele(name).txt(value);
}

function person(parent: XMLBuilder, shown: { id: string; name: string }) {
  parent.ele('person', { id: shown.id }).txt(shown.name);
}

function address(parent: XMLBuilder, name: string, value: Address | null) {
  if (!value) return;
  const element = parent.ele(name);
  for (const line of value.lines) optional(element, 'line', line);
  element.ele('postalCode').txt(value.postalCode);
  element.ele('postalPlace').txt(value.postalPlace);
}

function contact(parent: XMLBuilder, details: ContactDetails) {
  const present =
    details.visitingAddress || details.postalAddress || details.phone || details.email || details.website;
  if (!present) return;
  const element = parent.ele('contact');
  address(element, 'visitingAddress', details.visitingAddress);
  address(element, 'postalAddress', details.postalAddress);
  optional(element, 'phone', details.phone);
  optional(element, 'email', details.email);
  optional(element, 'website', details.website);
}
