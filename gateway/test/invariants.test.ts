import { type Role } from '@registers/access';
import { violatedConstraint } from '@registers/platform';
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startSystem, type System } from './support/system.ts';

/**
 * The register's invariants hold when two writers race: each is backed by the database, which
 * refuses the loser even when both passed the command's own check, and the loser gets the same
 * userError that check gives.
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

interface Payload {
  userErrors: { code: string; field: string[]; message: string }[];
  [field: string]: any;
}

async function mutate(name: string, inputType: string, selection: string, input: Record<string, unknown>) {
  const response = await postGraphQL<Record<string, Payload>>(
    system.gateway.url,
    {
      query: `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} userErrors { code field message } } }`,
      variables: { input },
    },
    { authorization: `Bearer ${token}` },
  );
  expect(response.errors).toBeUndefined();
  return response.data![name]!;
}

/** Sends both at once; exactly one must succeed, and the other answer `refusal`. */
async function race(
  writes: [() => Promise<Payload>, () => Promise<Payload>],
  refusal: { code: string; field: string[] },
): Promise<Payload> {
  const results = await Promise.all(writes.map((write) => write()));
  const won = results.filter((result) => result.userErrors.length === 0);
  const lost = results.filter((result) => result.userErrors.length > 0);
  expect(won).toHaveLength(1);
  expect(lost).toHaveLength(1);
  expect(lost[0]!.userErrors).toEqual([expect.objectContaining(refusal)]);
  return won[0]!;
}

/** Rows straight from the municipality database (postgres.js answers with an array of rows). */
const rows = async <T>(query: SQL) =>
  (await system.municipality.database.db.execute(query)) as unknown as T[];

const count = async (query: SQL) =>
  (await rows<{ n: number }>(sql`select count(*)::int as n from (${query}) as found`))[0]!.n;

/** What the database says to a write that goes around the commands' checks. */
async function refusedConstraint(write: SQL): Promise<string | null> {
  try {
    await system.municipality.database.db.execute(write);
  } catch (error) {
    return violatedConstraint(error);
  }
  return null;
}

const addPerson = async (givenName: string, email = `${givenName.toLowerCase()}.race@bergen.kommune.no`) =>
  (
    await mutate('addPerson', 'AddPersonInput', 'person { id }', {
      municipalityNumber: municipality,
      givenName,
      familyName: 'Kappløp',
      email,
    })
  ).person.id as string;

const createUnit = async (name: string, parentId: string | null = null) =>
  (
    await mutate('createUnit', 'CreateUnitInput', 'unit { id }', {
      municipalityNumber: municipality,
      parentId,
      name,
      kind: 'DEPARTMENT',
    })
  ).unit.id as string;

describe('one e-mail address per person', () => {
  it('registers one of two persons added at once with the same address, in any case', async () => {
    const add = (email: string) => () =>
      mutate('addPerson', 'AddPersonInput', 'person { id }', {
        municipalityNumber: municipality,
        givenName: 'Kari',
        familyName: 'Samtidig',
        email,
      });
    await race([add('kari.samtidig@bergen.kommune.no'), add('Kari.Samtidig@Bergen.Kommune.no')], {
      code: 'DUPLICATE',
      field: ['input', 'email'],
    });
    expect(
      await count(sql`select 1 from persons where lower(email) = 'kari.samtidig@bergen.kommune.no'`),
    ).toBe(1);
    expect(
      await refusedConstraint(
        sql`insert into persons (given_name, family_name, email) values ('Kari', 'Kopi', 'KARI.SAMTIDIG@bergen.kommune.no')`,
      ),
    ).toBe('persons_email_idx');
  });

  it('gives one of two persons changed at once to the same address that address', async () => {
    const [first, second] = [await addPerson('Per'), await addPerson('Pål')];
    const change = (personId: string) => () =>
      mutate('updatePersonContactDetails', 'UpdatePersonContactDetailsInput', 'person { id }', {
        personId,
        email: 'felles@bergen.kommune.no',
      });
    await race([change(first), change(second)], { code: 'DUPLICATE', field: ['input', 'email'] });
    expect(await count(sql`select 1 from persons where email = 'felles@bergen.kommune.no'`)).toBe(1);
  });
});

