import { generateDemoDeclarations } from '@registers/interests';
import { type LocalTokenRequest } from '@registers/access';
import { auditEntries } from '@registers/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startSystem, type System } from './support/system.ts';

/**
 * A person belongs to the municipality that registered them. A contact person of another
 * municipality cannot take them over: not by giving them a role, and not through a role that
 * exists. Each attack here got through before the rule.
 */
const demoScale = 0.01;
let system: System;
const tokens = new Map<string, string>();

// M's contact person attacks a person registered by N.
let M: string;
let N: string;
let victim: System['population']['persons'][number];
let unitOfM: System['population']['units'][number];
let bodyOfM: { id: string };
let companyOfM: System['population']['companies'][number];

const callers: Record<string, Omit<LocalTokenRequest, 'subject'>> = {
  'kr-contact-M': { roles: ['kr-contact'], municipalities: [] },
  'contact-both-M': { roles: ['kr-contact', 'stv-contact'], municipalities: [] },
  'kr-contact-N': { roles: ['kr-contact'], municipalities: [] },
  'company-contact-M': { roles: ['company-contact'], companies: [] },
  administrator: { roles: ['administrator'] },
};

beforeAll(async () => {
  system = await startSystem({ demoScale, driver: 'postgres' });
  const { persons, units, companies, companyOwners } = system.population;
  // M: a municipality with units that owns a company alone.
  companyOfM = companies.find((company) =>
    companyOwners.some(
      (o) =>
        o.companyId === company.id &&
        o.sharePercent === 100 &&
        units.some((u) => u.municipalityNumber === o.municipalityNumber),
    ),
  )!;
  M = companyOwners.find((o) => o.companyId === companyOfM.id)!.municipalityNumber;
  const unpublished = new Set(
    generateDemoDeclarations(demoScale)
      .declarations.filter((d) => !d.published)
      .map((d) => d.personId),
  );
  victim = persons.find((p) => p.municipalityNumber !== M && unpublished.has(p.id))!;
  N = victim.municipalityNumber!;
  unitOfM = units.find((u) => u.municipalityNumber === M)!;
  callers['kr-contact-M']!.municipalities = [M];
  callers['contact-both-M']!.municipalities = [M];
  callers['kr-contact-N']!.municipalities = [N];
  callers['company-contact-M']!.companies = [companyOfM.organizationNumber];
  for (const [caller, request] of Object.entries(callers)) {
    tokens.set(caller, await system.tokenFor({ ...request, subject: `test-${caller}` }));
  }
  const created = await as(
    'administrator',
    `mutation ($input: CreateElectedBodyInput!) { createElectedBody(input: $input) { electedBody { id } } }`,
    {
      input: {
        municipalityNumber: M,
        kind: 'STANDING_COMMITTEE',
        name: 'Utvalg for oppvekst',
        periodStartYear: 2023,
      },
    },
  );
  bodyOfM = created.data?.['createElectedBody'].electedBody;
});
afterAll(async () => {
  await system?.close();
});

async function as(caller: string, query: string, variables: Record<string, unknown> = {}) {
  return postGraphQL<Record<string, any>>(
    system.gateway.url,
    { query, variables },
    { authorization: `Bearer ${tokens.get(caller)}` },
  );
}

const codes = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (response.errors ?? []).map((error) => error.extensions?.['code']);

const auditCount = () => system.municipality.database.db.$count(auditEntries);

const startEmployment = (personId: string) => ({
  query: `mutation ($input: StartEmploymentInput!) {
    startEmployment(input: $input) { employment { id person { email phone } } userErrors { code } } }`,
  variables: {
    input: {
      personId,
      unitId: unitOfM.id,
      title: 'Rådgiver',
      startDate: '2000-01-01',
      endDate: '2000-01-02',
    },
  },
});

