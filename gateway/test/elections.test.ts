import { type Role } from '@registers/access';
import { auditEntries } from '@registers/platform';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startSystem, type System } from './support/system.ts';

/**
 * After a municipal election: the result loaded as the new period's council, each candidate
 * matched to the persons elected before (name, list, birth year), corrected by a contact
 * person, then confirmed in one transaction.
 */
let system: System;
const tokens: Record<string, string> = {};

interface Member {
  role: string;
  substituteRank: number | null;
  party: { id: string; code: string | null; name: string } | null;
  person: { id: string; name: string };
}
let M: string;
let council2023: { id: string; members: Member[] };
/** Everyone in any of M's bodies: a name among them is "elected before". */
let electedBefore: Member[];

beforeAll(async () => {
  system = await startSystem({ demoScale: 0.002, driver: 'postgres' });
  tokens['admin'] = await system.tokenFor({ subject: 'admin', roles: ['administrator' as Role] });
  const { data } = await postGraphQL<any>(
    system.gateway.url,
    {
      query: `{ municipalities { number electedBodies { id kind members {
        role substituteRank party { id code name } person { id name } } } } }`,
    },
    { authorization: `Bearer ${tokens['admin']}` },
  );
  const withCouncil = data.municipalities.find((m: any) =>
    m.electedBodies.some((b: any) => b.kind === 'MUNICIPAL_COUNCIL'),
  );
  M = withCouncil.number;
  council2023 = withCouncil.electedBodies.find((b: any) => b.kind === 'MUNICIPAL_COUNCIL');
  electedBefore = withCouncil.electedBodies.flatMap((b: any) => b.members);
  tokens['kr'] = await system.tokenFor({
    subject: 'kr-m',
    roles: ['kr-contact' as Role],
    municipalities: [M],
  });
  tokens['kr-other'] = await system.tokenFor({
    subject: 'kr-other',
    roles: ['kr-contact' as Role],
    municipalities: [M === '0301' ? '4601' : '0301'],
  });
});
afterAll(async () => {
  await system?.close();
});

async function mutate(as: string | null, name: string, selection: string, input: Record<string, unknown>) {
  const inputType = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const response = await postGraphQL<Record<string, any>>(
    system.gateway.url,
    {
      query: `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} userErrors { code field message } } }`,
      variables: { input },
    },
    as ? { authorization: `Bearer ${tokens[as]}` } : {},
  );
  return { errors: response.errors, payload: response.data?.[name] };
}

const resultSelection = `electionResult { id status matched newPersons ambiguous candidates {
  id list name substituteRank birthYear match matchedBy party { id name } person { id name } alternatives { id } } }`;

/** Names that only one person elected before bears, so that a name alone matches them. */
function uniquelyNamedMembers(): Member[] {
  const count = new Map<string, number>();
  for (const m of electedBefore) {
    const key = m.person.name.toLowerCase();
    const ids = new Set(
      electedBefore.filter((o) => o.person.name.toLowerCase() === key).map((o) => o.person.id),
    );
    count.set(key, ids.size);
  }
  return council2023.members.filter(
    (m) => m.role !== 'SUBSTITUTE' && m.party && count.get(m.person.name.toLowerCase()) === 1,
  );
}

const listOf = (member: Member) => member.party!.code ?? member.party!.name;
const otherList = (member: Member) => (member.party!.code === 'A' ? 'H' : 'A');

async function electionResults() {
  const { data } = await postGraphQL<any>(
    system.gateway.url,
    {
      query: 'query ($m: MunicipalityNumber!) { electionResults(municipalityNumber: $m) { id status } }',
      variables: { m: M },
    },
    { authorization: `Bearer ${tokens['admin']}` },
  );
  return data.electionResults as { id: string; status: string }[];
}

