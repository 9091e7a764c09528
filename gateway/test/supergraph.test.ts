import { generateDemoDeclarations } from '@registers/interests';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CountiesDocument, MunicipalityOrganisationDocument } from '@registers/client';
import { expectSeededOrganisation, seededPersonWithPublishedPositions } from './support/demo.ts';
import { execute, postGraphQL, startSystem, type System } from './support/system.ts';

const demoScale = 0.01;
let system: System;
const logLines: Record<string, unknown>[] = [];

beforeAll(async () => {
  system = await startSystem({ demoScale, driver: 'postgres', logLines });
});
afterAll(async () => {
  await system?.close();
});

describe('the supergraph through the gateway', () => {
  it('answers a nested query across both subgraphs with the seeded data', async () => {
    await expectSeededOrganisation(system.gateway.url, demoScale);
  });

  it('never shows a declaration that is not published', async () => {
    const declarations = generateDemoDeclarations(demoScale);
    const unpublished = declarations.declarations.find((d) => !d.published)!;
    const response = await postGraphQL<{ person: { declaration: unknown } }>(system.gateway.url, {
      query: 'query ($id: ID!) { person(id: $id) { id declaration { published } } }',
      variables: { id: unpublished.personId },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.person.declaration).toBeNull();
  });

  it('lists the real 15 counties and 357 municipalities', async () => {
    const response = await execute(system.gateway.url, CountiesDocument);
    const counties = response.data!.counties;
    expect(counties).toHaveLength(15);
    expect(counties.flatMap((c) => c.municipalities)).toHaveLength(357);
    expect(
      counties.find((c) => c.number === '46')?.municipalities.find((m) => m.number === '4601')?.name,
    ).toBe('Bergen');
  });

  it('refuses a malformed query with GRAPHQL_PARSE_FAILED', async () => {
    const response = await postGraphQL(system.gateway.url, {
      query: '{ municipality(number: "0301") { name ',
    });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    const response = await postGraphQL(system.gateway.url, { query: '{ counties { population } }' });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).toContain('population');
  });

  it('answers an unknown municipality number with NOT_FOUND', async () => {
    const response = await execute(system.gateway.url, MunicipalityOrganisationDocument, { number: '9999' });
    expect(response.data?.municipality).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0]?.message).toBe('No municipality has number 9999.');
    expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('answers a person id that is not a UUID with NOT_FOUND, not a database error', async () => {
    const response = await postGraphQL(system.gateway.url, { query: '{ person(id: "0301-1") { name } }' });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(response.errors?.[0]?.message).toBe('No person has id 0301-1.');
  });

  it('refuses a malformed municipality number with BAD_USER_INPUT and sends no SQL', async () => {
    const before = system.statementCount();
    const response = await execute(system.gateway.url, MunicipalityOrganisationDocument, { number: '301' });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain('four digits');
    expect(system.statementCount()).toBe(before);
  });

  it('logs a JSON line per request in each service, with one request id across them', async () => {
    const { unit } = seededPersonWithPublishedPositions(demoScale);
    const response = await postGraphQL(
      system.gateway.url,
      {
        query: `query UnitsAndDeclarations($number: MunicipalityNumber!) {
          municipality(number: $number) { units { employments { person { declaration { published } } } } }
        }`,
        operationName: 'UnitsAndDeclarations',
        variables: { number: unit.municipalityNumber },
      },
      { 'x-request-id': 'test-request-42' },
    );
    expect(response.errors).toBeUndefined();
    expect(response.headers.get('x-request-id')).toBe('test-request-42');

    const lines = logLines.filter((line) => line['requestId'] === 'test-request-42');
    expect(lines.map((line) => line['service']).sort()).toEqual(['gateway', 'interests', 'municipality']);
    for (const line of lines) {
      expect(line).toMatchObject({ msg: 'request', statusCode: 200 });
      expect(line['operationName']).toMatch(/^UnitsAndDeclarations/);
      expect(line['durationMs']).toBeTypeOf('number');
    }
  });

  it('answers /health and /ready on every service', async () => {
    for (const service of [system.gateway, system.municipality, system.interests]) {
      const base = service.url.replace(/\/graphql$/, '');
      const health = await fetch(`${base}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok' });
      const ready = await fetch(`${base}/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready', checks: { schema: 'ok' } });
    }
    const subgraphReady = await fetch(system.municipality.url.replace(/\/graphql$/, '/ready'));
    expect(await subgraphReady.json()).toMatchObject({ checks: { database: 'ok' } });
  });
});
