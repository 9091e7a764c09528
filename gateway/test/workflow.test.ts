import { type Role } from '@registers/access';
import { auditEntries } from '@registers/platform';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startSystem, type System } from './support/system.ts';

/**
 * Kommuneregisteret's workflow through the gateway, as a contact person does it: units,
 * persons with e-mail, employments; each change audited and in the change feed, each invalid
 * input refused field by field with nothing written.
 */
let system: System;
let token: string;
const municipality = '4601';

beforeAll(async () => {
  system = await startSystem({ demoScale: 0.002, driver: 'postgres' });
  token = await system.tokenFor({
    subject: 'kr-bergen',
    roles: ['kr-contact' as Role],
    municipalities: [municipality],
  });
});
afterAll(async () => {
  await system?.close();
});

async function ask<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) {
  const response = await postGraphQL<T>(
    system.gateway.url,
    { query, variables },
    { authorization: `Bearer ${token}` },
  );
  expect(response.errors).toBeUndefined();
  return response.data!;
}

const mutate = async (name: string, inputType: string, selection: string, input: Record<string, unknown>) =>
  (
    await ask(
      `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} userErrors { code field message } } }`,
      { input },
    )
  )[name];

const auditCount = () => system.municipality.database.db.$count(auditEntries);

async function feed(after?: string, first = 100) {
  const { changes } = await ask(
    `query ($after: String, $first: Int) { changes(after: $after, first: $first, municipalityNumber: "${municipality}") {
      edges { cursor node { sequence entityType entityId changeType changedFields } } pageInfo { hasNextPage endCursor } } }`,
    { after, first },
  );
  return changes as {
    edges: {
      cursor: string;
      node: {
        sequence: number;
        entityType: string;
        entityId: string;
        changeType: string;
        changedFields: string[];
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('the unit, person and employment workflow', () => {
  let sector: string;
  let school: string;
  let personId: string;
  let employmentId: string;

  it('creates units in a tree, audited and in the feed', async () => {
    const start = (await feed()).pageInfo.endCursor ?? undefined;
    const created = await mutate('createUnit', 'CreateUnitInput', 'unit { id name kind parent { id } }', {
      municipalityNumber: municipality,
      name: '  Oppvekst  ',
      kind: 'SECTOR',
      organizationNumber: '974760673',
      organizationForm: 'ORGL',
      industryCode: '84.110',
      phone: '55 56 60 00',
    });
    expect(created.userErrors).toEqual([]);
    expect(created.unit).toMatchObject({ name: 'Oppvekst', kind: 'SECTOR', parent: null });
    sector = created.unit.id;
    const child = await mutate('createUnit', 'CreateUnitInput', 'unit { id parent { id } }', {
      municipalityNumber: municipality,
      parentId: sector,
      name: 'Nordnes skole',
      kind: 'SCHOOL',
    });
    school = child.unit.id;
    expect(child.unit.parent).toEqual({ id: sector });

    const events = (await feed(start)).edges.map((edge) => edge.node);
    expect(events.map((e) => [e.entityType, e.entityId, e.changeType])).toEqual([
      ['UNIT', sector, 'CREATED'],
      ['UNIT', school, 'CREATED'],
    ]);
    expect(events[0]!.changedFields).toEqual(expect.arrayContaining(['name', 'organizationNumber', 'phone']));
  });

  it('refuses invalid units field by field, writing nothing', async () => {
    const before = await auditCount();
    const result = await mutate('createUnit', 'CreateUnitInput', 'unit { id }', {
      municipalityNumber: municipality,
      parentId: '00000000-0000-4000-8000-000000000000',
      name: ' ',
      kind: 'DEPARTMENT',
      organizationNumber: '974760673', // the sector has it
    });
    expect(result.unit).toBeNull();
    expect(
      result.userErrors.map((e: { code: string; field: string[] }) => [e.code, e.field.join('.')]),
    ).toEqual([
      ['INVALID', 'input.name'],
      ['NOT_FOUND', 'input.parentId'],
      ['DUPLICATE', 'input.organizationNumber'],
    ]);
    expect(await auditCount()).toBe(before);
  });

  it('refuses a NUL or a line break in a name, and control characters in an address, writing nothing', async () => {
    const before = await auditCount();
    const person = await mutate('addPerson', 'AddPersonInput', 'person { id }', {
      municipalityNumber: municipality,
      givenName: 'Ola\u0000',
      familyName: 'Nord\nmann',
      email: 'ola.nul@bergen.kommune.no',
    });
    expect(person).toEqual({
      person: null,
      userErrors: [
        {
          code: 'INVALID',
          field: ['input', 'givenName'],
          message: 'A given name must be one line without control characters.',
        },
        {
          code: 'INVALID',
          field: ['input', 'familyName'],
          message: 'A family name must be one line without control characters.',
        },
      ],
    });
    const unit = await mutate('createUnit', 'CreateUnitInput', 'unit { id }', {
      municipalityNumber: municipality,
      name: 'Servicekontoret',
      kind: 'OTHER',
      visitingAddress: { lines: ['Rådhusgaten 10\u0000'], postalCode: '5014', postalPlace: 'BERGEN' },
    });
    expect(unit.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'visitingAddress'] }),
    ]);
    expect(await auditCount()).toBe(before);
  });

  it('refuses an organisation number with a bad check digit and a malformed industry code', async () => {
    for (const [field, value] of [
      ['organizationNumber', '974760674'],
      ['industryCode', '84110'],
      ['phone', '12345'],
      ['email', 'post@'],
    ] as const) {
      const response = await postGraphQL(
        system.gateway.url,
        {
          query: 'mutation ($input: CreateUnitInput!) { createUnit(input: $input) { unit { id } } }',
          variables: {
            input: { municipalityNumber: municipality, name: 'X', kind: 'OTHER', [field]: value },
          },
        },
        { authorization: `Bearer ${token}` },
      );
      expect(response.errors?.[0]?.extensions?.['code'], field).toBe('BAD_USER_INPUT');
    }
  });

  it('moves a unit, but never below itself', async () => {
    const cycle = await mutate('moveUnit', 'MoveUnitInput', 'unit { id }', { id: sector, parentId: school });
    expect(cycle.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'parentId'] });
    const moved = await mutate('moveUnit', 'MoveUnitInput', 'unit { parent { id } }', {
      id: school,
      parentId: null,
    });
    expect(moved.unit.parent).toBeNull();
    await mutate('moveUnit', 'MoveUnitInput', 'unit { id }', { id: school, parentId: sector });
  });

  it('adds a person with an e-mail address and employs them; one leader per unit', async () => {
    const added = await mutate('addPerson', 'AddPersonInput', 'person { id name email }', {
      municipalityNumber: municipality,
      givenName: 'Kari',
      familyName: 'Nordmann',
      email: 'Kari.Nordmann@Bergen.Kommune.no',
    });
    expect(added.userErrors).toEqual([]);
    expect(added.person).toMatchObject({ name: 'Kari Nordmann', email: 'kari.nordmann@bergen.kommune.no' });
    personId = added.person.id;

    const duplicate = await mutate('addPerson', 'AddPersonInput', 'person { id }', {
      municipalityNumber: municipality,
      givenName: 'Kari',
      familyName: 'Nordmann',
      email: 'kari.nordmann@bergen.kommune.no',
    });
    expect(duplicate.userErrors[0]).toMatchObject({ code: 'DUPLICATE', field: ['input', 'email'] });

    const employed = await mutate(
      'startEmployment',
      'StartEmploymentInput',
      'employment { id isLeader unit { leader { id } } }',
      {
        personId,
        unitId: school,
        title: 'Rektor',
        isLeader: true,
        startDate: '2024-08-01',
      },
    );
    expect(employed.userErrors).toEqual([]);
    expect(employed.employment.unit.leader).toEqual({ id: personId });
    employmentId = employed.employment.id;

    const second = await mutate('startEmployment', 'StartEmploymentInput', 'employment { id }', {
      personId,
      unitId: school,
      title: 'Rektor',
      isLeader: true,
      startDate: '2024-08-01',
      endDate: '2024-07-01',
    });
    expect(second.userErrors.map((e: { field: string[] }) => e.field[1]).sort()).toEqual([
      'endDate',
      'isLeader',
    ]);
  });

  it('changes a unit and a person, and ends an employment, each in the feed with its fields', async () => {
    const start = (await feed()).pageInfo.endCursor ?? undefined;
    const unit = await mutate(
      'updateUnit',
      'UpdateUnitInput',
      'unit { name kind email visitingAddress { postalPlace } }',
      {
        id: school,
        name: 'Nordnes skole og SFO',
        email: 'nordnes.skole@bergen.kommune.no',
        visitingAddress: { lines: ['Nordnesgaten 1'], postalCode: '5005', postalPlace: 'BERGEN' },
      },
    );
    expect(unit.unit).toEqual({
      name: 'Nordnes skole og SFO',
      kind: 'SCHOOL',
      email: 'nordnes.skole@bergen.kommune.no',
      visitingAddress: { postalPlace: 'BERGEN' },
    });
    const renamed = await mutate('updatePerson', 'UpdatePersonInput', 'person { name }', {
      id: personId,
      familyName: 'Nordmann-Berg',
    });
    expect(renamed.person).toEqual({ name: 'Kari Nordmann-Berg' });
    const tooEarly = await mutate('endEmployment', 'EndEmploymentInput', 'employment { id }', {
      id: employmentId,
      endDate: '2020-01-01',
    });
    expect(tooEarly.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'endDate'] });

    const events = (await feed(start)).edges.map((edge) => [edge.node.entityType, edge.node.changedFields]);
    expect(events).toEqual([
      ['UNIT', ['email', 'name', 'visitingAddress']],
      ['PERSON', ['familyName']],
    ]);
  });

  it('closes a unit only when nothing open is below it, ending its employments', async () => {
    const refused = await mutate('closeUnit', 'CloseUnitInput', 'unit { id }', {
      id: sector,
      closedOn: '2025-12-31',
    });
    expect(refused.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'id'] });

    const closed = await mutate(
      'closeUnit',
      'CloseUnitInput',
      'unit { closedOn leader { id } employments { endDate } }',
      {
        id: school,
        closedOn: '2025-12-31',
      },
    );
    expect(closed.unit).toEqual({
      closedOn: '2025-12-31',
      leader: null,
      employments: [{ endDate: '2025-12-31' }],
    });
    const events = (await feed()).edges.map((edge) => edge.node);
    expect(
      events.find((e) => e.entityId === employmentId && e.changeType === 'UPDATED')?.changedFields,
    ).toEqual(['endDate']);
  });

  it('removes a person, and the feed says so', async () => {
    const removed = await mutate('removePerson', 'RemovePersonInput', 'removedPersonId', { id: personId });
    expect(removed.removedPersonId).toBe(personId);
    const last = (await feed()).edges.at(-1)!.node;
    expect(last).toMatchObject({
      entityType: 'PERSON',
      entityId: personId,
      changeType: 'DELETED',
      changedFields: [],
    });
  });
});

