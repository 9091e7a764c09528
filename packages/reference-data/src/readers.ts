import { readFileSync } from 'node:fs';
import { identifiers } from '@registers/graphql-kit';

/**
 * The real county, municipality and county municipality lists in data/ (© Kartverket, CC BY 4.0;
 * Enhetsregisteret and Statistics Norway, NLOD 2.0; see data/SOURCE.md).
 */
const dataFolder = new URL('../data/', import.meta.url);

function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(new URL(file, dataFolder), 'utf8').trim().split(/\r?\n/);
  const columns = header!.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((column, i) => [column, cells[i]!.trim()]));
  });
}

/** A county (fylke). */
export interface County {
  number: string;
  name: string;
  /** The local authority that governs it (NN00; Oslo kommune, 0301, for Oslo). */
  countyMunicipalityNumber: string | undefined;
}

export function readCounties(): County[] {
  const countyMunicipalityOf = new Map(
    readCsv('county-municipalities.csv').map((row) => [row['county_number']!, row['number']!]),
  );
  return readCsv('counties.csv').map((row) => ({
    number: row['number']!,
    name: row['name']!,
    countyMunicipalityNumber: countyMunicipalityOf.get(row['number']!),
  }));
}

/** A municipality (kommune). */
export interface Municipality {
  number: string;
  name: string;
  countyNumber: string;
}

export function readMunicipalities(): Municipality[] {
  return readCsv('municipalities.csv').map((row) => ({
    number: row['number']!,
    name: row['name']!,
    countyNumber: row['county_number']!,
  }));
}

export interface CountyMunicipality {
  number: string;
  name: string;
  countyNumber: string;
  kind: 'COUNTY_MUNICIPALITY';
  organizationNumber: string;
  /** Inhabitants on 1 January 2024, which sizes the county council (kommuneloven § 5-5). */
  population: number;
}

/**
 * The county municipalities (fylkeskommuner) with their own number (county number and 00, as
 * Statistics Norway's KOSTRA numbers them) and organisation number. Oslo's row names Oslo
 * kommune (0301), a municipality that is county municipality too, so it is not among these.
 */
export function readCountyMunicipalities(): CountyMunicipality[] {
  return readCsv('county-municipalities.csv')
    .filter((row) => row['organization_number'] !== '')
    .map((row) => ({
      number: row['number']!,
      name: row['name']!,
      countyNumber: row['county_number']!,
      kind: 'COUNTY_MUNICIPALITY',
      organizationNumber: row['organization_number']!,
      population: Number(row['population_2024']),
    }));
}

/** A national party by its code in election data. */
export interface NationalParty {
  id: string;
  code: string;
  name: string;
}

/** A national party's id is made from its code, so demo data can refer to it before loading. */
export const nationalPartyId = (code: string) => identifiers.uuidFromName(`party:${code}`);

export function readParties(): NationalParty[] {
  return readCsv('parties.csv').map((row) => ({
    id: nationalPartyId(row['code']!),
    code: row['code']!,
    name: row['name']!,
  }));
}
