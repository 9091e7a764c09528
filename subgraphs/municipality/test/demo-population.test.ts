import { describe, expect, it } from 'vitest';
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
    expect(population.persons).toHaveLength(Math.round(nationalSize.employees * scale));
    expect(population.employments).toHaveLength(population.persons.length);
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
