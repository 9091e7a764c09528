import { describe, expect, it } from 'vitest';
import { identifiers } from '@registers/service-runtime';
import { nationalPartyId, readParties } from '../src/db/reference-data.ts';
import { generateDemoPopulation, nationalSize } from '../src/demo/population.ts';

describe('the demo population', () => {
  const scale = 0.02;
  const population = generateDemoPopulation({ scale });

  it('is the same on every run with the same seed, and different with another', () => {
    expect(generateDemoPopulation({ scale })).toEqual(population);
    expect(generateDemoPopulation({ scale, seed: 7 }).persons[0]?.id).not.toBe(population.persons[0]?.id);
  });

  it('has the national proportions at its scale', () => {
    expect(population.units).toHaveLength(Math.round(nationalSize.units * scale));
    expect(population.employments).toHaveLength(Math.round(nationalSize.employees * scale));
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
      expect(person.email).toMatch(/^[a-z0-9.-]+@[a-z0-9-]+\.kommune\.no$/);
      expect(person.phone).toMatch(/^\+47[49]\d{7}$/);
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

  it('gives round(357 · scale) municipalities a council sized by the law, and its committees', () => {
    const councils = population.electedBodies.filter((b) => b.kind === 'MUNICIPAL_COUNCIL');
    expect(councils).toHaveLength(Math.round(357 * scale));
    for (const council of councils) {
      const members = population.memberships.filter(
        (m) => m.bodyId === council.id && m.role !== 'SUBSTITUTE',
      );
      expect([11, 19, 27, 35, 43]).toContain(members.length);
      expect(members.filter((m) => m.role === 'LEADER')).toHaveLength(1);
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
    }
  });

  it('ranks substitutes and ties every membership to a person and a party', () => {
    for (const membership of population.memberships) {
      expect(personIds.has(membership.personId)).toBe(true);
      expect(partyIds.has(membership.partyId!)).toBe(true);
      expect(membership.substituteRank === null).toBe(membership.role !== 'SUBSTITUTE');
    }
  });

  it('gives each company a valid, unique organisation number, owners sharing 100 % and a board', () => {
    expect(population.companies).toHaveLength(Math.round(2_700 * scale));
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

  it('gives every municipality its contact details and its own organisation number', () => {
    expect(population.municipalityDetails).toHaveLength(357);
    const numbers = population.municipalityDetails.map((m) => m.details.organizationNumber);
    expect(new Set([...numbers, ...population.companies.map((c) => c.organizationNumber)]).size).toBe(
      numbers.length + population.companies.length,
    );
    for (const { details } of population.municipalityDetails) {
      expect(identifiers.isOrganizationNumber(details.organizationNumber)).toBe(true);
      expect(details.email).toMatch(/^postmottak@[a-z0-9-]+\.kommune\.no$/);
    }
  });

  it('has about the national numbers at scale 1', () => {
    const national = generateDemoPopulation({ scale: 1 });
    expect(national.units).toHaveLength(nationalSize.units);
    expect(national.employments).toHaveLength(nationalSize.employees);
    const officials = new Set(national.memberships.map((m) => m.personId)).size;
    expect(officials).toBeGreaterThan(nationalSize.electedOfficials * 0.9);
    expect(officials).toBeLessThan(nationalSize.electedOfficials * 1.1);
    expect(national.companies).toHaveLength(nationalSize.companies);
  });
});