describe('loading an election result', () => {
  it('refuses bad input field by field and writes nothing', async () => {
    const { payload } = await mutate('kr', 'loadElectionResult', resultSelection, {
      municipalityNumber: M,
      periodStartYear: 2027,
      candidates: [
        { body: 'COUNTY_COUNCIL', list: 'A', name: 'Kari Nordmann' },
        { body: 'MUNICIPAL_COUNCIL', list: 'A', name: 'Cher' },
        { body: 'MUNICIPAL_COUNCIL', list: 'A', name: 'Ola Nordmann', birthYear: 2020 },
        { body: 'MUNICIPAL_COUNCIL', list: 'H', name: 'Per Hansen', substituteRank: 1 },
        { body: 'MUNICIPAL_COUNCIL', list: 'H', name: 'Pål Hansen', substituteRank: 1 },
      ],
    });
    expect(payload.electionResult).toBeNull();
    expect(payload.userErrors.map((e: any) => [e.code, e.field.join('.')])).toEqual([
      ['INVALID', 'input.candidates.0.body'],
      ['INVALID', 'input.candidates.1.name'],
      ['INVALID', 'input.candidates.2.birthYear'],
      ['DUPLICATE', 'input.candidates.4.substituteRank'],
    ]);
    const wrongYear = await mutate('kr', 'loadElectionResult', 'electionResult { id }', {
      municipalityNumber: M,
      periodStartYear: 2026,
      candidates: [{ body: 'MUNICIPAL_COUNCIL', list: 'A', name: 'Kari Nordmann' }],
    });
    expect(wrongYear.payload.userErrors[0]).toMatchObject({
      code: 'INVALID',
      field: ['input', 'periodStartYear'],
    });
    expect(await electionResults()).toEqual([]);
  });

  it('refuses a year far out of range and a list named with a NUL (found by mutation-fuzzing.test.ts: both were server errors)', async () => {
    const { errors, payload } = await mutate('kr', 'loadElectionResult', 'electionResult { id }', {
      municipalityNumber: M,
      periodStartYear: -2_147_483_648,
      candidates: [{ body: 'MUNICIPAL_COUNCIL', list: 'Bygde\u0000listen', name: 'Kari Nordmann' }],
    });
    expect(errors).toBeUndefined();
    expect(payload.userErrors.map((e: any) => [e.code, e.field.join('.')])).toEqual([
      ['INVALID', 'input.periodStartYear'],
      ['INVALID', 'input.candidates.0.list'],
    ]);
  });

  it('is bounded: more than 2,000 candidates are refused', async () => {
    const { payload } = await mutate('kr', 'loadElectionResult', 'electionResult { id }', {
      municipalityNumber: M,
      periodStartYear: 2027,
      candidates: Array.from({ length: 2_001 }, (_, i) => ({
        body: 'MUNICIPAL_COUNCIL',
        list: 'A',
        name: `Kandidat Nummer${i}`,
      })),
    });
    expect(payload.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'candidates'] }),
    ]);
  });

  it("is for the municipality's own contact persons and administrators only", async () => {
    const input = {
      municipalityNumber: M,
      periodStartYear: 2027,
      candidates: [{ body: 'MUNICIPAL_COUNCIL', list: 'A', name: 'Kari Nordmann' }],
    };
    const other = await mutate('kr-other', 'loadElectionResult', 'electionResult { id }', input);
    expect(other.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const anonymous = await mutate(null, 'loadElectionResult', 'electionResult { id }', input);
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const reading = await postGraphQL<any>(
      system.gateway.url,
      {
        query: 'query ($m: MunicipalityNumber!) { electionResults(municipalityNumber: $m) { id } }',
        variables: { m: M },
      },
      { authorization: `Bearer ${tokens['kr-other']}` },
    );
    expect(reading.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(await electionResults()).toEqual([]);
  });
});

