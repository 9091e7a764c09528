import { count, eq } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import { insertInBatches, type Logger } from '@registers/service-runtime';
import type { MunicipalityDatabase } from '../db/index.ts';
import {
  companies,
  companyOwners,
  companyRoles,
  electedBodies,
  employments,
  memberships,
  municipalities,
  parties,
  persons,
  units,
} from '../db/schema/index.ts';
import { generateDemoPopulation } from './population.ts';

/**
 * Writes the demo population in one transaction, reporting each table as it goes; reference
 * data (counties, municipalities, national parties) must be loaded first.
 */
export async function seedDemoData(db: MunicipalityDatabase, scale: number, logger: Logger): Promise<void> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const population = generateDemoPopulation({ scale });
  logger.info({ scale, ms: elapsed() }, `generated the demo register at scale ${scale}`);
  await db.transaction(async (tx) => {
    const write = async <TTable extends PgTable>(
      name: string,
      table: TTable,
      rows: PgInsertValue<TTable>[],
    ) => {
      await insertInBatches(tx, table, rows);
      logger.info({ table: name, rows: rows.length, ms: elapsed() }, `seeded ${rows.length} ${name}`);
    };
    await write('units', units, population.units);
    await write('persons', persons, population.persons);
    await write('employments', employments, population.employments);
    await write('local lists', parties, population.parties);
    await write('elected bodies', electedBodies, population.electedBodies);
    await write('memberships', memberships, population.memberships);
    await write('companies', companies, population.companies);
    await write('company owners', companyOwners, population.companyOwners);
    await write('company roles', companyRoles, population.companyRoles);
    for (const { number, details } of population.municipalityDetails) {
      await tx.update(municipalities).set(details).where(eq(municipalities.number, number));
    }
    logger.info(
      { ms: elapsed() },
      `gave ${population.municipalityDetails.length} municipalities their contact details`,
    );
  });
  logger.info({ scale, ms: elapsed() }, 'demo data seeded');
}

/** True when no unit and no person has been written yet: a first start. */
export async function isEmpty(db: MunicipalityDatabase): Promise<boolean> {
  const [unitCount] = await db.select({ n: count() }).from(units);
  const [personCount] = await db.select({ n: count() }).from(persons);
  return unitCount?.n === 0 && personCount?.n === 0;
}
