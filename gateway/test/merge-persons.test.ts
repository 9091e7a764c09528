import { randomUUID } from 'node:crypto';
import { type LocalTokenRequest } from '@registers/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startSystem, type System } from './support/system.ts';

/**
 * "Merge or correct" after a municipal election: a member elected before stood under a new
 * name, so the confirmed result made a new person for them, who reports it. Kommuneregisteret's
 * contact person of the municipality merges the duplicate into the person kept (their roles
 * move, a double goes, the duplicate is removed, audited and in the feed), the follower of
 * the feed moves the positions in Styrevervregisteret, and its contact person resolves the
 * report as MERGED. Nobody else may merge, nor anyone across municipalities.
 */
let system: System;
const logLines: Record<string, unknown>[] = [];
const tokens: Record<string, string> = {};

let M: string;
let N: string;
/** The member elected before: the person kept. */
let kept: { id: string; name: string; party: string };
/** The new person the confirmed result made for them. */
let duplicate: { id: string; email: string };
/** A person registered by the other municipality. */
let elsewhere: string;
let newCouncilMembership: string;
let unitId: string;
let feedCursor: string;

beforeAll(async () => {
  system = await startSystem({ demoScale: 0.002, driver: 'postgres', logLines });
  const token = (request: Omit<LocalTokenRequest, 'subject'>, subject: string) =>
    system.tokenFor({ ...request, subject });
  tokens['admin'] = await token({ roles: ['administrator'] }, 'admin');
  const { data } = await gql(
    `{ municipalities { number units { id } electedBodies { kind members { role party { code name } person { id name municipalityNumber } } } } }`,
    {},
    'admin',
  );
  const municipalities = data!['municipalities'] as any[];
  const withCouncil = municipalities.find((m) =>
    m.electedBodies.some((b: any) => b.kind === 'MUNICIPAL_COUNCIL'),
  );
  M = withCouncil.number;
  unitId = withCouncil.units[0].id;
  const members = withCouncil.electedBodies.flatMap((b: any) => b.members);
  const member = members.find(
    (m: any) =>
      m.role === 'MEMBER' &&
      m.party &&
      m.person.municipalityNumber === M &&
      members.filter((o: any) => o.person.name === m.person.name).length === 1,
  );
  kept = {
    id: member.person.id,
    name: member.person.name,
    party: member.party.code ?? member.party.name,
  };
  N = M === '0301' ? '4601' : '0301';
  const added = await mutate('admin', 'addPerson', 'person { id }', {
    municipalityNumber: N,
    givenName: 'Annen',
    familyName: 'Kommune',
    email: `annen.${Date.now()}@example.no`,
  });
  expect(added.payload.userErrors).toEqual([]);
  elsewhere = added.payload.person.id;
  tokens['kr-M'] = await token({ roles: ['kr-contact'], municipalities: [M] }, 'kr-m');
  tokens['kr-N'] = await token({ roles: ['kr-contact'], municipalities: [N] }, 'kr-n');
  tokens['kr-M-and-N'] = await token({ roles: ['kr-contact'], municipalities: [M, N] }, 'kr-m-n');
  tokens['stv-M'] = await token({ roles: ['stv-contact'], municipalities: [M] }, 'stv-m');
});
afterAll(async () => {
  await system?.close();
});

async function gql(query: string, variables: Record<string, unknown> = {}, as?: string) {
  return postGraphQL<Record<string, any>>(
    system.gateway.url,
    { query, variables },
    as ? { authorization: `Bearer ${tokens[as] ?? as}` } : {},
  );
}

