import { Faker, base, en, nb_NO } from '@faker-js/faker';
import { generateDemoPopulation, DEMO_SEED } from '@registers/demo-register';
import { identifiers } from '@registers/graphql-kit';
import { seedingProgress, type Logger } from '@registers/platform';
import type { InterestsDatabase } from '../db/index.ts';
import {
  declarations,
  krPersons,
  krRoles,
  positions,
  type NewDeclarationRow,
  type NewKrRoleRow,
  type NewPositionRow,
} from '../db/schema/index.ts';
import { positionOfRole } from '../modules/kommuneregisteret/positions.ts';
import type { SelfDeclaredCategory } from '../modules/declarations/position-rules.ts';

type Category = SelfDeclaredCategory;

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
export function generateDemoDeclarations(scale: number, population = generateDemoPopulation({ scale })) {
  const faker = new Faker({ locale: [nb_NO, en, base], seed: DEMO_SEED + 1 });
  const rows: { declarations: NewDeclarationRow[]; positions: NewPositionRow[] } = {
    declarations: [],
    positions: [],
  };
  for (const person of population.persons) {
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

/**
 * What the follower of Kommuneregisteret would bring in for the demo register, from the same
 * deterministic generator: its persons and role facts, every role as a position from KR, and an
 * (unpublished) declaration for each role holder who has none. The municipality subgraph's demo
 * seed writes no feed events, so the follower, starting from the feed's beginning, finds the
 * register as this leaves it.
 */
export function generateDemoKommuneregisteret(
  scale: number,
  declared: ReadonlySet<string>,
  population = generateDemoPopulation({ scale }),
) {
  const units = new Map(population.units.map((unit) => [unit.id, unit]));
  const bodies = new Map(population.electedBodies.map((body) => [body.id, body]));
  const companies = new Map(population.companies.map((company) => [company.id, company]));
  const largestOwner = new Map<string, { municipalityNumber: string; sharePercent: number }>();
  for (const owner of population.companyOwners) {
    const known = largestOwner.get(owner.companyId);
    if (
      !known ||
      owner.sharePercent > known.sharePercent ||
      (owner.sharePercent === known.sharePercent && owner.municipalityNumber < known.municipalityNumber)
    )
      largestOwner.set(owner.companyId, owner);
  }
  const roles: (NewKrRoleRow & {
    organizationName: string;
    organizationNumber: string | null;
    role: string;
  })[] = [
    ...population.employments.map((employment) => {
      const unit = units.get(employment.unitId)!;
      return {
        id: employment.id,
        personId: employment.personId,
        kind: 'EMPLOYMENT' as const,
        municipalityNumber: unit.municipalityNumber,
        organizationId: unit.id,
        organizationName: unit.name,
        organizationNumber: unit.organizationNumber,
        role: employment.title,
        startDate: employment.startDate,
        endDate: employment.endDate,
      };
    }),
    ...population.memberships.map((membership) => {
      const body = bodies.get(membership.bodyId)!;
      return {
        id: membership.id,
        personId: membership.personId,
        kind: 'MEMBERSHIP' as const,
        municipalityNumber: body.municipalityNumber,
        organizationId: body.id,
        organizationName: body.name,
        organizationNumber: null,
        role: membership.role,
        startDate: membership.startDate,
        endDate: membership.endDate,
      };
    }),
    ...population.companyRoles.map((companyRole) => {
      const company = companies.get(companyRole.companyId)!;
      return {
        id: companyRole.id,
        personId: companyRole.personId,
        kind: 'COMPANY_ROLE' as const,
        municipalityNumber: largestOwner.get(company.id)?.municipalityNumber ?? null,
        organizationId: company.id,
        organizationName: company.name,
        organizationNumber: company.organizationNumber,
        role: companyRole.role,
        startDate: companyRole.startDate,
        endDate: companyRole.endDate,
      };
    }),
  ];
  const holders = new Set(roles.map((role) => role.personId));
  return {
    krPersons: population.persons.map(({ id, municipalityNumber }) => ({ personId: id, municipalityNumber })),
    krRoles: roles.map(
      ({ organizationName: _name, organizationNumber: _number, role: _role, ...fact }) => fact,
    ),
    declarations: [...holders].filter((id) => !declared.has(id)).map((personId) => ({ personId })),
    positions: roles.map((role): NewPositionRow => ({
      ...positionOfRole({ ...role, endDate: role.endDate ?? null }),
      personId: role.personId,
      source: 'KOMMUNEREGISTERET',
      krRoleId: role.id,
    })),
  };
}

export async function seedDemoData(db: InterestsDatabase, scale: number, logger: Logger): Promise<void> {
  const progress = seedingProgress(logger);
  const population = generateDemoPopulation({ scale });
  const rows = generateDemoDeclarations(scale, population);
  const kr = generateDemoKommuneregisteret(
    scale,
    new Set(rows.declarations.map((row) => row.personId)),
    population,
  );
  progress.step(`generated the demo declarations at scale ${scale}`, { scale });
  await db.transaction(async (tx) => {
    await progress.insert(tx, 'declarations', declarations, [...rows.declarations, ...kr.declarations]);
    await progress.insert(tx, 'positions', positions, [...rows.positions, ...kr.positions]);
    await progress.insert(tx, 'kr_persons', krPersons, kr.krPersons);
    await progress.insert(tx, 'kr_roles', krRoles, kr.krRoles);
  });
  progress.step('demo data seeded', { scale });
}
