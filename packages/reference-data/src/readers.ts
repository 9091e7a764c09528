import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { identifiers } from '@registers/graphql-kit';

/**
 * The real county, municipality and county municipality lists in data/ (© Kartverket, CC BY 4.0;
 * Enhetsregisteret and Statistics Norway, NLOD 2.0; see data/SOURCE.md).
 */
const dataFolder = new URL('../data/', import.meta.url);

/** A CSV file of data/ as records by its header (some names are quoted: they hold commas). */
function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(new URL(file, dataFolder), 'utf8'), { columns: true, trim: true });
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

/** Real facts of a municipality: what sizes and names the demo's version of it. */
export interface MunicipalityFacts {
  number: string;
  /** Inhabitants on 1 January 2024 (Statistics Norway). */
  population: number;
  /** Its organisation number in Enhetsregisteret (organisation form KOMM). */
  organizationNumber: string;
  /** Seats in the municipal council elected in 2023. */
  councilSeats: number;
}

export function readMunicipalityFacts(): Map<string, MunicipalityFacts> {
  return new Map(
    readCsv('municipality-facts.csv').map((row) => [
      row['number']!,
      {
        number: row['number']!,
        population: Number(row['population_2024']),
        organizationNumber: row['organization_number']!,
        councilSeats: Number(row['council_seats_2023']),
      },
    ]),
  );
}

/** A list that won seats in a municipal council at the 2023 election. */
export interface CouncilList {
  /** The party code in election data: a national party's (parties.csv) or a local list's own. */
  code: string;
  name: string;
  seats: number;
  votes: number;
}

/**
 * The 2023 municipal council election by municipality: the lists that won seats, the most seats
 * first (then the most votes). Their seats add up to the council's size.
 */
export function readCouncilLists2023(): Map<string, CouncilList[]> {
  const byMunicipality = new Map<string, CouncilList[]>();
  for (const row of readCsv('council-2023-by-list.csv')) {
    const seats = Number(row['seats']);
    if (seats === 0) continue;
    const lists = byMunicipality.get(row['municipality_number']!) ?? [];
    byMunicipality.set(row['municipality_number']!, lists);
    lists.push({ code: row['list_code']!, name: row['list_name']!, seats, votes: Number(row['votes']) });
  }
  for (const lists of byMunicipality.values()) {
    lists.sort((a, b) => b.seats - a.seats || b.votes - a.votes);
  }
  return byMunicipality;
}

/** A name and how many bear it: a weight to draw names as often as Norway has them. */
export interface NameFrequency {
  name: string;
  weight: number;
}

/**
 * Norwegian given names (women's and men's, every name with at least 200 bearers in 2020) with
 * their number of bearers, and surnames weighted by their rank (the source ranks them; a
 * surname's bearers fall off about as 1/rank).
 */
export function readNameFrequencies(): {
  female: NameFrequency[];
  male: NameFrequency[];
  surnames: NameFrequency[];
} {
  const given = (file: string) =>
    readCsv(file).map((row) => ({ name: row['navn']!, weight: Number(row['personer_2020']) }));
  return {
    female: given('names/given-names-female-2020.csv'),
    male: given('names/given-names-male-2020.csv'),
    surnames: readCsv('names/surnames-ranked.csv').map((row) => ({
      name: row['navn']!,
      weight: 1 / Number(row['rad']),
    })),
  };
}

/** Statistics Norway's industry classification SN2025 (næringskoder): code → Norwegian name. */
export function readIndustryCodes(): Map<string, string> {
  return new Map(readCsv('nace-sn2025.csv').map((row) => [row['kode']!, row['navn']!]));
}
