import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startSystem, type System } from './support/system.ts';

/** Searching units and persons by name, page by page, and a unit's subtree. */
let system: System;

beforeAll(async () => {
  system = await startSystem({ demoScale: 0.01, driver: 'postgres' });
});
afterAll(async () => {
  await system?.close();
});

async function ask(query: string, variables: Record<string, unknown> = {}) {
  const response = await postGraphQL<Record<string, any>>(system.gateway.url, { query, variables });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

/** Every node of a search, fetched `first` at a time. */
async function allPages(field: string, args: Record<string, unknown>, first: number) {
  const names: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const data = await ask(
      `query ($name: SearchText!, $municipalityNumber: MunicipalityNumber, $first: Int, $after: String) {
        ${field}(name: $name, municipalityNumber: $municipalityNumber, first: $first, after: $after) {
          edges { node { id name } } pageInfo { hasNextPage endCursor } } }`,
      { ...args, first, after },
    );
    names.push(...data[field].edges.map((edge: { node: { id: string } }) => edge.node.id));
    if (!data[field].pageInfo.hasNextPage) break;
    after = data[field].pageInfo.endCursor;
  }
  return names;
}

describe('search', () => {
  it('finds units by part of their name, in any case, page by page without gaps or repeats', async () => {
    const expected = system.population.units.filter((u) => u.name.toLowerCase().includes('og'));
    expect(expected.length).toBeGreaterThan(3);
    const inPages = await allPages('searchUnits', { name: 'OG' }, 7);
    expect(inPages).toHaveLength(expected.length);
    expect(new Set(inPages)).toEqual(new Set(expected.map((u) => u.id)));
    expect(await allPages('searchUnits', { name: 'og' }, 100)).toEqual(inPages);
  });

  it('limits a search to one municipality', async () => {
    const unit = system.population.units.find((u) => u.name.endsWith('barnehage'))!;
    const found = await allPages(
      'searchUnits',
      { name: 'barnehage', municipalityNumber: unit.municipalityNumber },
      100,
    );
    const expected = system.population.units.filter(
      (u) => u.municipalityNumber === unit.municipalityNumber && u.name.includes('barnehage'),
    );
    expect(new Set(found)).toEqual(new Set(expected.map((u) => u.id)));
  });

  it('finds persons by name across municipalities and where they work or hold office', async () => {
    const person = system.population.persons[0]!;
    const everywhere = await allPages('searchPersons', { name: person.familyName }, 3);
    expect(everywhere).toContain(person.id);
    const employment = system.population.employments.find((e) => e.personId === person.id)!;
    const unit = system.population.units.find((u) => u.id === employment.unitId)!;
    const there = await allPages(
      'searchPersons',
      { name: person.familyName, municipalityNumber: unit.municipalityNumber },
      3,
    );
    expect(there).toContain(person.id);
    expect(there.length).toBeLessThanOrEqual(everywhere.length);
  });

  it('takes % and _ literally and refuses a cursor of another list', async () => {
    expect(await allPages('searchUnits', { name: '%' }, 10)).toEqual([]);
    const persons = await ask('{ searchPersons(name: "a", first: 1) { pageInfo { endCursor } } }');
    const response = await postGraphQL(system.gateway.url, {
      query: 'query ($after: String) { searchUnits(name: "a", after: $after) { edges { cursor } } }',
      variables: { after: persons['searchPersons'].pageInfo.endCursor },
    });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const garbage = await postGraphQL(system.gateway.url, {
      query: '{ searchUnits(name: "a", after: "x") { edges { cursor } } }',
    });
    expect(garbage.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

describe("a unit's subtree", () => {
  it('lists every unit below, at any depth', async () => {
    const { units } = system.population;
    const below = (id: string): string[] =>
      units.filter((u) => u.parentId === id).flatMap((u) => [u.id, ...below(u.id)]);
    const root = units
      .filter((u) => u.parentId === null)
      .sort((a, b) => below(b.id).length - below(a.id).length)[0]!;
    expect(below(root.id).length).toBeGreaterThan(1);
    const data = await ask('query ($id: ID!) { unit(id: $id) { descendants { id } } }', { id: root.id });
    expect(new Set(data['unit'].descendants.map((u: { id: string }) => u.id))).toEqual(
      new Set(below(root.id)),
    );
  });
});
