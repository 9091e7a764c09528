import {
  loadOrCreateKeyFile,
  publicIdentity,
  signInternalToken,
  systemIdentity,
  type Identity,
  type Role,
} from '@registers/access';
import {
  deleteLapsedHolders,
  followerIdentity,
  roleGraceDays,
  MunicipalityClient,
  ProjectionStore,
  startFollower,
  municipalityFeed,
  type RunningFollower,
} from '@registers/interests';
import { createLogger, INTERNAL_TOKEN_KEY_NAME, auditEntries } from '@registers/platform';
import { asc, eq, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startSystem, type System } from './support/system.ts';

/**
 * Styrevervregisteret follows Kommuneregisteret's change feed: role facts only in its own
 * database, from a stored cursor, each page with its cursor in one transaction, acknowledged in
 * the change receipts; a follower stopped mid-feed resumes with nothing lost or applied twice.
 */
const demoScale = 0.002;
const municipality = '4601';
let system: System;
let krToken = '';
let adminToken = '';
let unitId = '';

beforeAll(async () => {
  system = await startSystem({ demoScale, driver: 'postgres' });
  krToken = await system.tokenFor({
    subject: 'kr-bergen',
    roles: ['kr-contact' as Role],
    municipalities: [municipality],
  });
  adminToken = await system.tokenFor({ subject: 'admin', roles: ['administrator' as Role] });
  unitId = system.population.units.find((unit) => unit.municipalityNumber === municipality)!.id;
});
afterAll(async () => {
  await system?.close();
});

async function ask<T = Record<string, any>>(
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const response = await postGraphQL<T>(
    system.gateway.url,
    { query, variables },
    { authorization: `Bearer ${token}` },
  );
  expect(response.errors).toBeUndefined();
  return response.data!;
}

let serial = 0;
async function addPerson() {
  const n = ++serial;
  const { addPerson } = await ask(
    krToken,
    `mutation ($input: AddPersonInput!) { addPerson(input: $input) { person { id } userErrors { code } } }`,
    {
      input: {
        municipalityNumber: municipality,
        givenName: `Følgje${n}`,
        familyName: `Testesen${n}`,
        email: `folgje${n}@example.no`,
      },
    },
  );
  expect(addPerson.userErrors).toEqual([]);
  return addPerson.person.id as string;
}

async function startEmployment(personId: string, title: string) {
  const { startEmployment } = await ask(
    krToken,
    `mutation ($input: StartEmploymentInput!) { startEmployment(input: $input) { employment { id } userErrors { code } } }`,
    { input: { personId, unitId, title, startDate: '2026-01-01' } },
  );
  expect(startEmployment.userErrors).toEqual([]);
  return startEmployment.employment.id as string;
}

async function endEmployment(id: string) {
  const { endEmployment } = await ask(
    krToken,
    `mutation ($input: EndEmploymentInput!) { endEmployment(input: $input) { userErrors { code } } }`,
    { input: { id, endDate: '2026-06-30' } },
  );
  expect(endEmployment.userErrors).toEqual([]);
}

async function removePerson(id: string) {
  const { removePerson } = await ask(
    krToken,
    `mutation ($input: RemovePersonInput!) { removePerson(input: $input) { userErrors { code } } }`,
    { input: { id } },
  );
  expect(removePerson.userErrors).toEqual([]);
}

const db = () => system.interests.database.db;

async function projectedRoles(personId: string) {
  const rows = await db().execute<{
    id: string;
    kind: string;
    end_date: string | null;
    municipality_number: string;
  }>(
    sql`select id, kind, end_date::text, municipality_number from kr_roles where person_id = ${personId} order by id`,
  );
  return [...(rows as unknown as Iterable<Record<string, unknown>>)];
}

async function projectedPerson(personId: string) {
  const rows = await db().execute(
    sql`select municipality_number from kr_persons where person_id = ${personId}`,
  );
  return [...(rows as unknown as Iterable<Record<string, unknown>>)][0] ?? null;
}

async function positionsOf(personId: string) {
  const { person } = await ask(
    adminToken,
    `query ($id: ID!) { person(id: $id) { declaration { published positions { id category organizationName role endDate source } } } }`,
    { id: personId },
  );
  return (person?.declaration?.positions ?? []) as {
    id: string;
    category: string;
    organizationName: string;
    role: string;
    endDate: string | null;
    source: string;
  }[];
}