describe('one current leader per unit', () => {
  it('employs one of two leaders started at once', async () => {
    const unit = await createUnit('Kappløpsavdelingen');
    const lead = (personId: string) => () =>
      mutate('startEmployment', 'StartEmploymentInput', 'employment { id }', {
        personId,
        unitId: unit,
        title: 'Leder',
        isLeader: true,
        startDate: '2025-01-01',
      });
    await race([lead(await addPerson('Leder')), lead(await addPerson('Sjef'))], {
      code: 'INVALID',
      field: ['input', 'isLeader'],
    });
    const leaders = sql`select 1 from employments where unit_id = ${unit} and is_leader and end_date is null`;
    expect(await count(leaders)).toBe(1);
    expect(
      await refusedConstraint(
        sql`insert into employments (person_id, unit_id, title, is_leader, start_date)
            select person_id, unit_id, title, true, start_date from employments where unit_id = ${unit}`,
      ),
    ).toBe('employments_one_leader_per_unit_idx');
  });
});

describe('one chair and one chief executive per company board', () => {
  it('seats one of two chairs, and one of two chief executives, started at once', async () => {
    const admin = await system.tokenFor({ subject: 'admin', roles: ['administrator' as Role] });
    const created = await postGraphQL<Record<string, Payload>>(
      system.gateway.url,
      {
        query: `mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { company { id } userErrors { code } } }`,
        variables: {
          input: {
            organizationNumber: '923609016',
            name: 'Bergen Kappløp AS',
            form: 'AS',
            owners: [{ municipalityNumber: municipality, sharePercent: 100 }],
          },
        },
      },
      { authorization: `Bearer ${admin}` },
    );
    const companyId = created.data!['createCompany']!.company.id as string;
    for (const role of ['BOARD_CHAIR', 'CHIEF_EXECUTIVE']) {
      const start = (personId: string) => () =>
        mutate('startCompanyRole', 'StartCompanyRoleInput', 'companyRole { id }', {
          companyId,
          personId,
          role,
          startDate: '2025-01-01',
        });
      await race([start(await addPerson(`${role}A`)), start(await addPerson(`${role}B`))], {
        code: 'INVALID',
        field: ['input', 'role'],
      });
      expect(
        await count(
          sql`select 1 from company_roles where company_id = ${companyId} and role = ${role} and end_date is null`,
        ),
      ).toBe(1);
    }
  });
});

describe('one leader and one deputy leader per elected body', () => {
  it('seats one of two leaders, and one of two deputies, added at once', async () => {
    const body = (
      await mutate('createElectedBody', 'CreateElectedBodyInput', 'electedBody { id }', {
        municipalityNumber: municipality,
        kind: 'STANDING_COMMITTEE',
        name: 'Utvalg for kappløp',
        periodStartYear: 2023,
      })
    ).electedBody.id as string;
    for (const role of ['LEADER', 'DEPUTY_LEADER']) {
      const add = (personId: string) => () =>
        mutate('addMembership', 'AddMembershipInput', 'membership { id }', {
          bodyId: body,
          personId,
          role,
          startDate: '2023-10-15',
        });
      await race([add(await addPerson(`${role}A`)), add(await addPerson(`${role}B`))], {
        code: 'INVALID',
        field: ['input', 'role'],
      });
      expect(
        await count(
          sql`select 1 from memberships where body_id = ${body} and role = ${role} and end_date is null`,
        ),
      ).toBe(1);
    }
  });
});

