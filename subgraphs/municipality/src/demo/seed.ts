import { count } from 'drizzle-orm';
import { insertInBatches, type Logger } from '@registers/service-runtime';
import type { MunicipalityDatabase } from '../db/index.ts';
import { employments, persons, units } from '../db/schema/index.ts';
import { generateDemoPopulation } from './population.ts';

/** Writes the demo population in one transaction; reference data must be loaded first. */
export async function seedDemoData(db: MunicipalityDatabase, scale: number, logger: Logger): Promise<void> {
  const started = performance.now();
  const population = generateDemoPopulation({ scale });
  await db.transaction(async (tx) => {
    await insertInBatches(tx, units, population.units);
    logger.info(`seeded ${population.units.length} units`);
    await insertInBatches(tx, persons, population.persons);
    logger.info(`seeded ${population.persons.length} persons`);
    await insertInBatches(tx, employments, population.employments);
    logger.info(`seeded ${population.employments.length} employments`);
  });
  logger.info({ scale, ms: Math.round(performance.now() - started) }, 'demo data seeded');
}

/** True when no unit and no person has been written yet: a first start. */
export async function isEmpty(db: MunicipalityDatabase): Promise<boolean> {
  const [unitCount] = await db.select({ n: count() }).from(units);
  const [personCount] = await db.select({ n: count() }).from(persons);
  return unitCount?.n === 0 && personCount?.n === 0;
}
