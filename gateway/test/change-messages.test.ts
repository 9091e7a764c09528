import { identifiers } from '@registers/graphql-kit';
import { type Role } from '@registers/access';
import { auditEntries } from '@registers/platform';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startSystem, type System } from './support/system.ts';

/** Change messages in from Enhetsregisteret's open data: import, approve, reject. */
let system: System;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  system = await startSystem({ demoScale: 0.01, driver: 'postgres' });
  tokens['admin'] = await system.tokenFor({ subject: 'admin', roles: ['administrator' as Role] });
});
afterAll(async () => {
  await system?.close();
});

async function ask(as: string | null, query: string, variables: Record<string, unknown> = {}) {
  return postGraphQL<Record<string, any>>(
    system.gateway.url,
    { query, variables },
    as ? { authorization: `Bearer ${tokens[as]}` } : {},
  );
}

const importMutation = `mutation ($input: ImportEnhetsregisteretEntitiesInput!) {
  importEnhetsregisteretEntities(input: $input) {
    received unmatched unchanged
    messages { id organizationNumber unit { id } proposedChanges { field from to } }
    userErrors { code field message } } }`;

describe('change messages from Enhetsregisteret', () => {
  const registered = () => system.population.units.filter((u) => u.organizationNumber);
  let messageIds: string[] = [];

  it('takes in an API page as pending messages against units matched by organisation number', async () => {
    const [renamed, same, second] = registered();
    const unknown = '923609016'; // Equinor ASA: no municipal unit
    const page = {
      _embedded: {
        enheter: [
          {
            organisasjonsnummer: renamed!.organizationNumber,
            navn: 'Servicetorget',
            organisasjonsform: { kode: 'ORGL', beskrivelse: 'Organisasjonsledd' },
            naeringskode1: { kode: '84.120', beskrivelse: 'Offentlig administrasjon' },
            postadresse: {
              adresse: ['Postboks 7700'],
              postnummer: '5020',
              poststed: 'BERGEN',
              kommunenummer: '4601',
            },
          },
          {
            organisasjonsnummer: same!.organizationNumber,
            navn: same!.name,
            organisasjonsform: { kode: same!.organizationForm },
            naeringskode1: { kode: same!.industryCode },
          },
          { organisasjonsnummer: second!.organizationNumber, navn: `${second!.name} (ny)` },
          { organisasjonsnummer: unknown, navn: 'Ukjent AS' },
        ],
      },
    };
    const response = await ask('admin', importMutation, { input: { json: JSON.stringify(page) } });
    const result = response.data!['importEnhetsregisteretEntities'];
    expect(result).toMatchObject({ received: 4, unmatched: [unknown], unchanged: 1, userErrors: [] });
    expect(result.messages.map((m: { unit: { id: string } }) => m.unit.id)).toEqual([
      renamed!.id,
      second!.id,
    ]);
    expect(result.messages[0].proposedChanges.map((c: { field: string }) => c.field).sort()).toEqual([
      'industryCode',
      'name',
      'postalAddress',
    ]);
    expect(result.messages[0].proposedChanges.find((c: { field: string }) => c.field === 'name')).toEqual({
      field: 'name',
      from: JSON.stringify(renamed!.name),
      to: JSON.stringify('Servicetorget'),
    });
    messageIds = result.messages.map((m: { id: string }) => m.id);

    // Received together: the same time, then by id.
    const pending = await ask(null, '{ changeMessages { edges { node { id status } } } }');
    expect(pending.data!['changeMessages'].edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(
      [...messageIds].sort(),
    );
  });

  it('refuses an import that is not Enhetsregisteret JSON, and anyone but an administrator', async () => {
    const bad = await ask('admin', importMutation, { input: { json: '{"enheter": 1}' } });
    expect(bad.data!['importEnhetsregisteretEntities'].userErrors[0]).toMatchObject({
      code: 'INVALID',
      field: ['input', 'json'],
    });
    tokens['kr'] = await system.tokenFor({
      subject: 'kr',
      roles: ['kr-contact' as Role],
      municipalities: ['0301'],
    });
    const forbidden = await ask('kr', importMutation, { input: { json: '[]' } });
    expect(forbidden.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it("approves a message into the unit, audited and in the feed, by the unit's contact person", async () => {
    const [renamed] = registered();
    tokens['contact'] = await system.tokenFor({
      subject: 'kr-contact',
      roles: ['kr-contact' as Role],
      municipalities: [renamed!.municipalityNumber],
    });
    const approve = `mutation ($input: ApproveChangeMessageInput!) {
      approveChangeMessage(input: $input) { changeMessage { status } unit { name industryCode postalAddress { lines postalCode } }
        userErrors { code } } }`;
    const approved = await ask('contact', approve, { input: { id: messageIds[0] } });
    expect(approved.data!['approveChangeMessage']).toEqual({
      changeMessage: { status: 'APPROVED' },
      unit: {
        name: 'Servicetorget',
        industryCode: '84.120',
        postalAddress: { lines: ['Postboks 7700'], postalCode: '5020' },
      },
      userErrors: [],
    });
    const feed = await ask(
      null,
      '{ changes(entityTypes: [UNIT]) { edges { node { entityId changeType changedFields } } } }',
    );
    expect(feed.data!['changes'].edges.at(-1).node).toEqual({
      entityId: renamed!.id,
      changeType: 'UPDATED',
      changedFields: ['industryCode', 'name', 'postalAddress'],
    });
    const again = await ask('contact', approve, { input: { id: messageIds[0] } });
    expect(again.data!['approveChangeMessage'].userErrors[0]).toMatchObject({ code: 'INVALID' });
  });

  it('rejects a message with a reason, changing nothing', async () => {
    const [, , second] = registered();
    const reject = `mutation ($input: RejectChangeMessageInput!) {
      rejectChangeMessage(input: $input) { changeMessage { status rejectionReason unit { name } } userErrors { code } } }`;
    const rejected = await ask('admin', reject, {
      input: { id: messageIds[1], reason: 'Navnet er feil i Enhetsregisteret' },
    });
    expect(rejected.data!['rejectChangeMessage']).toEqual({
      changeMessage: {
        status: 'REJECTED',
        rejectionReason: 'Navnet er feil i Enhetsregisteret',
        unit: { name: second!.name },
      },
      userErrors: [],
    });
  });
});

describe('deciding a change message', () => {
  const approve = `mutation ($input: ApproveChangeMessageInput!) {
    approveChangeMessage(input: $input) { changeMessage { status } unit { id } userErrors { code field message } } }`;
  const reject = `mutation ($input: RejectChangeMessageInput!) {
    rejectChangeMessage(input: $input) { changeMessage { status } userErrors { code field message } } }`;
  const taken = new Set<string>();
  let next = 91_000_000;
  /** An organisation number no demo unit has. */
  const organizationNumber = () => {
    for (;;) {
      const number = identifiers.randomOrganizationNumber(() => String(next++));
      if (!taken.has(number)) return number;
    }
  };
  const units: Record<string, { id: string; organizationNumber: string }> = {};

  async function createUnit(key: string, municipalityNumber: string, parent?: string) {
    const number = organizationNumber();
    const response = await ask(
      'admin',
      `mutation ($input: CreateUnitInput!) { createUnit(input: $input) { unit { id } userErrors { message } } }`,
      {
        input: {
          municipalityNumber,
          parentId: parent ? units[parent]!.id : null,
          name: `Enhet ${key}`,
          kind: 'DEPARTMENT',
          organizationNumber: number,
        },
      },
    );
    expect(response.data!['createUnit'].userErrors).toEqual([]);
    units[key] = { id: response.data!['createUnit'].unit.id, organizationNumber: number };
  }

  /** Imports one entity per unit, with the fields given; answers the messages' ids by unit. */
  async function importEntities(entities: Record<string, { navn?: string; overordnetEnhet?: string }>) {
    const response = await ask('admin', importMutation, {
      input: {
        json: JSON.stringify(
          Object.entries(entities).map(([key, fields]) => ({
            organisasjonsnummer: units[key]!.organizationNumber,
            navn: `Enhet ${key}`,
            ...fields,
          })),
        ),
      },
    });
    const messages = response.data!['importEnhetsregisteretEntities'].messages as {
      id: string;
      unit: { id: string };
    }[];
    return Object.fromEntries(
      Object.keys(entities).map((key) => [key, messages.find((m) => m.unit.id === units[key]!.id)!.id]),
    );
  }

  /** Rows straight from the municipality database (postgres.js answers with an array of rows). */
  const rows = async <T>(query: SQL) =>
    (await system.municipality.database.db.execute(query)) as unknown as T[];
  const statusOf = async (id: string) =>
    (await rows<{ status: string }>(sql`select status from change_messages where id = ${id}`))[0]!.status;
  const auditCount = () => system.municipality.database.db.$count(auditEntries);

  beforeAll(async () => {
    for (const unit of system.population.units)
      if (unit.organizationNumber) taken.add(unit.organizationNumber);
    await createUnit('P', '4601');
    await createUnit('C', '4601', 'P');
    await createUnit('Q', '4601');
    await createUnit('R', '4601');
    await createUnit('T', '4601');
    await createUnit('S', '0301');
  });

  it('is made once, whoever approves or rejects it at the same time', async () => {
    const messages = await importEntities({ C: { navn: 'Enhet C (nytt navn)' }, T: { navn: 'Enhet T2' } });
    const start = (await ask(null, '{ changes(first: 1000) { pageInfo { endCursor } } }')).data!['changes']
      .pageInfo.endCursor;
    const twice = await Promise.all([
      ask('admin', approve, { input: { id: messages['C'] } }),
      ask('admin', approve, { input: { id: messages['C'] } }),
    ]);
    const answers = twice.map((r) => r.data!['approveChangeMessage']);
    expect(answers.filter((a) => a.userErrors.length === 0)).toHaveLength(1);
    expect(answers.flatMap((a) => a.userErrors)).toEqual([
      { code: 'INVALID', field: ['input', 'id'], message: 'The message was approved already.' },
    ]);
    const feed = await ask(
      null,
      'query ($after: String) { changes(after: $after) { edges { node { entityId } } } }',
      {
        after: start,
      },
    );
    expect(feed.data!['changes'].edges.map((e: { node: { entityId: string } }) => e.node.entityId)).toEqual([
      units['C']!.id,
    ]);
    const decisions = await system.municipality.database.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.entityId, messages['C']!), eq(auditEntries.action, 'updated')));
    expect(decisions).toHaveLength(1);

    const both = await Promise.all([
      ask('admin', approve, { input: { id: messages['T'] } }),
      ask('admin', reject, { input: { id: messages['T'], reason: 'Feil navn' } }),
    ]);
    const [approved, rejected] = [
      both[0]!.data!['approveChangeMessage'],
      both[1]!.data!['rejectChangeMessage'],
    ];
    expect([approved, rejected].filter((a) => a.userErrors.length === 0)).toHaveLength(1);
    expect(await statusOf(messages['T']!)).toBe(approved.userErrors.length === 0 ? 'APPROVED' : 'REJECTED');
  });

  it('moves the unit only as moveUnit would, or the message stays pending', async () => {
    const messages = await importEntities({
      P: { overordnetEnhet: units['C']!.organizationNumber }, // below itself
      R: { overordnetEnhet: units['Q']!.organizationNumber }, // below a unit about to close
    });
    await ask(
      'admin',
      `mutation { closeUnit(input: { id: "${units['Q']!.id}", closedOn: "2025-06-30" }) { userErrors { code } } }`,
    );
    // Import never proposes a parent in another municipality; a message may still hold one.
    const [foreign] = await rows<{ id: string }>(
      sql`insert into change_messages (source, organization_number, unit_id, payload, proposed_changes)
          values ('ENHETSREGISTERET', ${units['S']!.organizationNumber}, ${units['S']!.id}, '{}',
                  ${JSON.stringify({ parentId: units['P']!.id })}) returning id`,
    );
    const refusals = [
      [
        messages['P']!,
        'INVALID',
        'The proposed parentId cannot be applied: A unit cannot move below itself or a unit below it.',
      ],
      [messages['R']!, 'NOT_FOUND', 'The proposed parentId cannot be applied: No open unit has this id.'],
      [
        foreign!.id,
        'INVALID',
        'The proposed parentId cannot be applied: A unit can only move within its municipality.',
      ],
    ] as const;
    for (const [id, code, message] of refusals) {
      const before = await auditCount();
      const response = await ask('admin', approve, { input: { id } });
      expect(response.data!['approveChangeMessage']).toEqual({
        changeMessage: null,
        unit: null,
        userErrors: [{ code, field: ['input', 'id'], message }],
      });
      expect(await statusOf(id)).toBe('PENDING');
      expect(await auditCount()).toBe(before);
    }
  });
});
