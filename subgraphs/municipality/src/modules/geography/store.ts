import { asc, eq } from 'drizzle-orm';
import { anyOf } from '@registers/service-runtime';
import type { MunicipalityDatabase } from '../../db/index.ts';
import { counties, municipalities, type CountyRow, type MunicipalityRow } from '../../db/schema/index.ts';

/** Counties and municipalities: reference data, read-only through the API. */
export class GeographyStore {
  constructor(private readonly db: MunicipalityDatabase) {}

  listCounties(): Promise<CountyRow[]> {
    return this.db.select().from(counties).orderBy(asc(counties.number));
  }

  countiesByNumbers(numbers: readonly string[]): Promise<CountyRow[]> {
    return this.db
      .select()
      .from(counties)
      .where(anyOf(counties.number, numbers, 'text'));
  }

  listMunicipalities(countyNumber?: string): Promise<MunicipalityRow[]> {
    return this.db
      .select()
      .from(municipalities)
      .where(countyNumber === undefined ? undefined : eq(municipalities.countyNumber, countyNumber))
      .orderBy(asc(municipalities.number));
  }

  municipalitiesByNumbers(numbers: readonly string[]): Promise<MunicipalityRow[]> {
    return this.db
      .select()
      .from(municipalities)
      .where(anyOf(municipalities.number, numbers, 'text'));
  }

  municipalitiesByCounties(countyNumbers: readonly string[]): Promise<MunicipalityRow[]> {
    return this.db
      .select()
      .from(municipalities)
      .where(anyOf(municipalities.countyNumber, countyNumbers, 'text'))
      .orderBy(asc(municipalities.number));
  }
}
