import { type Role } from '@registers/service-runtime';
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
