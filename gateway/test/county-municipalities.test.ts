import { type Role } from '@registers/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directAllMunicipalities, drizzleRunner } from '../bench/direct-sql.ts';
import {
  AllMunicipalitiesOrganisationDocument,
  CountyMunicipalityOrganisationDocument,
} from '@registers/client';
import { execute, postGraphQL, startSystem, type System } from './support/system.ts';

/**
 * County municipalities (fylkeskommuner) are local authorities as municipalities are: their
 * organisation, elected bodies, companies, persons, contact persons' rights and change feed work
 * the same, under the number county number + 00 (4600 Vestland fylkeskommune).
 */
let system: System;
const tokens: Record<string, string> = {};
const vestland = '4600';
const bergen = '4601';

beforeAll(async () => {
  system = await startSystem({ demoScale: 0.002, driver: 'postgres' });
  tokens['kr-vestland'] = await system.tokenFor({
    subject: 'kr-vestland',
    roles: ['kr-contact' as Role],
    municipalities: [vestland],
  });
  tokens['kr-bergen'] = await system.tokenFor({
    subject: 'kr-bergen',
    roles: ['kr-contact' as Role],
    municipalities: [bergen],
  });
  tokens['admin'] = await system.tokenFor({ subject: 'admin', roles: ['administrator' as Role] });
});
afterAll(async () => {
  await system?.close();
});

async function ask(as: string | null, query: string, variables: Record<string, unknown> = {}) {
  return await postGraphQL<Record<string, any>>(
    system.gateway.url,
    { query, variables },
    as ? { authorization: `Bearer ${tokens[as]}` } : {},
  );
}