describe('a unit tree without cycles, below open parents', () => {
  it('makes one of two units moved below each other at once the parent', async () => {
    const top = await createUnit('Kappløpssektoren');
    const [a, b] = [await createUnit('Avdeling A', top), await createUnit('Avdeling B', top)];
    const move = (id: string, parentId: string) => () =>
      mutate('moveUnit', 'MoveUnitInput', 'unit { id }', { id, parentId });
    await race([move(a, b), move(b, a)], { code: 'INVALID', field: ['input', 'parentId'] });
    const parents = await rows<{ id: string; parent_id: string }>(
      sql`select id, parent_id from units where id in (${a}, ${b})`,
    );
    const parentOf = new Map(parents.map((row) => [row.id, row.parent_id]));
    // A below B, or B below A; the other still below the top.
    expect([
      [b, top],
      [top, a],
    ]).toContainEqual([parentOf.get(a), parentOf.get(b)]);
  });

  it('either closes a unit or moves another below it, not both', async () => {
    const parent = await createUnit('Avdeling som legges ned');
    const child = await createUnit('Avdeling som flyttes');
    const results = await Promise.all([
      mutate('closeUnit', 'CloseUnitInput', 'unit { id }', { id: parent, closedOn: '2025-06-30' }),
      mutate('moveUnit', 'MoveUnitInput', 'unit { id }', { id: child, parentId: parent }),
    ]);
    expect(results.filter((result) => result.userErrors.length === 0)).toHaveLength(1);
    expect(
      await count(sql`select 1 from units child join units parent on parent.id = child.parent_id
        where child.closed_on is null and parent.closed_on is not null`),
    ).toBe(0);
  });
});

describe('a removed person holds nothing', () => {
  it('removes a person given a role at the same moment with the role, or refuses the role', async () => {
    const unit = await createUnit('Avdeling for avskjed');
    for (const givenName of ['Avskjed', 'Farvel', 'Adjø']) {
      const person = await addPerson(givenName, `${givenName.toLowerCase()}@bergen.kommune.no`);
      const [removed, employed] = await Promise.all([
        mutate('removePerson', 'RemovePersonInput', 'removedPersonId', { id: person }),
        mutate('startEmployment', 'StartEmploymentInput', 'employment { id }', {
          personId: person,
          unitId: unit,
          title: 'Rådgiver',
          startDate: '2025-01-01',
        }),
      ]);
      expect(removed.userErrors).toEqual([]);
      if (!employed.employment) {
        expect(employed.userErrors).toEqual([
          { code: 'NOT_FOUND', field: ['input', 'personId'], message: 'No person has this id.' },
        ]);
      }
      expect(await count(sql`select 1 from employments where person_id = ${person}`)).toBe(0);
    }
    expect(
      await refusedConstraint(
        sql`insert into employments (person_id, unit_id, title, start_date)
            values (gen_random_uuid(), ${unit}, 'Rådgiver', '2025-01-01')`,
      ),
    ).toBe('employments_person_id_persons_id_fk');
  });
});

describe('one unit per organisation number', () => {
  it('gives one of two units registered at once with the same number that number', async () => {
    const register = (name: string) => () =>
      mutate('createUnit', 'CreateUnitInput', 'unit { id }', {
        municipalityNumber: municipality,
        name,
        kind: 'SCHOOL',
        organizationNumber: '974600951',
      });
    await race([register('Nordnes skole'), register('Nordnæs skole')], {
      code: 'DUPLICATE',
      field: ['input', 'organizationNumber'],
    });
    expect(await count(sql`select 1 from units where organization_number = '974600951'`)).toBe(1);
    expect(
      await refusedConstraint(
        sql`insert into units (municipality_number, name, kind, organization_number)
            values (${municipality}, 'Kopi', 'SCHOOL', '974600951')`,
      ),
    ).toBe('units_organization_number_idx');
    const [first, second] = [await createUnit('Skole A'), await createUnit('Skole B')];
    const number = (id: string) => () =>
      mutate('updateUnit', 'UpdateUnitInput', 'unit { id }', { id, organizationNumber: '974600943' });
    await race([number(first), number(second)], {
      code: 'DUPLICATE',
      field: ['input', 'organizationNumber'],
    });
    expect(await count(sql`select 1 from units where organization_number = '974600943'`)).toBe(1);
  });
});

describe("one name per municipality's local list", () => {
  it('creates one of two lists of the same name created at once', async () => {
    const create = () =>
      mutate('createLocalList', 'CreateLocalListInput', 'party { id }', {
        municipalityNumber: municipality,
        name: 'Bygdelista for Bergen',
      });
    await race([create, create], { code: 'DUPLICATE', field: ['input', 'name'] });
    expect(await count(sql`select 1 from parties where name = 'Bygdelista for Bergen'`)).toBe(1);
    expect(
      await refusedConstraint(
        sql`insert into parties (municipality_number, name) values (${municipality}, 'Bygdelista for Bergen')`,
      ),
    ).toBe('parties_municipality_number_name_idx');
  });
});
