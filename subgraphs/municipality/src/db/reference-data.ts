import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { identifiers } from '@registers/service-runtime';
import type { MunicipalityDatabase } from './index.ts';
import { counties, municipalities, parties } from './schema/index.ts';

/** The real county and municipality lists in data/ (© Kartverket, CC BY 4.0; see data/SOURCE.md). */
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
  return readCsv('counties.csv').map((row) => ({ number: row['number']!, name: row['name']! }));
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

/** A national party's id is made from its code, so demo data can refer to it before loading. */
export const nationalPartyId = (code: string) => identifiers.uuidFromName(`party:${code}`);

export function readParties(): { id: string; code: string; name: string }[] {
  return readCsv('parties.csv').map((row) => ({
    id: nationalPartyId(row['code']!),
    code: row['code']!,
    name: row['name']!,
  }));
}

/** Brings counties, municipalities and parties in line with data/ at every start; idempotent. */
export async function loadReferenceData(db: MunicipalityDatabase): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(counties)
      .values(readCounties())
      .onConflictDoUpdate({ target: counties.number, set: { name: sql`excluded.name` } });
    await tx
      .insert(municipalities)
      .values(readMunicipalities())
      .onConflictDoUpdate({
        target: municipalities.number,
        set: { name: sql`excluded.name`, countyNumber: sql`excluded.county_number` },
      });
    await tx
      .insert(parties)
      .values(readParties())
      .onConflictDoUpdate({ target: parties.code, set: { name: sql`excluded.name` } });
  });
}