async function mutate(as: string, name: string, inputType: string, selection: string, input: object) {
  const response = await ask(
    as,
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} userErrors { code field message } } }`,
    { input },
  );
  return { code: response.errors?.[0]?.extensions?.['code'], payload: response.data?.[name] };
}

const createUnit = (as: string, municipalityNumber: string, name: string) =>
  mutate(as, 'createUnit', 'CreateUnitInput', 'unit { id municipality { number kind } }', {
    municipalityNumber,
    name,
    kind: 'SCHOOL',
  });

const createBody = (as: string, municipalityNumber: string, kind: string, name: string) =>
  mutate(as, 'createElectedBody', 'CreateElectedBodyInput', 'electedBody { id kind name }', {
    municipalityNumber,
    kind,
    name,
    periodStartYear: 2027,
  });

describe('county municipalities in the register', () => {
  it("gives a county's organisation through its county municipality, with a council sized by the law", async () => {
    const { electedBodies, memberships, units, municipalityDetails } = system.population;
    // The demo gives at least one county municipality a council at any scale.
    const council = electedBodies.find((b) => b.kind === 'COUNTY_COUNCIL')!;
    const number = council.municipalityNumber;
    const response = await execute(system.gateway.url, CountyMunicipalityOrganisationDocument, {
      countyNumber: number.slice(0, 2),
    });
    expect(response.errors).toBeUndefined();
    const countyMunicipality = response.data!.county!.countyMunicipality;
    expect(countyMunicipality).toMatchObject({
      number,
      kind: 'COUNTY_MUNICIPALITY',
      name: `${response.data!.county!.name.split(' - ')[0]} fylkeskommune`,
      organizationNumber: municipalityDetails.find((m) => m.number === number)!.details.organizationNumber,
    });
    expect(countyMunicipality.units.map((u) => u.id).sort()).toEqual(
      units
        .filter((u) => u.municipalityNumber === number)
        .map((u) => u.id)
        .sort(),
    );
    const bodies = countyMunicipality.electedBodies;
    expect(bodies.map((b) => b.name)).toEqual(
      expect.arrayContaining(['Fylkestinget', 'Fylkesutvalget', 'Kontrollutvalget']),
    );
    const seats = bodies[0]!.members.filter((m) => m.role !== 'SUBSTITUTE');
    expect(bodies[0]!.kind).toBe('COUNTY_COUNCIL');
    // As seeded; the demo register's own test holds the sizes to kommuneloven § 5-5.
    expect(seats).toHaveLength(
      memberships.filter((m) => m.bodyId === council.id && m.role !== 'SUBSTITUTE').length,
    );
    expect(seats.every((m) => m.party?.code)).toBe(true);
    expect(countyMunicipality.companyOwnerships.map((o) => o.company.name)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Kollektivtrafikk AS$/)]),
    );
  });

  it("gives Oslo kommune (0301) as Oslo's county municipality, and a county's deprecated organisation number as its county municipality's", async () => {
    const response = await ask(
      null,
      `{ oslo: county(number: "03") { organizationNumber countyMunicipality { number kind name organizationNumber } }
         vestland: county(number: "46") { organizationNumber countyMunicipality { number kind name organizationNumber county { number } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const { oslo, vestland } = response.data!;
    expect(oslo.countyMunicipality).toMatchObject({ number: '0301', kind: 'MUNICIPALITY', name: 'Oslo' });
    expect(oslo.organizationNumber).toBe(oslo.countyMunicipality.organizationNumber);
    expect(vestland.countyMunicipality).toEqual({
      number: '4600',
      kind: 'COUNTY_MUNICIPALITY',
      name: 'Vestland fylkeskommune',
      organizationNumber: '821311632',
      county: { number: '46' },
    });
    expect(vestland.organizationNumber).toBe('821311632');
  });

  it('lists the 357 municipalities by default, the county municipalities by kind', async () => {
    const response = await ask(
      null,
      `{ municipalities { number }
         countyMunicipalities: municipalities(kinds: [COUNTY_MUNICIPALITY]) { number kind }
         inVestland: municipalities(countyNumber: "46", kinds: [COUNTY_MUNICIPALITY]) { number }
         county(number: "46") { municipalities { number } } }`,
    );
    expect(response.errors).toBeUndefined();
    const data = response.data!;
    expect(data.municipalities).toHaveLength(357);
    expect(data.countyMunicipalities).toHaveLength(14);
    for (const { number, kind } of data.countyMunicipalities) {
      expect(number).toMatch(/^\d{2}00$/);
      expect(kind).toBe('COUNTY_MUNICIPALITY');
    }
    expect(data.inVestland).toEqual([{ number: '4600' }]);
    expect(data.county.municipalities.map((m: { number: string }) => m.number)).not.toContain('4600');
  });

  it('pulls the whole register with the county municipalities, each local authority once, as the direct-SQL baseline builds it', async () => {
    const response = await execute(system.gateway.url, AllMunicipalitiesOrganisationDocument);
    expect(response.errors).toBeUndefined();
    const { municipalities } = response.data!;
    expect(municipalities).toHaveLength(357 + 14);
    expect(municipalities.filter((m) => m.kind === 'COUNTY_MUNICIPALITY')).toHaveLength(14);
    expect(municipalities.filter((m) => m.number === '0301')).toHaveLength(1);
    expect(municipalities.flatMap((m) => m.units)).toHaveLength(system.population.units.length);
    expect(municipalities.flatMap((m) => m.electedBodies).map((b) => b.kind)).toContain('COUNTY_COUNCIL');

    const direct = await directAllMunicipalities(
      drizzleRunner(system.municipality.database.db),
      drizzleRunner(system.interests.database.db),
    );
    expect(direct).toEqual(response.data);
  });
});

