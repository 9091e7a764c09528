import { type Role } from '@registers/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startSystem, type System } from './support/system.ts';

/** Elected bodies with members, companies with owners and boards, contact persons. */
let system: System;
const tokens: Record<string, string> = {};
const bergen = '4601';
const askere = '3203';

beforeAll(async () => {
  system = await startSystem({ demoScale: 0.002, driver: 'postgres' });
  tokens['kr'] = await system.tokenFor({
    subject: 'kr-bergen',
    roles: ['kr-contact' as Role],
    municipalities: [bergen],
  });
  tokens['admin'] = await system.tokenFor({ subject: 'admin', roles: ['administrator' as Role] });
  tokens['company'] = await system.tokenFor({
    subject: 'company',
    roles: ['company-contact' as Role],
    companies: ['923609016'],
  });
});
afterAll(async () => {
  await system?.close();
});

async function mutate(
  as: string,
  name: string,
  inputType: string,
  selection: string,
  input: Record<string, unknown>,
) {
  const response = await postGraphQL<Record<string, any>>(
    system.gateway.url,
    {
      query: `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} userErrors { code field message } } }`,
      variables: { input },
    },
    { authorization: `Bearer ${tokens[as]}` },
  );
  return { errors: response.errors, payload: response.data?.[name] };
}

async function addPerson(givenName: string) {
  const { payload } = await mutate('kr', 'addPerson', 'AddPersonInput', 'person { id }', {
    municipalityNumber: bergen,
    givenName,
    familyName: 'Hansen',
    email: `${givenName.toLowerCase()}.hansen@bergen.kommune.no`,
  });
  return payload.person.id as string;
}

describe('elected bodies and their members', () => {
  let bodyId: string;
  let listId: string;

  it('creates a body only for an election period', async () => {
    const wrongYear = await mutate(
      'kr',
      'createElectedBody',
      'CreateElectedBodyInput',
      'electedBody { id }',
      {
        municipalityNumber: bergen,
        kind: 'STANDING_COMMITTEE',
        name: 'Utvalg for klima',
        periodStartYear: 2024,
      },
    );
    expect(wrongYear.payload.userErrors[0]).toMatchObject({
      code: 'INVALID',
      field: ['input', 'periodStartYear'],
    });
    const created = await mutate(
      'kr',
      'createElectedBody',
      'CreateElectedBodyInput',
      'electedBody { id period { label } }',
      {
        municipalityNumber: bergen,
        kind: 'STANDING_COMMITTEE',
        name: 'Utvalg for klima',
        periodStartYear: 2023,
      },
    );
    expect(created.payload.electedBody.period).toEqual({ label: '2023–2027' });
    bodyId = created.payload.electedBody.id;
    const list = await mutate(
      'kr',
      'createLocalList',
      'CreateLocalListInput',
      'party { id name municipality { number } }',
      {
        municipalityNumber: bergen,
        name: 'Folkestyrelisten',
      },
    );
    expect(list.payload.party).toMatchObject({ name: 'Folkestyrelisten', municipality: { number: bergen } });
    listId = list.payload.party.id;
  });

  it('adds members: one leader, ranked substitutes, a party of the municipality', async () => {
    const [leader, other, substitute] = [
      await addPerson('Leder'),
      await addPerson('Annen'),
      await addPerson('Vara'),
    ];
    const added = await mutate(
      'kr',
      'addMembership',
      'AddMembershipInput',
      'membership { id role party { name } person { id } }',
      {
        bodyId,
        personId: leader,
        role: 'LEADER',
        partyId: listId,
        startDate: '2023-10-15',
      },
    );
    expect(added.payload.membership).toMatchObject({
      role: 'LEADER',
      party: { name: 'Folkestyrelisten' },
      person: { id: leader },
    });

    const secondLeader = await mutate('kr', 'addMembership', 'AddMembershipInput', 'membership { id }', {
      bodyId,
      personId: other,
      role: 'LEADER',
      startDate: '2023-10-15',
    });
    expect(secondLeader.payload.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'role'] });

    const unranked = await mutate('kr', 'addMembership', 'AddMembershipInput', 'membership { id }', {
      bodyId,
      personId: substitute,
      role: 'SUBSTITUTE',
      startDate: '2023-10-15',
    });
    expect(unranked.payload.userErrors[0]).toMatchObject({ field: ['input', 'substituteRank'] });
    const ranked = await mutate(
      'kr',
      'addMembership',
      'AddMembershipInput',
      'membership { substituteRank body { members { role } } }',
      {
        bodyId,
        personId: substitute,
        role: 'SUBSTITUTE',
        substituteRank: 1,
        startDate: '2023-10-15',
      },
    );
    expect(ranked.payload.membership.substituteRank).toBe(1);
    expect(ranked.payload.membership.body.members.map((m: { role: string }) => m.role)).toEqual([
      'LEADER',
      'SUBSTITUTE',
    ]);

    // A new leader once the old one's membership has ended.
    const ended = await mutate('kr', 'endMembership', 'EndMembershipInput', 'membership { endDate }', {
      id: added.payload.membership.id,
      endDate: '2024-06-30',
    });
    expect(ended.payload.membership).toEqual({ endDate: '2024-06-30' });
    const successor = await mutate('kr', 'addMembership', 'AddMembershipInput', 'membership { role }', {
      bodyId,
      personId: other,
      role: 'LEADER',
      startDate: '2024-07-01',
    });
    expect(successor.payload.userErrors).toEqual([]);
  });

  it('refuses a local list named with a NUL (found by mutation-fuzzing.test.ts: it was a server error)', async () => {
    const refused = await mutate('admin', 'createLocalList', 'CreateLocalListInput', 'party { id }', {
      municipalityNumber: bergen,
      name: 'Bygde\u0000listen',
    });
    expect(refused.errors).toBeUndefined();
    expect(refused.payload.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'name'] }),
    ]);
  });

  it("refuses a local list of another municipality and a member of another municipality's contact", async () => {
    const person = await addPerson('Gjest');
    const foreignList = (
      await mutate('admin', 'createLocalList', 'CreateLocalListInput', 'party { id }', {
        municipalityNumber: askere,
        name: 'Askerlisten',
      })
    ).payload.party.id;
    const refused = await mutate('kr', 'addMembership', 'AddMembershipInput', 'membership { id }', {
      bodyId,
      personId: person,
      role: 'MEMBER',
      partyId: foreignList,
      startDate: '2023-10-15',
    });
    expect(refused.payload.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'partyId'] });
    const forbidden = await mutate('company', 'addMembership', 'AddMembershipInput', 'membership { id }', {
      bodyId,
      personId: person,
      role: 'MEMBER',
      startDate: '2023-10-15',
    });
    expect(forbidden.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});

