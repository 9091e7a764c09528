import { and, asc, eq, inArray } from 'drizzle-orm';
import { anyOf } from '@registers/platform';
import type { MunicipalityDatabase } from '../../db/index.ts';
import {
  counties,
  municipalities,
  type CountyRow,
  type MunicipalityKind,
  type MunicipalityRow,
} from '../../db/schema/index.ts';

/** Counties, municipalities and county municipalities: reference data, read-only through the API. */
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

  listMunicipalities(
    countyNumber: string | undefined,
    kinds: readonly MunicipalityKind[],
  ): Promise<MunicipalityRow[]> {
    return this.db
      .select()
      .from(municipalities)
      .where(
        and(
          countyNumber === undefined ? undefined : eq(municipalities.countyNumber, countyNumber),
          inArray(municipalities.kind, [...kinds]),
        ),
      )
      .orderBy(asc(municipalities.number));
  }

  municipalitiesByNumbers(numbers: readonly string[]): Promise<MunicipalityRow[]> {
    return this.db
      .select()
      .from(municipalities)
      .where(anyOf(municipalities.number, numbers, 'text'));
  }

  /** The municipalities (kommuner) of counties; their county municipalities are not among them. */
  municipalitiesByCounties(countyNumbers: readonly string[]): Promise<MunicipalityRow[]> {
    return this.db
      .select()
      .from(municipalities)
      .where(
        and(
          anyOf(municipalities.countyNumber, countyNumbers, 'text'),
          eq(municipalities.kind, 'MUNICIPALITY'),
        ),
      )
      .orderBy(asc(municipalities.number));
  }
}
