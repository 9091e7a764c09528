import { describe, expect, it } from 'vitest';
import { identifiers } from '@registers/graphql-kit';
import {
  nationalPartyId,
  readCouncilLists2023,
  readCountyMunicipalities,
  readIndustryCodes,
  readMunicipalityFacts,
  readNameFrequencies,
  readParties,
  type CouncilList,
} from '@registers/reference-data';
import { generateDemoPopulation, nationalSize } from '../src/population.ts';

const countyMunicipalities = readCountyMunicipalities();
const facts = readMunicipalityFacts();
const councilLists = readCouncilLists2023();
const isCountyMunicipality = (number: string) => countyMunicipalities.some((c) => c.number === number);
/** At least one county municipality gets its council and companies, however small the scale. */
const countiesWithBodies = (scale: number) => Math.max(1, Math.round(14 * scale));

describe('the demo population', () => {
  const scale = 0.02;
  const population = generateDemoPopulation({ scale });

  it('is the same on every run with the same seed, and different with another', () => {
    expect(generateDemoPopulation({ scale })).toEqual(population);
    expect(generateDemoPopulation({ scale, seed: 7 }).persons[0]?.id).not.toBe(population.persons[0]?.id);
  });

  it('has the national proportions at its scale', () => {
    expect(population.units).toHaveLength(
      Math.round(nationalSize.units * scale) + Math.round(nationalSize.countyUnits * scale),
    );
    expect(population.employments).toHaveLength(
      Math.round(nationalSize.employees * scale) + Math.round(nationalSize.countyEmployees * scale),
    );
    // Employees, elected officials and company people are persons too.
    expect(population.persons.length).toBeGreaterThan(population.employments.length);
  });

  it('builds each municipality a tree: parents come first and belong to the same municipality', () => {
    const seen = new Map<string, string>();
    for (const unit of population.units) {
      if (unit.parentId) expect(seen.get(unit.parentId)).toBe(unit.municipalityNumber);
      else expect(unit.kind).toBe('SECTOR');
      seen.set(unit.id, unit.municipalityNumber);
    }
  });

  it('gives a unit one leader at most, and every person a municipal e-mail address and a mobile number', () => {
    const leaders = population.employments.filter((e) => e.isLeader).map((e) => e.unitId);
    expect(new Set(leaders).size).toBe(leaders.length);
    for (const person of population.persons) {
      expect(person.email).toMatch(
        isCountyMunicipality(person.municipalityNumber)
          ? /^[a-z0-9.-]+@[a-z0-9-]+fylke\.no$/
          : /^[a-z0-9.-]+@[a-z0-9-]+\.kommune\.no$/,
      );
      expect(person.phone).toMatch(/^\+47[49]\d{7}$/);
    }
  });

  it('gives county municipalities units, each with a leader and a person of the county municipality', () => {
    const countyUnits = population.units.filter((u) => isCountyMunicipality(u.municipalityNumber));
    expect(countyUnits.length).toBe(Math.round(nationalSize.countyUnits * scale));
    for (const unit of countyUnits) {
      const leaders = population.employments.filter((e) => e.unitId === unit.id && e.isLeader);
      expect(leaders).toHaveLength(1);
      const leader = population.persons.find((p) => p.id === leaders[0]!.personId)!;
      expect(leader.municipalityNumber).toBe(unit.municipalityNumber);
    }
  });
});

