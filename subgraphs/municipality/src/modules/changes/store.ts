import { and, asc, eq, gt, inArray, type SQL } from 'drizzle-orm';
import type { MunicipalityDatabase } from '../../db/index.ts';
import { changeEvents, type ChangeEventRow } from '../../db/schema/index.ts';

export interface ChangeFilter {
  afterSequence: number;
  limit: number;
  municipalityNumber?: string | null;
  entityTypes?: readonly string[] | null;
}

/** The change feed, read with a keyset: `id > after`, oldest first. */
export class ChangeStore {
  constructor(private readonly db: MunicipalityDatabase) {}

  /** One more than asked for, so the caller knows whether there is a next page. */
  listChanges({
    afterSequence,
    limit,
    municipalityNumber,
    entityTypes,
  }: ChangeFilter): Promise<ChangeEventRow[]> {
    const conditions: SQL[] = [gt(changeEvents.id, afterSequence)];
    if (municipalityNumber) conditions.push(eq(changeEvents.municipalityNumber, municipalityNumber));
    if (entityTypes?.length) conditions.push(inArray(changeEvents.entityType, [...entityTypes]));
    return this.db
      .select()
      .from(changeEvents)
      .where(and(...conditions))
      .orderBy(asc(changeEvents.id))
      .limit(limit + 1);
  }
}
