import { describe, expect, it } from 'vitest';
import { identifiers } from '@registers/graphql-kit';
import { readCounties, readCountyMunicipalities, readMunicipalities } from '../src/readers.ts';

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

describe('the real county municipalities (fylkeskommuner)', () => {
  const counties = readCounties();
  const countyMunicipalities = readCountyMunicipalities();
  const municipalityNumbers = new Set(readMunicipalities().map((m) => m.number));

  it('numbers each by its county number and 00, with its own valid organisation number', () => {
    expect(countyMunicipalities).toHaveLength(14);
    for (const countyMunicipality of countyMunicipalities) {
      expect(countyMunicipality.number).toBe(`${countyMunicipality.countyNumber}00`);
      expect(municipalityNumbers.has(countyMunicipality.number)).toBe(false);
      expect(identifiers.isOrganizationNumber(countyMunicipality.organizationNumber)).toBe(true);
      expect(countyMunicipality.name).toMatch(/ fylkeskommune$/);
      expect(countyMunicipality.population).toBeGreaterThan(50_000);
    }
    expect(countyMunicipalities.find((c) => c.number === '4600')).toMatchObject({
      name: 'Vestland fylkeskommune',
      organizationNumber: '821311632',
    });
  });

  it('gives every county its county municipality: Oslo kommune (0301) for Oslo', () => {
    const countyMunicipalityNumbers = new Set(countyMunicipalities.map((c) => c.number));
    for (const county of counties) {
      if (county.number === '03') expect(county.countyMunicipalityNumber).toBe('0301');
      else expect(countyMunicipalityNumbers.has(county.countyMunicipalityNumber!)).toBe(true);
    }
  });
});