describe('matching, correcting and confirming', () => {
  let resultId: string;
  let reelected: Member[];
  let namesake: Member;

  it('matches on the name, on the list where two candidates share a name, and makes new persons of the rest', async () => {
    reelected = uniquelyNamedMembers().slice(0, 3);
    expect(reelected.length).toBe(3);
    namesake = reelected[0]!;
    const { payload } = await mutate('kr', 'loadElectionResult', resultSelection, {
      municipalityNumber: M,
      periodStartYear: 2027,
      candidates: [
        ...reelected.map((m) => ({
          body: 'MUNICIPAL_COUNCIL',
          list: listOf(m),
          name: m.person.name,
          birthYear: 1970,
        })),
        // One name, two lists: the list tells the re-elected from the newcomer.
        { body: 'MUNICIPAL_COUNCIL', list: otherList(namesake), name: namesake.person.name.toUpperCase() },
        { body: 'MUNICIPAL_COUNCIL', list: 'Bygdelista for framtida', name: 'Synnøve Fjellheim' },
        { body: 'MUNICIPAL_COUNCIL', list: 'A', name: 'Eirik  Vestrheim', substituteRank: 1 },
      ],
    });
    expect(payload.userErrors).toEqual([]);
    const result = payload.electionResult;
    resultId = result.id;
    expect(result).toMatchObject({ status: 'PROPOSED', matched: 3, newPersons: 3, ambiguous: 0 });
    expect(result.candidates.map((c: any) => [c.match, c.matchedBy, c.person?.id ?? null])).toEqual([
      ['MATCHED', 'NAME_AND_LIST', namesake.person.id],
      ['MATCHED', 'NAME', reelected[1]!.person.id],
      ['MATCHED', 'NAME', reelected[2]!.person.id],
      ['NEW_PERSON', null, null],
      ['NEW_PERSON', null, null],
      ['NEW_PERSON', null, null],
    ]);
    // A local list not registered yet is made on confirmation.
    expect(result.candidates[4].party).toBeNull();
    // Nothing is in the register yet.
    const { data } = await postGraphQL<any>(system.gateway.url, {
      query:
        'query ($m: MunicipalityNumber!) { municipality(number: $m) { electedBodies(periodStartYear: 2027) { id } } }',
      variables: { m: M },
    });
    expect(data.municipality.electedBodies).toEqual([]);
  });

  it('leaves a person two candidates would take to a contact person, and refuses to confirm until decided', async () => {
    const person = reelected[1]!;
    const { payload } = await mutate('kr', 'loadElectionResult', resultSelection, {
      municipalityNumber: M,
      periodStartYear: 2027,
      candidates: [
        ...reelected.map((m) => ({
          body: 'MUNICIPAL_COUNCIL',
          list: listOf(m),
          name: m.person.name,
          birthYear: 1970,
        })),
        { body: 'MUNICIPAL_COUNCIL', list: otherList(namesake), name: namesake.person.name },
        { body: 'MUNICIPAL_COUNCIL', list: 'Bygdelista for framtida', name: 'Synnøve Fjellheim' },
        { body: 'MUNICIPAL_COUNCIL', list: 'A', name: 'Eirik Vestrheim', substituteRank: 1 },
        // The same name on the same list twice: which of them sat before is not for the register to guess.
        { body: 'MUNICIPAL_COUNCIL', list: listOf(person), name: person.person.name, substituteRank: 2 },
      ],
    });
    expect(payload.userErrors).toEqual([]);
    // Loading again replaced the result that was not confirmed.
    expect(payload.electionResult.id).not.toBe(resultId);
    expect((await electionResults()).map((r) => r.id)).toEqual([payload.electionResult.id]);
    resultId = payload.electionResult.id;
    const candidates = payload.electionResult.candidates;
    expect(candidates[1]).toMatchObject({ match: 'AMBIGUOUS', alternatives: [{ id: person.person.id }] });
    expect(candidates[6]).toMatchObject({ match: 'AMBIGUOUS', alternatives: [{ id: person.person.id }] });

    const refused = await mutate('kr', 'confirmElectionResult', 'electionResult { id }', { id: resultId });
    expect(refused.payload.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'id'] }),
    ]);

    const toPerson = await mutate(
      'kr',
      'correctElectionMatch',
      'candidate { match matchedBy person { id } }',
      {
        candidateId: candidates[1].id,
        personId: person.person.id,
      },
    );
    expect(toPerson.payload).toMatchObject({
      candidate: { match: 'MATCHED', matchedBy: 'CORRECTED', person: { id: person.person.id } },
      userErrors: [],
    });
    // One person, one candidacy.
    const twice = await mutate('kr', 'correctElectionMatch', 'candidate { id }', {
      candidateId: candidates[6].id,
      personId: person.person.id,
    });
    expect(twice.payload.userErrors).toEqual([expect.objectContaining({ code: 'DUPLICATE' })]);
    const toNew = await mutate('kr', 'correctElectionMatch', 'candidate { match person { id } }', {
      candidateId: candidates[6].id,
      personId: null,
    });
    expect(toNew.payload.candidate).toEqual({ match: 'NEW_PERSON', person: null });
    const other = await mutate('kr-other', 'correctElectionMatch', 'candidate { id }', {
      candidateId: candidates[6].id,
      personId: null,
    });
    expect(other.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('confirms in one go: the 2027 council with the same persons kept, new ones registered, the 2023 memberships ended', async () => {
    const auditBefore = await system.municipality.database.db.$count(auditEntries);
    const { payload } = await mutate(
      'kr',
      'confirmElectionResult',
      `electionResult { status candidates { person { id } } } council { id name period { label } members {
        role substituteRank party { name municipality { number } } person { id name } } }`,
      { id: resultId },
    );
    expect(payload.userErrors).toEqual([]);
    expect(payload.electionResult.status).toBe('CONFIRMED');
    const council = payload.council;
    expect(council).toMatchObject({ name: 'Kommunestyret', period: { label: '2027–2031' } });
    expect(council.members).toHaveLength(7);
    const ids = council.members.map((m: any) => m.person.id);
    for (const m of reelected) expect(ids).toContain(m.person.id);
    expect(new Set(ids).size).toBe(7);
    expect(
      council.members.filter((m: any) => m.role === 'SUBSTITUTE').map((m: any) => m.substituteRank),
    ).toEqual([1, 2]);
    const local = council.members.find((m: any) => m.person.name === 'Synnøve Fjellheim');
    expect(local.party).toEqual({ name: 'Bygdelista for framtida', municipality: { number: M } });
    // Every candidate now names its person.
    expect(payload.electionResult.candidates.every((c: any) => c.person !== null)).toBe(true);

    const { data } = await postGraphQL<any>(system.gateway.url, {
      query: `query ($id: ID!) { electedBody(id: $id) { members { endDate } } }`,
      variables: { id: council2023.id },
    });
    expect(data.electedBody.members.length).toBeGreaterThan(0);
    for (const member of data.electedBody.members) expect(member.endDate).toBe('2027-09-30');
    // Audited: the result, the new persons, lists, body and memberships, the ended memberships.
    expect(await system.municipality.database.db.$count(auditEntries)).toBeGreaterThan(
      auditBefore + council2023.members.length + 7,
    );
    const [entry] = await system.municipality.database.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.entityId, resultId))
      .orderBy(auditEntries.id)
      .then((rows) => rows.slice(-1));
    expect(entry).toMatchObject({ actor: 'kr-m', entityType: 'ELECTION_RESULT', action: 'updated' });
  });

  it('refuses to confirm or load the confirmed period again, or to correct its matches', async () => {
    const again = await mutate('kr', 'confirmElectionResult', 'electionResult { id }', { id: resultId });
    expect(again.payload.userErrors[0]).toMatchObject({ code: 'INVALID' });
    const reload = await mutate('kr', 'loadElectionResult', 'electionResult { id }', {
      municipalityNumber: M,
      periodStartYear: 2027,
      candidates: [{ body: 'MUNICIPAL_COUNCIL', list: 'A', name: 'Kari Nordmann' }],
    });
    expect(reload.payload.userErrors[0]).toMatchObject({
      code: 'DUPLICATE',
      field: ['input', 'periodStartYear'],
    });
  });

  it('finds no result for an id that is not a UUID (found by mutation-fuzzing.test.ts: it was a server error)', async () => {
    for (const id of ['not-a-uuid', 'x'.repeat(10_000), '']) {
      const response = await mutate('kr', 'confirmElectionResult', 'electionResult { id }', { id });
      expect(response.errors).toBeUndefined();
      expect(response.payload.userErrors).toEqual([
        expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'id'] }),
      ]);
    }
  });

  it('tells two persons of one name on one list apart by the birth year an earlier result gave', async () => {
    const namesakes = (await electionResults()).length; // one confirmed result so far
    expect(namesakes).toBe(1);
    const { payload } = await mutate('kr', 'loadElectionResult', resultSelection, {
      municipalityNumber: M,
      periodStartYear: 2031,
      candidates: [
        {
          body: 'MUNICIPAL_COUNCIL',
          list: listOf(reelected[2]!),
          name: reelected[2]!.person.name,
          birthYear: 1970,
        },
        {
          body: 'MUNICIPAL_COUNCIL',
          list: listOf(reelected[2]!),
          name: reelected[2]!.person.name,
          birthYear: 1991,
        },
      ],
    });
    expect(payload.userErrors).toEqual([]);
    expect(payload.electionResult.candidates.map((c: any) => [c.match, c.person?.id ?? null])).toEqual([
      ['MATCHED', reelected[2]!.person.id],
      ['NEW_PERSON', null],
    ]);
  });
});