describe('elected bodies and companies in the demo population', () => {
  const scale = 0.05;
  const population = generateDemoPopulation({ scale });
  const personIds = new Set(population.persons.map((p) => p.id));
  const partyIds = new Set([
    ...readParties().map((p) => nationalPartyId(p.code)),
    ...population.parties.map((p) => p.id),
  ]);

  it('gives round(357 · scale) municipalities the council they elected in 2023, list by list, and its committees', () => {
    const councils = population.electedBodies.filter((b) => b.kind === 'MUNICIPAL_COUNCIL');
    expect(councils).toHaveLength(Math.round(357 * scale));
    // Bergen's at every scale: the README's election example starts from it.
    const tiny = generateDemoPopulation({ scale: 0.001 }).electedBodies;
    expect(tiny.filter((b) => b.kind === 'MUNICIPAL_COUNCIL').map((b) => b.municipalityNumber)).toEqual([
      '4601',
    ]);
    const nationalIds = new Map(readParties().map((p) => [p.code, nationalPartyId(p.code)]));
    const localNames = new Map(population.parties.map((p) => [p.id, p]));
    for (const council of councils) {
      expect(isCountyMunicipality(council.municipalityNumber)).toBe(false);
      const members = population.memberships.filter(
        (m) => m.bodyId === council.id && m.role !== 'SUBSTITUTE',
      );
      const lists = councilLists.get(council.municipalityNumber)!;
      expect(members).toHaveLength(facts.get(council.municipalityNumber)!.councilSeats);
      // Seat for seat per list: a national party by its id, a local list by its name.
      const partyOf = (list: CouncilList) =>
        nationalIds.get(list.code) ??
        population.parties.find(
          (p) => p.municipalityNumber === council.municipalityNumber && p.name === list.name,
        )!.id;
      for (const list of lists) {
        expect(members.filter((m) => m.partyId === partyOf(list))).toHaveLength(list.seats);
        const substitutes = population.memberships.filter(
          (m) => m.bodyId === council.id && m.role === 'SUBSTITUTE' && m.partyId === partyOf(list),
        );
        expect(substitutes.map((m) => m.substituteRank)).toEqual(
          Array.from({ length: list.seats + 2 }, (_, i) => i + 1),
        );
      }
      for (const m of members) {
        if (!nationalIds.has(m.partyId) && localNames.has(m.partyId)) {
          expect(localNames.get(m.partyId)!.municipalityNumber).toBe(council.municipalityNumber);
        }
      }
      // The mayor comes from the largest list and leads the executive committee too.
      const mayor = members.filter((m) => m.role === 'LEADER');
      expect(mayor).toHaveLength(1);
      expect(mayor[0]!.partyId).toBe(partyOf(lists[0]!));
      const bodies = population.electedBodies.filter(
        (b) => b.municipalityNumber === council.municipalityNumber,
      );
      expect(bodies.map((b) => b.kind).sort()).toEqual(
        [
          'CONTROL_COMMITTEE',
          'EXECUTIVE_COMMITTEE',
          'MUNICIPAL_COUNCIL',
          ...Array(5).fill('STANDING_COMMITTEE'),
        ].sort(),
      );
      const executive = bodies.find((b) => b.kind === 'EXECUTIVE_COMMITTEE')!;
      const executiveLeader = population.memberships.find(
        (m) => m.bodyId === executive.id && m.role === 'LEADER',
      );
      expect(executiveLeader?.personId).toBe(mayor[0]!.personId);
      const councillors = new Set(members.map((m) => m.personId));
      for (const m of population.memberships.filter(
        (m) => m.bodyId === executive.id && m.role !== 'SUBSTITUTE',
      )) {
        expect(councillors.has(m.personId)).toBe(true);
      }
      // The control committee has a councillor, never the mayor.
      const control = bodies.find((b) => b.kind === 'CONTROL_COMMITTEE')!;
      const controllers = population.memberships
        .filter((m) => m.bodyId === control.id)
        .map((m) => m.personId);
      expect(controllers.some((id) => councillors.has(id))).toBe(true);
      expect(controllers).not.toContain(mayor[0]!.personId);
    }
  });

  it('names persons as Norwegians are named, and gives units industry codes of SN2025', () => {
    const { female, male, surnames } = readNameFrequencies();
    const given = new Set([...female, ...male].map((n) => n.name));
    const families = new Set(surnames.map((n) => n.name));
    for (const person of population.persons) {
      for (const name of person.givenName.split(' ')) expect(given.has(name)).toBe(true);
      expect(families.has(person.familyName)).toBe(true);
    }
    // Common names are common: the most frequent surname outnumbers one far down the list.
    const count = (name: string) => population.persons.filter((p) => p.familyName === name).length;
    expect(count('Hansen')).toBeGreaterThan(count(surnames[999]!.name));
    const codes = readIndustryCodes();
    for (const unit of population.units) expect(codes.has(unit.industryCode)).toBe(true);
    expect(population.units.find((u) => u.kind === 'KINDERGARTEN')?.industryCode).toBe('85.100');
  });

  it('gives round(14 · scale) county municipalities a county council, its committees and national parties only', () => {
    const councils = population.electedBodies.filter((b) => b.kind === 'COUNTY_COUNCIL');
    expect(councils).toHaveLength(countiesWithBodies(scale));
    const national = new Set(readParties().map((p) => nationalPartyId(p.code)));
    for (const council of councils) {
      expect(isCountyMunicipality(council.municipalityNumber)).toBe(true);
      const bodies = population.electedBodies.filter(
        (b) => b.municipalityNumber === council.municipalityNumber,
      );
      expect(bodies.map((b) => `${b.kind} ${b.name}`).sort()).toEqual(
        [
          'COUNTY_COUNCIL Fylkestinget',
          'EXECUTIVE_COMMITTEE Fylkesutvalget',
          'CONTROL_COMMITTEE Kontrollutvalget',
          'STANDING_COMMITTEE Administrasjonsutvalget',
          'STANDING_COMMITTEE Hovedutvalg for kultur, idrett og inkludering',
          'STANDING_COMMITTEE Hovedutvalg for næring og klima',
          'STANDING_COMMITTEE Hovedutvalg for opplæring og kompetanse',
          'STANDING_COMMITTEE Hovedutvalg for samferdsel',
        ].sort(),
      );
      const bodyIds = new Set(bodies.map((b) => b.id));
      for (const membership of population.memberships.filter((m) => bodyIds.has(m.bodyId))) {
        expect(national.has(membership.partyId)).toBe(true);
        const person = population.persons.find((p) => p.id === membership.personId)!;
        expect(person.municipalityNumber).toBe(council.municipalityNumber);
      }
    }
  });

  it('ranks substitutes and ties every membership to a person and a party', () => {
    for (const membership of population.memberships) {
      expect(personIds.has(membership.personId)).toBe(true);
      expect(partyIds.has(membership.partyId)).toBe(true);
      expect(membership.substituteRank === null).toBe(membership.role !== 'SUBSTITUTE');
    }
  });

  it('gives each company a valid, unique organisation number, owners sharing 100 % and a board', () => {
    expect(population.companies).toHaveLength(Math.round(2_700 * scale) + 3 * countiesWithBodies(scale));
    const numbers = population.companies.map((c) => c.organizationNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const company of population.companies) {
      expect(identifiers.isOrganizationNumber(company.organizationNumber)).toBe(true);
      const owners = population.companyOwners.filter((o) => o.companyId === company.id);
      expect(owners.reduce((sum, o) => sum + o.sharePercent, 0)).toBeCloseTo(100, 1);
      if (company.form === 'KF') expect(owners).toHaveLength(1);
      if (company.form === 'IKS') expect(owners.length).toBeGreaterThan(1);
      const roles = population.companyRoles.filter((r) => r.companyId === company.id).map((r) => r.role);
      expect(roles.filter((r) => r === 'CHIEF_EXECUTIVE')).toHaveLength(1);
      expect(roles.filter((r) => r === 'BOARD_CHAIR')).toHaveLength(1);
    }
  });

  it('gives a county municipality with a council its public transport company, wholly owned, and an IKS with municipalities', () => {
    const councils = population.electedBodies.filter((b) => b.kind === 'COUNTY_COUNCIL');
    for (const { municipalityNumber } of councils) {
      const owned = population.companyOwners.filter((o) => o.municipalityNumber === municipalityNumber);
      const companies = owned.map((o) => population.companies.find((c) => c.id === o.companyId)!);
      const transport = companies.find((c) => c.name.endsWith('Kollektivtrafikk AS'))!;
      expect(population.companyOwners.filter((o) => o.companyId === transport.id)).toEqual([
        { companyId: transport.id, municipalityNumber, sharePercent: 100 },
      ]);
      const archive = companies.find((c) => c.form === 'IKS')!;
      const partners = population.companyOwners.filter((o) => o.companyId === archive.id);
      expect(partners.length).toBeGreaterThanOrEqual(3);
      for (const partner of partners.slice(1)) {
        expect(partner.municipalityNumber.slice(0, 2)).toBe(municipalityNumber.slice(0, 2));
      }
    }
  });

  it('gives every municipality its contact details and its real organisation number', () => {
    expect(population.municipalityDetails).toHaveLength(357 + 14);
    const numbers = population.municipalityDetails.map((m) => m.details.organizationNumber);
    expect(new Set([...numbers, ...population.companies.map((c) => c.organizationNumber)]).size).toBe(
      numbers.length + population.companies.length,
    );
    for (const { number, details } of population.municipalityDetails) {
      expect(identifiers.isOrganizationNumber(details.organizationNumber)).toBe(true);
      const countyMunicipality = countyMunicipalities.find((c) => c.number === number);
      expect(details.organizationNumber).toBe(
        countyMunicipality?.organizationNumber ?? facts.get(number)!.organizationNumber,
      );
      if (countyMunicipality) {
        expect(details.email).toMatch(/^postmottak@[a-z0-9-]+fylke\.no$/);
      } else {
        expect(details.email).toMatch(/^postmottak@[a-z0-9-]+\.kommune\.no$/);
      }
    }
  });

  it('has about the national numbers at scale 1, each person with an e-mail address of their own', () => {
    const national = generateDemoPopulation({ scale: 1 });
    const emails = national.persons.map((p) => p.email.toLowerCase());
    expect(new Set(emails).size).toBe(emails.length);
    const ofCounties = (number: string) => isCountyMunicipality(number);
    const countyUnits = national.units.filter((u) => ofCounties(u.municipalityNumber));
    expect(national.units.length - countyUnits.length).toBe(nationalSize.units);
    expect(countyUnits).toHaveLength(nationalSize.countyUnits);
    expect(national.employments).toHaveLength(nationalSize.employees + nationalSize.countyEmployees);
    const countyBodies = new Set(
      national.electedBodies.filter((b) => ofCounties(b.municipalityNumber)).map((b) => b.id),
    );
    const officials = new Set(
      national.memberships.filter((m) => !countyBodies.has(m.bodyId)).map((m) => m.personId),
    ).size;
    expect(officials).toBeGreaterThan(nationalSize.electedOfficials * 0.9);
    expect(officials).toBeLessThan(nationalSize.electedOfficials * 1.1);
    expect(national.companies).toHaveLength(nationalSize.companies + 3 * 14);

    // Every county municipality has its organisation, and a county council of the law's least
    // size for the county's population (kommuneloven § 5-5: up to 150,000 inhabitants 19,
    // 200,000 27, 300,000 35, more 43).
    const councilSeats = Object.fromEntries(
      national.electedBodies
        .filter((b) => b.kind === 'COUNTY_COUNCIL')
        .map((b) => [
          b.municipalityNumber,
          national.memberships.filter((m) => m.bodyId === b.id && m.role !== 'SUBSTITUTE').length,
        ]),
    );
    expect(councilSeats).toEqual({
      '1100': 43, // Rogaland, 499,417 inhabitants
      '1500': 35, // Møre og Romsdal, 270,624
      '1800': 35, // Nordland, 243,081
      '3100': 43, // Østfold, 312,152
      '3200': 43, // Akershus, 728,803
      '3300': 35, // Buskerud, 269,819
      '3400': 43, // Innlandet, 376,304
      '3900': 35, // Vestfold, 256,432
      '4000': 27, // Telemark, 177,093
      '4200': 43, // Agder, 319,850
      '4600': 43, // Vestland, 651,299
      '5000': 43, // Trøndelag, 482,956
      '5500': 27, // Troms, 169,610
      '5600': 19, // Finnmark, 75,053
    });
    for (const { number } of countyMunicipalities) {
      const units = countyUnits.filter((u) => u.municipalityNumber === number);
      expect(units.filter((u) => u.kind === 'SECTOR').map((u) => u.name)).toEqual(
        expect.arrayContaining(['Opplæring og kompetanse', 'Tannhelse', 'Mobilitet og infrastruktur']),
      );
      expect(
        units.filter((u) => u.kind === 'SCHOOL' && u.name.endsWith('videregående skole')).length,
      ).toBeGreaterThan(10);
      expect(units.filter((u) => u.name.endsWith('tannklinikk')).length).toBeGreaterThan(5);
    }
  });
});
