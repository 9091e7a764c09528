import { Faker, base, en, nb_NO } from '@faker-js/faker';
import { readMunicipalities } from '../db/reference-data.ts';
import type { NewEmploymentRow, NewPersonRow, NewUnitRow } from '../db/schema/index.ts';

/** The real register's size (DOMAIN.md): `scale: 1` generates about this much. */
export const nationalSize = { units: 26_700, employees: 17_700 };

export const DEMO_SEED = 2011;

export interface DemoPopulationOptions {
  /** 1 is the national size; the demo uses 0.05; tests use less. */
  scale: number;
  seed?: number;
}

type Row<T> = T & { id: string };

export interface DemoPopulation {
  units: Row<NewUnitRow>[];
  persons: Row<NewPersonRow>[];
  employments: Row<NewEmploymentRow>[];
}

type UnitKind = NewUnitRow['kind'];

const sectorNames = [
  'Oppvekst og utdanning',
  'Helse og omsorg',
  'Teknisk drift',
  'Kultur og fritid',
  'Samfunnsutvikling',
  'Økonomi og administrasjon',
];
const departmentNames = [
  'Lønn og regnskap',
  'Byggesak',
  'Plan og miljø',
  'IKT',
  'Vann og avløp',
  'Eiendom',
  'Barnevern',
  'Hjemmetjenesten',
  'Legetjenesten',
  'Arkiv og dokumentsenter',
];
const titles: Record<UnitKind, { leader: string; staff: string[] }> = {
  SECTOR: { leader: 'Kommunalsjef', staff: ['Rådgiver', 'Spesialrådgiver'] },
  DEPARTMENT: { leader: 'Avdelingsleder', staff: ['Rådgiver', 'Saksbehandler', 'Konsulent'] },
  SCHOOL: { leader: 'Rektor', staff: ['Lektor', 'Lærer', 'Inspektør'] },
  KINDERGARTEN: { leader: 'Styrer', staff: ['Pedagogisk leder', 'Barnehagelærer'] },
  NURSING_HOME: { leader: 'Institusjonsleder', staff: ['Sykepleier', 'Helsefagarbeider'] },
  OTHER: { leader: 'Leder', staff: ['Konsulent', 'Bibliotekar'] },
};

/**
 * A deterministic demo register: the same seed and scale give the same ids and names on every
 * machine, so the interests subgraph can refer to the same persons without reading this database.
 */
export function generateDemoPopulation({ scale, seed = DEMO_SEED }: DemoPopulationOptions): DemoPopulation {
  const faker = new Faker({ locale: [nb_NO, en, base], seed });
  const municipalities = readMunicipalities();
  const unitCount = Math.max(1, Math.round(nationalSize.units * scale));
  const personCount = Math.max(1, Math.round(nationalSize.employees * scale));

  const unitsByMunicipality = new Map<string, Row<NewUnitRow>[]>();
  const units: Row<NewUnitRow>[] = [];
  for (let i = 0; i < unitCount; i++) {
    const municipality = faker.helpers.arrayElement(municipalities);
    const siblings = unitsByMunicipality.get(municipality.number) ?? [];
    unitsByMunicipality.set(municipality.number, siblings);
    // The first units of a municipality are its sectors; later ones hang below an earlier unit.
    const isSector = siblings.length < 2 || faker.number.float() < 0.05;
    const kind: UnitKind = isSector
      ? 'SECTOR'
      : faker.helpers.weightedArrayElement([
          { value: 'DEPARTMENT', weight: 4 },
          { value: 'SCHOOL', weight: 2 },
          { value: 'KINDERGARTEN', weight: 3 },
          { value: 'NURSING_HOME', weight: 1 },
          { value: 'OTHER', weight: 1 },
        ] as const);
    const unit: Row<NewUnitRow> = {
      id: faker.string.uuid(),
      municipalityNumber: municipality.number,
      parentId: isSector ? null : faker.helpers.arrayElement(siblings).id,
      name: unitName(faker, kind),
      kind,
    };
    siblings.push(unit);
    units.push(unit);
  }

  const persons: Row<NewPersonRow>[] = [];
  const employments: Row<NewEmploymentRow>[] = [];
  const hasLeader = new Set<string>();
  const municipalityNames = new Map(municipalities.map((m) => [m.number, m.name]));
  for (let i = 0; i < personCount; i++) {
    const unit = faker.helpers.arrayElement(units);
    const givenName = faker.person.firstName();
    const familyName = faker.person.lastName();
    const person = {
      id: faker.string.uuid(),
      givenName,
      familyName,
      email: `${emailPart(givenName)}.${emailPart(familyName)}@${emailPart(municipalityNames.get(unit.municipalityNumber)!.split(' - ')[0]!)}.kommune.no`,
      phone: `+47${faker.helpers.arrayElement(['4', '9'])}${faker.string.numeric(7)}`,
    };
    const isLeader = !hasLeader.has(unit.id);
    hasLeader.add(unit.id);
    persons.push(person);
    employments.push({
      id: faker.string.uuid(),
      personId: person.id,
      unitId: unit.id,
      title: isLeader ? titles[unit.kind].leader : faker.helpers.arrayElement(titles[unit.kind].staff),
      isLeader,
      startDate: faker.date.between({ from: '2000-01-01', to: '2025-12-31' }).toISOString().slice(0, 10),
      endDate: null,
    });
  }
  return { units, persons, employments };
}

function unitName(faker: Faker, kind: UnitKind): string {
  const place = faker.location.street().split(' ')[0]!;
  switch (kind) {
    case 'SECTOR':
      return faker.helpers.arrayElement(sectorNames);
    case 'DEPARTMENT':
      return faker.helpers.arrayElement(departmentNames);
    case 'SCHOOL':
      return `${place} skole`;
    case 'KINDERGARTEN':
      return `${place} barnehage`;
    case 'NURSING_HOME':
      return `${place} sykehjem`;
    case 'OTHER':
      return `${place} ${faker.helpers.arrayElement(['bibliotek', 'kulturhus', 'idrettshall'])}`;
  }
}

/** "Bjørn-Åge" → "bjorn-age": what a municipal mail system makes of a name. */
function emailPart(name: string): string {
  return name
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .normalize('NFD')
    .replace(/[^a-z0-9-]/g, '');
}
