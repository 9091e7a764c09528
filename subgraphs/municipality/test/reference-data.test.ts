import { describe, expect, it } from 'vitest';
import { readCounties, readMunicipalities } from '../src/db/reference-data.ts';

describe('the real county and municipality lists (2024 structure)', () => {
  const counties = readCounties();
  const municipalities = readMunicipalities();

  it('has the 15 counties and 357 municipalities', () => {
    expect(counties).toHaveLength(15);
    expect(municipalities).toHaveLength(357);
    expect(new Set(municipalities.map((m) => m.number)).size).toBe(357);
  });

  it('gives every municipality the county of its first two digits', () => {
    const countyNumbers = new Set(counties.map((c) => c.number));
    for (const municipality of municipalities) {
      expect(municipality.number).toMatch(/^\d{4}$/);
      expect(municipality.countyNumber).toBe(municipality.number.slice(0, 2));
      expect(countyNumbers.has(municipality.countyNumber)).toBe(true);
    }
  });

  it('keeps the official names, Sámi and Kven forms included', () => {
    expect(municipalities.find((m) => m.number === '0301')?.name).toBe('Oslo');
    expect(municipalities.find((m) => m.number === '5001')?.name).toBe('Trondheim - Tråante');
    expect(municipalities.filter((m) => m.name === 'Herøy').map((m) => m.number)).toEqual(['1515', '1818']);
  });
});
