import { asc } from 'drizzle-orm';
import { anyOf } from '@registers/service-runtime';
import type { MunicipalityDatabase } from '../../db/index.ts';
import { units, type UnitRow } from '../../db/schema/index.ts';

/** Units (enheter) and their tree. */
export class UnitStore {
  constructor(private readonly db: MunicipalityDatabase) {}

  unitsByIds(ids: readonly string[]): Promise<UnitRow[]> {
    return this.db
      .select()
      .from(units)
      .where(anyOf(units.id, ids, 'uuid'));
  }

  unitsByMunicipalities(municipalityNumbers: readonly string[]): Promise<UnitRow[]> {
    return this.db
      .select()
      .from(units)
      .where(anyOf(units.municipalityNumber, municipalityNumbers, 'text'))
      .orderBy(asc(units.name), asc(units.id));
  }

  unitsByParents(parentIds: readonly string[]): Promise<UnitRow[]> {
    return this.db
      .select()
      .from(units)
      .where(anyOf(units.parentId, parentIds, 'uuid'))
      .orderBy(asc(units.name), asc(units.id));
  }
}