describe('companies', () => {
  let companyId: string;

  it('registers a company with owners whose shares add up to at most 100', async () => {
    const tooMuch = await mutate('kr', 'createCompany', 'CreateCompanyInput', 'company { id }', {
      organizationNumber: '923609016',
      name: 'Bergen Vann KF',
      form: 'KF',
      owners: [
        { municipalityNumber: bergen, sharePercent: 80 },
        { municipalityNumber: askere, sharePercent: 30 },
      ],
    });
    expect(tooMuch.payload.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'owners'] });
    const wrongForm = await mutate('kr', 'createCompany', 'CreateCompanyInput', 'company { id }', {
      organizationNumber: '923609016',
      name: 'Bergen Vann',
      form: 'ORGL',
      owners: [{ municipalityNumber: bergen, sharePercent: 100 }],
    });
    expect(wrongForm.payload.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'form'] });

    const created = await mutate(
      'kr',
      'createCompany',
      'CreateCompanyInput',
      'company { id name owners { municipality { number } sharePercent } }',
      {
        organizationNumber: '923609016',
        name: 'Bergen Vann KF',
        form: 'KF',
        owners: [{ municipalityNumber: bergen, sharePercent: 100 }],
      },
    );
    expect(created.payload.userErrors).toEqual([]);
    expect(created.payload.company.owners).toEqual([{ municipality: { number: bergen }, sharePercent: 100 }]);
    companyId = created.payload.company.id;

    const duplicate = await mutate('kr', 'createCompany', 'CreateCompanyInput', 'company { id }', {
      organizationNumber: '923609016',
      name: 'Bergen Vann 2 KF',
      form: 'KF',
      owners: [{ municipalityNumber: bergen, sharePercent: 100 }],
    });
    expect(duplicate.payload.userErrors[0]).toMatchObject({
      code: 'DUPLICATE',
      field: ['input', 'organizationNumber'],
    });
  });

  it('refuses to take every owner away (found by mutation-fuzzing.test.ts: an empty list was a server error)', async () => {
    const refused = await mutate(
      'admin',
      'updateCompany',
      'UpdateCompanyInput',
      'company { owners { municipality { number } } }',
      { id: companyId, owners: [] },
    );
    expect(refused.errors).toBeUndefined();
    expect(refused.payload.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'owners'] }),
    ]);
    expect(refused.payload.company).toBeNull();
  });

  it("lets the company's contact change it and seat its board; one chief executive", async () => {
    const updated = await mutate(
      'company',
      'updateCompany',
      'UpdateCompanyInput',
      'company { name website }',
      {
        id: companyId,
        name: 'Bergen Vann og Avløp KF',
        website: 'https://www.bergenvann.no',
      },
    );
    expect(updated.payload.company).toEqual({
      name: 'Bergen Vann og Avløp KF',
      website: 'https://www.bergenvann.no',
    });
    const chief = await addPerson('Sjef');
    const started = await mutate(
      'company',
      'startCompanyRole',
      'StartCompanyRoleInput',
      'companyRole { company { chiefExecutive { id } } }',
      {
        companyId,
        personId: chief,
        role: 'CHIEF_EXECUTIVE',
        startDate: '2024-01-01',
      },
    );
    expect(started.payload.companyRole.company.chiefExecutive).toEqual({ id: chief });
    const second = await mutate(
      'company',
      'startCompanyRole',
      'StartCompanyRoleInput',
      'companyRole { id }',
      {
        companyId,
        personId: await addPerson('Nestsjef'),
        role: 'CHIEF_EXECUTIVE',
        startDate: '2024-01-01',
      },
    );
    expect(second.payload.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'role'] });

    const roles = await postGraphQL<Record<string, any>>(system.gateway.url, {
      query: `{ company(id: "${companyId}") { roles { id role } } }`,
    });
    const chiefRole = roles.data!['company'].roles.find(
      (r: { role: string }) => r.role === 'CHIEF_EXECUTIVE',
    );
    const ended = await mutate(
      'company',
      'endCompanyRole',
      'EndCompanyRoleInput',
      'companyRole { endDate company { chiefExecutive { id } } }',
      {
        id: chiefRole.id,
        endDate: '2025-12-31',
      },
    );
    expect(ended.payload.companyRole).toEqual({ endDate: '2025-12-31', company: { chiefExecutive: null } });
  });

  it('assigns contact persons for a municipality and a company', async () => {
    const person = await addPerson('Kontakt');
    const assigned = await mutate(
      'kr',
      'assignContactPerson',
      'AssignContactPersonInput',
      'contactPerson { id role municipality { number } }',
      {
        personId: person,
        role: 'BOTH',
        municipalityNumber: bergen,
      },
    );
    expect(assigned.payload.contactPerson).toMatchObject({ role: 'BOTH', municipality: { number: bergen } });
    const forCompany = await mutate(
      'kr',
      'assignContactPerson',
      'AssignContactPersonInput',
      'contactPerson { company { id } }',
      {
        personId: person,
        role: 'COMPANY',
        companyId,
      },
    );
    expect(forCompany.payload.contactPerson.company).toEqual({ id: companyId });
    const admin = await mutate(
      'kr',
      'assignContactPerson',
      'AssignContactPersonInput',
      'contactPerson { id }',
      {
        personId: person,
        role: 'ADMINISTRATOR',
      },
    );
    expect(admin.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

    const { data } = await postGraphQL<Record<string, any>>(system.gateway.url, {
      query: `{ municipality(number: "${bergen}") { contactPersons { role person { name } } } }`,
    });
    expect(data?.['municipality'].contactPersons).toEqual([
      { role: 'BOTH', person: { name: 'Kontakt Hansen' } },
    ]);

    const removed = await mutate(
      'kr',
      'removeContactPerson',
      'RemoveContactPersonInput',
      'removedContactPersonId',
      {
        id: assigned.payload.contactPerson.id,
      },
    );
    expect(removed.payload.removedContactPersonId).toBe(assigned.payload.contactPerson.id);

    const feed = await postGraphQL<Record<string, any>>(system.gateway.url, {
      query: `{ changes(first: 1000, entityTypes: [ELECTED_BODY, PARTY, MEMBERSHIP, COMPANY, COMPANY_ROLE, CONTACT_PERSON]) {
        edges { node { entityType changeType } } } }`,
    });
    const kinds = new Set(
      feed.data!['changes'].edges.map(
        (e: { node: { entityType: string; changeType: string } }) =>
          `${e.node.entityType} ${e.node.changeType}`,
      ),
    );
    for (const kind of [
      'ELECTED_BODY CREATED',
      'PARTY CREATED',
      'MEMBERSHIP CREATED',
      'MEMBERSHIP UPDATED',
      'COMPANY CREATED',
      'COMPANY UPDATED',
      'COMPANY_ROLE CREATED',
      'CONTACT_PERSON CREATED',
      'CONTACT_PERSON DELETED',
    ]) {
      expect(kinds).toContain(kind);
    }
  });
});
