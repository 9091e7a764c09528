import { generateDemoDeclarations } from '@registers/interests';
import { generateDemoPopulation } from '@registers/municipality/demo';
import { auditEntries, type LocalTokenRequest } from '@registers/service-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startSystem, type System } from './support/system.ts';

/**
 * Each role against the live gateway: what it may read and change, and that what it may not
 * change is refused with FORBIDDEN and leaves nothing written.
 */
const demoScale = 0.01;
const population = generateDemoPopulation({ scale: demoScale });
const declarations = generateDemoDeclarations(demoScale);

// Person A works in municipality M and has a declaration that is not published.
const unpublished = declarations.declarations.find((d) => !d.published)!;
const personA = population.persons.find((p) => p.id === unpublished.personId)!;
const unitOfA = population.units.find(
  (u) => u.id === population.employments.find((e) => e.personId === personA.id)!.unitId,
)!;
const M = unitOfA.municipalityNumber;
const N = M === '0301' ? '4601' : '0301';
const personB = population.persons.find((p) => p.id !== personA.id)!;

type Caller =
  | 'public'
  | 'self'
  | 'other-person'
  | 'kr-contact-M'
  | 'kr-contact-N'
  | 'stv-contact-M'
  | 'contact-both-N'
  | 'company-contact'
  | 'administrator';

const callers: Record<Exclude<Caller, 'public'>, Omit<LocalTokenRequest, 'subject'>> = {
  self: { roles: ['position-holder'], personId: personA.id },
  'other-person': { roles: ['position-holder'], personId: personB.id },
  'kr-contact-M': { roles: ['kr-contact'], municipalities: [M] },
  'kr-contact-N': { roles: ['kr-contact'], municipalities: [N] },
  'stv-contact-M': { roles: ['stv-contact'], municipalities: [M] },
  'contact-both-N': { roles: ['kr-contact', 'stv-contact'], municipalities: [N] },
  'company-contact': { roles: ['company-contact'], companies: ['923609016'] },
  administrator: { roles: ['administrator'] },
};
const everyone = ['public', ...Object.keys(callers)] as Caller[];

let system: System;
const tokens = new Map<Caller, string>();

beforeAll(async () => {
  system = await startSystem({ demoScale, driver: 'postgres' });
  for (const [caller, identity] of Object.entries(callers)) {
    tokens.set(caller as Caller, await system.tokenFor({ ...identity, subject: `test-${caller}` }));
  }
});
afterAll(async () => {
  await system?.close();
});

async function as(caller: Caller, query: string, variables: Record<string, unknown> = {}) {
  const token = tokens.get(caller);
  return postGraphQL<Record<string, any>>(
    system.gateway.url,
    { query, variables },
    token ? { authorization: `Bearer ${token}` } : {},
  );
}

async function auditCount(): Promise<number> {
  const [municipality, interests] = await Promise.all([
    system.municipality.database.db.$count(auditEntries),
    system.interests.database.db.$count(auditEntries),
  ]);
  return municipality + interests;
}

const codes = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (response.errors ?? []).map((error) => error.extensions?.['code']);

describe('reading private data', () => {
  const mayReadContactDetails: Caller[] = ['self', 'kr-contact-M', 'stv-contact-M', 'administrator'];

  it.each(everyone)('contact details of a person, as %s', async (caller) => {
    const response = await as(caller, 'query ($id: ID!) { person(id: $id) { name email phone } }', {
      id: personA.id,
    });
    // The rest of the response arrives either way.
    expect(response.data?.['person'].name).toBe(`${personA.givenName} ${personA.familyName}`);
    if (mayReadContactDetails.includes(caller)) {
      expect(response.errors).toBeUndefined();
      expect(response.data?.['person'].email).toBe(personA.email);
    } else {
      expect(response.data?.['person'].email).toBeNull();
      expect(response.data?.['person'].phone).toBeNull();
      const code = caller === 'public' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      expect(codes(response)).toEqual([code, code]);
    }
  });

  const mayReadUnpublished: Caller[] = ['self', 'stv-contact-M', 'administrator'];

  it.each(everyone)('an unpublished declaration, as %s', async (caller) => {
    const response = await as(caller, 'query ($id: ID!) { person(id: $id) { declaration { published } } }', {
      id: personA.id,
    });
    expect(response.errors).toBeUndefined();
    // Whether a declaration exists at all is private too: null, without an error.
    expect(response.data?.['person'].declaration).toEqual(
      mayReadUnpublished.includes(caller) ? { published: false } : null,
    );
  });
});

describe('changing data', () => {
  const operations: {
    name: string;
    allowed: Caller[];
    query: string;
    variables: () => Record<string, unknown>;
  }[] = [
    {
      name: "a person's contact details",
      allowed: ['self', 'kr-contact-M', 'administrator'],
      query: `mutation ($input: UpdatePersonContactDetailsInput!) {
          updatePersonContactDetails(input: $input) { person { phone } userErrors { code } } }`,
      variables: () => ({ input: { personId: personA.id, phone: '+47 22 33 44 55' } }),
    },
    {
      name: 'a unit',
      allowed: ['kr-contact-M', 'administrator'],
      query: `mutation ($input: UpdateUnitInput!) { updateUnit(input: $input) { unit { name } userErrors { code } } }`,
      variables: () => ({ input: { id: unitOfA.id, name: `${unitOfA.name} (ny)` } }),
    },
    {
      name: 'a declaration',
      allowed: ['self', 'administrator'],
      query: `mutation ($input: UpdateDeclarationInput!) {
          updateDeclaration(input: $input) { declaration { termsAcceptedAt } userErrors { code } } }`,
      variables: () => ({ input: { personId: personA.id, acceptTerms: true } }),
    },
    {
      name: 'a position',
      allowed: ['self', 'administrator'],
      query: `mutation ($input: AddPositionInput!) {
          addPosition(input: $input) { position { id } userErrors { code } } }`,
      variables: () => ({
        input: { personId: personA.id, category: 'COMPANY_BOARD', organizationName: 'Kommunekraft AS' },
      }),
    },
  ];

  const cases = operations.flatMap((operation) =>
    everyone.map((caller) => ({ ...operation, caller, mayDo: operation.allowed.includes(caller) })),
  );

  it.each(cases)('$name as $caller (allowed: $mayDo)', async ({ caller, mayDo, query, variables }) => {
    const before = await auditCount();
    const response = await as(caller, query, variables());
    const payload = Object.values(response.data ?? {})[0] as { userErrors: unknown[] } | null;
    if (mayDo) {
      expect(response.errors).toBeUndefined();
      expect(payload?.userErrors).toEqual([]);
      expect(await auditCount()).toBe(before + 1);
    } else {
      expect(codes(response)).toEqual([caller === 'public' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
      expect(payload ?? null).toBeNull();
      expect(await auditCount()).toBe(before);
    }
  });

  it('records who changed what, before and after', async () => {
    await as(
      'kr-contact-M',
      'mutation ($input: UpdateUnitInput!) { updateUnit(input: $input) { unit { id } } }',
      {
        input: { id: unitOfA.id, name: 'Servicetorget' },
      },
    );
    const rows = await system.municipality.database.db.select().from(auditEntries).orderBy(auditEntries.id);
    const last = rows.at(-1)!;
    expect(last).toMatchObject({
      actor: 'test-kr-contact-M',
      actorRoles: ['kr-contact'],
      entityType: 'UNIT',
      entityId: unitOfA.id,
      action: 'updated',
      after: expect.objectContaining({ name: 'Servicetorget' }),
    });
  });
});