describe('removing a person', () => {
  it('deletes what they hold first, each in the feed, so a copy keeps no ghosts', async () => {
    const person = (
      await mutate('addPerson', 'AddPersonInput', 'person { id }', {
        municipalityNumber: municipality,
        givenName: 'Ola',
        familyName: 'Avgått',
        email: 'ola.avgatt@bergen.kommune.no',
      })
    ).person.id as string;
    const unit = (
      await mutate('createUnit', 'CreateUnitInput', 'unit { id }', {
        municipalityNumber: municipality,
        name: 'Avdeling for avganger',
        kind: 'DEPARTMENT',
      })
    ).unit.id as string;
    const body = (
      await mutate('createElectedBody', 'CreateElectedBodyInput', 'electedBody { id }', {
        municipalityNumber: municipality,
        kind: 'CONTROL_COMMITTEE',
        name: 'Kontrollutvalget',
        periodStartYear: 2023,
      })
    ).electedBody.id as string;
    const company = (
      await mutate('createCompany', 'CreateCompanyInput', 'company { id }', {
        organizationNumber: '974760673',
        name: 'Bergen Avgang AS',
        form: 'AS',
        owners: [{ municipalityNumber: municipality, sharePercent: 100 }],
      })
    ).company.id as string;
    const held: string[] = [
      (
        await mutate('startEmployment', 'StartEmploymentInput', 'employment { id }', {
          personId: person,
          unitId: unit,
          title: 'Rådgiver',
          startDate: '2024-01-01',
        })
      ).employment.id,
      (
        await mutate('addMembership', 'AddMembershipInput', 'membership { id }', {
          bodyId: body,
          personId: person,
          role: 'MEMBER',
          startDate: '2023-10-15',
        })
      ).membership.id,
      (
        await mutate('startCompanyRole', 'StartCompanyRoleInput', 'companyRole { id }', {
          companyId: company,
          personId: person,
          role: 'BOARD_MEMBER',
          startDate: '2024-01-01',
        })
      ).companyRole.id,
      (
        await mutate('assignContactPerson', 'AssignContactPersonInput', 'contactPerson { id }', {
          personId: person,
          role: 'KR',
          municipalityNumber: municipality,
        })
      ).contactPerson.id,
    ];

    const start = (await feed()).pageInfo.endCursor ?? undefined;
    const removed = await mutate('removePerson', 'RemovePersonInput', 'removedPersonId', { id: person });
    expect(removed).toEqual({ removedPersonId: person, userErrors: [] });

    const events = (await feed(start)).edges.map((edge) => edge.node);
    expect(events.map((e) => [e.entityType, e.entityId, e.changeType])).toEqual([
      ['EMPLOYMENT', held[0], 'DELETED'],
      ['MEMBERSHIP', held[1], 'DELETED'],
      ['COMPANY_ROLE', held[2], 'DELETED'],
      ['CONTACT_PERSON', held[3], 'DELETED'],
      ['PERSON', person, 'DELETED'],
    ]);
    const deletions = await system.municipality.database.db
      .select({ entityId: auditEntries.entityId })
      .from(auditEntries)
      .where(eq(auditEntries.action, 'deleted'));
    expect(deletions.map((entry) => entry.entityId)).toEqual(expect.arrayContaining([...held, person]));
    const asked = await postGraphQL(system.gateway.url, {
      query: 'query ($id: ID!) { person(id: $id) { id } }',
      variables: { id: person },
    });
    expect(asked.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});

describe('the change feed', () => {
  it('pages with no gaps or repeats while changes are written concurrently', async () => {
    const start = (await feed()).pageInfo.endCursor ?? undefined;
    const units = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        mutate('createUnit', 'CreateUnitInput', 'unit { id }', {
          municipalityNumber: municipality,
          name: `Enhet ${i}`,
          kind: 'OTHER',
        }),
      ),
    );
    const written = units.map((result) => result.unit.id as string);
    // Renames race with reading the feed page by page.
    const renames = Promise.all(
      written.map((id, i) =>
        mutate('updateUnit', 'UpdateUnitInput', 'unit { id }', { id, name: `Enhet ${i} (ny)` }),
      ),
    );
    const seen: number[] = [];
    let cursor = start;
    for (let page = 0; page < 40; page++) {
      const { edges, pageInfo } = await feed(cursor, 2);
      seen.push(...edges.map((edge) => edge.node.sequence));
      cursor = pageInfo.endCursor ?? cursor;
      if (!pageInfo.hasNextPage && seen.length >= written.length * 2) break;
    }
    await renames;
    const { edges } = await feed(cursor);
    seen.push(...edges.map((edge) => edge.node.sequence));

    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(written.length * 2);
  });

  it('filters by entity type and refuses a cursor it did not give out', async () => {
    const { changes } = await ask(
      '{ changes(entityTypes: [PERSON], first: 1000) { edges { node { entityType } } } }',
    );
    expect(
      new Set(changes.edges.map((edge: { node: { entityType: string } }) => edge.node.entityType)),
    ).toEqual(new Set(['PERSON']));
    const response = await postGraphQL(system.gateway.url, {
      query: '{ changes(after: "not-a-cursor") { edges { cursor } } }',
    });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
