import { asc, eq } from 'drizzle-orm';
import { anyOf, writeAuditEntry, type Identity } from '@registers/service-runtime';
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

  /** Renames a unit, audited. */
  async updateUnit(who: Identity, id: string, changes: { name: string }): Promise<UnitRow> {
    return this.db.transaction(async (tx) => {
      const [before] = await tx.select().from(units).where(eq(units.id, id)).for('update');
      const [after] = await tx.update(units).set(changes).where(eq(units.id, id)).returning();
      await writeAuditEntry(tx, who, { entityType: 'Unit', entityId: id, action: 'updated', before, after });
      return after!;
    });
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
