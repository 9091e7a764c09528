import { generateDemoDeclarations, generateDemoKommuneregisteret } from '@registers/interests';
import { generateDemoPopulation } from '@registers/demo-register';
import { expect } from 'vitest';
import { MunicipalityOrganisationDocument } from '@registers/client';
import { execute } from './system.ts';

/** A person the demo seed gave a published declaration with positions, and where they work. */
export function seededPersonWithPublishedPositions(scale: number) {
  const population = generateDemoPopulation({ scale });
  const declarations = generateDemoDeclarations(scale, population);
  const published = declarations.declarations.find(
    (d) => d.published && declarations.positions.some((p) => p.personId === d.personId),
  )!;
  const person = population.persons.find((p) => p.id === published.personId)!;
  const employment = population.employments.find((e) => e.personId === person.id)!;
  const unit = population.units.find((u) => u.id === employment.unitId)!;
  // Self-declared positions, and every role in Kommuneregisteret as a position from it.
  const kommuneregisteret = generateDemoKommuneregisteret(
    scale,
    new Set(declarations.declarations.map((d) => d.personId)),
    population,
  );
  const positions = [...declarations.positions, ...kommuneregisteret.positions].filter(
    (p) => p.personId === person.id,
  );
  return { person, unit, positions, population };
}

/** Asks the gateway for that person's municipality and checks what both subgraphs seeded. */
export async function expectSeededOrganisation(gatewayUrl: string, scale: number) {
  const { person, unit, positions, population } = seededPersonWithPublishedPositions(scale);
  const response = await execute(gatewayUrl, MunicipalityOrganisationDocument, {
    number: unit.municipalityNumber,
  });

  expect(response.errors).toBeUndefined();
  const municipality = response.data!.municipality!;
  expect(municipality.number).toBe(unit.municipalityNumber);
  expect(municipality.county.number).toBe(unit.municipalityNumber.slice(0, 2));
  expect(municipality.units.map((u) => u.id).sort()).toEqual(
    population.units
      .filter((u) => u.municipalityNumber === unit.municipalityNumber)
      .map((u) => u.id)
      .sort(),
  );
  const seededUnit = municipality.units.find((u) => u.id === unit.id)!;
  expect(seededUnit.name).toBe(unit.name);
  const employment = seededUnit.employments.find((e) => e.person.id === person.id)!;
  expect(employment.person.name).toBe(`${person.givenName} ${person.familyName}`);
  expect(employment.person.declaration?.published).toBe(true);
  expect(employment.person.declaration?.positions.map((p) => p.organizationName).sort()).toEqual(
    positions.map((p) => p.organizationName).sort(),
  );
}