describe("a county municipality's contact persons", () => {
  let unitId: string;

  it('create units and a county council in their county municipality, and nowhere else', async () => {
    const created = await createUnit('kr-vestland', vestland, 'Årstad videregående skole');
    expect(created.payload.userErrors).toEqual([]);
    expect(created.payload.unit.municipality).toEqual({ number: vestland, kind: 'COUNTY_MUNICIPALITY' });
    unitId = created.payload.unit.id;
    const council = await createBody('kr-vestland', vestland, 'COUNTY_COUNCIL', 'Fylkestinget');
    expect(council.payload).toMatchObject({ electedBody: { kind: 'COUNTY_COUNCIL' }, userErrors: [] });

    expect((await createUnit('kr-vestland', bergen, 'Slettebakken skole')).code).toBe('FORBIDDEN');
    expect((await createBody('kr-vestland', bergen, 'MUNICIPAL_COUNCIL', 'Bystyret')).code).toBe('FORBIDDEN');
    expect((await createUnit('kr-bergen', vestland, 'Bergen katedralskole')).code).toBe('FORBIDDEN');
    expect((await createBody('kr-bergen', vestland, 'COUNTY_COUNCIL', 'Fylkestinget')).code).toBe(
      'FORBIDDEN',
    );
  });

  it('register persons of their county municipality, whose contact details only they see', async () => {
    const added = await mutate(
      'kr-vestland',
      'addPerson',
      'AddPersonInput',
      'person { id municipalityNumber }',
      {
        municipalityNumber: vestland,
        givenName: 'Ingrid',
        familyName: 'Lie',
        email: 'ingrid.lie@vestlandfylke.no',
      },
    );
    expect(added.payload.person.municipalityNumber).toBe(vestland);
    const personId = added.payload.person.id;
    const employed = await mutate(
      'kr-vestland',
      'startEmployment',
      'StartEmploymentInput',
      'employment { id }',
      {
        personId,
        unitId,
        title: 'Rektor',
        isLeader: true,
        startDate: '2026-08-01',
      },
    );
    expect(employed.payload.userErrors).toEqual([]);

    const query = 'query ($id: ID!) { person(id: $id) { email } }';
    expect((await ask('kr-vestland', query, { id: personId })).data?.person.email).toBe(
      'ingrid.lie@vestlandfylke.no',
    );
    const asBergen = await ask('kr-bergen', query, { id: personId });
    expect(asBergen.data?.person.email).toBeNull();
    expect(asBergen.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it("find a county municipality's changes in the feed by its number", async () => {
    const renamed = await mutate('kr-vestland', 'updateUnit', 'UpdateUnitInput', 'unit { name }', {
      id: unitId,
      name: 'Årstad vidaregåande skule',
    });
    expect(renamed.payload.userErrors).toEqual([]);
    const feed = async (municipalityNumber: string) => {
      const response = await ask(
        null,
        `query ($number: MunicipalityNumber!) { changes(municipalityNumber: $number, entityTypes: [UNIT], first: 1000) {
           edges { node { entityId changeType changedFields municipality { number kind } } } } }`,
        { number: municipalityNumber },
      );
      expect(response.errors).toBeUndefined();
      return (response.data!.changes.edges as { node: Record<string, any> }[]).map((edge) => edge.node);
    };
    const ofUnit = (await feed(vestland)).filter((change) => change.entityId === unitId);
    expect(ofUnit.map((change) => change.changeType)).toEqual(['CREATED', 'UPDATED']);
    expect(ofUnit[1]).toMatchObject({
      changedFields: ['name'],
      municipality: { number: vestland, kind: 'COUNTY_MUNICIPALITY' },
    });
    expect((await feed(bergen)).map((change) => change.entityId)).not.toContain(unitId);
  });
});

describe("a local authority's council by its kind", () => {
  it('is a county council in a county municipality and a municipal council in a municipality, Oslo included', async () => {
    const refused = [
      await createBody('admin', vestland, 'MUNICIPAL_COUNCIL', 'Kommunestyret'),
      await createBody('admin', bergen, 'COUNTY_COUNCIL', 'Fylkestinget'),
      await createBody('admin', '0301', 'COUNTY_COUNCIL', 'Fylkestinget'),
    ];
    for (const { payload } of refused) {
      expect(payload.electedBody).toBeNull();
      expect(payload.userErrors).toEqual([
        expect.objectContaining({ code: 'INVALID', field: ['input', 'kind'] }),
      ]);
    }
    const osloCouncil = await createBody('admin', '0301', 'MUNICIPAL_COUNCIL', 'Bystyret');
    expect(osloCouncil.payload.userErrors).toEqual([]);
    const committee = await createBody(
      'kr-vestland',
      vestland,
      'STANDING_COMMITTEE',
      'Hovedutvalg for samferdsel',
    );
    expect(committee.payload.userErrors).toEqual([]);
  });
});
