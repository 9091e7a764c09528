import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AllMunicipalitiesOrganisationDocument } from '@registers/client';
import { execute, startSystem, type System } from './support/system.ts';

/**
 * The whole register as nested data, as Kommunenøkkelen pulls it: the SQL statements both
 * subgraphs send for it must not grow with the data.
 */
describe('SQL statements per nested query', () => {
  const small = 0.01;
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
    const { municipalities } = response.data!;
    const units = municipalities.flatMap((m) => m.units);
    const employments = units.flatMap((u) => u.employments);
    const members = municipalities.flatMap((m) => m.electedBodies).flatMap((b) => b.members);
    const companyRoles = municipalities.flatMap((m) => m.companyOwnerships).flatMap((o) => o.company.roles);
    return {
      statements: system.statementCount() - before,
      units: units.length,
      employments: employments.length,
      members: members.length,
      companyRoles: companyRoles.length,
      declarations: [...employments, ...members].filter((e) => e.person.declaration).length,
    };
  }

  /**
   * The subgraphs preload the pull level by level, every load of a level asked for at once, so
   * a relation reached by two paths (persons from units and from elected bodies) is one
   * statement whichever database answer comes first: every pull sends the same statements.
   */
  async function fullyBatchedPull(system: System) {
    const pulls = [];
    for (let i = 0; i < 3; i++) pulls.push(await pullWholeRegister(system));
    const counts = pulls.map((pull) => pull.statements);
    return { ...pulls[0]!, statements: Math.min(...counts), mostStatements: Math.max(...counts) };
  }

  it('stays constant when the data grows tenfold', async () => {
    const [smallPull, largePull] = [await fullyBatchedPull(systems[0]!), await fullyBatchedPull(systems[1]!)];

    expect(largePull.units / smallPull.units).toBeCloseTo(10, 0);
    expect(largePull.employments / smallPull.employments).toBeCloseTo(10, 0);
    expect(largePull.members / smallPull.members).toBeGreaterThan(5);
    expect(largePull.companyRoles / smallPull.companyRoles).toBeGreaterThan(5);
    expect(smallPull.declarations).toBeGreaterThan(0);
    expect(largePull.statements).toBe(smallPull.statements);
    // One statement per loader and level of the preload in the municipality subgraph (7: the
    // municipalities; their units, elected bodies and ownerships with their companies; then the
    // units' employments, the bodies' members and the companies' roles, each with the persons
    // and parties they show), and two in the interests subgraph, whatever the number of rows:
    // the query plan's two `_entities` calls there (persons from units, from elected bodies) go
    // as one batch, whose operations load declarations and positions together.
    expect(largePull.statements).toBe(9);
    expect(largePull.mostStatements).toBe(largePull.statements);
    expect(smallPull.mostStatements).toBe(smallPull.statements);
  });
});
