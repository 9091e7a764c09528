import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AllMunicipalitiesOrganisationDocument } from '../src/generated/operations.ts';
import { execute, startSystem, type System } from './support/system.ts';

/**
 * The whole register as nested data, as Kommunenøkkelen pulls it: the SQL statements both
 * subgraphs send for it must not grow with the data.
 */
describe('SQL statements per nested query', () => {
  const small = 0.004;
  const large = small * 10;
  const systems: System[] = [];

  beforeAll(async () => {
    systems.push(await startSystem({ demoScale: small, driver: 'postgres' }));
    systems.push(await startSystem({ demoScale: large, driver: 'postgres' }));
  });
  afterAll(async () => {
    await Promise.all(systems.map((system) => system.close()));
  });

  async function pullWholeRegister(system: System) {
    const before = system.statementCount();
    const response = await execute(system.gateway.url, AllMunicipalitiesOrganisationDocument);
    expect(response.errors).toBeUndefined();
    const units = response.data!.municipalities.flatMap((m) => m.units);
    const employments = units.flatMap((u) => u.employments);
    return {
      statements: system.statementCount() - before,
      units: units.length,
      employments: employments.length,
      declarations: employments.filter((e) => e.person.declaration).length,
    };
  }

  it('stays constant when the data grows tenfold', async () => {
    const [smallPull, largePull] = [
      await pullWholeRegister(systems[0]!),
      await pullWholeRegister(systems[1]!),
    ];

    expect(largePull.units / smallPull.units).toBeCloseTo(10, 0);
    expect(largePull.employments / smallPull.employments).toBeCloseTo(10, 0);
    expect(smallPull.declarations).toBeGreaterThan(0);
    expect(largePull.statements).toBe(smallPull.statements);
    // municipalities, units, parents, employments, persons, persons' municipalities (which the
    // access policy for unpublished declarations needs); declarations, positions
    expect(largePull.statements).toBe(8);
  });
});
