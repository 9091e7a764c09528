import { stringify } from 'csv-stringify/sync';
import writeXlsxFile from 'write-excel-file/node';
import { contactRoleLabel, municipalityKindLabel } from './labels.ts';
import type { PublicationContactPersonsQuery } from './generated/operations.ts';
import { noContactDetails, type Address, type ContactDetails, type PublishedRegister } from './register.ts';

/** One organisation's public addresses: a local authority, a unit or a company. */
export interface AddressRow {
  type: 'Kommune' | 'Fylkeskommune' | 'Enhet' | 'Selskap';
  municipalityNumber: string;
  municipalityName: string;
  name: string;
  organizationNumber: string;
  contact: ContactDetails;
}

/** A row of the internal extract: an organisation's address with one of its contact persons. */
export interface InternalRow extends AddressRow {
  contactRole: string;
  contactPerson: string;
  contactEmail: string;
}

const addressHeader = [
  'Type',
  'Kommunenummer',
  'Kommune',
  'Navn',
  'Organisasjonsnummer',
  'Besøksadresse',
  'Besøk postnummer',
  'Besøk poststed',
  'Postadresse',
  'Postnummer',
  'Poststed',
  'Telefon',
  'E-post',
  'Nettsted',
];
const internalHeader = [...addressHeader, 'Kontaktrolle', 'Kontaktperson', 'Kontaktpersonens e-post'];

/**
 * The external extract: every local authority, unit and company with its public addresses; of
 * the local authorities in `only` (and the companies they own a share of) when given.
 */
export function externalRows(register: PublishedRegister, only?: Set<string>): AddressRow[] {
  const rows: AddressRow[] = [];
  for (const municipality of register.municipalities) {
    if (only && !only.has(municipality.number)) continue;
    const of = { municipalityNumber: municipality.number, municipalityName: municipality.name };
    rows.push({
      type: municipalityKindLabel[municipality.kind] as AddressRow['type'],
      ...of,
      name: municipality.name,
      organizationNumber: municipality.organizationNumber ?? '',
      contact: municipality.contact,
    });
    for (const unit of municipality.units) {
      rows.push({
        type: 'Enhet',
        ...of,
        name: unit.name,
        organizationNumber: unit.organizationNumber ?? '',
        contact: municipality.unitContacts.get(unit.id) ?? noContactDetails,
      });
    }
  }
  // A company once, under its largest owner.
  for (const company of register.companies.values()) {
    if (only && !company.owners.some((owner) => only.has(owner.number))) continue;
    const owner = company.owners[0]!;
    rows.push({
      type: 'Selskap',
      municipalityNumber: owner.number,
      municipalityName: owner.name,
      name: company.name,
      organizationNumber: company.organizationNumber,
      contact: company.contact,
    });
  }
  return rows;
}

/**
 * The internal extract: the external one with each organisation's contact persons and their
 * e-mail addresses, a row per contact person (an organisation without one has one row).
 */
export function internalRows(
  register: PublishedRegister,
  contacts: PublicationContactPersonsQuery,
  only?: Set<string>,
): InternalRow[] {
  const byOrganisation = new Map<string, { role: string; name: string; email: string }[]>();
  const add = (
    key: string,
    list: PublicationContactPersonsQuery['municipalities'][number]['contactPersons'],
  ) => {
    const known = byOrganisation.get(key) ?? [];
    for (const contact of list) {
      if (known.some((k) => k.name === contact.person.name && k.role === contactRoleLabel[contact.role]))
        continue;
      known.push({
        role: contactRoleLabel[contact.role],
        name: contact.person.name,
        email: contact.person.email ?? '',
      });
    }
    byOrganisation.set(key, known);
  };
  for (const municipality of contacts.municipalities) {
    add(`municipality:${municipality.number}`, municipality.contactPersons);
    for (const { company } of municipality.companyOwnerships) {
      add(`company:${company.organizationNumber}`, company.contactPersons);
    }
  }
  return externalRows(register, only).flatMap((row) => {
    const key =
      row.type === 'Selskap'
        ? `company:${row.organizationNumber}`
        : row.type === 'Enhet'
          ? null
          : `municipality:${row.municipalityNumber}`;
    const persons = key ? (byOrganisation.get(key) ?? []) : [];
    if (persons.length === 0) return [{ ...row, contactRole: '', contactPerson: '', contactEmail: '' }];
    return persons.map((person) => ({
      ...row,
      contactRole: person.role,
      contactPerson: person.name,
      contactEmail: person.email,
    }));
  });
}

function addressCells(address: Address | null) {
  return [address?.lines.join(', ') ?? '', address?.postalCode ?? '', address?.postalPlace ?? ''];
}

function cells(row: AddressRow | InternalRow): string[] {
  const base = [
    row.type,
    row.municipalityNumber,
    row.municipalityName,
    row.name,
    row.organizationNumber,
    ...addressCells(row.contact.visitingAddress),
    ...addressCells(row.contact.postalAddress),
    row.contact.phone ?? '',
    row.contact.email ?? '',
    row.contact.website ?? '',
  ];
  return 'contactRole' in row ? [...base, row.contactRole, row.contactPerson, row.contactEmail] : base;
}

/** CSV (RFC 4180, UTF-8 with a byte-order mark so that Excel reads æ, ø and å). */
export function extractCsv(rows: (AddressRow | InternalRow)[], internal: boolean) {
  return (
    '\uFEFF' +
    stringify([internal ? internalHeader : addressHeader, ...rows.map(cells)], { record_delimiter: '\r\n' })
  );
}

/** XLSX, one sheet, the numbers kept as text (leading zeros). */
export async function extractXlsx(rows: (AddressRow | InternalRow)[], internal: boolean) {
  const header = internal ? internalHeader : addressHeader;
  return writeXlsxFile(
    [
      header.map((value) => ({ value, fontWeight: 'bold' as const })),
      ...rows.map((row) => cells(row).map((value) => ({ value, type: String }))),
    ],
    { sheet: internal ? 'Internt adresseuttrekk' : 'Adresseuttrekk', stickyRowsCount: 1 },
  ).toBuffer();
}
