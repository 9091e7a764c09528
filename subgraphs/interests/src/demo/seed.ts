import { Faker, base, en, nb_NO } from '@faker-js/faker';
import { generateDemoPopulation, DEMO_SEED } from '@registers/demo-register';
import { identifiers } from '@registers/graphql-kit';
import { seedingProgress, type Logger } from '@registers/platform';
import { count } from 'drizzle-orm';
import type { InterestsDatabase } from '../db/index.ts';
import { declarations, positions, type NewDeclarationRow, type NewPositionRow } from '../db/schema/index.ts';

type Category = NewPositionRow['category'];

const roles: Record<Category, string[]> = {
  COMPANY_BOARD: ['Styreleder', 'Styremedlem', 'Varamedlem'],
  ORGANIZATION_BOARD: ['Leder', 'Styremedlem', 'Kasserer'],
  PAID_WORK: ['Konsulent', 'Rådgiver', 'Foredragsholder'],
  BUSINESS_INTEREST: ['Daglig leder', 'Innehaver'],
  REAL_ESTATE: ['Eier'],
  SHAREHOLDING: ['Aksjonær'],
  EMPLOYER_AGREEMENT: ['Permisjon', 'Avtale om stilling'],
  ECONOMIC_SUPPORT: ['Stipend', 'Sponsor'],
  GIFT: ['Mottaker'],
  PAID_TRAVEL: ['Deltaker'],
  OTHER: ['Medlem'],
};

/**
 * Declarations for some of the demo persons of the municipality subgraph. The persons come from
 * the same deterministic generator (@registers/demo-register) with the same seed and scale, not
 * from its database.
 */
export function generateDemoDeclarations(scale: number) {
  const faker = new Faker({ locale: [nb_NO, en, base], seed: DEMO_SEED + 1 });
  const rows: { declarations: NewDeclarationRow[]; positions: NewPositionRow[] } = {
    declarations: [],
    positions: [],
  };
  for (const person of generateDemoPopulation({ scale }).persons) {
    // About 8,400 of the register's people take part (KS): some 15 %.
    if (faker.number.float() >= 0.15) continue;
    const accepted = faker.number.float() < 0.8;
    rows.declarations.push({
      personId: person.id,
      termsAcceptedAt: accepted ? faker.date.between({ from: '2019-01-01', to: '2026-06-30' }) : null,
      published: accepted && faker.number.float() < 0.85,
      updatedAt: faker.date.between({ from: '2023-01-01', to: '2026-06-30' }),
    });
    const declared = new Set<string>();
    for (let i = faker.number.int({ min: 0, max: 3 }); i > 0; i--) {
      const category = faker.helpers.arrayElement(Object.keys(roles) as Category[]);
      const isOrganization = category !== 'REAL_ESTATE' && category !== 'OTHER';
      const position: NewPositionRow = {
        id: faker.string.uuid(),
        personId: person.id,
        category,
        organizationName:
          category === 'REAL_ESTATE'
            ? `Gnr. ${faker.number.int(200)} bnr. ${faker.number.int(90)}`
            : faker.company.name(),
        organizationNumber: isOrganization
          ? identifiers.randomOrganizationNumber(() =>
              faker.string.numeric({ length: 8, allowLeadingZeros: false }),
            )
          : null,
        role: faker.helpers.arrayElement(roles[category]),
        startDate: faker.date.between({ from: '2010-01-01', to: '2025-12-31' }).toISOString().slice(0, 10),
        endDate: null,
      };
      // The register refuses a duplicate (positions_person_unique_idx), so the demo, drawn at
      // random, skips one rather than fail the seed. Skipping after drawing keeps the draws,
      // and so every other row, the same.
      const key = [
        category,
        position.organizationNumber ?? position.organizationName.toLowerCase(),
        position.role?.toLowerCase() ?? '',
      ].join('|');
      if (declared.has(key)) continue;
      declared.add(key);
      rows.positions.push(position);
    }
  }
  return rows;
}

export async function seedDemoData(db: InterestsDatabase, scale: number, logger: Logger): Promise<void> {
  const progress = seedingProgress(logger);
  const rows = generateDemoDeclarations(scale);
  progress.step(`generated the demo declarations at scale ${scale}`, { scale });
  await db.transaction(async (tx) => {
    await progress.insert(tx, 'declarations', declarations, rows.declarations);
    await progress.insert(tx, 'positions', positions, rows.positions);
  });
  progress.step('demo data seeded', { scale });
}

export async function isEmpty(db: InterestsDatabase): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(declarations);
  return row?.n === 0;
}
