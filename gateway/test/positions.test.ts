import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { generateDemoDeclarations } from '@registers/interests';
import { auditEntries } from '@registers/platform';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildSchema, print, type GraphQLEnumType } from 'graphql';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddPositionDocument,
  DeclaredPositionsDocument,
  RemovePositionDocument,
  UpdatePositionDocument,
  type AddPositionMutationVariables,
  type PositionCategory,
} from '../src/generated/operations.ts';
import { postGraphQL, startSystem, type System } from './support/system.ts';

/**
 * A person's self-declared positions through the gateway, as the person: the categories,
 * validation, duplicates, editing and removing, and the audit entry each change writes.
 * Who else may make these changes is access.test.ts's.
 */
const demoScale = 0.01;
const declared = new Set(generateDemoDeclarations(demoScale).declarations.map((d) => d.personId));

let system: System;
let token = '';
let personId = '';

beforeAll(async () => {
  system = await startSystem({ demoScale, driver: 'postgres' });
  // A person without a demo declaration: their positions are only those this file adds.
  personId = system.population.persons.find((person) => !declared.has(person.id))!.id;
  token = await system.tokenFor({ subject: 'test-holder', roles: ['position-holder'], personId });
});
afterAll(async () => {
  await system?.close();
});

/** Sends a typed operation as the position holder. */
function asHolder<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables) {
  return postGraphQL<TData>(
    system.gateway.url,
    { query: print(document), variables },
    { authorization: `Bearer ${token}` },
  );
}

async function add(input: Omit<AddPositionMutationVariables['input'], 'personId'>) {
  const response = await asHolder(AddPositionDocument, { input: { personId, ...input } });
  expect(response.errors).toBeUndefined();
  return response.data!.addPosition;
}

async function addedId(input: Omit<AddPositionMutationVariables['input'], 'personId'>) {
  const { position, userErrors } = await add(input);
  expect(userErrors).toEqual([]);
  return position!.id;
}

async function declaredPositions() {
  const response = await asHolder(DeclaredPositionsDocument, { personId });
  expect(response.errors).toBeUndefined();
  return response.data!.person!.declaration?.positions ?? [];
}

const auditOf = (id: string) =>
  system.interests.database.db
    .select()
    .from(auditEntries)
    .where(eq(auditEntries.entityId, id))
    .orderBy(auditEntries.id);

const auditCount = () => system.interests.database.db.$count(auditEntries);

let serial = 0;
const unique = (text: string) => `${text} ${++serial}`;

describe('categories', () => {
  const categories: PositionCategory[] = [
    'COMPANY_BOARD',
    'ORGANIZATION_BOARD',
    'PAID_WORK',
    'BUSINESS_INTEREST',
    'SHAREHOLDING',
    'REAL_ESTATE',
    'EMPLOYER_AGREEMENT',
    'ECONOMIC_SUPPORT',
    'GIFT',
    'PAID_TRAVEL',
    'OTHER',
  ];
  /** Roles in Kommuneregisteret: positions from it alone (follower.test.ts). */
  const fromKommuneregisteret: PositionCategory[] = [
    'MUNICIPAL_EMPLOYMENT',
    'ELECTED_OFFICE',
    'MUNICIPAL_COMPANY_ROLE',
  ];

  it('are those of the Storting and the municipal regulations, each with its Norwegian term', () => {
    const api = buildSchema(readFileSync(new URL('../../schema/api.graphql', import.meta.url), 'utf8'));
    const category = api.getType('PositionCategory') as GraphQLEnumType;
    expect(
      category
        .getValues()
        .map((value) => value.name)
        .sort(),
    ).toEqual([...categories, ...fromKommuneregisteret].sort());
    for (const value of category.getValues()) expect(value.description, value.name).toMatch(/\([^)]+\)$/);
    expect(category.description).toMatch(/never an\s+amount/);
  });

  it('each can be declared, and declarations list them in category order with OTHER last', async () => {
    for (const category of [...categories].reverse()) {
      await addedId({ category, organizationName: unique('Kategori') });
    }
    const listed = (await declaredPositions())
      .filter((position) => position.organizationName.startsWith('Kategori'))
      .map((position) => position.category);
    expect(new Set(listed)).toEqual(new Set(categories));
    expect(listed.at(-1)).toBe('OTHER');
  });
});

describe('validation', () => {
  it('refuses an organisation number with a wrong check digit at the edge, writing nothing', async () => {
    const before = await auditCount();
    const response = await asHolder(AddPositionDocument, {
      input: {
        personId,
        category: 'COMPANY_BOARD',
        organizationName: 'Feil AS',
        organizationNumber: '923609017',
      },
    });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(await auditCount()).toBe(before);
  });

  it('answers userErrors for a blank organisation name and an end before the start', async () => {
    const before = await auditCount();
    const { position, userErrors } = await add({
      category: 'PAID_WORK',
      organizationName: '   ',
      startDate: '2025-01-01',
      endDate: '2024-12-31',
    });
    expect(position).toBeNull();
    expect(userErrors.map((error) => [error.code, error.field])).toEqual([
      ['INVALID', ['input', 'organizationName']],
      ['INVALID', ['input', 'endDate']],
    ]);
    expect(await auditCount()).toBe(before);
  });

  it('holds a changed date against the stored one, and keeps the category and organisation', async () => {
    const id = await addedId({
      category: 'PAID_WORK',
      organizationName: unique('Konsulent'),
      startDate: '2024-06-01',
    });
    const before = await auditCount();
    const response = await asHolder(UpdatePositionDocument, {
      input: { id, endDate: '2024-05-31', category: null, organizationName: null },
    });
    expect(response.data!.updatePosition.position).toBeNull();
    expect(response.data!.updatePosition.userErrors.map((error) => error.field[1]).sort()).toEqual([
      'category',
      'endDate',
      'organizationName',
    ]);
    expect(await auditCount()).toBe(before);
  });
});

