import { and, asc, eq, gt, ilike, isNull, or, sql } from 'drizzle-orm';
import { anyOf, type AnyTransaction, type Identity } from '@registers/service-runtime';
import type { MunicipalityDatabase } from '../../db/index.ts';
import { employments, units, type NewUnitRow, type UnitRow } from '../../db/schema/index.ts';
import { recordChange } from '../changes/record.ts';

/** Units (enheter) and their tree. */
export class UnitStore {
  constructor(private readonly db: MunicipalityDatabase) {}

  unitsByIds(ids: readonly string[]): Promise<UnitRow[]> {
    return this.db
      .select()
      .from(units)
      .where(anyOf(units.id, ids, 'uuid'));
  }

  async createUnit(who: Identity, values: NewUnitRow): Promise<UnitRow> {
    return this.db.transaction(async (tx) => {
      const [created] = await tx.insert(units).values(values).returning();
      await recordChange(tx, who, unitChange(null, created!));
      return created!;
    });
  }

  /** Changes the fields given, audited and in the feed. */
  async updateUnit(who: Identity, id: string, changes: Partial<NewUnitRow>): Promise<UnitRow> {
    return this.db.transaction((tx) => applyUnitChanges(tx, who, id, changes));
  }

  /** Closes a unit and ends its open employments on the same day, all in one transaction. */
  async closeUnit(who: Identity, id: string, closedOn: string): Promise<UnitRow> {
    return this.db.transaction(async (tx) => {
      const [before] = await tx.select().from(units).where(eq(units.id, id)).for('update');
      const [after] = await tx.update(units).set({ closedOn }).where(eq(units.id, id)).returning();
      await recordChange(tx, who, unitChange(before!, after!));
      const open = await tx
        .select()
        .from(employments)
        .where(
          and(eq(employments.unitId, id), or(isNull(employments.endDate), gt(employments.endDate, closedOn))),
        );
      for (const employment of open) {
        const [ended] = await tx
          .update(employments)
          .set({ endDate: closedOn })
          .where(eq(employments.id, employment.id))
          .returning();
        await recordChange(tx, who, {
          entityType: 'EMPLOYMENT',
          entityId: employment.id,
          municipalityNumber: after!.municipalityNumber,
          before: employment,
          after: ended!,
        });
      }
      return after!;
    });
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

/** Changes a unit inside the caller's transaction, with its audit entry and feed event. */
export async function applyUnitChanges(
  tx: AnyTransaction,
  who: Identity,
  id: string,
  changes: Partial<NewUnitRow>,
): Promise<UnitRow> {
  const [before] = await tx.select().from(units).where(eq(units.id, id)).for('update');
  const [after] = await tx.update(units).set(changes).where(eq(units.id, id)).returning();
  await recordChange(tx, who, unitChange(before!, after!));
  return after!;
}

const unitChange = (before: UnitRow | null, after: UnitRow) => ({
  entityType: 'UNIT' as const,
  entityId: after.id,
  municipalityNumber: after.municipalityNumber,
  before,
  after,
});

/** A search term matched literally inside LIKE: %, _ and the backslash lose their meaning. */
export const escapeLike = (term: string) => term.replace(/[\\%_]/g, (character) => `\\${character}`);
