import { count } from 'drizzle-orm';
import type { MunicipalityDatabase } from '../db/index.ts';
import { persons, units } from '../db/schema/index.ts';

/** True when no unit and no person has been written yet: a first start. */
export async function isEmpty(db: MunicipalityDatabase): Promise<boolean> {
  const [unitCount] = await db.select({ n: count() }).from(units);
  const [personCount] = await db.select({ n: count() }).from(persons);
  return unitCount?.n === 0 && personCount?.n === 0;
}
