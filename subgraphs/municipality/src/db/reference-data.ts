import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { identifiers } from '@registers/graphql-kit';
import type { MunicipalityDatabase } from './index.ts';
import { counties, municipalities, parties } from './schema/index.ts';

/**
 * The real county, municipality and county municipality lists in data/ (© Kartverket, CC BY 4.0;
 * Enhetsregisteret and Statistics Norway, NLOD 2.0; see data/SOURCE.md).
 */
const dataFolder = new URL('../../data/', import.meta.url);

function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(new URL(file, dataFolder), 'utf8').trim().split(/\r?\n/);
  const columns = header!.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((column, i) => [column, cells[i]!.trim()]));
  });
}

export function readCounties(): (typeof counties.$inferInsert)[] {
  const countyMunicipalityOf = new Map(
    readCsv('county-municipalities.csv').map((row) => [row['county_number']!, row['number']!]),
  );
  return readCsv('counties.csv').map((row) => ({
    number: row['number']!,
    name: row['name']!,
    countyMunicipalityNumber: countyMunicipalityOf.get(row['number']!),
  }));
}

export function readMunicipalities(): Required<
  Pick<typeof municipalities.$inferInsert, 'number' | 'name' | 'countyNumber'>
>[] {
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

/** A national party's id is made from its code, so demo data can refer to it before loading. */
export const nationalPartyId = (code: string) => identifiers.uuidFromName(`party:${code}`);

export function readParties(): { id: string; code: string; name: string }[] {
  return readCsv('parties.csv').map((row) => ({
    id: nationalPartyId(row['code']!),
    code: row['code']!,
    name: row['name']!,
  }));
}

/**
 * Brings counties, municipalities, county municipalities and parties in line with data/ at every
 * start; idempotent. A municipality's organisation number and contact details are the register's
 * own and stay as they are; a county municipality's organisation number comes from data/.
 */
export async function loadReferenceData(db: MunicipalityDatabase): Promise<void> {
  await db.transaction(async (tx) => {
    const countyRows = readCounties();
    // A county names its county municipality, which must exist first: the link is set last.
    await tx
      .insert(counties)
      .values(countyRows.map(({ countyMunicipalityNumber: _, ...county }) => county))
      .onConflictDoUpdate({ target: counties.number, set: { name: sql`excluded.name` } });
    await tx
      .insert(municipalities)
      .values(readMunicipalities())
      .onConflictDoUpdate({
        target: municipalities.number,
        set: {
          name: sql`excluded.name`,
          countyNumber: sql`excluded.county_number`,
          kind: sql`excluded.kind`,
        },
      });
    await tx
      .insert(municipalities)
      .values(
        readCountyMunicipalities().map(({ population: _, ...countyMunicipality }) => countyMunicipality),
      )
      .onConflictDoUpdate({
        target: municipalities.number,
        set: {
          name: sql`excluded.name`,
          countyNumber: sql`excluded.county_number`,
          kind: sql`excluded.kind`,
          organizationNumber: sql`excluded.organization_number`,
        },
      });
    await tx
      .insert(counties)
      .values(countyRows)
      .onConflictDoUpdate({
        target: counties.number,
        set: { countyMunicipalityNumber: sql`excluded.county_municipality_number` },
      });
    await tx
      .insert(parties)
      .values(readParties())
      .onConflictDoUpdate({ target: parties.code, set: { name: sql`excluded.name` } });
  });
}
