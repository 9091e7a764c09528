import { and, asc, eq, ilike, isNull, sql } from 'drizzle-orm';
import { anyOf, escapeLike, jsonRowsOf } from '@registers/platform';
import type { MunicipalityDatabase } from '../../db/index.ts';
import { municipalities, units, type NewUnitRow, type UnitRow } from '../../db/schema/index.ts';
import type { AuditedWriter } from '../changes/record.ts';

/** Units (enheter) and their tree. */
export class UnitStore {
  constructor(private readonly db: MunicipalityDatabase) {}

  unitsByIds(ids: readonly string[]): Promise<UnitRow[]> {
    return this.db
      .select()
      .from(units)
      .where(anyOf(units.id, ids, 'uuid'));
  }

  /**
   * The unit, locked until the command's transaction ends: `no key update` to change it (rows
   * referring to it, a child moved below it, may still be written), `share` to add to it while
   * no one changes it (an employment while it could close).
   */
  async lockUnit(id: string, strength: 'no key update' | 'share'): Promise<UnitRow | undefined> {
    const [row] = await this.db
      .select()
      .from(units)
      .where(anyOf(units.id, [id], 'uuid'))
      .for(strength);
    return row;
  }

  /**
   * Locks the municipality's unit tree until the command's transaction ends: whoever moves,
   * closes or adds below a unit takes it first, so a cycle check or an open-parent check reads
   * a tree no one else is changing. The municipality's row is the lock; `no key update` leaves
   * it free for the foreign-key checks of everything that refers to it.
   */
  async lockTree(municipalityNumber: string): Promise<void> {
    await this.db
      .select({ number: municipalities.number })
      .from(municipalities)
      .where(eq(municipalities.number, municipalityNumber))
      .for('no key update');
  }

  createUnit(writer: AuditedWriter, values: NewUnitRow): Promise<UnitRow> {
    return writer.insert(unitIn(values.municipalityNumber), values);
  }

  /** Changes the fields given (a move is a change of `parentId`), audited and in the feed. */
  updateUnit(writer: AuditedWriter, unit: UnitRow, changes: Partial<NewUnitRow>): Promise<UnitRow> {
    return writer.update(unitIn(unit.municipalityNumber), unit.id, changes);
  }

  /** The unit and the units above it, nearest first (for the cycle check of a move). */
  async ancestorsOf(id: string): Promise<string[]> {
    const chain: string[] = [];
    for (let current: string | null = id; current && !chain.includes(current);) {
      chain.push(current);
      const [row] = await this.db
        .select({ parentId: units.parentId })
        .from(units)
        .where(eq(units.id, current));
      current = row?.parentId ?? null;
    }
    return chain;
  }

  async openChildren(id: string): Promise<UnitRow[]> {
    return this.db
      .select()
      .from(units)
      .where(and(eq(units.parentId, id), isNull(units.closedOn)));
  }

  async unitWithOrganizationNumber(organizationNumber: string): Promise<UnitRow | undefined> {
    const [row] = await this.db.select().from(units).where(eq(units.organizationNumber, organizationNumber));
    return row;
  }

  /** Units whose name contains `term`, by (name, id) after the cursor's key; `limit + 1` rows. */
  searchUnits(
    term: string,
    municipalityNumber: string | null,
    after: [string, string] | null,
    limit: number,
  ) {
    return this.db
      .select()
      .from(units)
      .where(
        and(
          ilike(units.name, `%${escapeLike(term)}%`),
          municipalityNumber ? eq(units.municipalityNumber, municipalityNumber) : undefined,
          after ? sql`(${units.name}, ${units.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
        ),
      )
      .orderBy(asc(units.name), asc(units.id))
      .limit(limit + 1);
  }

  async unitsByMunicipalities(municipalityNumbers: readonly string[]): Promise<UnitRow[]> {
    return unitRows.parse(
      await this.db
        .select(unitRows.select)
        .from(units)
        .where(anyOf(units.municipalityNumber, municipalityNumbers, 'text')),
    );
  }

  async unitsByParents(parentIds: readonly string[]): Promise<UnitRow[]> {
    return unitRows.parse(
      await this.db
        .select(unitRows.select)
        .from(units)
        .where(anyOf(units.parentId, parentIds, 'uuid')),
    );
  }
}

/** Units by name (then id), read as one JSON value: a municipality's are thousands. */
const unitRows = jsonRowsOf(units, [asc(units.name), asc(units.id)]);

const unitIn = (municipalityNumber: string) => ({
  entityType: 'UNIT' as const,
  table: units,
  municipalityNumber,
});