async function mutate(as: string | null, name: string, selection: string, input: Record<string, unknown>) {
  const inputType = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const response = await gql(
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} userErrors { code field message } } }`,
    { input },
    as ?? undefined,
  );
  return { errors: response.errors, payload: response.data?.[name] };
}

const codeOf = (response: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

/** What the municipality subgraph has written: its audit entries, its feed and the persons. */
async function written(): Promise<{ audit: number; feed: number; persons: number }> {
  const { rows } = await system.municipality.database.executeSql(
    `select (select count(*) from audit_entries)::int as audit, (select count(*) from change_events)::int as feed,
            (select count(*) from persons)::int as persons`,
  );
  return rows[0] as { audit: number; feed: number; persons: number };
}

const mergeSelection = 'person { id } removedPersonId';

describe('merging a duplicate person after an election', () => {
  it('starts from a confirmed result that made a new person for someone elected before', async () => {
    const [given, ...family] = kept.name.split(' ');
    const loaded = await mutate(
      'kr-M',
      'loadElectionResult',
      'electionResult { id candidates { match person { id } } }',
      {
        municipalityNumber: M,
        periodStartYear: 2027,
        // The member's new family name: no match, a new person.
        candidates: [
          { body: 'MUNICIPAL_COUNCIL', list: kept.party, name: `${given} ${family.join(' ')}sen` },
        ],
      },
    );
    expect(loaded.payload.userErrors).toEqual([]);
    expect(loaded.payload.electionResult.candidates).toEqual([{ match: 'NEW_PERSON', person: null }]);
    const confirmed = await mutate('kr-M', 'confirmElectionResult', 'council { id }', {
      id: loaded.payload.electionResult.id,
    });
    expect(confirmed.payload.userErrors).toEqual([]);
    const { data } = await gql('query ($id: ID!) { electedBody(id: $id) { members { id person { id } } } }', {
      id: confirmed.payload.council.id,
    });
    const [membership] = data!['electedBody'].members;
    newCouncilMembership = membership.id;
    const email = `duplikat.${Date.now()}@example.no`;
    duplicate = { id: membership.person.id, email };
    expect(duplicate.id).not.toBe(kept.id);
    const given_ = await mutate('kr-M', 'updatePersonContactDetails', 'person { id }', {
      personId: duplicate.id,
      email,
    });
    expect(given_.payload.userErrors).toEqual([]);
    // The same employment twice (a double, kept once), and one the duplicate alone holds.
    for (const [personId, title] of [
      [kept.id, 'Rådgiver'],
      [duplicate.id, 'Rådgiver'],
      [duplicate.id, 'Konsulent'],
    ] as const) {
      const started = await mutate('kr-M', 'startEmployment', 'employment { id }', {
        personId,
        unitId,
        title,
        startDate: '2027-01-01',
      });
      expect(started.payload.userErrors).toEqual([]);
    }

    // Styrevervregisteret starts its reconciliation; the new person reports the wrong match.
    await system.interests.follower!.catchUp();
    tokens['duplicate'] = await system.tokenFor({
      subject: 'duplicate',
      roles: ['position-holder'],
      personId: duplicate.id,
    });
    const reported = await mutate('duplicate', 'reportElectionMatchError', 'report { id }', {
      personId: duplicate.id,
      message: 'Jeg satt i kommunestyret før, under et annet etternavn.',
    });
    expect(reported.payload.userErrors).toEqual([]);
    const feed = await gql('{ changes(first: 1000) { pageInfo { endCursor } } }');
    feedCursor = feed.data!['changes'].pageInfo.endCursor;
  });

  it('refuses everyone but the KR contact persons of the municipality of both and administrators, writing nothing', async () => {
    const before = await written();
    const input = { personId: kept.id, duplicatePersonId: duplicate.id };
    for (const as of ['kr-N', 'stv-M', 'duplicate']) {
      expect(codeOf(await mutate(as, 'mergePersons', mergeSelection, input)), as).toBe('FORBIDDEN');
    }
    expect(codeOf(await mutate(null, 'mergePersons', mergeSelection, input))).toBe('UNAUTHENTICATED');
    // Across municipalities, either way, also for a contact person of both.
    for (const as of ['kr-M', 'kr-M-and-N']) {
      for (const across of [
        { personId: kept.id, duplicatePersonId: elsewhere },
        { personId: elsewhere, duplicatePersonId: duplicate.id },
      ]) {
        expect(codeOf(await mutate(as, 'mergePersons', mergeSelection, across)), as).toBe('FORBIDDEN');
      }
    }
    expect(await written()).toEqual(before);
    // A duplicate holding an assignment would pass it on: administrators only.
    const assigned = await mutate('admin', 'assignContactPerson', 'contactPerson { id }', {
      personId: duplicate.id,
      role: 'STV',
      municipalityNumber: M,
    });
    expect(assigned.payload.userErrors).toEqual([]);
    const afterAssigning = await written();
    expect(codeOf(await mutate('kr-M', 'mergePersons', mergeSelection, input))).toBe('FORBIDDEN');
    expect(await written()).toEqual(afterAssigning);
    const removed = await mutate('admin', 'removeContactPerson', 'removedContactPersonId', {
      id: assigned.payload.contactPerson.id,
    });
    expect(removed.payload.userErrors).toEqual([]);
    expect((await written()).persons).toBe(before.persons);
  });

  it('answers SAME_PERSON and NOT_FOUND as userErrors', async () => {
    const same = await mutate('kr-M', 'mergePersons', mergeSelection, {
      personId: kept.id,
      duplicatePersonId: kept.id,
    });
    expect(same.payload).toEqual({
      person: null,
      removedPersonId: null,
      userErrors: [expect.objectContaining({ code: 'SAME_PERSON', field: ['input', 'duplicatePersonId'] })],
    });
    const unknown = await mutate('kr-M', 'mergePersons', mergeSelection, {
      personId: randomUUID(),
      duplicatePersonId: duplicate.id,
    });
    expect(unknown.payload.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'personId'] }),
    ]);
  });

  it('gives the kept person the duplicate’s roles, keeps a double once, and removes the duplicate', async () => {
    const before = await written();
    const merged = await mutate('kr-M', 'mergePersons', mergeSelection, {
      personId: kept.id,
      duplicatePersonId: duplicate.id,
    });
    expect(merged.payload).toEqual({
      person: { id: kept.id },
      removedPersonId: duplicate.id,
      userErrors: [],
    });

    const gone = await gql('query ($id: ID!) { person(id: $id) { id } }', { id: duplicate.id }, 'admin');
    expect(codeOf(gone)).toBe('NOT_FOUND');
    const { data } = await gql(
      `query ($id: ID!) { person(id: $id) { name roles { __typename
        ... on Membership { id startDate }
        ... on Employment { title } } } }`,
      { id: kept.id },
      'admin',
    );
    const roles = data!['person'].roles as any[];
    expect(data!['person'].name).toBe(kept.name);
    expect(roles.filter((r) => r.__typename === 'Membership').map((r) => r.id)).toContain(
      newCouncilMembership,
    );
    const titles = roles.filter((r) => r.__typename === 'Employment').map((r) => r.title);
    expect(titles.filter((title) => title === 'Rådgiver')).toHaveLength(1);
    expect(titles.filter((title) => title === 'Konsulent')).toHaveLength(1);

    // The feed: each moved role UPDATED with its holder, the double and the duplicate DELETED.
    const feed = await gql(
      'query ($after: String) { changes(after: $after, first: 100) { edges { node { entityType entityId changeType changedFields } } } }',
      { after: feedCursor },
    );
    const events = feed.data!['changes'].edges.map((edge: any) => edge.node);
    expect(events).toContainEqual({
      entityType: 'MEMBERSHIP',
      entityId: newCouncilMembership,
      changeType: 'UPDATED',
      changedFields: ['personId'],
    });
    expect(
      events
        .filter((e: any) => e.entityType === 'EMPLOYMENT')
        .map((e: any) => e.changeType)
        .sort(),
    ).toEqual(['DELETED', 'UPDATED']);
    expect(events.at(-1)).toEqual({
      entityType: 'PERSON',
      entityId: duplicate.id,
      changeType: 'DELETED',
      changedFields: [],
    });

    // The merge's own audit entry: ids and counts, as the contact person, nothing personal.
    const audit = await system.municipality.database.executeSql(
      `select actor, after::text as after from audit_entries where entity_type = 'PERSON_MERGE' and entity_id = '${duplicate.id}'`,
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]!['actor']).toBe('kr-m');
    expect(JSON.parse(audit.rows[0]!['after'] as string)).toEqual({
      mergedIntoPersonId: kept.id,
      moved: 2,
      doubles: 1,
      candidacies: 1,
    });
    expect((await written()).persons).toBe(before.persons - 1);

    // The candidacy is the kept person's now: their birth year goes with them to the next election.
    const results = await gql(
      'query ($m: MunicipalityNumber!) { electionResults(municipalityNumber: $m) { candidates { match matchedBy person { id } } } }',
      { m: M },
      'kr-M',
    );
    expect(results.data!['electionResults'][0].candidates).toEqual([
      { match: 'MATCHED', matchedBy: 'CORRECTED', person: { id: kept.id } },
    ]);
  });

  let reportId: string;
  it('cannot resolve the report as MERGED before Styrevervregisteret has seen the merge', async () => {
    const reconciliation = await gql(
      `query ($m: MunicipalityNumber!) { electionReconciliation(municipalityNumber: $m, periodStartYear: 2027) { reports { id } } }`,
      { m: M },
      'stv-M',
    );
    reportId = reconciliation.data!['electionReconciliation'].reports[0].id;
    const resolve = (mergedIntoPersonId: string | null) =>
      mutate('stv-M', 'resolveElectionMatchReport', 'report { resolution }', {
        reportId,
        resolution: 'MERGED',
        mergedIntoPersonId,
      });
    // The follower has not read the merge yet: the duplicate is still in its projection.
    expect((await resolve(kept.id)).payload.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_MERGED', field: ['input', 'mergedIntoPersonId'] }),
    ]);
    expect((await resolve(null)).payload.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'mergedIntoPersonId'] }),
    ]);
    expect((await resolve(randomUUID())).payload.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'mergedIntoPersonId'] }),
    ]);
    const corrected = await mutate('stv-M', 'resolveElectionMatchReport', 'report { resolution }', {
      reportId,
      resolution: 'CORRECTED',
      mergedIntoPersonId: kept.id,
    });
    expect(corrected.payload.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'mergedIntoPersonId'] }),
    ]);
  });

  it('moves the positions in Styrevervregisteret when its follower reads the feed, and the report is resolved as MERGED', async () => {
    await system.interests.follower!.catchUp();
    const { data } = await gql(
      'query ($id: ID!) { person(id: $id) { declaration { positions { category role startDate source } } } }',
      { id: kept.id },
      'admin',
    );
    expect(data!['person'].declaration.positions).toContainEqual({
      category: 'ELECTED_OFFICE',
      role: 'Medlem',
      startDate: '2027-10-01',
      source: 'KOMMUNEREGISTERET',
    });
    const left = await system.interests.database.executeSql(
      `select (select count(*) from positions where person_id = '${duplicate.id}' and source = 'KOMMUNEREGISTERET')::int as positions,
              (select count(*) from kr_persons where person_id = '${duplicate.id}')::int as persons,
              (select count(*) from kr_roles where person_id = '${duplicate.id}')::int as roles`,
    );
    expect(left.rows[0]).toEqual({ positions: 0, persons: 0, roles: 0 });

    const resolved = await mutate(
      'stv-M',
      'resolveElectionMatchReport',
      'report { resolution mergedInto { id name } }',
      {
        reportId,
        resolution: 'MERGED',
        mergedIntoPersonId: kept.id,
        note: 'Slått sammen med registreringen fra før.',
      },
    );
    expect(resolved.payload).toEqual({
      report: { resolution: 'MERGED', mergedInto: { id: kept.id, name: kept.name } },
      userErrors: [],
    });
  });

  it('corrects a re-elected match that was someone else by moving the seat to a new person', async () => {
    // The next election re-elects the kept person, by name and list, but it was a namesake.
    const loaded = await mutate('kr-M', 'loadElectionResult', 'electionResult { id candidates { match } }', {
      municipalityNumber: M,
      periodStartYear: 2031,
      candidates: [{ body: 'MUNICIPAL_COUNCIL', list: kept.party, name: kept.name, birthYear: 1990 }],
    });
    expect(loaded.payload.electionResult.candidates).toEqual([{ match: 'MATCHED' }]);
    const confirmed = await mutate(
      'kr-M',
      'confirmElectionResult',
      'council { members { id person { id } } }',
      {
        id: loaded.payload.electionResult.id,
      },
    );
    const [seat] = confirmed.payload.council.members;
    expect(seat.person.id).toBe(kept.id);
    const added = await mutate('kr-M', 'addPerson', 'person { id }', {
      municipalityNumber: M,
      givenName: 'Navne',
      familyName: `Bror ${Date.now()}`,
      email: `navnebror.${Date.now()}@example.no`,
    });
    const namesake = added.payload.person.id as string;
    const input = { membershipId: seat.id, personId: namesake };

    const before = await written();
    for (const as of ['kr-N', 'stv-M']) {
      expect(codeOf(await mutate(as, 'moveMembership', 'membership { id }', input)), as).toBe('FORBIDDEN');
    }
    expect(codeOf(await mutate(null, 'moveMembership', 'membership { id }', input))).toBe('UNAUTHENTICATED');
    // A person of another municipality: only who may change them.
    const across = { membershipId: seat.id, personId: elsewhere };
    expect(codeOf(await mutate('kr-M', 'moveMembership', 'membership { id }', across))).toBe('FORBIDDEN');
    expect(await written()).toEqual(before);
    const same = await mutate('kr-M', 'moveMembership', 'membership { id }', { ...input, personId: kept.id });
    expect(same.payload.userErrors).toEqual([
      expect.objectContaining({ code: 'SAME_PERSON', field: ['input', 'personId'] }),
    ]);

    const moved = await mutate('kr-M', 'moveMembership', 'membership { id person { id } }', input);
    expect(moved.payload).toEqual({ membership: { id: seat.id, person: { id: namesake } }, userErrors: [] });
    const results = await gql(
      'query ($m: MunicipalityNumber!) { electionResults(municipalityNumber: $m) { period { startYear } candidates { matchedBy person { id } } } }',
      { m: M },
      'kr-M',
    );
    const result2031 = results.data!['electionResults'].find((r: any) => r.period.startYear === 2031);
    expect(result2031.candidates).toEqual([{ matchedBy: 'CORRECTED', person: { id: namesake } }]);

    await system.interests.follower!.catchUp();
    const positions = async (id: string) => {
      const { data } = await gql(
        'query ($id: ID!) { person(id: $id) { declaration { positions { category startDate } } } }',
        { id },
        'admin',
      );
      return (data!['person'].declaration?.positions ?? []) as { category: string; startDate: string }[];
    };
    expect(await positions(namesake)).toEqual([{ category: 'ELECTED_OFFICE', startDate: '2031-10-01' }]);
    expect((await positions(kept.id)).map((p) => p.startDate)).not.toContain('2031-10-01');
  });

  it('logs no e-mail address or name of the persons merged', () => {
    const text = logLines.map((line) => JSON.stringify(line)).join('\n');
    expect(logLines.length).toBeGreaterThan(0);
    expect(text).not.toContain(duplicate.email);
    expect(text).not.toContain(kept.name);
  });
});