describe('giving a person of another municipality a role', () => {
  const attacks = () => [
    { caller: 'kr-contact-M', ...startEmployment(victim.id) },
    {
      caller: 'kr-contact-M',
      query: `mutation ($input: AddMembershipInput!) { addMembership(input: $input) { membership { id } userErrors { code } } }`,
      variables: {
        input: { bodyId: bodyOfM.id, personId: victim.id, role: 'MEMBER', startDate: '2023-10-01' },
      },
    },
    {
      caller: 'company-contact-M',
      query: `mutation ($input: StartCompanyRoleInput!) { startCompanyRole(input: $input) { companyRole { id } userErrors { code } } }`,
      variables: {
        input: {
          companyId: companyOfM.id,
          personId: victim.id,
          role: 'BOARD_MEMBER',
          startDate: '2024-01-01',
        },
      },
    },
    {
      caller: 'kr-contact-M',
      query: `mutation ($input: AssignContactPersonInput!) { assignContactPerson(input: $input) { contactPerson { id } userErrors { code } } }`,
      variables: { input: { personId: victim.id, role: 'KR', municipalityNumber: M } },
    },
    {
      caller: 'company-contact-M',
      query: `mutation ($input: AssignContactPersonInput!) { assignContactPerson(input: $input) { contactPerson { id } userErrors { code } } }`,
      variables: { input: { personId: victim.id, role: 'COMPANY', companyId: companyOfM.id } },
    },
  ];

  it('is refused, and writes nothing', async () => {
    for (const { caller, query, variables } of attacks()) {
      const before = await auditCount();
      const response = await as(caller, query, variables);
      expect(codes(response), query).toEqual(['FORBIDDEN']);
      expect(Object.values(response.data ?? {})[0] ?? null).toBeNull();
      expect(await auditCount()).toBe(before);
    }
  });

  it('is allowed for a person of the same municipality', async () => {
    const local = system.population.persons.find((p) => p.municipalityNumber === M)!;
    const response = await as(
      'kr-contact-M',
      startEmployment(local.id).query,
      startEmployment(local.id).variables,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.['startEmployment'].userErrors).toEqual([]);
    // The contact person of the person's own municipality sees their contact details.
    expect(response.data?.['startEmployment'].employment.person.email).toBe(local.email);
  });
});

describe('a role in another municipality', () => {
  beforeAll(async () => {
    // An administrator may link anyone: the victim now works in M as well.
    const response = await as('administrator', startEmployment(victim.id).query, {
      input: { ...startEmployment(victim.id).variables.input, endDate: null, startDate: '2024-01-01' },
    });
    expect(response.data?.['startEmployment'].userErrors).toEqual([]);
  });

  it("grants M's contact persons nothing over the person", async () => {
    const read = await as(
      'contact-both-M',
      'query ($id: ID!) { person(id: $id) { email phone declaration { published } } }',
      {
        id: victim.id,
      },
    );
    expect(read.data?.['person']).toEqual({ email: null, phone: null, declaration: null });
    expect(codes(read)).toEqual(['FORBIDDEN', 'FORBIDDEN']);

    const writes = [
      {
        query: `mutation ($input: UpdatePersonContactDetailsInput!) { updatePersonContactDetails(input: $input) { person { id } userErrors { code } } }`,
        input: { personId: victim.id, email: 'overtatt@example.no' },
      },
      {
        query: `mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id } userErrors { code } } }`,
        input: { id: victim.id, familyName: 'Overtatt' },
      },
      {
        query: `mutation ($input: RemovePersonInput!) { removePerson(input: $input) { removedPersonId userErrors { code } } }`,
        input: { id: victim.id },
      },
    ];
    for (const { query, input } of writes) {
      const before = await auditCount();
      const response = await as('contact-both-M', query, { input });
      expect(codes(response), query).toEqual(['FORBIDDEN']);
      expect(await auditCount()).toBe(before);
    }
  });

  it("leaves the person to their own municipality's contact persons", async () => {
    const read = await as(
      'kr-contact-N',
      'query ($id: ID!) { person(id: $id) { email municipalityNumber } }',
      {
        id: victim.id,
      },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.['person']).toEqual({ email: victim.email, municipalityNumber: N });
  });
});

describe('company ownership', () => {
  const changeOwners = (owners: { municipalityNumber: string; sharePercent: number }[]) => ({
    query: `mutation ($input: UpdateCompanyInput!) { updateCompany(input: $input) { company { owners { municipality { number } } } userErrors { code } } }`,
    variables: { input: { id: companyOfM.id, owners } },
  });

  it("is not for the company's own contact person, who may change the rest", async () => {
    const before = await auditCount();
    const { query, variables } = changeOwners([{ municipalityNumber: N, sharePercent: 100 }]);
    const refused = await as('company-contact-M', query, variables);
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(await auditCount()).toBe(before);

    const renamed = await as(
      'company-contact-M',
      `mutation ($input: UpdateCompanyInput!) { updateCompany(input: $input) { company { name } userErrors { code } } }`,
      { input: { id: companyOfM.id, name: `${companyOfM.name} (nytt navn)` } },
    );
    expect(renamed.data?.['updateCompany'].userErrors).toEqual([]);
  });

  it("is for an owner's Kommuneregisteret contact person", async () => {
    const { query, variables } = changeOwners([
      { municipalityNumber: M, sharePercent: 60 },
      { municipalityNumber: N, sharePercent: 40 },
    ]);
    const response = await as('kr-contact-M', query, variables);
    expect(response.errors).toBeUndefined();
    expect(
      response.data?.['updateCompany'].company.owners.map((o: any) => o.municipality.number).sort(),
    ).toEqual([M, N].sort());
  });
});
