import { proposedValues } from '@registers/platform';
import {
  readCounties,
  readCountyMunicipalities,
  readMunicipalities,
  readParties,
} from '@registers/reference-data';
import type { MunicipalityDatabase } from './index.ts';
import { counties, municipalities, parties } from './schema/index.ts';

/**
 * Brings counties, municipalities, county municipalities and parties in line with the open data
 * of @registers/reference-data at every start; idempotent. A municipality's organisation number
 * and contact details are the register's own and stay as they are; a county municipality's
 * organisation number comes from the data.
 */
export async function loadReferenceData(db: MunicipalityDatabase): Promise<void> {
  await db.transaction(async (tx) => {
    const countyRows = readCounties();
    // A county names its county municipality, which must exist first: the link is set last.
    await tx
      .insert(counties)
      .values(countyRows.map(({ countyMunicipalityNumber: _, ...county }) => county))
      .onConflictDoUpdate({ target: counties.number, set: proposedValues(counties, ['name']) });
    await tx
      .insert(municipalities)
      .values(readMunicipalities())
      .onConflictDoUpdate({
        target: municipalities.number,
        set: proposedValues(municipalities, ['name', 'countyNumber', 'kind']),
      });
    await tx
      .insert(municipalities)
      .values(
        readCountyMunicipalities().map(({ population: _, ...countyMunicipality }) => countyMunicipality),
      )
      .onConflictDoUpdate({
        target: municipalities.number,
        set: proposedValues(municipalities, ['name', 'countyNumber', 'kind', 'organizationNumber']),
      });
    await tx
      .insert(counties)
      .values(countyRows)
      .onConflictDoUpdate({
        target: counties.number,
        set: proposedValues(counties, ['countyMunicipalityNumber']),
      });
    await tx
      .insert(parties)
      .values(readParties())
      .onConflictDoUpdate({ target: parties.code, set: proposedValues(parties, ['name']) });
  });
}