/** How often each position from Kommuneregisteret was created, by its role there. */
async function creationsByRole() {
  const rows = await db()
    .select({ after: auditEntries.after })
    .from(auditEntries)
    .where(eq(auditEntries.action, 'created'))
    .orderBy(asc(auditEntries.id));
  const counts = new Map<string, number>();
  for (const { after } of rows) {
    const role = (after as { krRoleId?: string } | null)?.krRoleId;
    if (role) counts.set(role, (counts.get(role) ?? 0) + 1);
  }
  return counts;
}

async function storedCursor() {
  return (await new ProjectionStore(db()).cursorOf(municipalityFeed))?.sequence ?? 0;
}

async function latestSequence() {
  const { changes } = await ask(adminToken, '{ changes(first: 1000) { edges { node { sequence } } } }');
  return Math.max(0, ...changes.edges.map((edge: { node: { sequence: number } }) => edge.node.sequence));
}

async function receipts() {
  const { changeReceipts } = await ask(adminToken, '{ changeReceipts { follower acknowledgedSequence } }');
  return changeReceipts as { follower: string; acknowledgedSequence: number }[];
}

async function otherFollower(options: { pageSize: number; failOnPage?: number }): Promise<RunningFollower> {
  const key = (await loadOrCreateKeyFile(system.keysDir, INTERNAL_TOKEN_KEY_NAME)).privateKey;
  let pages = 0;
  return startFollower(
    new MunicipalityClient(system.municipality.url, key),
    new ProjectionStore(db()),
    createLogger('follower-test', 'silent'),
    {
      pollIntervalMs: 3_600_000,
      pageSize: options.pageSize,
      onPersonsChanged: async () => {
        if (++pages === options.failOnPage) throw new Error('the follower died mid-feed');
      },
    },
  );
}

