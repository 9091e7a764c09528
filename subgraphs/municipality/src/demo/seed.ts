import { generateDemoPopulation } from '@registers/demo-register';
import { proposedValues, seedingProgress, type Logger } from '@registers/platform';
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

/**
 * Writes the demo population in one transaction, reporting each table as it goes; reference
 * data (counties, municipalities, national parties) must be loaded first.
 */
export async function seedDemoData(db: MunicipalityDatabase, scale: number, logger: Logger): Promise<void> {
  const progress = seedingProgress(logger);
  const population = generateDemoPopulation({ scale });
  progress.step(`generated the demo register at scale ${scale}`, { scale });
  await db.transaction(async (tx) => {
    await progress.insert(tx, 'units', units, population.units);
    await progress.insert(tx, 'persons', persons, population.persons);
    await progress.insert(tx, 'employments', employments, population.employments);
    await progress.insert(tx, 'local lists', parties, population.parties);
    await progress.insert(tx, 'elected bodies', electedBodies, population.electedBodies);
    await progress.insert(tx, 'memberships', memberships, population.memberships);
    await progress.insert(tx, 'companies', companies, population.companies);
    await progress.insert(tx, 'company owners', companyOwners, population.companyOwners);
    await progress.insert(tx, 'company roles', companyRoles, population.companyRoles);
    // One statement for every municipality's details (an update each, 371
    // of them, took a quarter of a second at every test system's start):
    // the rows the reference data wrote, with the details on top, written back over themselves
    // (a number given details twice keeps the later, as one update after the other would).
    const loaded = new Map((await tx.select().from(municipalities)).map((row) => [row.number, row]));
    const detailed = [
      ...new Map(
        population.municipalityDetails.map(({ number, details }) => [
          number,
          { ...loaded.get(number)!, ...details },
        ]),
      ).values(),
    ];
    if (detailed.length > 0) {
      await tx
        .insert(municipalities)
        .values(detailed)
        .onConflictDoUpdate({
          target: municipalities.number,
          set: proposedValues(municipalities, [
            'organizationNumber',
            'visitingAddress',
            'postalAddress',
            'phone',
            'email',
            'website',
          ]),
        });
    }
    progress.step(`gave ${detailed.length} municipalities their contact details`);
  });
  progress.step('demo data seeded', { scale });
}