describe('duplicates', () => {
  it('are refused on add: same category, organisation name in any case and role', async () => {
    await addedId({ category: 'ORGANIZATION_BOARD', organizationName: 'Bygdelaget', role: 'Leder' });
    const before = await auditCount();
    const { position, userErrors } = await add({
      category: 'ORGANIZATION_BOARD',
      organizationName: ' BYGDELAGET ',
      role: 'leder',
    });
    expect(position).toBeNull();
    expect(userErrors.map((error) => error.code)).toEqual(['DUPLICATE']);
    expect(await auditCount()).toBe(before);
  });

  it('are refused on add: the same organisation number under another name', async () => {
    await addedId({
      category: 'COMPANY_BOARD',
      organizationName: 'Kraft AS',
      organizationNumber: '923609016',
      role: 'Styremedlem',
    });
    const { userErrors } = await add({
      category: 'COMPANY_BOARD',
      organizationName: 'Kraftselskapet',
      organizationNumber: '923609016',
      role: 'Styremedlem',
    });
    expect(userErrors.map((error) => error.code)).toEqual(['DUPLICATE']);
  });

  it('are not a position with another role or category in the same organisation', async () => {
    await addedId({
      category: 'COMPANY_BOARD',
      organizationName: 'Kraft AS',
      organizationNumber: '923609016',
      role: 'Styreleder',
    });
    await addedId({
      category: 'SHAREHOLDING',
      organizationName: 'Kraft AS',
      organizationNumber: '923609016',
      role: 'Styremedlem',
    });
  });

  it('are refused to one of two writers racing to add the same position', async () => {
    const input = { category: 'ECONOMIC_SUPPORT', organizationName: unique('Kulturfondet') } as const;
    const results = await Promise.all([add(input), add(input), add(input)]);
    expect(results.map((result) => result.userErrors.map((error) => error.code)).sort()).toEqual([
      [],
      ['DUPLICATE'],
      ['DUPLICATE'],
    ]);
  });

  it('are refused on update', async () => {
    await addedId({ category: 'GIFT', organizationName: 'Leverandøren AS', role: 'Mottaker' });
    const id = await addedId({ category: 'GIFT', organizationName: 'Leverandøren AS', role: 'Giver' });
    const before = await auditCount();
    const response = await asHolder(UpdatePositionDocument, { input: { id, role: 'MOTTAKER' } });
    expect(response.data!.updatePosition.userErrors.map((error) => error.code)).toEqual(['DUPLICATE']);
    expect(await auditCount()).toBe(before);
  });
});

describe('editing and removing', () => {
  it('changes the given fields, keeps the omitted ones, clears a null one, and audits it', async () => {
    const id = await addedId({
      category: 'COMPANY_BOARD',
      organizationName: unique('Fjordkraft AS'),
      role: 'Styremedlem',
      startDate: '2023-01-01',
    });
    const response = await asHolder(UpdatePositionDocument, {
      input: { id, role: ' Styreleder ', endDate: '2025-12-31', organizationNumber: null },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.updatePosition).toMatchObject({
      position: {
        id,
        category: 'COMPANY_BOARD',
        role: 'Styreleder',
        startDate: '2023-01-01',
        endDate: '2025-12-31',
      },
      userErrors: [],
    });
    const cleared = await asHolder(UpdatePositionDocument, { input: { id, role: null } });
    expect(cleared.data!.updatePosition.position?.role).toBeNull();
    expect((await declaredPositions()).find((position) => position.id === id)?.endDate).toBe('2025-12-31');

    const audit = await auditOf(id);
    expect(audit.map((entry) => entry.action)).toEqual(['created', 'updated', 'updated']);
    expect(audit[1]).toMatchObject({
      actor: 'test-holder',
      entityType: 'POSITION',
      before: expect.objectContaining({ role: 'Styremedlem', endDate: null }),
      after: expect.objectContaining({ role: 'Styreleder', endDate: '2025-12-31' }),
    });
  });

  it('removes a position from the declaration and audits it; a second removal is NOT_FOUND', async () => {
    const id = await addedId({ category: 'PAID_TRAVEL', organizationName: unique('Reisearrangøren') });
    const response = await asHolder(RemovePositionDocument, { input: { id } });
    expect(response.data!.removePosition).toEqual({ removedPositionId: id, userErrors: [] });
    expect((await declaredPositions()).map((position) => position.id)).not.toContain(id);
    expect((await auditOf(id)).at(-1)).toMatchObject({
      actor: 'test-holder',
      action: 'deleted',
      before: expect.objectContaining({ id, category: 'PAID_TRAVEL' }),
      after: null,
    });

    const again = await asHolder(RemovePositionDocument, { input: { id } });
    expect(again.data!.removePosition).toMatchObject({
      removedPositionId: null,
      userErrors: [{ code: 'NOT_FOUND' }],
    });
  });

  it.each([randomUUID(), 'not-a-uuid'])(
    'answers NOT_FOUND for an unknown id (%s), writing nothing',
    async (id) => {
      const before = await auditCount();
      const updated = await asHolder(UpdatePositionDocument, { input: { id, role: 'Leder' } });
      expect(updated.data!.updatePosition).toEqual({
        position: null,
        userErrors: [{ code: 'NOT_FOUND', field: ['input', 'id'], message: expect.any(String) }],
      });
      const removed = await asHolder(RemovePositionDocument, { input: { id } });
      expect(removed.data!.removePosition.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
      expect(await auditCount()).toBe(before);
    },
  );
});