describe('following Kommuneregisteret', () => {
  it('keeps the role facts of changed persons, never their names or e-mail', async () => {
    const personId = await addPerson();
    const employmentId = await startEmployment(personId, 'Rådgiver');
    await system.interests.follower!.catchUp();

    expect(await projectedPerson(personId)).toEqual({ municipality_number: municipality });
    expect(await projectedRoles(personId)).toEqual([
      { id: employmentId, kind: 'EMPLOYMENT', end_date: null, municipality_number: municipality },
    ]);

    await endEmployment(employmentId);
    await system.interests.follower!.catchUp();
    expect((await projectedRoles(personId))[0]!['end_date']).toBe('2026-06-30');

    const dump = JSON.stringify(
      await db().execute(
        sql`select to_jsonb(t) from (select * from kr_persons) t union all select to_jsonb(r) from kr_roles r`,
      ),
    );
    expect(dump).not.toContain('Testesen');
    expect(dump).not.toContain('@example.no');

    await removePerson(personId).catch(() => {});
  });

  it('shows every role in Kommuneregisteret as a position of its holder, which no one removes by hand', async () => {
    const personId = await addPerson();
    const employmentId = await startEmployment(personId, 'Rektor');
    await system.interests.follower!.catchUp();
    const unitName = system.population.units.find((unit) => unit.id === unitId)!.name;
    const [position, ...others] = await positionsOf(personId);
    expect(others).toEqual([]);
    expect(position).toMatchObject({
      category: 'MUNICIPAL_EMPLOYMENT',
      organizationName: unitName,
      role: 'Rektor',
      endDate: null,
      source: 'KOMMUNEREGISTERET',
    });

    for (const [name, inputType, input] of [
      ['removePosition', 'RemovePositionInput', { id: position!.id }],
      ['updatePosition', 'UpdatePositionInput', { id: position!.id, role: 'Lærer' }],
      [
        'addPosition',
        'AddPositionInput',
        { personId, category: 'MUNICIPAL_EMPLOYMENT', organizationName: 'Egen skole' },
      ],
    ] as const) {
      const data = await ask(
        adminToken,
        `mutation ($input: ${inputType}!) { ${name}(input: $input) { userErrors { code } } }`,
        { input },
      );
      expect(data[name].userErrors).toEqual([{ code: 'FROM_KOMMUNEREGISTERET' }]);
    }

    await endEmployment(employmentId);
    await system.interests.follower!.catchUp();
    expect((await positionsOf(personId)).map((p) => p.endDate)).toEqual(['2026-06-30']);

    await removePerson(personId);
    await system.interests.follower!.catchUp();
    const left = await db().execute(sql`select id from positions where person_id = ${personId}`);
    expect([...(left as unknown as Iterable<unknown>)]).toEqual([]);
  });

  it('queues one notice for a holder whose KR roles change, however many changes come at once', async () => {
    const personId = await addPerson();
    const noticesOf = async () => [
      ...((await db().execute(
        sql`select state from pgboss.job where name = 'notice' and data->>'personId' = ${personId}`,
      )) as unknown as Iterable<{ state: string }>),
    ];
    await system.interests.follower!.catchUp();
    const first = await noticesOf();
    const employmentId = await startEmployment(personId, 'Konsulent');
    await endEmployment(employmentId);
    await system.interests.follower!.catchUp();
    // Waiting its delay (a burst joins it), the one notice of the changes.
    const queued = await noticesOf();
    expect(queued.length).toBe(Math.max(first.length, 1));
    expect(queued.every((job) => job.state === 'created')).toBe(true);
    const [waiting] = [
      ...((await db().execute(
        sql`select person_id from pending_change_notices where person_id = ${personId}`,
      )) as unknown as Iterable<unknown>),
    ];
    expect(waiting).toBeDefined();
  });

  it('refuses a declaration or position for a person Kommuneregisteret does not know', async () => {
    const declare = async (personId: string) => {
      const data = await ask(
        adminToken,
        `mutation ($d: UpdateDeclarationInput!, $p: AddPositionInput!) {
          updateDeclaration(input: $d) { userErrors { code field } }
          addPosition(input: $p) { userErrors { code field } }
        }`,
        {
          d: { personId, acceptTerms: true },
          p: { personId, category: 'GIFT', organizationName: 'Giver' },
        },
      );
      return [data['updateDeclaration'].userErrors, data['addPosition'].userErrors];
    };
    const unknown = [{ code: 'UNKNOWN_PERSON', field: ['input', 'personId'] }];
    expect(await declare(randomUUID())).toEqual([unknown, unknown]);
    // Known here once the follower has seen them in the feed.
    const personId = await addPerson();
    expect(await declare(personId)).toEqual([unknown, unknown]);
    await system.interests.follower!.catchUp();
    expect(await declare(personId)).toEqual([[], []]);
  });

  it('deletes the declaration of a person without a role once the grace period has passed', async () => {
    const ended = await addPerson();
    const endedEmployment = await startEmployment(ended, 'Vikar');
    const removed = await addPerson();
    await startEmployment(removed, 'Vikar');
    const staying = await addPerson();
    await startEmployment(staying, 'Vikar');
    await system.interests.follower!.catchUp();
    for (const personId of [ended, removed, staying]) {
      await ask(
        adminToken,
        `mutation ($input: AddPositionInput!) { addPosition(input: $input) { userErrors { code } } }`,
        { input: { personId, category: 'GIFT', organizationName: 'Giver' } },
      );
    }
    await endEmployment(endedEmployment);
    await removePerson(removed);
    await system.interests.follower!.catchUp();

    const declared = async (personId: string) =>
      [
        ...((await db().execute(
          sql`select 1 from declarations where person_id = ${personId}`,
        )) as unknown as unknown[]),
      ].length === 1;
    const day = 24 * 60 * 60 * 1000;
    const endedOn = new Date('2026-06-30T00:00:00Z').getTime();
    // Within the grace period of the removed role (counted from now) nothing goes; the role
    // that ended on 2026-06-30 is past it once its end is more than the grace period ago.
    const early = await deleteLapsedHolders(
      db(),
      followerIdentity,
      new Date(endedOn + (roleGraceDays - 1) * day),
    );
    expect(early).not.toContain(ended);
    expect(early).not.toContain(removed);
    const later = await deleteLapsedHolders(
      db(),
      followerIdentity,
      new Date(Date.now() + (roleGraceDays + 1) * day),
    );
    expect(later).toEqual(expect.arrayContaining([ended, removed]));
    expect(later).not.toContain(staying);
    expect(await declared(ended)).toBe(false);
    expect(await declared(removed)).toBe(false);
    expect(await declared(staying)).toBe(true);
    const [entry] = await db()
      .select()
      .from(auditEntries)
      .where(
        sql`${auditEntries.entityType} = 'DECLARATION' and ${auditEntries.entityId} = ${ended} and ${auditEntries.action} = 'deleted'`,
      );
    expect(entry?.actor).toBe('system:follower:interests');
    expect(JSON.stringify(entry?.before)).toContain('Giver');
  });

  it('keeps no name, e-mail address or phone number of the demo persons', async () => {
    const tables = await db().execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public'`,
    );
    let dump = '';
    for (const { table_name } of tables as unknown as Iterable<{ table_name: string }>) {
      const rows = await db().execute(sql.raw(`select to_jsonb(t)::text as row from "${table_name}" t`));
      for (const row of rows as unknown as Iterable<{ row: string }>) dump += row.row + '\n';
    }
    expect(dump).toContain(system.population.persons[0]!.id);
    for (const person of system.population.persons) {
      expect(dump).not.toContain(`${person.givenName} ${person.familyName}`);
      expect(dump).not.toContain(person.email);
      expect(dump).not.toContain(person.phone);
    }
  });

  it('acknowledges what it applied in the change receipts, which only administrators see', async () => {
    await system.interests.follower!.catchUp();
    const latest = await latestSequence();
    expect(await storedCursor()).toBe(latest);
    expect(await receipts()).toEqual([
      { follower: 'system:follower:interests', acknowledgedSequence: latest },
    ]);

    const response = await postGraphQL(
      system.gateway.url,
      { query: '{ changeReceipts { follower } }' },
      {
        authorization: `Bearer ${krToken}`,
      },
    );
    expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('resumes after dying mid-feed with nothing lost or applied twice', async () => {
    await system.interests.follower!.stop();
    const start = await storedCursor();
    const people = [await addPerson(), await addPerson(), await addPerson()];
    const employments = [];
    for (const personId of people) employments.push(await startEmployment(personId, 'Konsulent'));
    await removePerson(people[2]!).catch(() => {});

    // Dies applying its second page: the first is committed with its cursor, the second not.
    const dying = await otherFollower({ pageSize: 1, failOnPage: 2 });
    await dying.stop();
    const afterFirst = await storedCursor();
    expect(afterFirst).toBeGreaterThan(start);
    expect(afterFirst).toBeLessThan(await latestSequence());
    expect((await receipts())[0]!.acknowledgedSequence).toBe(afterFirst);

    const resumed = await otherFollower({ pageSize: 2 });
    await resumed.catchUp();
    await resumed.stop();

    const latest = await latestSequence();
    expect(await storedCursor()).toBe(latest);
    expect((await receipts())[0]!.acknowledgedSequence).toBe(latest);
    for (const [index, personId] of people.slice(0, 2).entries()) {
      expect((await projectedRoles(personId)).map((role) => role['id'])).toEqual([employments[index]]);
    }
    // Each role's position was made once, though a page was read twice; the third person was
    // gone from Kommuneregisteret before any follower looked, so theirs never was.
    const creations = await creationsByRole();
    expect(employments.map((id) => creations.get(id))).toEqual([1, 1, undefined]);
    // Removed from Kommuneregisteret: gone from the projection too.
    expect(await projectedPerson(people[2]!)).toBeNull();
    expect(await projectedRoles(people[2]!)).toEqual([]);
  });
});

describe('a merge in Kommuneregisteret', () => {
  it('moves the position of a role given to the person kept, also with one change per page', async () => {
    await system.interests.follower!.stop();
    const keptId = await addPerson();
    const duplicateId = await addPerson();
    const employment = await startEmployment(duplicateId, 'Saksbehandler');
    const before = await otherFollower({ pageSize: 100 });
    await before.catchUp();
    await before.stop();
    const [position] = await positionsOf(duplicateId);
    expect(position).toMatchObject({ category: 'MUNICIPAL_EMPLOYMENT', role: 'Saksbehandler' });

    const { mergePersons } = await ask(
      krToken,
      `mutation ($input: MergePersonsInput!) { mergePersons(input: $input) { userErrors { code } } }`,
      { input: { personId: keptId, duplicatePersonId: duplicateId } },
    );
    expect(mergePersons.userErrors).toEqual([]);
    // The role's UPDATED names only its new holder; the duplicate's DELETED comes on a later page.
    const follower = await otherFollower({ pageSize: 1 });
    await follower.catchUp();
    await follower.stop();

    expect((await projectedRoles(keptId)).map((role) => role['id'])).toEqual([employment]);
    expect(await projectedRoles(duplicateId)).toEqual([]);
    expect(await projectedPerson(duplicateId)).toBeNull();
    // The same position, now in the kept person's declaration.
    expect((await positionsOf(keptId)).map((p) => p.id)).toEqual([position!.id]);
  });
});

describe('the internal lookups and receipts', () => {
  const roleFacts = (personId: string) =>
    `{ roleFacts(personIds: ["${personId}"]) { personId roles { id kind organizationId } } }`;
  const acknowledge = 'mutation { acknowledgeChanges(input: { sequence: 1 }) { userErrors { code } } }';

  async function asInternal(identity: Identity, query: string) {
    const key = (await loadOrCreateKeyFile(system.keysDir, INTERNAL_TOKEN_KEY_NAME)).privateKey;
    return postGraphQL<Record<string, any>>(
      system.municipality.url,
      { query },
      { authorization: `Bearer ${await signInternalToken(identity, 'municipality', key)}` },
    );
  }

  const callers: [string, Identity, string][] = [
    ['the public', publicIdentity, 'UNAUTHENTICATED'],
    ['an administrator', { ...publicIdentity, subject: 'admin', roles: ['administrator'] }, 'FORBIDDEN'],
    [
      "a municipality's contact person",
      { ...publicIdentity, subject: 'kr', roles: ['kr-contact'], krContactFor: [municipality] },
      'FORBIDDEN',
    ],
    [
      'the person',
      {
        ...publicIdentity,
        subject: 'me',
        roles: ['position-holder'],
        personId: '00000000-0000-4000-8000-000000000000',
      },
      'FORBIDDEN',
    ],
  ];

  it('are not in the public API', async () => {
    const personId = system.population.persons[0]!.id;
    for (const query of [roleFacts(personId), acknowledge, '{ changes { edges { node { personId } } } }']) {
      const response = await postGraphQL(
        system.gateway.url,
        { query },
        { authorization: `Bearer ${adminToken}` },
      );
      expect(response.errors?.[0]?.extensions?.['code'], query).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it.each(callers)('are refused by the subgraph to %s', async (_name, identity, code) => {
    const personId = system.population.persons[0]!.id;
    const before = await receipts();
    for (const query of [roleFacts(personId), acknowledge]) {
      const response = await asInternal(identity, query);
      expect(
        response.errors?.map((error) => error.extensions?.['code']),
        query,
      ).toEqual([code]);
    }
    expect(await receipts()).toEqual(before);
  });

  it('answer the register itself: role facts without names, a receipt that only moves forward', async () => {
    const holder = system.population.employments[0]!;
    const response = await asInternal(systemIdentity('follower:test'), roleFacts(holder.personId));
    expect(response.errors).toBeUndefined();
    expect(response.data!['roleFacts'][0].roles).toContainEqual({
      id: holder.id,
      kind: 'EMPLOYMENT',
      organizationId: holder.unitId,
    });
    expect(JSON.stringify(response.data)).not.toContain(system.population.persons[0]!.familyName);

    const latest = await latestSequence();
    const ack = (sequence: number) =>
      asInternal(
        systemIdentity('follower:test'),
        `mutation { acknowledgeChanges(input: { sequence: ${sequence} }) { receipt { acknowledgedSequence } userErrors { code } } }`,
      );
    expect((await ack(latest)).data!['acknowledgeChanges'].receipt.acknowledgedSequence).toBe(latest);
    expect((await ack(1)).data!['acknowledgeChanges'].receipt.acknowledgedSequence).toBe(latest);
    expect((await ack(latest + 1)).data!['acknowledgeChanges'].userErrors).toEqual([{ code: 'INVALID' }]);
    expect((await receipts()).find((receipt) => receipt.follower === 'system:follower:test')).toEqual({
      follower: 'system:follower:test',
      acknowledgedSequence: latest,
    });
  });

  it('show the receipts to administrators only', async () => {
    const query = '{ changeReceipts { follower } }';
    const anonymous = await postGraphQL(system.gateway.url, { query });
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const contact = await postGraphQL(system.gateway.url, { query }, { authorization: `Bearer ${krToken}` });
    expect(contact.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
